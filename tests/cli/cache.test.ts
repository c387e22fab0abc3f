// --cache: the real binary, a report from the cache byte for byte the report without it.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

describe('--cache', () => {
  it('reports byte for byte what an uncached run reports, on a repeat run and after an edit', () => {
    const dir = tempDir('mtlint-cli-cache-');
    const samples = readdirSync(path.join(ROOT, 'samples')).filter((f) => /^[^.]+\.(txt|md)$/.test(f));
    for (const f of samples) copyFileSync(path.join(ROOT, 'samples', f), path.join(dir, f));
    const args = ['--format', 'stylish', '.'];
    const cached = ['--cache', '--cache-location', 'cache/', ...args];
    const plain = mtlint(args, { cwd: dir });
    expect(plain.stdout).toMatch(/warning|error/);
    expect(mtlint(cached, { cwd: dir })).toEqual(plain); // fills the cache
    expect(existsSync(path.join(dir, 'cache/.mtlintcache'))).toBe(true);
    expect(mtlint(cached, { cwd: dir })).toEqual(plain); // from the cache
    writeFileSync(path.join(dir, samples[0]), 'The the article was was short .\n');
    const edited = mtlint(args, { cwd: dir });
    expect(edited.stdout).not.toBe(plain.stdout);
    expect(mtlint(cached, { cwd: dir })).toEqual(edited);
    // The repeat runs did read the cache: a finding altered in it is what gets reported.
    const cacheFile = path.join(dir, 'cache/.mtlintcache');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const [, { findings }] = Object.values(cache.files).find((entry) => (entry as [string, { findings: unknown[] }])[1].findings.length) as [string, { findings: { message: string }[] }];
    findings[0].message = 'altered in the cache';
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect(mtlint(cached, { cwd: dir }).stdout).toContain('altered in the cache');
  });

  it('lints a file again when a file linted with it changed: a line two pages share is a site template', () => {
    const dir = tempDir('mtlint-cli-cache-batch-');
    const page = (headline: string, body: string) => `${headline}\n${body}\nLatest from the region\n`;
    writeFileSync(path.join(dir, 'a.txt'), page('Peru votes', 'The president said the vote would go ahead on Sunday.\nThe opposition agreed to it.'));
    writeFileSync(path.join(dir, 'b.txt'), page('Lima floods', 'Rain fell for three days and the river rose.\nHundreds left their homes.'));
    const args = ['--format', 'compact', '.'];
    const cached = ['--cache', ...args];
    const shared = mtlint(cached, { cwd: dir });
    expect(shared.stdout).toMatch(/a\.txt:4:1: .*furniture\/trailing-block/);
    writeFileSync(path.join(dir, 'b.txt'), 'Lima floods\nRain fell for three days and the river rose.\n');
    const alone = mtlint(args, { cwd: dir });
    expect(alone.stdout).not.toMatch(/a\.txt:4:1/);
    expect(mtlint(cached, { cwd: dir })).toEqual(alone);
  });

  it('warns in one line when the cache cannot be written, and still reports', () => {
    const dir = tempDir('mtlint-cli-cache-unwritable-');
    writeFileSync(path.join(dir, 'a.txt'), 'The the article.\n');
    const plain = mtlint(['--format', 'compact', 'a.txt'], { cwd: dir });
    const r = mtlint(['--format', 'compact', '--cache', '--cache-location', 'a.txt/cache', 'a.txt'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([plain.code, plain.stdout]);
    expect(r.stderr).toMatch(/^mtlint: warning: cannot write the cache .*a\.txt\/cache: E[A-Z]+\n$/);
  });
});
