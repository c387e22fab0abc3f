// --cache: run() in this process, as the CLI runs it; a report from the cache byte for byte the report without it.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunOptions } from '../src/run.js';
import { ROOT } from './helpers/cli.js';
import { lintInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const lint = (cwd: string, options: Partial<RunOptions>) => lintInProcess(['.'], { cwd, ...options });

describe('--cache', () => {
  it('reports byte for byte what an uncached run reports, on a repeat run and after an edit', async () => {
    const dir = tempDir('mtlint-cli-cache-');
    const samples = readdirSync(path.join(ROOT, 'samples')).filter((f) => /^[^.]+\.(txt|md)$/.test(f));
    for (const f of samples) copyFileSync(path.join(ROOT, 'samples', f), path.join(dir, f));
    const args: Partial<RunOptions> = { format: 'stylish' };
    const cached = { ...args, cache: { location: 'cache/' } };
    const plain = await lint(dir, args);
    expect(plain.stdout).toMatch(/warning|error/);
    expect(await lint(dir, cached)).toEqual(plain); // fills the cache
    expect(existsSync(path.join(dir, 'cache/.mtlintcache'))).toBe(true);
    expect(await lint(dir, cached)).toEqual(plain); // from the cache
    writeFileSync(path.join(dir, samples[0]), 'The the article was was short .\n');
    const edited = await lint(dir, args);
    expect(edited.stdout).not.toBe(plain.stdout);
    expect(await lint(dir, cached)).toEqual(edited);
    // The repeat runs did read the cache: a finding altered in it is what gets reported.
    const cacheFile = path.join(dir, 'cache/.mtlintcache');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const [, { findings }] = Object.values(cache.files).find((entry) => (entry as [string, { findings: unknown[] }])[1].findings.length) as [string, { findings: { message: string }[] }];
    findings[0].message = 'altered in the cache';
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect((await lint(dir, cached)).stdout).toContain('altered in the cache');
  });

  it('lints a file again when a file linted with it changed: a line two pages share is a site template', async () => {
    const dir = tempDir('mtlint-cli-cache-batch-');
    const page = (headline: string, body: string) => `${headline}\n${body}\nStories from the Andes\n`;
    writeFileSync(path.join(dir, 'a.txt'), page('Peru votes', 'The president said the vote would go ahead on Sunday.\nThe opposition agreed to it.'));
    writeFileSync(path.join(dir, 'b.txt'), page('Lima floods', 'Rain fell for three days and the river rose.\nHundreds left their homes.'));
    const args: Partial<RunOptions> = { format: 'compact' };
    const cached = { ...args, cache: {} };
    const shared = await lint(dir, cached);
    expect(shared.stdout).toMatch(/a\.txt:4:1: .*furniture\/trailing-block/);
    writeFileSync(path.join(dir, 'b.txt'), 'Lima floods\nRain fell for three days and the river rose.\n');
    const alone = await lint(dir, args);
    expect(alone.stdout).not.toMatch(/a\.txt:4:1/);
    expect(await lint(dir, cached)).toEqual(alone);
  });

  it('warns in one line when the cache cannot be written, and still reports', async () => {
    const dir = tempDir('mtlint-cli-cache-unwritable-');
    writeFileSync(path.join(dir, 'a.txt'), 'The the article.\n');
    const plain = await lint(dir, { format: 'compact' });
    const r = await lint(dir, { format: 'compact', cache: { location: 'a.txt/cache' } });
    expect([r.code, r.stdout]).toEqual([plain.code, plain.stdout]);
    expect(r.stderr).toMatch(/^mtlint: warning: cannot write the cache .*a\.txt\/cache: E[A-Z]+\n$/);
  });
});
