// Options that gate a run or shape its output, as CI and editors use them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('mtlint-options-');
mkdirSync(path.join(dir, 'sub'));
writeFileSync(path.join(dir, 'warn.txt'), 'The talks, which began , ended.\n');
writeFileSync(path.join(dir, 'b.txt'), 'It was held by by them.\n');
writeFileSync(path.join(dir, 'sub/a.txt'), 'It was held by by them.\n');
symlinkSync(path.join(dir, 'sub'), path.join(dir, 'link'));
const run = (args: string[]) => mtlint(args, { cwd: dir });

describe('--quiet with a failing run', () => {
  it.each([
    [['--fail-on', 'warning'], 1],
    [['--max-warnings', '0'], 1],
    [[], 0],
  ])('%j: shows what fails the run, never "no problems" with exit 1', (args, code) => {
    const r = run(['--quiet', ...args, 'warn.txt']);
    expect(r.code).toBe(code);
    if (code) expect(r.stdout).toContain('Space before ","');
    else expect(r.stdout).toBe('✔ no problems (1 file checked)\n');
  });

  it('--max-warnings -1 is no limit, also over a config', () => {
    writeFileSync(path.join(dir, 'strict.yaml'), 'maxWarnings: 0\n');
    expect(run(['-c', 'strict.yaml', 'warn.txt']).code).toBe(1);
    expect(run(['-c', 'strict.yaml', '--max-warnings', '-1', 'warn.txt']).code).toBe(0);
  });
});

describe('--diff', () => {
  it('with -f json: the patch alone on stdout (git apply takes it), the report on stderr', () => {
    const r = run(['--diff', '-f', 'json', 'warn.txt', 'b.txt']);
    expect(JSON.parse(r.stderr).summary.files).toBe(2);
    expect(r.stdout).not.toContain('"version"');
    execFileSync('git', ['apply', '--check', '-'], { cwd: dir, input: r.stdout });
  });
});

describe('--fix-only', () => {
  it('names rules, families or categories it knows, with a hint', () => {
    const r = run(['--fix', '--fix-only', 'spacng', 'warn.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mtlint: --fix-only: unknown rule, family or category "spacng" (did you mean "spacing"?)\n');
    expect(readFileSync(path.join(dir, 'warn.txt'), 'utf8')).toContain('began ,');
  });

  it('needs --fix or --fix-dry-run', () => {
    const r = run(['--fix-only', 'spacing', 'warn.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mtlint: --fix-only chooses among the fixes of --fix or --fix-dry-run/);
  });
});

describe('the file list', () => {
  it('holds a file once, however it is named', () => {
    const r = run(['-f', 'json', './b.txt', 'b.txt', `${dir}/b.txt`, 'sub/a.txt', 'link/a.txt', 'link']);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['./b.txt', 'sub/a.txt']);
  });

  it('compact is sorted by path across named files', () => {
    const lines = run(['-f', 'compact', 'warn.txt', 'sub/a.txt', 'b.txt']).stdout.trim().split('\n');
    expect(lines.map((l) => l.split(':')[0])).toEqual(['b.txt', 'sub/a.txt', 'warn.txt']);
  });
});

describe('--no-error-on-unmatched-pattern', () => {
  it('lets a glob or directory with nothing to lint pass', () => {
    mkdirSync(path.join(dir, 'empty'), { recursive: true });
    expect(run(['nothing/*.txt', 'empty', 'b.txt']).code).toBe(2);
    const r = run(['-f', 'json', '--no-error-on-unmatched-pattern', 'nothing/*.txt', 'empty', 'b.txt']);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['b.txt']);
    expect(r.code).toBe(1);
    expect(run(['--no-error-on-unmatched-pattern', 'missing.txt']).code).toBe(2); // a file named outright must exist
  });
});

describe('usage errors', () => {
  it('are a line and a pointer to --help, not the whole help', () => {
    const r = run(['--format', 'xml', 'b.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "error: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, json, compact, sarif, github, junit, checkstyle, html.\n(mtlint --help lists the options)\n",
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
