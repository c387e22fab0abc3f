// The README's pre-commit recipe with the real pre-commit: the hook installs from a clean clone of this
// repository at a tag (pre-commit runs `npm install`, `npm pack` and `npm install -g` on it) and gates a commit.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** This working tree as a fresh repository (what git would check out: no node_modules, no dist), tagged v0.1.0. */
function hookRepository(): string {
  const dir = tempDir('mtlint-hook-repo-');
  const files = git(ROOT, 'ls-files', '--cached', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean);
  for (const file of files) cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true });
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'release');
  git(dir, 'tag', 'v0.1.0');
  return dir;
}

describe.skipIf(!hasPreCommit)('pre-commit hook (skipped where pre-commit is not installed: .ci/run installs it)', () => {
  it('installs from a clean clone and blocks a commit with findings, not one with ignored drafts', () => {
    const hooks = hookRepository();
    const repo = tempDir('mtlint-hook-user-');
    const home = tempDir('mtlint-pre-commit-home-');
    git(repo, 'init', '-q');
    // The README's recipe, with the hook repository here instead of GitHub, and the fixing hook beside it.
    const config = `repos:\n  - repo: ${hooks}\n    rev: v0.1.0\n    hooks:\n      - id: mtlint\n        args: [--fail-on, warning]\n      - id: mtlint-fix\n`;
    writeFileSync(path.join(repo, '.pre-commit-config.yaml'), config);
    writeFileSync(path.join(repo, '.mtlintignore'), 'drafts/\n');
    mkdirSync(path.join(repo, 'drafts'));
    writeFileSync(path.join(repo, 'drafts/wip.txt'), 'A draft held by by them.\n');
    writeFileSync(path.join(repo, 'article.txt'), 'The talks, which began , ended.\n');
    git(repo, 'add', '-A');
    // The npm cache `npm ci` filled serves the install; prefer it to the registry.
    const run = () => spawnSync('pre-commit', ['run', 'mtlint', '--all-files'], { cwd: repo, env: { ...env, PRE_COMMIT_HOME: home, npm_config_prefer_offline: 'true' }, encoding: 'utf8' });
    const blocked = run();
    expect(blocked.status, blocked.stdout + blocked.stderr).toBe(1);
    expect(blocked.stdout).toContain('mtlint');
    expect(blocked.stdout).toContain('article.txt\n  1:23    warning Space before ","');
    expect(blocked.stdout).not.toContain('wip.txt\n');
    // The fixing hook applies the safe fix; pre-commit fails the run because a file changed.
    const fixing = spawnSync('pre-commit', ['run', 'mtlint-fix', '--all-files'], { cwd: repo, env: { ...env, PRE_COMMIT_HOME: home, npm_config_prefer_offline: 'true' }, encoding: 'utf8' });
    expect(fixing.status, fixing.stdout + fixing.stderr).toBe(1);
    expect(fixing.stdout).toContain('files were modified by this hook');
    expect(readFileSync(path.join(repo, 'article.txt'), 'utf8')).toBe('The talks, which began, ended.\n');
    git(repo, 'add', '-A');
    const passed = run();
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout).toMatch(/mtlint\.+Passed/);
  });
});
