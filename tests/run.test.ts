// Config files, inline directives, every report format, --since, --shard: run() in this process, in temporary projects,
// as the CLI runs it (tests/cli/ spawns the binary for what only the CLI does).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfiguredRules, run } from '../src/run.js';
import { ROOT } from './helpers/cli.js';
import { lintInProcess as lint } from './helpers/in-process.js';
import { xmlEntries } from './helpers/xml.js';
import { validateSarif } from './helpers/sarif.js';
import { tempDir } from './helpers/temp.js';

const project = (files: Record<string, string>) => {
  const dir = tempDir('mtlint-project-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
};
const json = (r: { stdout: string }) => JSON.parse(r.stdout);
const rulesOf = (r: { stdout: string }) => json(r).files.flatMap((f: { findings: { rule: string }[] }) => f.findings.map((x) => x.rule));

const ARTICLE = 'The summit was attended by by the leaders , he said.\nIt ended.\n';

describe('config', () => {
  it('is found by walking up, and its overrides, rules, ignore and failOn apply', async () => {
    const dir = project({
      'mtlint.config.yaml': 'rules: [house]\noverrides:\n  repetition/*: off\n  spacing/space-before-punctuation: error\nignore: [articles/drafts/]\nfailOn: warning\n',
      'house/style/colour.yaml': "kind: substitution\ndescription: d\nmessage: '{0} → {1}'\nswap: {leaders: heads}\nexamples:\n  - bad: leaders\n    fixed: heads\n  - good: heads\n",
      'articles/a.txt': ARTICLE,
      'articles/drafts/b.txt': ARTICLE,
    });
    const cwd = path.join(dir, 'articles');
    const r = await lint(['.'], { format: 'json', cwd });
    const listed = (await loadConfiguredRules({ cwd, rulesDirs: [] })).rules; // what `rules list` lists
    expect(listed.map((x) => x.id)).toContain('style/colour');
    expect(listed.map((x) => x.id)).not.toContain('repetition/doubled-word');
    // Standard input named after an ignored file is skipped before it is read.
    const ignoredStdin = await lint(['-'], { format: 'json', stdinFilename: 'drafts/c.txt', cwd });
    expect(json(ignoredStdin).files).toEqual([]);
    expect(json(r).files.map((f: { path: string }) => f.path)).toEqual(['./a.txt']);
    expect(json(r).files[0].findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`)).toEqual([
      'style/colour:warning',
      'spacing/space-before-punctuation:error',
    ]);
    expect(r.code).toBe(1);
    expect((await lint(['a.txt'], { config: false, format: 'json', cwd })).stdout).toContain('repetition/doubled-word');
  });

  it('takes rule options, checked against the kind', async () => {
    const dir = project({ 'c.yaml': 'overrides:\n  repetition/doubled-word:\n    severity: info\n    options: { exceptions: [by] }\n', 'a.txt': ARTICLE });
    expect(rulesOf(await lint(['a.txt'], { config: 'c.yaml', format: 'json', cwd: dir }))).not.toContain('repetition/doubled-word');
  });

  it('lists every problem with file:line:col and a hint, exit 2', async () => {
    const dir = project({
      'mtlint.config.yaml': 'rules: house\nfailon: warning\noverrides:\n  spacing/space-befor: off\n  repetition: fatal\n  truncation/truncated-word:\n    options: { minQuoteWord: 3 }\n',
      'a.txt': ARTICLE,
    });
    const r = await lint(['a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'mtlint: mtlint.config.yaml:1:8: "rules" must be a list of strings, not string "house"'.replace('mtlint.config.yaml', path.join(dir, 'mtlint.config.yaml')),
      `mtlint: ${path.join(dir, 'mtlint.config.yaml')}:2:1: unknown key "failon" (did you mean "failOn"?); keys: rules, overrides, ignore, failOn, maxWarnings, maxFileSize, scoreWeights, minScore, formatIn, glossary`,
      `mtlint: ${path.join(dir, 'mtlint.config.yaml')}:5:15: "repetition" must be one of off, error, warning, info, not "fatal"`,
      `mtlint: ${path.join(dir, 'mtlint.config.yaml')}:4:3: unknown rule or family "spacing/space-befor" in overrides (did you mean "spacing/space-before-hyphen"?)`,
      `mtlint: ${path.join(dir, 'mtlint.config.yaml')}:6:3: "minQuoteWord" is no option of truncation/truncated-word (kind truncated-word) (did you mean "minQuoteWords"?)`,
    ]);
    const bad = project({ 'mtlint.config.yaml': 'overrides:\n  spacing/space-befor: off\n  truncation/truncated-word:\n    options: { minQuoteWord: 3 }\n', 'a.txt': ARTICLE });
    const r2 = await lint(['a.txt'], { cwd: bad });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain(`${path.join(bad, 'mtlint.config.yaml')}:2:3: unknown rule or family "spacing/space-befor" in overrides (did you mean "spacing/space-before`);
    expect(r2.stderr).toContain(`${path.join(bad, 'mtlint.config.yaml')}:3:3: "minQuoteWord" is no option of truncation/truncated-word (kind truncated-word) (did you mean "minQuoteWords"?)`);
    const broken = project({ 'mtlint.config.yaml': 'rules: [a\n', 'a.txt': ARTICLE });
    expect((await lint(['a.txt'], { cwd: broken })).stderr).toMatch(/mtlint\.config\.yaml:\d+:\d+: /);
    const missing = project({ 'mtlint.config.yaml': 'rules:\n  - house-rules\n', 'a.txt': ARTICLE });
    const r3 = await lint(['a.txt'], { cwd: missing });
    expect([r3.code, r3.stderr]).toEqual([2, `mtlint: ${path.join(missing, 'mtlint.config.yaml')}:2:5: rule directory "house-rules" does not exist (${path.join(missing, 'house-rules')})\n`]);
    const notFolder = project({ 'mtlint.config.yaml': 'rules:\n  - a.txt\n  - a.txt/sub\n', 'a.txt': ARTICLE });
    const r4 = await lint(['a.txt'], { cwd: notFolder });
    expect([r4.code, r4.stderr]).toEqual([2, `mtlint: ${path.join(notFolder, 'mtlint.config.yaml')}:2:5: rule directory "a.txt" is not a directory (${path.join(notFolder, 'a.txt')})\nmtlint: ${path.join(notFolder, 'mtlint.config.yaml')}:3:5: rule directory "a.txt/sub" does not exist (${path.join(notFolder, 'a.txt/sub')})\n`]);
  });
});

describe('inline directives', () => {
  it.each([
    ['disable … enable', 'a by by b\n<!-- mtlint-disable -->\nc by by d\n<!-- mtlint-enable -->\ne by by f\n', [1, 5]],
    ['disable one family', '<!-- mtlint-disable repetition -->\na by by b , c\n', [2]],
    ['disable-line', 'a by by b <!-- mtlint-disable-line repetition/doubled-word -->\nc by by d\n', [2]],
    ['disable-next-line', '<!-- mtlint-disable-next-line -->\na by by b\nc by by d\n', [3]],
    ['enable of another rule leaves the disable on', '<!-- mtlint-disable repetition -->\na by by b\n<!-- mtlint-enable spacing -->\nc by by d\n', []],
  ])('%s', async (_name, text, lines) => {
    const r = await lint(['x.md'], { format: 'json', cwd: project({ 'x.md': text as string }) });
    expect(json(r).files[0].path).toBe('x.md');
    expect(json(r).files[0].findings.map((f: { line: number }) => f.line)).toEqual(lines);
  });

  it('--report-unused-directives reports directives that turned nothing off', async () => {
    const r = await lint(['a.txt'], { format: 'json', reportUnusedDirectives: true, cwd: project({ 'a.txt': '<!-- mtlint-disable-next-line spacing -->\na by by b\n' }) });
    expect(json(r).files[0].findings.map((f: { rule: string; line: number }) => `${f.line} ${f.rule}`)).toEqual(['1 mtlint/unused-directive', '2 repetition/doubled-word']);
  });
});

describe('formats', () => {
  const sample = 'samples/xi-kazakhstan-sco.txt';

  it('compact: one sorted line per finding', async () => {
    const lines = (await lint([sample], { format: 'compact', cwd: ROOT })).stdout.trim().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toBe('samples/xi-kazakhstan-sco.txt:3:185: error repetition/doubled-word: Doubled "by"');
  });

  it('github: workflow commands with positions, escaped', async () => {
    const out = (await lint(['a,b.txt'], { format: 'github', cwd: project({ 'a,b.txt': 'x by by y\nz , w\n' }) })).stdout;
    expect(out).toBe(
      '::error file=a%2Cb.txt,line=1,col=3,endLine=1,endColumn=8,title=repetition/doubled-word::Doubled "by"\n' +
        '::warning file=a%2Cb.txt,line=2,col=2,endLine=2,endColumn=4,title=spacing/space-before-punctuation::Space before ","\n',
    );
  });

  it('sarif: validates against the SARIF 2.1.0 schema, with rules metadata and fixes', async () => {
    const validate = validateSarif;
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false); // the schema does check: a run needs a tool
    const log = json(await lint(['samples/'], { format: 'sarif', cwd: ROOT }));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toContain('attribution/split-name');
    expect(run.results).toHaveLength(23);
    const doubled = run.results.find((r: { ruleId: string }) => r.ruleId === 'repetition/doubled-word');
    expect(doubled.fixes[0].artifactChanges[0]).toEqual({
      artifactLocation: { uri: 'samples/eu-grain-corridor.txt', uriBaseId: '%SRCROOT%' },
      replacements: [{ deletedRegion: { startLine: 9, startColumn: 146, endLine: 9, endColumn: 153 }, insertedContent: { text: '' } }],
    });
  });

  it.each(['junit', 'checkstyle'] as const)('%s: well-formed XML with one entry per finding', async (format) => {
    const xml = (await lint(['samples/'], { format, cwd: ROOT })).stdout;
    expect(xmlEntries(format, xml)).toHaveLength(23);
  });

  it('--output-file writes the report to a file', async () => {
    const dir = tempDir('mtlint-out-');
    const r = await lint([path.join(ROOT, 'samples/xi-kazakhstan-sco.txt')], { format: 'json', outputFile: path.join(dir, 'report.json'), cwd: ROOT });
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).summary.errors).toBe(6);
  });
});

describe('--since', () => {
  it('reports only findings on lines changed since a git revision', async () => {
    const dir = project({ 'article.txt': 'Line one is fine.\nLine two is fine.\nLine three is fine.\nLine four has by by.\n' });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'empty');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'article');
    writeFileSync(path.join(dir, 'article.txt'), 'Line one has the the house.\nLine two is fine.\nLine three has a gap , here.\nLine four has by by.\n');
    const r = await lint(['article.txt'], { since: 'HEAD', format: 'json', cwd: dir });
    expect(json(r).files[0].findings.map((f: { line: number; rule: string }) => `${f.line} ${f.rule}`)).toEqual(['1 repetition/doubled-word', '3 spacing/space-before-punctuation']);
    expect((await lint(['article.txt'], { since: 'HEAD~1', format: 'json', cwd: dir })).stdout).toContain('"line": 4');
    expect((await lint(['article.txt'], { since: 'nope', cwd: dir })).stderr).toBe('mtlint: --since nope: no such git revision\n');
  });

  it('is a clear error outside a git repository', async () => {
    const dir = project({ 'a.txt': ARTICLE });
    const r = await lint(['a.txt'], { since: 'HEAD', cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mtlint: --since HEAD: .* is not inside a git repository\n$/);
  });
});

describe('--shard', () => {
  it('splits the files deterministically; the shards together are one full run', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`a${i}.txt`, `Text ${i} by by end.\n`]));
    const dir = project(files);
    const paths = async (shard?: string) => json(await lint(['.'], { format: 'json', shard, cwd: dir })).files.map((f: { path: string }) => f.path);
    const shards = await Promise.all([1, 2, 3].map((i) => paths(`${i}/3`)));
    expect(shards.every((s) => s.length > 0)).toBe(true);
    expect(shards.flat().sort()).toEqual((await paths()).sort());
    expect(await paths('2/3')).toEqual(shards[1]);
    expect((await lint(['.'], { shard: '4/3', cwd: dir })).stderr).toBe('mtlint: --shard must be i/n with 1 ≤ i ≤ n, not "4/3"\n');
  });
});

describe('many files', () => {
  it('are linted in batches with the same findings, in the same order, as one by one', async () => {
    // 150 files: more than two batches; every third one holds a directive, every fifth a second artifact.
    const files = Object.fromEntries(
      Array.from({ length: 150 }, (_, i) => [
        `a${String(i).padStart(3, '0')}.txt`,
        `${i % 3 === 0 ? '<!-- mtlint-disable-next-line -->\n' : ''}Text ${i} was held by by them.\n${i % 5 === 0 ? 'It ended , they said.\n' : ''}`,
      ]),
    );
    const dir = project(files);
    const all = json(await lint(['.'], { format: 'json', cwd: dir })).files as { path: string; findings: { rule: string; line: number }[] }[];
    expect(all.map((f) => f.path)).toEqual(Object.keys(files).map((name) => `./${name}`));
    for (const [name] of Object.entries(files).slice(0, 12)) {
      const alone = json(await lint([name], { format: 'json', cwd: dir })).files[0];
      expect(all.find((f) => f.path === `./${name}`)?.findings).toEqual(alone.findings);
    }
    expect(all.filter((f) => f.findings.length === 0)).toHaveLength(50 - 10); // disabled line, and no second artifact
  });
});

describe('a streamed report', () => {
  it('waits for stdout to drain after each piece it writes (a pipe holds what its reader has not taken)', async () => {
    const dir = project({ 'a.txt': ARTICLE, 'b.txt': ARTICLE });
    const events: string[] = [];
    const io = { stdout: () => void events.push('write'), stderr: () => {}, drained: async () => void events.push('drained') };
    const options = { paths: ['a.txt', 'b.txt'], format: 'json' as const, color: false, rulesDirs: [], only: [], disable: [], fix: false, fixDryRun: false, fixOnly: [], quiet: false, reportUnusedDirectives: false, cwd: dir };
    expect(await run(options, io)).toBe(1);
    expect(events).toEqual(['write', 'drained']);
  });
});

describe('a run that fails says why', () => {
  it('--max-warnings and --min-score name the limit on stderr; --quiet says how many warnings it left out', async () => {
    const d = tempDir('mtlint-why-');
    writeFileSync(path.join(d, 'a.txt'), 'The talks went well , he said.\n');
    const tooMany = await lint(['a.txt'], { cwd: d, maxWarnings: 0 });
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toBe('mtlint: the run fails: 1 warning, more than --max-warnings 0 allows\n');
    const low = await lint(['a.txt'], { cwd: d, minScore: 95 });
    expect(low.code).toBe(1);
    expect(low.stderr).toContain('below --min-score 95');
    const quiet = await lint(['a.txt'], { cwd: d, quiet: true });
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('mtlint: 1 finding not shown (--quiet)\n');
  });
});
