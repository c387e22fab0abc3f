// A check that throws is an internal error: exit 2, one line naming the rule and the file (the stack with --debug),
// and every other file still linted and reported. Tested in-process, with one check made to throw.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KINDS } from '../src/checks/index.js';
import { type RunOptions, run } from '../src/run.js';
import { tempDir } from './helpers/temp.js';

const repetition = KINDS.get('repetition')!;
const compile = repetition.compile;

/** repetition/doubled-word throws on a text holding BOOM. */
function breakDoubledWord(): void {
  vi.spyOn(repetition, 'compile').mockImplementation((rule) => {
    const check = compile(rule);
    if (rule.id !== 'repetition/doubled-word') return check;
    return (doc, batch) => {
      if (doc.text.includes('BOOM')) throw new Error('kaboom');
      return check(doc, batch);
    };
  });
}
afterEach(() => vi.restoreAllMocks());

async function lint(extra: Partial<RunOptions> = {}) {
  const dir = tempDir('mtlint-crash-');
  writeFileSync(path.join(dir, 'a.txt'), 'It was by by the sea.\n');
  writeFileSync(path.join(dir, 'boom.txt'), 'BOOM went the the gun.\n');
  writeFileSync(path.join(dir, 'c.txt'), 'A the the slip.\n');
  const [stdout, stderr]: string[][] = [[], []];
  const options: RunOptions = { paths: ['a.txt', 'boom.txt', 'c.txt'], format: 'json', color: false, rulesDirs: [], only: ['repetition/doubled-word'], disable: [], fix: false, fixDryRun: false, fixOnly: [], quiet: false, config: false, reportUnusedDirectives: false, cwd: dir, ...extra };
  const code = await run(options, { stdout: (s) => stdout.push(s), stderr: (s) => stderr.push(s) });
  return { code, dir, stdout: stdout.join(''), stderr: stderr.join('') };
}

describe('a check that crashes', () => {
  it('is an internal error for its file alone: exit 2, one line naming rule and file, the other files reported', async () => {
    breakDoubledWord();
    const { code, stdout, stderr } = await lint();
    expect(code).toBe(2);
    expect(stderr).toBe('mtlint: boom.txt: internal error: rule repetition/doubled-word crashed: kaboom (--debug shows the stack)\n');
    const files = JSON.parse(stdout).files.map((f: { path: string; findings: { rule: string; fatal?: boolean }[] }) => [f.path, f.findings.map((x) => `${x.rule}${x.fatal ? ' (fatal)' : ''}`)]);
    expect(files).toEqual([
      ['a.txt', ['repetition/doubled-word']],
      ['boom.txt', ['mtlint/file-error (fatal)']],
      ['c.txt', ['repetition/doubled-word']],
    ]);
  });

  it('shows the check\'s stack with --debug', async () => {
    breakDoubledWord();
    const { code, stderr } = await lint({ debug: true });
    expect(code).toBe(2);
    const [line, ...stack] = stderr.trimEnd().split('\n');
    expect(line).toBe('mtlint: boom.txt: internal error: rule repetition/doubled-word crashed: kaboom');
    expect(stack[0]).toBe('Error: kaboom');
    expect(stack[1]).toMatch(/^\s+at .*crash\.test\.ts/);
  });

  it('does not stop --fix: the other files are fixed', async () => {
    breakDoubledWord();
    const { code, stderr, dir } = await lint({ fix: true });
    expect(code).toBe(2);
    expect(stderr).toContain('mtlint: boom.txt: internal error: rule repetition/doubled-word crashed: kaboom');
    expect(['a.txt', 'boom.txt', 'c.txt'].map((f) => readFileSync(path.join(dir, f), 'utf8'))).toEqual(['It was by the sea.\n', 'BOOM went the the gun.\n', 'A the slip.\n']);
  });
});
