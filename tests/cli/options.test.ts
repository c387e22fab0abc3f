// Options that gate a run or shape its output, as CI and editors use them: run() in this process with the options the
// CLI would give it, and the real binary where the CLI's own parsing is the point.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint, ROOT } from '../helpers/cli.js';
import { lintInProcess } from '../helpers/in-process.js';
import type { RunOptions } from '../../src/run.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('mtlint-options-');
mkdirSync(path.join(dir, 'sub'));
writeFileSync(path.join(dir, 'warn.txt'), 'The talks, which began , ended.\n');
writeFileSync(path.join(dir, 'b.txt'), 'It was held by by them.\n');
writeFileSync(path.join(dir, 'sub/a.txt'), 'It was held by by them.\n');
symlinkSync(path.join(dir, 'sub'), path.join(dir, 'link'));
const run = (args: string[]) => mtlint(args, { cwd: dir });
const lint = (paths: string[], options: Partial<RunOptions> = {}) => lintInProcess(paths, { cwd: dir, ...options });

describe('--quiet with a failing run', () => {
  it.each([
    [{ failOn: 'warning' }, 1],
    [{ maxWarnings: 0 }, 1],
    [{}, 0],
  ] as [Partial<RunOptions>, number][])('%j: shows what fails the run, never "no problems" with exit 1', async (options, code) => {
    const r = await lint(['warn.txt'], { quiet: true, ...options });
    expect(r.code).toBe(code);
    if (code) expect(r.stdout).toContain('Space before ","');
    else expect(r.stdout).toBe('✔ no problems shown (1 file checked; 1 left out by --quiet)\n');
  });

  it('--max-warnings -1 is no limit, also over a config', () => {
    writeFileSync(path.join(dir, 'strict.yaml'), 'maxWarnings: 0\n');
    expect(run(['-c', 'strict.yaml', 'warn.txt']).code).toBe(1);
    expect(run(['-c', 'strict.yaml', '--max-warnings', '-1', 'warn.txt']).code).toBe(0);
  });
});

describe('what fails a streamed run (json writes each file as it is linted)', () => {
  it.each([
    [{}, 0],
    [{ maxWarnings: 0 }, 1],
    [{ maxWarnings: 1 }, 0],
    [{ failOn: 'warning' }, 1],
    [{ minScore: 100 }, 1],
  ] as [Partial<RunOptions>, number][])('%j: exit %i, the whole report written', async (options, code) => {
    const r = await lint(['warn.txt'], { format: 'json', ...options });
    expect(r.code).toBe(code);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 1, warnings: 1 });
  });
});

describe('--diff', () => {
  it('with -f json: the patch alone on stdout (git apply takes it), the report on stderr', async () => {
    const r = await lint(['warn.txt', 'b.txt'], { fixDryRun: true, format: 'json' });
    expect(JSON.parse(r.stderr).summary.files).toBe(2);
    expect(r.stdout).not.toContain('"version"');
    execFileSync('git', ['apply', '--check', '-'], { cwd: dir, input: r.stdout });
  });
});

describe('--fix-only', () => {
  it('names rules, families or categories it knows, with a hint', async () => {
    const r = await lint(['warn.txt'], { fix: true, fixOnly: ['spacng'] });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mtlint: --fix-only: unknown rule, family or category "spacng" (did you mean "spacing"?)\n');
    expect(readFileSync(path.join(dir, 'warn.txt'), 'utf8')).toContain('began ,');
  });

  it('needs --fix or --fix-dry-run', async () => {
    const r = await lint(['warn.txt'], { fixOnly: ['spacing'] });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mtlint: --fix-only chooses among the fixes of --fix or --fix-dry-run/);
  });
});

describe('the file list', () => {
  it('holds a file once, however it is named', async () => {
    const r = await lint(['./b.txt', 'b.txt', `${dir}/b.txt`, 'sub/a.txt', 'link/a.txt', 'link'], { format: 'json' });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['./b.txt', 'sub/a.txt']);
  });

  it('compact is sorted by path across named files', async () => {
    const lines = (await lint(['warn.txt', 'sub/a.txt', 'b.txt'], { format: 'compact' })).stdout.trim().split('\n');
    expect(lines.map((l) => l.split(':')[0])).toEqual(['b.txt', 'sub/a.txt', 'warn.txt']);
  });
});

describe('--no-error-on-unmatched-pattern', () => {
  it('lets a glob or directory with nothing to lint pass', async () => {
    mkdirSync(path.join(dir, 'empty'), { recursive: true });
    expect((await lint(['nothing/*.txt', 'empty', 'b.txt'])).code).toBe(2);
    const r = await lint(['nothing/*.txt', 'empty', 'b.txt'], { format: 'json', allowUnmatched: true });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['b.txt']);
    expect(r.code).toBe(1);
    expect((await lint(['missing.txt'], { allowUnmatched: true })).code).toBe(2); // a file named outright must exist
  });
});

describe('usage errors', () => {
  it('are a line and a pointer to --help, not the whole help', () => {
    const r = run(['--format', 'xml', 'b.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "mtlint: error: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, json, compact, sarif, github, junit, checkstyle, html.\n(mtlint --help lists the options)\n",
    );
  });
});

describe('the package', () => {
  it('ships the MIT licence package.json names', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });

  it('npm run eval without the corpus says so in one line', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bench/eval.mjs')], { env: { ...process.env, MTLINT_CORPUS: path.join(dir, 'no-corpus') }, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`eval: corpus not found at ${path.join(dir, 'no-corpus')} (set MTLINT_CORPUS)\n`);
  });
});

describe('--concurrency', () => {
  it('lints on worker threads of the built CLI with the report of one thread; 0 is refused', () => {
    const threads = run(['--concurrency', '2', '--format', 'stylish', '.']);
    expect(threads.stdout).toContain('repetition/doubled-word');
    expect(threads).toEqual(run(['--concurrency', 'off', '--format', 'stylish', '.']));
    const refused = run(['--concurrency', '0', '.']);
    expect([refused.code, refused.stderr.split('\n')[0]]).toEqual([2, "mtlint: error: option '--concurrency <n|auto|off>' argument '0' is invalid. expected auto, off, or a number of worker threads, 1 or more."]);
  });
});

describe('--cache-strategy', () => {
  it('takes metadata or content, and refuses anything else in one line', () => {
    const plain = run(['--format', 'compact', '.']);
    expect(run(['--cache', '--cache-strategy', 'content', '--cache-location', 'strategy-cache', '--format', 'compact', '.'])).toEqual(plain);
    expect(JSON.parse(readFileSync(path.join(dir, 'strategy-cache'), 'utf8')).files).not.toEqual({});
    const refused = run(['--cache', '--cache-strategy', 'mtime', '.']);
    expect([refused.code, refused.stderr.split('\n')[0]]).toEqual([2, "mtlint: error: option '--cache-strategy <strategy>' argument 'mtime' is invalid. Allowed choices are metadata, content."]);
  });
});
