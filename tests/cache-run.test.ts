// --cache: run() in this process, as the CLI runs it; a report from the cache byte for byte the report without it.
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('lints again when the config or the selection changes the built-in rules (known to the cache by their ids)', async () => {
    const dir = tempDir('mtlint-cli-cache-config-');
    writeFileSync(path.join(dir, 'a.txt'), 'The the article was was short .\n');
    const runs: Partial<RunOptions>[] = [{}, { disable: ['spacing'] }, {}];
    const expected = [];
    const got = [];
    for (const [k, options] of runs.entries()) {
      // A severity the config overrides from the second run on.
      if (k === 2) writeFileSync(path.join(dir, 'mtlint.config.yaml'), 'overrides:\n  repetition/doubled-word: warning\n');
      expected.push(await lint(dir, { format: 'compact', only: [], ...options }));
      got.push(await lint(dir, { format: 'compact', only: [], ...options, cache: {} }));
      got.push(await lint(dir, { format: 'compact', only: [], ...options, cache: {} })); // from the cache
    }
    expect(new Set(expected.map((r) => r.stdout)).size).toBe(3);
    expect(got).toEqual(expected.flatMap((r) => [r, r]));
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

describe('--cache-strategy', () => {
  /** Samples copied into a new folder, their times set an hour back (a file modified a moment ago is always read). */
  const samplesIn = (prefix: string) => {
    const dir = tempDir(prefix);
    const names = readdirSync(path.join(ROOT, 'samples')).filter((f) => /^[^.]+\.(txt|md)$/.test(f));
    for (const f of names) {
      copyFileSync(path.join(ROOT, 'samples', f), path.join(dir, f));
      setTime(path.join(dir, f), 0);
    }
    return { dir, names };
  };
  const setTime = (file: string, seconds: number) => utimesSync(file, HOUR_AGO + seconds, HOUR_AGO + seconds);
  const HOUR_AGO = Math.floor(Date.now() / 1000) - 3600; // whole seconds: utimes takes them exactly
  it('metadata: reports byte for byte what an uncached run reports, after a touch and after a same-size edit', async () => {
    const { dir, names } = samplesIn('mtlint-cache-metadata-');
    for (const format of ['stylish', 'json'] as const) {
      const cached: Partial<RunOptions> = { format, cache: { location: `cache-${format}` } };
      const plain = await lint(dir, { format });
      expect(await lint(dir, cached)).toEqual(plain); // fills the cache
      expect(await lint(dir, cached)).toEqual(plain); // from the stamps
      setTime(path.join(dir, names[0]), 60); // touched, unchanged: read, found by its text, restamped
      expect(await lint(dir, cached)).toEqual(plain);
      expect(await lint(dir, cached)).toEqual(plain);
    }
    const file = path.join(dir, names[1]);
    const text = readFileSync(file, 'utf8');
    // The same number of bytes, a doubled word where there was none (`and the` → `and and`).
    writeFileSync(file, text.replace(/\b([a-z]{3}) (?!\1\b)([a-z]{3})\b/, '$1 $1'));
    expect(statSync(file).size).toBe(Buffer.byteLength(text));
    for (const format of ['stylish', 'json'] as const) {
      const cached: Partial<RunOptions> = { format, cache: { location: `cache-${format}` } };
      const edited = await lint(dir, { format });
      expect(edited.stdout).toContain('doubled-word');
      expect(await lint(dir, cached)).toEqual(edited); // modified a moment ago: read
      setTime(file, 120);
      expect(await lint(dir, cached)).toEqual(edited); // its time moved: read
      expect(await lint(dir, cached)).toEqual(edited);
    }
  });

  it('metadata answers from the stamps without reading or hashing; a same-size edit with its time set back is read', async () => {
    const { dir } = samplesIn('mtlint-cache-trust-');
    const file = path.join(dir, 'only.txt');
    writeFileSync(file, 'A short article about the weather.\n');
    setTime(file, 0);
    const metadata: Partial<RunOptions> = { format: 'compact', cache: { location: 'cache' } };
    const before = await lint(dir, metadata);
    // Each file's digest altered in the cache, its stamp kept: a run that hashed the texts would lint them all again.
    const cacheFile = path.join(dir, 'cache');
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const entry of Object.values(cache.files) as [string, { findings: { message: string }[] }, string][]) {
      entry[0] = 'altered';
      for (const f of entry[1].findings) f.message = 'from the cache';
    }
    writeFileSync(cacheFile, JSON.stringify(cache));
    const byStamps = await lint(dir, metadata);
    expect(byStamps.stdout).toContain('from the cache');
    expect(byStamps.stdout.replaceAll(/: (?:error|warning|info) (\S+): .*/g, ': $1')).toBe(before.stdout.replaceAll(/: (?:error|warning|info) (\S+): .*/g, ': $1'));
    expect(await lint(dir, { ...metadata, cache: { location: 'cache', strategy: 'content' } })).toEqual(before);
    // The same number of bytes and the modification time set back to the nanosecond, as a tool that keeps times would:
    // the change time moved, so the file is read.
    const time = statSync(file, { bigint: true }).mtimeNs;
    writeFileSync(file, 'A short article about was was sun.\n');
    utimesSync(file, Number(time) / 1e9, Number(time) / 1e9);
    expect([statSync(file, { bigint: true }).mtimeNs, statSync(file).size]).toEqual([time, 35]);
    const edited = await lint(dir, { format: 'compact' });
    expect(edited.stdout).toMatch(/only\.txt.*doubled-word/);
    expect(await lint(dir, metadata)).toEqual(edited);
  });
});
