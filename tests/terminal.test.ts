import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { colorEnabled, progressLine } from '../src/terminal.js';
import { run, type RunOptions } from '../src/run.js';
import { tempDir } from './helpers/temp.js';

describe('colorEnabled', () => {
  it.each([
    ['a terminal', undefined, {}, true, true],
    ['a pipe', undefined, {}, false, false],
    ['FORCE_COLOR=0 on a terminal', undefined, { FORCE_COLOR: '0' }, true, false],
    ['FORCE_COLOR=false on a terminal', undefined, { FORCE_COLOR: 'false' }, true, false],
    ['FORCE_COLOR=1 on a pipe', undefined, { FORCE_COLOR: '1' }, false, true],
    ['NO_COLOR on a terminal', undefined, { NO_COLOR: '1' }, true, false],
    ['--color despite NO_COLOR', true, { NO_COLOR: '1' }, false, true],
    ['--no-color despite FORCE_COLOR', false, { FORCE_COLOR: '1' }, true, false],
  ] as const)('%s', (_name, flag, env, isTTY, expected) => {
    expect(colorEnabled(flag, env, isTTY)).toBe(expected);
  });
});

describe('progressLine', () => {
  it('shows after a delay, redraws at most every interval, and is erased at the end', () => {
    let time = 0;
    const written: string[] = [];
    const progress = progressLine({ write: (s: string) => written.push(s) }, () => time, 1000, 100);
    for (const [t, done] of [[500, 1], [1000, 2], [1050, 3], [1100, 4], [1300, 10]] as const) {
      time = t;
      progress(done, 10);
    }
    expect(written).toEqual(['\rmtlint: 2/10 files', '\rmtlint: 4/10 files', '\r\u001b[K']);
  });

  it('is left out for a run that ends before the delay', () => {
    const written: string[] = [];
    const progress = progressLine({ write: (s: string) => written.push(s) }, () => 0);
    progress(5, 10);
    progress(10, 10);
    expect(written).toEqual([]);
  });

  it('hears from run() after each batch of files', async () => {
    const dir = tempDir('mtlint-progress-');
    mkdirSync(path.join(dir, 'a'));
    for (let i = 0; i < 70; i++) writeFileSync(path.join(dir, `a/${i}.txt`), 'Fine.\n');
    const calls: string[] = [];
    const options: RunOptions = { paths: ['a'], format: 'json', color: false, rulesDirs: [], only: [], disable: [], fix: false, fixDryRun: false, fixOnly: [], quiet: false, config: false, reportUnusedDirectives: false, cwd: dir };
    await run(options, { stdout: () => {}, stderr: () => {}, progress: (done, total) => calls.push(`${done}/${total}`) });
    expect(calls).toEqual(['64/70', '70/70']);
  });
});
