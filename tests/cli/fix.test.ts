// --fix, --fix-dry-run and --fix-only on copies of the samples: run() in this process, as the CLI runs it; the real
// binary for standard input and for a run killed mid-write.
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, mtlint, ROOT } from '../helpers/cli.js';
import { lintInProcess } from '../helpers/in-process.js';
import type { RunOptions } from '../../src/run.js';
import { tempDir } from '../helpers/temp.js';

/** run() on one file, from the repository's root or `cwd`. */
const fix = (file: string, options: Partial<RunOptions>, cwd = ROOT) => lintInProcess([file], { cwd, ...options });

const copyOf = (sample: string) => {
  const file = path.join(tempDir('mtlint-fix-'), path.basename(sample));
  copyFileSync(path.join(ROOT, sample), file);
  return file;
};

describe('--fix', () => {
  it('turns the sample article into the committed fixed text, and a second run changes nothing', async () => {
    const file = copyOf('samples/xi-kazakhstan-sco.txt');
    const first = await fix(file, { fix: true, format: 'json' });
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(ROOT, 'samples/xi-kazakhstan-sco.fixed.txt'), 'utf8'));
    const report = JSON.parse(first.stdout);
    expect(report.files[0].fixed).toBe(6);
    // What remains has no safe fix: the truncations (errors, so exit 1) and the word-order calque.
    expect(report.files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['word-order/postposed-adjective', 'truncation/truncated-word', 'truncation/truncated-word']);
    expect(first.code).toBe(1);
    const second = await fix(file, { fix: true, format: 'json' });
    expect(JSON.parse(second.stdout).files[0].fixed).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(path.join(ROOT, 'samples/xi-kazakhstan-sco.fixed.txt'), 'utf8'));
  });

  it("removes a page's furniture only as the file showed it: an article's list above a photo credit stays", async () => {
    const file = path.join(tempDir('mtlint-fix-'), 'list.md');
    const text = '# Talks resume in Rome\n\nThe delegations met for three hours. They agreed on a timetable:\n\n- a first round in May\n- a second round in June\n\nPhoto: Reuters\n';
    writeFileSync(file, text);
    await fix(file, { fix: true, format: 'json' });
    expect(readFileSync(file, 'utf8')).toBe(text.replace('\n\nPhoto: Reuters\n', '\n'));
  });

  it('exits 0 when nothing failing remains, and says how many fixes it applied', async () => {
    const file = copyOf('samples/eu-grain-corridor.txt');
    const r = await fix(file, { fix: true, disable: ['truncation'] });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 4 fixes applied; no problems (1 file checked)\n');
  });

  it('keeps the BOM, CRLF line ends, a missing final newline and the file mode', async () => {
    const dir = tempDir('mtlint-fix-');
    const file = path.join(dir, 'crlf.txt');
    writeFileSync(file, '\uFEFFThe talks were attended by by the ministers , he said.\r\nSecond line stays.\r\n\r\nLeave a Reply\r\nBack to top');
    chmodSync(file, 0o640);
    await fix(file, { fix: true });
    expect(readFileSync(file, 'utf8')).toBe('\uFEFFThe talks were attended by the ministers, he said.\r\nSecond line stays.');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('prints the fixed text for stdin and the report on stderr', () => {
    const r = mtlint(['--fix', '-'], { input: 'It was attended by by the leaders.\n' });
    expect(r.stdout).toBe('It was attended by the leaders.\n');
    expect(r.stderr).toContain('1 fix applied');
  });

  it('--fix-only applies only the fixes of the named rules, families or categories', () => {
    const r = mtlint(['--fix', '--fix-only', 'spacing', '-'], { input: 'It was attended by by the leaders , he said.\n' });
    expect(r.stdout).toBe('It was attended by by the leaders, he said.\n');
  });
});

describe('--fix-dry-run', () => {
  it('prints a unified diff and writes nothing', async () => {
    const file = copyOf('samples/wang-wenbin-trade-talks.txt');
    const before = readFileSync(file, 'utf8');
    const r = await fix(file, { fixDryRun: true, disable: ['truncation'] });
    expect(readFileSync(file, 'utf8')).toBe(before);
    // An absolute path outside the working directory loses its root, as git writes paths (patch -p1 applies it from /).
    const inPatch = file.replace(/^\/+/, '');
    expect(r.stdout).toContain(`--- a/${inPatch}\n+++ b/${inPatch}\n`);
    expect(r.stdout).toContain('-The agreements include a standard-gauge railway between Kunming and Hai Phong, according to to the state news agency Xinhua');
    expect(r.stdout).toContain('+The agreements include a standard-gauge railway between Kunming and Hai Phong, according to the state news agency Xinhua');
    expect(mtlint(['--diff', '--disable', 'truncation', file]).stdout).toBe(r.stdout); // the CLI's alias
    // The patch alone on stdout; the report on stderr.
    expect(r.stderr).toMatch(/✔ \d+ fixes previewed; no problems/);
    // Below the working directory, the path is relative to it.
    const fromParent = await fix(file, { fixDryRun: true, disable: ['truncation'] }, path.dirname(path.dirname(file)));
    expect(fromParent.stdout).toContain(`--- a/${path.basename(path.dirname(file))}/${path.basename(file)}\n`);
  });
});

describe('atomic writes', () => {
  it('leaves either the original or the whole fixed file when the run is killed mid-way', async () => {
    // A large file makes the run long enough to be killed at different moments.
    const dir = tempDir('mtlint-kill-');
    const file = path.join(dir, 'big.txt');
    const original = `${'The talks were attended by by the ministers , he said.\n\n'.repeat(100000)}`;
    const fixed = `${'The talks were attended by the ministers, he said.\n\n'.repeat(100000)}`;
    for (const delay of [50, 150, 300, 500, 800]) {
      writeFileSync(file, original);
      const child = spawn(process.execPath, [BIN, '--fix', file], { stdio: 'ignore' });
      const closed = new Promise((resolve) => child.on('close', resolve)); // the run may end before the kill
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await closed;
      expect([original, fixed]).toContain(readFileSync(file, 'utf8'));
    }
  });
});
