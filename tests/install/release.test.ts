// `npm run release` in a copy of this repository, then the README's install recipes run against that release
// as a user runs them: pre-commit from its tag (and `pre-commit autoupdate` finding it), the tarball installed
// globally and through npx, `npm install -g git+…#tag`, and the GitHub Actions install step.
//
// No network: every npm install runs with npm_config_offline, served by the npm cache (~/.npm) that `npm ci`
// filled with mtlint's dependencies; the release's build uses this checkout's node_modules (linked into the
// copy) and builds its own dist/.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const env = { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
const offline = { ...env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
const sh = (command: string, cwd: string, extra: Record<string, string> = {}) => spawnSync('sh', ['-c', command], { cwd, env: { ...offline, ...extra }, encoding: 'utf8' });

const current = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
const version = current.replace(/\d+$/, (patch) => String(Number(patch) + 1));
const tag = `v${version}`;
const tarball = `mtlint-${version}.tgz`;

/** This working tree as a fresh repository (what git would check out: no dist), with this checkout's node_modules. */
function sourceRepository(): string {
  const dir = tempDir('mtlint-release-repo-');
  const files = git(ROOT, 'ls-files', '--cached', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean);
  for (const file of files) cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true });
  // Something to release, whatever this checkout's changelog holds (right after a release, nothing).
  const changelog = readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8');
  const entry = '- A release made by the installation tests.\n';
  writeFileSync(
    path.join(dir, 'CHANGELOG.md'),
    /^## Unreleased\n/m.test(changelog) ? changelog.replace(/^## Unreleased\n\n?/m, `## Unreleased\n\n${entry}`) : changelog.replace(/^## /m, `## Unreleased\n\n${entry}\n## `),
  );
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'sources');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** The lines of the README's code block that starts with `first`, from the released README. */
const block = (readme: string, first: string) => new RegExp(`\`\`\`\\w*\\n(${first}[\\s\\S]*?)\`\`\``).exec(readme)![1];

let repo: string; // the repository released from
let readme: string; // its README after the release
let lintSamples: string; // what the release's own build reports on samples/
beforeAll(() => {
  repo = sourceRepository();
  const r = spawnSync(process.execPath, ['scripts/release.mjs', version], { cwd: repo, env, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain(`Released ${tag}`);
  readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
  lintSamples = spawnSync(process.execPath, ['bin/mtlint', '--format', 'compact', 'samples/'], { cwd: repo, env, encoding: 'utf8' }).stdout;
  expect(lintSamples).toContain('samples/xi-kazakhstan-sco.txt:3:185: error repetition/doubled-word');
});

describe('npm run release', () => {
  it('tags a commit holding the built package, without what only development needs, and moves the branch past it', () => {
    const published = JSON.parse(git(repo, 'show', `${tag}:package.json`));
    expect(published.version).toBe(version);
    expect(published).not.toHaveProperty('scripts'); // nothing for npm or pre-commit to build
    expect(published).not.toHaveProperty('devDependencies'); // no compiler to install
    expect(git(repo, 'ls-tree', '--name-only', tag, 'dist/')).toContain('dist/mtlint.js');
    // The tag is the branch's parent (so autoupdate finds it); the branch tracks no dist/ and keeps its scripts.
    expect(git(repo, 'rev-parse', 'HEAD~1')).toBe(git(repo, 'rev-parse', `${tag}^{commit}`));
    expect(git(repo, 'ls-tree', '--name-only', 'HEAD', 'dist/')).toBe('');
    expect(JSON.parse(git(repo, 'show', 'HEAD:package.json'))).toMatchObject({ version, scripts: { build: expect.any(String) } });
    expect(git(repo, 'status', '--porcelain', '--untracked-files=no')).toBe('');
    expect(readFileSync(path.join(repo, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## ${version.replaceAll('.', '\\.')} \\(\\d{4}-\\d\\d-\\d\\d\\)$`, 'm'));
    expect(readme).toContain(`rev: ${tag}`);
    // A second release of the same version is refused, and writes nothing.
    const again = spawnSync(process.execPath, ['scripts/release.mjs', version], { cwd: repo, env, encoding: 'utf8' });
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`release: the tag ${tag} exists already\n`);
  });
});

describe("the README's install recipes, on the release", () => {
  it('the tarball installs globally and runs through npx (the Install section; the Actions step installs the same asset)', () => {
    const recipe = block(readme, 'npm install -g ').split('\n');
    const [global, npx] = [recipe.find((l) => l.includes(`./${tarball}`) && l.startsWith('npm install -g'))!, recipe.find((l) => l.startsWith('npx '))!];
    expect(global).toBeDefined();
    expect(npx).toBeDefined();
    const actions = block(readme, 'jobs:').split('\n').find((l) => l.includes('npm install -g'))!;
    expect(actions).toMatch(new RegExp(`- run: npm install -g https://\\S+/releases/download/${tag}/${tarball}$`));
    const user = tempDir('mtlint-user-');
    copyFileSync(path.join(repo, tarball), path.join(user, tarball));
    mkdirSync(path.join(user, 'articles'));
    // The articles (the repository's .mtlintignore leaves out the golden fixed texts).
    for (const name of readdirSync(path.join(repo, 'samples')).filter((n) => n.endsWith('.txt') && !n.endsWith('.fixed.txt'))) {
      copyFileSync(path.join(repo, 'samples', name), path.join(user, 'articles', name));
    }
    const prefix = tempDir('mtlint-global-');
    const installed = sh(global.replace(/\s+#.*$/, ''), user, { npm_config_prefix: prefix });
    expect(installed.status, installed.stderr).toBe(0);
    const bin = path.join(prefix, 'bin/mtlint');
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toBe(version);
    const run = spawnSync(bin, ['--format', 'compact', 'samples/'], { cwd: repo, env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(lintSamples);
    const viaNpx = sh(`${npx.replace(/\s+#.*$/, '')} --format compact`, user, { npm_config_yes: 'true' });
    expect(viaNpx.status, viaNpx.stderr).toBe(1);
    expect(viaNpx.stdout).toBe(lintSamples.replaceAll('samples/', 'articles/'));
  });

  it('npm install -g git+…#tag installs the release (no build: npm has nothing to prepare)', () => {
    const recipe = block(readme, 'npm install -g ').split('\n').find((l) => l.includes('git+'))!.replace(/\s+#.*$/, '');
    expect(recipe).toMatch(new RegExp(`^npm install -g git\\+https://\\S+#${tag}$`));
    const prefix = tempDir('mtlint-global-git-');
    const installed = sh(recipe.replace(/git\+https:\/\/\S+#/, `git+file://${repo}#`), repo, { npm_config_prefix: prefix });
    expect(installed.status, installed.stderr).toBe(0);
    const run = spawnSync(path.join(prefix, 'bin/mtlint'), ['--format', 'compact', 'samples/'], { cwd: repo, env, encoding: 'utf8' });
    expect(run.stdout).toBe(lintSamples);
  });

  it.skipIf(!hasPreCommit)('pre-commit installs the hook from the tag; it blocks a commit with findings, not ignored drafts; autoupdate finds the tag (skipped where pre-commit is not installed: .ci/run installs it)', () => {
    const user = tempDir('mtlint-hook-user-');
    const home = { PRE_COMMIT_HOME: tempDir('mtlint-pre-commit-home-') };
    git(user, 'init', '-q');
    // The README's recipe, with the repository released from instead of GitHub, and the fixing hook beside it.
    const recipe = block(readme, 'repos:');
    expect(recipe).toContain(`rev: ${tag}`);
    const config = `${recipe.replace(/repo: \S+/, `repo: ${repo}`)}      - id: mtlint-fix\n`;
    writeFileSync(path.join(user, '.pre-commit-config.yaml'), config);
    writeFileSync(path.join(user, '.mtlintignore'), 'drafts/\n');
    mkdirSync(path.join(user, 'drafts'));
    writeFileSync(path.join(user, 'drafts/wip.txt'), 'A draft held by by them.\n');
    writeFileSync(path.join(user, 'article.txt'), 'The talks, which began , ended.\n');
    git(user, 'add', '-A');
    const hook = (id: string) => sh(`pre-commit run ${id} --all-files`, user, home);
    const blocked = hook('mtlint');
    expect(blocked.status, blocked.stdout + blocked.stderr).toBe(1);
    expect(blocked.stdout).toContain('article.txt\n  1:23    warning Space before ","');
    expect(blocked.stdout).not.toContain('wip.txt\n');
    // The fixing hook applies the safe fix; pre-commit fails the run because a file changed.
    const fixing = hook('mtlint-fix');
    expect(fixing.status, fixing.stdout + fixing.stderr).toBe(1);
    expect(fixing.stdout).toContain('files were modified by this hook');
    expect(readFileSync(path.join(user, 'article.txt'), 'utf8')).toBe('The talks, which began, ended.\n');
    git(user, 'add', '-A');
    const passed = hook('mtlint');
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout).toMatch(/mtlint\.+Passed/);
    // From an older commit, `pre-commit autoupdate` moves rev to the release's tag.
    writeFileSync(path.join(user, '.pre-commit-config.yaml'), config.replace(`rev: ${tag}`, `rev: ${git(repo, 'rev-list', '--max-parents=0', 'HEAD')}`));
    const update = sh('pre-commit autoupdate', user, home);
    expect(update.status, update.stdout + update.stderr).toBe(0);
    expect(readFileSync(path.join(user, '.pre-commit-config.yaml'), 'utf8')).toBe(config);
  });
});
