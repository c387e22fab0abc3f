// The README's install: a global install of the package tarball (what `npm pack` makes and a release
// ships) runs without a compiler, installed globally or through npx.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

describe('the package tarball', () => {
  it('installs globally and lints, with only the dependencies it declares', () => {
    const out = tempDir('mtlint-pack-');
    // --ignore-scripts: pack what `npm test` built; the tarball must hold dist/ itself.
    const name = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(name).toMatch(/^mtlint-\d+\.\d+\.\d+\.tgz$/);
    const prefix = tempDir('mtlint-global-');
    const env = { ...process.env, npm_config_prefix: prefix, npm_config_prefer_offline: 'true' };
    execFileSync('npm', ['install', '-g', '--no-audit', '--no-fund', path.join(out, name)], { env, stdio: 'ignore' });
    const work = tempDir('mtlint-user-');
    writeFileSync(path.join(work, 'a.txt'), 'It was held by by them.\n');
    const bin = path.join(prefix, 'bin/mtlint');
    const r = spawnSync(bin, ['--format', 'compact', 'a.txt'], { cwd: work, encoding: 'utf8' });
    expect(r.stdout).toBe('a.txt:1:13: error repetition/doubled-word: Doubled "by"\n');
    expect(r.status).toBe(1);
    const version = JSON.parse(execFileSync('npm', ['pkg', 'get', 'version'], { cwd: ROOT, encoding: 'utf8' }));
    expect(spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim()).toBe(version);
    // npx runs it from the tarball without a global install.
    const npx = spawnSync('npx', ['--yes', '--package', path.join(out, name), 'mtlint', '--format', 'compact', 'a.txt'], { cwd: work, env: { ...process.env, npm_config_prefer_offline: 'true' }, encoding: 'utf8' });
    expect(npx.stdout).toBe(r.stdout);
  });
});
