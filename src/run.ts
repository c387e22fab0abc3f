// One mtlint run: config → rules → files → lint (and fix) → report → exit code.
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { applyOverrides, type Config, EMPTY_CONFIG, findConfig, loadConfig } from './config.js';
import { type CompiledRule, compileRules, lintDocuments, lintSource, prepareSource } from './engine.js';
import { UsageError, type Problem } from './errors.js';
import { collectFiles, ignoredBelow, loadIgnoreFile, readSource, STDIN } from './files.js';
import { fixText } from './fix.js';
import { changedLines } from './git.js';
import { VERSION } from './paths.js';
import { type Format, batched, formatReport } from './report/index.js';
import { type FileResult, positionFindings, summarize } from './report/result.js';
import { BUILT_IN_RULES, didYouMean, loadRules } from './rules/load.js';
import { scoreDocument } from './score.js';
import { matchesSelector } from './rules/select.js';
import { SEVERITIES, type Finding, type Rule, type Severity } from './types.js';
import { writeFileAtomic, writeReportFile } from './write.js';

export interface RunOptions {
  paths: string[];
  format: Format;
  color: boolean;
  rulesDirs: string[];
  /** Rule ids or families to run (all when empty). */
  only: string[];
  disable: string[];
  fix: boolean;
  fixDryRun: boolean;
  /** Rule ids, families or categories whose fixes apply (all when empty). */
  fixOnly: string[];
  failOn?: Severity;
  maxWarnings?: number;
  /** Fail when a document's quality score is below this. */
  minScore?: number;
  quiet: boolean;
  /** A config file to use, `false` for none, undefined to search from the working directory. */
  config?: string | false;
  outputFile?: string;
  stdinFilename?: string;
  reportUnusedDirectives: boolean;
  since?: string;
  shard?: string;
  cwd: string;
}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export function selectRules(rules: Rule[], only: string[], disable: string[]): Rule[] {
  const ids = rules.map((r) => r.id);
  const families = [...new Set(ids.map((id) => id.split('/')[0]))];
  const problems: Problem[] = [...only, ...disable]
    .filter((s) => !ids.some((id) => matchesSelector(id, s)))
    .map((s) => ({ message: `unknown rule or family "${s}"${didYouMean(s, [...ids, ...families])}` }));
  if (problems.length) throw new UsageError(problems);
  return rules.filter((r) => (!only.length || only.some((s) => matchesSelector(r.id, s))) && !disable.some((s) => matchesSelector(r.id, s)));
}

function readConfig(options: Pick<RunOptions, 'config' | 'cwd'>): Config {
  if (options.config === false) return EMPTY_CONFIG;
  const file = options.config ?? findConfig(options.cwd);
  return file ? loadConfig(path.resolve(options.cwd, file)) : EMPTY_CONFIG;
}

/**
 * The rules a run uses: built-in, the config's rule directories and `rulesDirs`, with the config's
 * overrides applied. The config's problems, the rule files' and the overrides' are reported together.
 */
export async function loadConfiguredRules(options: Pick<RunOptions, 'config' | 'cwd' | 'rulesDirs'>): Promise<{ rules: Rule[]; config: Config }> {
  const config = readConfig(options);
  const { rules: loaded, problems: ruleProblems } = await loadRules([
    { dir: BUILT_IN_RULES, builtIn: true },
    ...[...config.rules, ...options.rulesDirs].map((dir) => ({ dir, builtIn: false })),
  ]);
  const overridden = applyOverrides(loaded, config);
  const problems = [...config.problems, ...ruleProblems, ...overridden.problems];
  if (problems.length) throw new UsageError(problems);
  return { rules: overridden.rules, config };
}

/** `--shard 2/3`: keeps the files whose path hashes to the second of three buckets; a file keeps its shard as others come and go. */
export function shardFilter(shard: string): (file: string) => boolean {
  const m = /^(\d+)\/(\d+)$/.exec(shard);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n, not "${shard}"`);
  const [index, count] = [Number(m[1]) - 1, Number(m[2])];
  return (file) => {
    let hash = 0x811c9dc5; // FNV-1a
    for (let i = 0; i < file.length; i++) hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193) >>> 0;
    return hash % count === index;
  };
}

export async function run(options: RunOptions, io: Io): Promise<number> {
  const { rules: configured, config } = await loadConfiguredRules(options);
  const rules = selectRules(configured, options.only, options.disable);
  const compiled = compileRules(rules);
  // .mtlintignore applies below the working directory, the config's `ignore` below the config file.
  const byIgnoreFile = loadIgnoreFile(options.cwd);
  const byConfig = config.file ? ignoredBelow(path.dirname(config.file), config.ignore) : () => false;
  const ignored = (absolute: string) => byIgnoreFile(absolute) || byConfig(absolute);
  let files = await collectFiles(options.paths, options.cwd, ignored);
  // Standard input named after an ignored file is skipped, as that file would be (editor integrations lint unsaved buffers).
  if (options.stdinFilename && ignored(path.resolve(options.cwd, options.stdinFilename))) files = files.filter((f) => f !== STDIN);
  if (options.shard) {
    const inShard = shardFilter(options.shard);
    files = files.filter((f) => f === STDIN || inShard(f));
  }
  if (options.since && files.includes(STDIN)) throw new UsageError('--since works on files, not on standard input');
  const changed = options.since ? changedLines(options.since, files, options.cwd) : undefined;

  const results: FileResult[] = [];
  const problems: Problem[] = [];
  // A file that cannot be read or linted is a problem of its own; the others are still linted.
  const collect = (work: () => void) => {
    try {
      work();
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      problems.push(...e.problems);
    }
  };
  // `words`: of prose, as the rules saw the document (Markdown's code is not counted).
  const add = (file: string, result: FileResult, words: number) => {
    const lines = changed?.get(path.resolve(options.cwd, file));
    if (changed) result.findings = result.findings.filter((f) => lines === 'all' || (lines && onChangedLine(f, lines)));
    result.score = scoreDocument(result.findings, words, config.scoreWeights);
    results.push(result);
  };
  if (options.fix || options.fixDryRun) {
    for (const file of files)
      collect(() => {
        const { result, words } = fixFile(file, compiled, options, io);
        add(file, result, words);
      });
  } else {
    // Files are linted in batches, each rule over a whole batch before the next rule (see lintDocuments).
    for (let first = 0; first < files.length; first += LINT_BATCH) {
      const batch: { file: string; shownPath: string; text: string; prepared: ReturnType<typeof prepareSource> }[] = [];
      for (const file of files.slice(first, first + LINT_BATCH)) {
        collect(() => {
          const { text } = readFile(file, options);
          const shownPath = shownPathOf(file, options);
          batch.push({ file, shownPath, text, prepared: prepareSource(text, shownPath) });
        });
      }
      collect(() => {
        const found = lintDocuments(batch.map((b) => b.prepared), compiled, { reportUnusedDirectives: options.reportUnusedDirectives });
        // The document the rules saw also places the findings (its line starts are already counted).
        batch.forEach((b, k) => add(b.file, { path: b.shownPath, source: b.text, findings: positionFindings(b.prepared.doc, found[k]) }, b.prepared.doc.words.count));
      });
    }
  }
  if (problems.length) throw new UsageError(problems);

  const shown = options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const report = batched(formatReport(options.format, shown, { rules, color: options.color && !options.outputFile, version: VERSION }));
  if (options.outputFile) writeReportFile(path.resolve(options.cwd, options.outputFile), report);
  else {
    // With stdin and --fix, stdout carries the fixed text, so the report goes to stderr.
    const write = options.fix && files.includes(STDIN) ? io.stderr : io.stdout;
    for (const piece of report) write(piece);
  }
  const minScore = options.minScore ?? config.minScore;
  if (minScore !== undefined && results.some((r) => r.score!.score < minScore)) return 1;
  return exitCode(results, options.failOn ?? config.failOn ?? 'error', options.maxWarnings ?? config.maxWarnings);
}

function onChangedLine(f: { line: number; endLine: number }, lines: Set<number>): boolean {
  for (let n = f.line; n <= f.endLine; n++) if (lines.has(n)) return true;
  return false;
}

/** How many files are linted together (their documents held at once). */
const LINT_BATCH = 64;

/** A file's text (standard input for `-`), paths taken from the working directory. */
function readFile(file: string, options: RunOptions): ReturnType<typeof readSource> {
  return readSource(file === STDIN ? file : path.resolve(options.cwd, file));
}

/** The name a file is reported under. */
function shownPathOf(file: string, options: RunOptions): string {
  return file === STDIN ? (options.stdinFilename ?? '<stdin>') : file;
}

/** --fix and --fix-dry-run for one file: lint, fix and lint again until nothing changes, then write or preview. */
function fixFile(file: string, rules: CompiledRule[], options: RunOptions, io: Io): { result: FileResult; words: number } {
  const source = readFile(file, options);
  const shownPath = shownPathOf(file, options);
  const lint = (text: string) => lintSource(text, rules, shownPath, undefined, { reportUnusedDirectives: options.reportUnusedDirectives });
  const shouldFix = (f: Finding) => !options.fixOnly.length || options.fixOnly.some((s) => matchesSelector(f.rule, s) || f.category === s);
  const result = fixText(source.text, lint, shouldFix);
  const bom = source.bom ? '\uFEFF' : '';
  if (options.fixDryRun) {
    // git's a/ and b/ prefixes: the preview applies with `git apply` or `patch -p1`.
    // An absolute path goes in as relative to the working directory (or without its root), as git writes it.
    const patchPath = path.isAbsolute(shownPath) ? patchPathOf(options.cwd, shownPath) : shownPath;
    if (result.text !== source.text) io.stdout(createTwoFilesPatch(`a/${patchPath}`, `b/${patchPath}`, source.text, result.text, undefined, undefined, { context: 1 }));
  } else if (file === STDIN) {
    io.stdout(bom + result.text);
  } else if (result.fixed) {
    writeFileAtomic(path.resolve(options.cwd, file), Buffer.from(bom + result.text), Buffer.from(bom + source.text));
  }
  // The document as the rules see it: its positions are the text's, and its words are the prose's.
  const { doc } = prepareSource(result.text, shownPath);
  return {
    result: { path: shownPath, source: result.text, findings: positionFindings(doc, result.findings), fixed: result.fixed, previewed: options.fixDryRun },
    words: doc.words.count,
  };
}

/** The path of a file in a patch: relative to the working directory when it lies below it, else without its root. */
function patchPathOf(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file.replace(/^[/\\]+/, '');
}

function exitCode(results: FileResult[], failOn: Severity, maxWarnings: number | undefined): number {
  const failing = SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1);
  if (results.some((r) => r.findings.some((f) => failing.includes(f.severity)))) return 1;
  const { warnings } = summarize(results);
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}
