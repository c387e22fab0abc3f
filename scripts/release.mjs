// `npm run release -- X.Y.Z`: make release X.Y.Z from the branch checked out (no network; pushing is yours).
//
// A release is the tag vX.Y.Z on a commit that holds what the package ships, built: the sources, dist/ (which
// the branch does not track otherwise) and a package.json as published, without devDependencies and scripts.
// So pre-commit and `npm install -g git+…#vX.Y.Z` install it with its dependencies alone, no compiler, and npm
// has nothing to prepare (npm links a global git install that has a prepare or build script to a temporary
// clone it then deletes: npm/cli#3692, #4148). And the tarball mtlint-X.Y.Z.tgz, packed from that commit, for
// the release's assets. Two commits land on the branch: the release commit (tagged), then the sources as they
// were with the new version, so the tag is an ancestor of the branch, where `pre-commit autoupdate` looks for
// the newest tag. The version goes into package.json and package-lock.json, CHANGELOG.md's "## Unreleased"
// becomes "## X.Y.Z (date)", and the README's recipes name the new version.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const shell = process.platform === 'win32';

function fail(message) {
  console.error(`release: ${message}`);
  process.exit(1);
}

const git = (args, options = {}) => execFileSync('git', args, { cwd: root, encoding: 'utf8', ...options }).trim();
const gitSucceeds = (args) => spawnSync('git', args, { cwd: root, stdio: 'ignore' }).status === 0;
const read = (file) => readFileSync(path.join(root, file), 'utf8');

/** CHANGELOG.md with its "Unreleased" section given the version and date; there must be something in it. */
function datedChangelog(text, version, date) {
  const heading = /^## Unreleased[^\S\n]*\n/m.exec(text);
  if (!heading) throw new Error('CHANGELOG.md has no "## Unreleased" section');
  const rest = text.slice(heading.index + heading[0].length);
  const section = rest.slice(0, rest.search(/^## /m) === -1 ? rest.length : rest.search(/^## /m));
  if (!section.trim()) throw new Error('CHANGELOG.md lists nothing under "## Unreleased": nothing to release');
  if (new RegExp(`^## ${version.replaceAll('.', '\\.')}\\b`, 'm').test(text)) throw new Error(`CHANGELOG.md has a section for ${version} already`);
  return `${text.slice(0, heading.index)}## ${version} (${date})\n${rest}`;
}

/** README.md with its recipes (pre-commit rev, tarball names, release URLs) naming the new version. */
function readmeFor(text, previous, version) {
  const escaped = previous.replaceAll('.', '\\.');
  const updated = text.replace(new RegExp(`\\bv${escaped}\\b`, 'g'), `v${version}`).replace(new RegExp(`\\bmtlint-${escaped}\\.tgz`, 'g'), `mtlint-${version}.tgz`);
  if (!updated.includes(`rev: v${version}`)) throw new Error(`README.md: the pre-commit recipe's "rev: v${previous}" was not found`);
  return updated;
}

const version = process.argv[2] ?? '';
if (!/^\d+\.\d+\.\d+$/.test(version)) fail('usage: npm run release -- X.Y.Z');
const tag = `v${version}`;
if (git(['status', '--porcelain', '--untracked-files=no'])) fail('the working tree has changes: commit or stash them first');
const branch = spawnSync('git', ['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
if (!branch) fail('HEAD is detached: check out the branch to release from');
if (gitSucceeds(['rev-parse', '--verify', '--quiet', `refs/tags/${tag}`])) fail(`the tag ${tag} exists already`);

// The new texts first, so that a problem stops the release before anything is written.
const previous = JSON.parse(read('package.json')).version;
let changelog, readme;
try {
  changelog = datedChangelog(read('CHANGELOG.md'), version, new Date().toISOString().slice(0, 10));
  readme = readmeFor(read('README.md'), previous, version);
} catch (error) {
  fail(error.message);
}
let release, name;
// From here on a failing step (npm, git, tar) is reported in one line, as the checks above are.
try {
  writeFileSync(path.join(root, 'CHANGELOG.md'), changelog);
  writeFileSync(path.join(root, 'README.md'), readme);
  execFileSync('npm', ['version', version, '--no-git-tag-version', '--allow-same-version'], { cwd: root, stdio: 'ignore', shell });

  // A fresh build of the sources being released.
  rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr], shell }).status !== 0) {
    fail('the build failed (`git checkout -- .` undoes the version edits)');
  }

  // The sources, as the branch's next commit will hold them.
  const head = git(['rev-parse', 'HEAD']);
  git(['add', 'package.json', 'package-lock.json', 'CHANGELOG.md', 'README.md']);
  const sources = git(['write-tree']);
  // The release's tree: the sources, dist/ and the published package.json, put together in an index of its own
  // (the branch's index and the working tree are left as they are).
  const scratch = mkdtempSync(path.join(tmpdir(), 'mtlint-release-'));
  const own = { env: { ...process.env, GIT_INDEX_FILE: path.join(scratch, 'index') } };
  git(['read-tree', sources], own);
  git(['add', '--force', 'dist'], own);
  const { scripts, devDependencies, ...published } = JSON.parse(read('package.json'));
  const manifest = git(['hash-object', '-w', '--stdin'], { input: `${JSON.stringify(published, null, 2)}\n` });
  git(['update-index', '--cacheinfo', `100644,${manifest},package.json`], own);
  release = git(['commit-tree', git(['write-tree'], own), '-p', head, '-m', `Release ${tag}: the package as published, built (dist/), so installing it needs no compiler`]);
  const after = git(['commit-tree', sources, '-p', release, '-m', `After ${tag}: back to the sources (dist/ built, not tracked; package.json with its scripts)`]);
  git(['update-ref', '-m', `release ${tag}`, `refs/heads/${branch}`, after, head]);
  git(['tag', '-a', tag, '-m', `mtlint ${version}`, release]);

  // The tarball, packed from the tagged commit itself.
  const tree = path.join(scratch, 'tree');
  git(['archive', '--format=tar', '--prefix=tree/', '-o', path.join(scratch, 'release.tar'), tag]);
  execFileSync('tar', ['-xf', 'release.tar'], { cwd: scratch });
  name = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', root], { cwd: tree, encoding: 'utf8', shell }).trim();
  rmSync(scratch, { recursive: true, force: true });
} catch (error) {
  fail(`${error.message.trim()} (\`git status\` shows what was changed)`);
}

console.log(`Released ${tag} (commit ${release.slice(0, 12)}, tag ${tag}) and ${name}.
Publish it: git push origin ${branch} ${tag}, then attach ${name} to the GitHub release ${tag}.`);
