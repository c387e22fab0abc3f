// The real binary over a table of argv → exit code and error lines; exit codes, selection and output of run() in this
// process, as the CLI runs it.
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint, ROOT } from '../helpers/cli.js';
import { lintInProcess } from '../helpers/in-process.js';
import type { RunOptions } from '../../src/run.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('mtlint-cli-');
writeFileSync(path.join(tmp, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
writeFileSync(path.join(tmp, 'latin1.txt'), Buffer.from('caf\xe9 ok\n', 'latin1'));
writeFileSync(path.join(tmp, 'warn.txt'), 'The talks, which began , ended.\n');
mkdirSync(path.join(tmp, 'empty'));
mkdirSync(path.join(tmp, 'slow-rule/user'), { recursive: true });
writeFileSync(
  path.join(tmp, 'slow-rule/user/nested.yaml'),
  "kind: pattern\ndescription: d\nmessage: m\npattern: '(\\w+\\s?)+$'\nexamples:\n  - bad: x\n  - good: y\n",
);

const CLEAN = 'The ministers met in Brussels on Monday and agreed on a new plan.\n';
writeFileSync(path.join(tmp, 'clean.txt'), CLEAN);
/** run() on the given paths (from the repository's root), or on `input` as a file of its own. */
const lint = (paths: string[], options: Partial<RunOptions> = {}, input?: string) => {
  if (input === undefined) return lintInProcess(paths, { cwd: ROOT, ...options });
  const dir = tempDir('mtlint-input-');
  writeFileSync(path.join(dir, 'input.txt'), input);
  return lintInProcess(['input.txt'], { cwd: dir, ...options });
};
const json = async (result: Promise<{ stdout: string }>) => JSON.parse((await result).stdout);

describe.each([
  ['no input', [], '', 2, /^mtlint: no input: give files/],
  ['a missing path', ['nope.txt'], '', 2, /^mtlint: nope\.txt: no such file or directory\n$/],
  ['an empty directory', [path.join(tmp, 'empty')], '', 2, /empty: directory holds no text files/],
  ['a binary file', [path.join(tmp, 'binary.txt')], '', 2, /binary\.txt:\d+:\d+: binary file/],
  ['invalid UTF-8', [path.join(tmp, 'latin1.txt')], '', 2, /latin1\.txt:1:4: not valid UTF-8 \(byte 0xe9 at offset 3\)/],
  ['invalid rule files', ['--rules', 'tests/fixtures/invalid-rules', '-'], CLEAN, 2, /unknown-key\.yaml:4:1: unknown key "patern"[\s\S]*wrong-type\.yaml:4:11/],
  ['a catastrophic user regex', ['--rules', path.join(tmp, 'slow-rule'), '-'], CLEAN, 2, /nested\.yaml:4:10: "pattern" can backtrack catastrophically/],
  ['an unknown rule', ['--rule', 'spacing/space-befor', '-'], CLEAN, 2, /unknown rule or family "spacing\/space-befor" \(did you mean "spacing\/space-before/],
  ['an unknown format', ['--format', 'xml', '-'], CLEAN, 2, /argument 'xml' is invalid/],
])('%s', (_name, args, input, code, stderr) => {
  it(`exits ${code} with a one-line error per problem and no stack trace`, () => {
    const r = mtlint(args as string[], { input: input as string });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(stderr as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('exit codes and selection', () => {
  const warn = path.join(tmp, 'warn.txt');
  const sample = 'samples/xi-kazakhstan-sco.txt';
  it.each([
    ['clean text', [path.join(tmp, 'clean.txt')], {}, 0],
    ['a sample with errors', [sample], {}, 1],
    ['warnings only', [warn], {}, 0],
    ['warnings with --fail-on warning', [warn], { failOn: 'warning' }, 1],
    ['warnings over --max-warnings', [warn], { maxWarnings: 0 }, 1],
    ['warnings within --max-warnings', [warn], { maxWarnings: 1 }, 0],
    ['errors of a family not selected', [sample], { only: ['spacing'] }, 0],
  ] as [string, string[], Partial<RunOptions>, number][])('%s → %i', async (_name, paths, options, code) => {
    expect((await lint(paths, options)).code).toBe(code);
  });

  it('--rule and --disable select rules and families', async () => {
    const rules = async (options: Partial<RunOptions>) => [...new Set((await json(lint([sample], { format: 'json', ...options }))).files[0].findings.map((f: { rule: string }) => f.rule))];
    expect(await rules({ only: ['spacing/'] })).toEqual(['spacing/space-before-punctuation']);
    expect(await rules({ only: ['truncation', 'attribution/split-name'] })).toEqual(['attribution/split-name', 'truncation/truncated-word']);
    expect(await rules({ disable: ['furniture', 'truncation/truncated-word'] })).not.toContain('furniture/trailing-block');
  });

  it('--quiet reports errors only', async () => {
    const out = await json(lint([sample], { quiet: true, format: 'json' }));
    expect(out.files[0].findings.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
  });
});

describe('output', () => {
  it('JSON follows the documented contract field for field', async () => {
    const out = await json(lint(['samples/xi-kazakhstan-sco.txt'], { format: 'json' }));
    expect(Object.keys(out)).toEqual(['version', 'files', 'summary']);
    expect(out.version).toBe(1);
    expect(out.summary).toEqual({ files: 1, errors: 6, warnings: 2, infos: 1, lowestScore: 48.6, meanScore: 48.6 });
    const f = out.files[0].findings[0];
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'category', 'message', 'line', 'column', 'endLine', 'endColumn', 'offset', 'length', 'text', 'fix', 'suggestions', 'suggestionEdits']);
    expect(f).toMatchObject({ rule: 'repetition/doubled-word', line: 3, column: 185, endLine: 3, endColumn: 190, text: 'by by', fix: { text: '' }, suggestions: [] });
  });

  it('gives each suggestion as an edit an editor can apply, over its own range', async () => {
    // split-name suggests (not fixes) a rewrite to the sentence's end: the edit says so, the span does not.
    const text = '“We oppose it,” said Mao. Ning, at a press conference in Beijing on Monday after the talks with the visiting delegation ended.\n';
    const [f] = (await json(lint([], { format: 'json', only: ['attribution/split-name'] }, text))).files[0].findings;
    expect(f.fix).toBeNull();
    expect(f.text).toBe('said Mao. Ning');
    expect(f.suggestionEdits).toHaveLength(f.suggestions.length);
    const [edit] = f.suggestionEdits;
    expect(edit.text).toBe(f.suggestions[0]);
    expect(text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length)).toBe(
      '“We oppose it,” said Mao Ning at a press conference in Beijing on Monday after the talks with the visiting delegation ended.\n',
    );
    // Elsewhere a suggestion replaces the flagged span.
    const [truncated] = (await json(lint([], { format: 'json', only: ['truncation'] }, 'The plan is consi.\n'))).files[0].findings;
    expect(truncated.suggestionEdits[0]).toEqual({ offset: truncated.offset, length: truncated.length, text: truncated.suggestions[0] });
  });

  it('counts columns in UTF-16 code units', async () => {
    const out = await json(lint([], { format: 'json' }, '😀 “é” the the end.\n'));
    expect(out.files[0].findings[0]).toMatchObject({ column: 8, offset: 7, text: 'the the' });
  });

  it('stylish shows position, severity, message, fix, rule, a code frame and a summary', async () => {
    const out = (await lint(['samples/xi-kazakhstan-sco.txt'])).stdout;
    expect(out).toContain('samples/xi-kazakhstan-sco.txt\n  3:185   error   Doubled "by"  repetition/doubled-word\n                  fix: "by by" → "by"\n');
    expect(out).toMatch(/\n {5}3 \| …Cooperation Organization, which will also be attended by by the Russian counterpart, Vladimir Putin\.\n {7}\| {56}\^{5}\n/);
    expect(out).toMatch(/suggestion: "the international situation"/);
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 9 problems (6 errors, 2 warnings, 1 info), 6 fixable with --fix in 1 file checked');
  });

  it('stylish puts the carets under the span after wide (CJK) characters and emoji', async () => {
    const out = (await lint([], { only: ['repetition'] }, '北京新闻 😀 it was held by by them.\n')).stdout;
    // 4 CJK characters and an emoji take two terminal cells each.
    expect(out).toContain('     1 | 北京新闻 😀 it was held by by them.\n       |                         ^^^^^\n');
  });

  it('stylish is colored only when asked and not disabled', () => {
    const colored = mtlint(['samples/xi-kazakhstan-sco.txt'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout;
    expect(colored).toContain('\u001b[');
    expect(mtlint(['--no-color', 'samples/xi-kazakhstan-sco.txt'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('says so when there is nothing to report', async () => {
    expect((await lint([], {}, CLEAN)).stdout).toBe('✔ no problems (1 file checked)\n');
  });

  it('counts a path it could not lint apart from the files it checked', async () => {
    const dir = tempDir('mtlint-empty-');
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'a.txt'), CLEAN);
    const r = await lintInProcess(['empty', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 info) in 1 file checked, 1 not read\n');
  });

  it('user rules add to the built-in ones', async () => {
    const dir = tempDir('mtlint-rules-');
    mkdirSync(path.join(dir, 'house'));
    writeFileSync(path.join(dir, 'house/colour.yaml'), "kind: substitution\nseverity: error\ndescription: d\nmessage: '{0} → {1}'\nswap: {color: colour}\nexamples:\n  - bad: color\n    fixed: colour\n  - good: colour\n");
    const out = await json(lint([], { rulesDirs: [dir], format: 'json' }, 'The Color of money.\n'));
    expect(out.files[0].findings).toMatchObject([{ rule: 'house/colour', category: 'house', message: 'Color → Colour', fix: { text: 'Colour' } }]);
  });
});
