// One mtlint run: rules → files → lint (and fix) → report → exit code.
import { createTwoFilesPatch } from 'diff';
import { Document } from './document.js';
import { type CompiledRule, compileRules, lintDocument } from './engine.js';
import { UsageError, type Problem } from './errors.js';
import { collectFiles, readSource, STDIN } from './files.js';
import { fixText } from './fix.js';
import { formatJson } from './report/json.js';
import { type FileResult, positionFindings, summarize } from './report/result.js';
import { formatStylish } from './report/stylish.js';
import { BUILT_IN_RULES, didYouMean, loadRules } from './rules/load.js';
import { SEVERITIES, type Finding, type Rule, type Severity } from './types.js';
import { writeFileAtomic } from './write.js';

export const FORMATS = ['stylish', 'json'] as const;
export type Format = (typeof FORMATS)[number];

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
  failOn: Severity;
  maxWarnings?: number;
  quiet: boolean;
}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Load the built-in rules and the user's, every problem reported at once. */
export async function loadAllRules(rulesDirs: string[]): Promise<Rule[]> {
  const { rules, problems } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }, ...rulesDirs.map((dir) => ({ dir, builtIn: false }))]);
  if (problems.length) throw new UsageError(problems);
  return rules;
}

/** `spacing` or `spacing/` selects a family, a full id one rule. */
export function matchesSelector(id: string, selector: string): boolean {
  const s = selector.replace(/\/$/, '');
  return id === s || id.startsWith(`${s}/`);
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

export async function run(options: RunOptions, io: Io): Promise<number> {
  const rules = compileRules(selectRules(await loadAllRules(options.rulesDirs), options.only, options.disable));
  const files = await collectFiles(options.paths);
  const results: FileResult[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    try {
      results.push(lintFile(file, rules, options, io));
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length) throw new UsageError(problems);

  const shown = options.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const report = options.format === 'json' ? formatJson(shown) : formatStylish(shown, options.color);
  // With stdin and --fix, stdout carries the fixed text, so the report goes to stderr.
  (options.fix && files.includes(STDIN) ? io.stderr : io.stdout)(report);
  return exitCode(results, options);
}

function lintFile(file: string, rules: CompiledRule[], options: RunOptions, io: Io): FileResult {
  const source = readSource(file);
  const path = file === STDIN ? '<stdin>' : file;
  const lint = (text: string) => lintDocument(new Document(text, path), rules);
  if (!options.fix && !options.fixDryRun) {
    const doc = new Document(source.text, path);
    return { path, source: source.text, findings: positionFindings(doc, lintDocument(doc, rules)) };
  }
  const shouldFix = (f: Finding) => !options.fixOnly.length || options.fixOnly.some((s) => matchesSelector(f.rule, s) || f.category === s);
  const result = fixText(source.text, lint, shouldFix);
  const bom = source.bom ? '\uFEFF' : '';
  if (options.fixDryRun) {
    // git's a/ and b/ prefixes: the preview applies with `git apply` or `patch -p1`.
    if (result.text !== source.text) io.stdout(createTwoFilesPatch(`a/${path}`, `b/${path}`, source.text, result.text, undefined, undefined, { context: 1 }));
  } else if (file === STDIN) {
    io.stdout(bom + result.text);
  } else if (result.fixed) {
    writeFileAtomic(file, Buffer.from(bom + result.text), Buffer.from(bom + source.text));
  }
  const doc = new Document(result.text, path);
  return { path, source: result.text, findings: positionFindings(doc, result.findings), fixed: result.fixed };
}

function exitCode(results: FileResult[], options: RunOptions): number {
  const failing = SEVERITIES.slice(0, SEVERITIES.indexOf(options.failOn) + 1);
  if (results.some((r) => r.findings.some((f) => failing.includes(f.severity)))) return 1;
  const { warnings } = summarize(results);
  return options.maxWarnings !== undefined && warnings > options.maxWarnings ? 1 : 0;
}
