// One mtlint run: config → rules → files → lint (and fix) → report → exit code.
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { availableParallelism, loadavg } from 'node:os';
import type { BatchAnswer, BatchOptions, BatchTask } from './batch.js';
import { batchByStamps, cacheFilePath, type CachedResult, cachedBatch, type CacheStrategy, fileStamp, openResultCache, restampBatch, type ResultCache, resultCacheKey, storeBatch } from './cache.js';
import { applyOverrides, type Config, EMPTY_CONFIG, findConfig, loadConfig } from './config.js';
import type { CompiledRule } from './engine.js';
import { ChangedRegions } from './changed-regions.js';
import { formatProblem, RuleCrash, UsageError, type Problem } from './errors.js';
import { expandPaths, ignoredBelow, loadIgnoreFile, readSource, STDIN } from './files.js';
import { applyEdits, fixText } from './fix.js';
import { BUILT_IN_RULES, PACKAGE_ROOT, VERSION } from './paths.js';
import type { LintWorkerSetup } from './lint-worker.js';
import type { OrderedPool } from './pool.js';
import { type Format, batched, formatReport, readsSource, streams } from './report/index.js';
import { type FileResult, fileErrorResult, type PositionedFinding, positionFindings } from './report/result.js';
import { didYouMean } from './did-you-mean.js';
import { cachedBuiltInRules } from './rules/built-in-cache.js';
import { scoreDocument } from './score.js';
import { matchesSelector } from './rules/select.js';
import { SEVERITIES, type Edit, type Finding, type Rule, type Severity } from './types.js';
import { makeDirectory, removeStaleTempFiles, resolveTarget, writeFileAtomic, writeReportFile } from './write.js';
import type { InputFormat, Original } from './formats/index.js';

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
  /** The largest file read, in bytes (default: the config's, else DEFAULT_MAX_FILE_SIZE). */
  maxFileSize?: number;
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
  /** --no-ignore: lint what .mtlintignore and the config's `ignore` would skip. */
  noIgnore?: boolean;
  /** --no-error-on-unmatched-pattern: a glob or directory with no file to lint is no error. */
  allowUnmatched?: boolean;
  /** Read every file in this format instead of the one its extension names. */
  formatIn?: InputFormat;
  /** File extensions a directory walk takes (default: every format's). */
  extensions?: string[];
  /** The original of the one plain-text article linted, for the bilingual rules. */
  source?: string;
  /** A glossary (CSV or TBX) for bilingual/glossary; overrides the config's `glossary`. */
  glossary?: string;
  /** --cache: reuse the findings of files unchanged since the last run (undefined: no cache); `strategy` defaults to metadata. */
  cache?: { location?: string; strategy?: CacheStrategy };
  /** --debug: an internal error (a check that crashed) is followed by its stack. */
  debug?: boolean;
  /** --concurrency: worker threads that lint the files (a number), none ('off'), or as many as pay ('auto', the default). */
  concurrency?: number | 'auto' | 'off';
  /** The script the worker threads run (default: dist/lint-worker.js; tests give one whose checks fail). */
  lintWorker?: string;
  cwd: string;
}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** How many of the files are done, after each file or batch; `done === total` at the end. */
  progress?(done: number, total: number): void;
  /** Resolves once what was written to stdout has gone out (a pipe holds it in memory until its reader takes it). */
  drained?(): Promise<void>;
  /** stdout is a terminal: a report written there is read as it comes, so its fatal findings are not told again on stderr. */
  stdoutIsTerminal?: boolean;
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

/** `--fix-only` names rules, families or categories, and only means something with --fix or --fix-dry-run. */
export function checkFixOnly(rules: Rule[], fixOnly: string[], fixing: boolean): void {
  if (fixOnly.length && !fixing) throw new UsageError('--fix-only chooses among the fixes of --fix or --fix-dry-run; give one of them');
  const names = [...new Set(rules.flatMap((r) => [r.id, r.id.split('/')[0], r.category]))];
  const problems: Problem[] = fixOnly
    .filter((s) => !rules.some((r) => matchesSelector(r.id, s) || r.category === s))
    .map((s) => ({ message: `--fix-only: unknown rule, family or category "${s}"${didYouMean(s, names)}` }));
  if (problems.length) throw new UsageError(problems);
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
export async function loadConfiguredRules(options: Pick<RunOptions, 'config' | 'cwd' | 'rulesDirs' | 'glossary'>): Promise<{ rules: Rule[]; config: Config; builtInRules?: boolean }> {
  const config = readConfig(options);
  const userDirs = [...config.rules, ...options.rulesDirs];
  // The built-in rules alone, fresh in the build's cache, need neither the YAML parser nor the kinds that validate.
  const cached = userDirs.length ? undefined : cachedBuiltInRules();
  const { rules: loaded, problems: ruleProblems } = cached
    ? { rules: cached, problems: [] }
    : await (await import('./rules/load.js')).loadRules([{ dir: BUILT_IN_RULES, builtIn: true }, ...userDirs.map((dir) => ({ dir, builtIn: false }))]);
  const overridden = await applyOverrides(loaded, config);
  const problems = [...config.problems, ...ruleProblems, ...overridden.problems];
  if (problems.length) throw new UsageError(problems);
  // The glossary's terms become the glossary rules' `terms`: the rules then carry them into the cache key.
  const glossary = options.glossary === undefined ? config.glossary : path.resolve(options.cwd, options.glossary);
  // (Rules from the build's cache, changed by the config alone, are known to the result cache by their ids.)
  if (glossary === undefined) return { rules: overridden.rules, config, builtInRules: cached !== undefined };
  const { parseGlossary, withGlossary } = await import('./glossary.js');
  return { rules: withGlossary(overridden.rules, parseGlossary(readSource(glossary).text, options.glossary ?? glossary)), config };
}

/** .mtlintignore (the nearest, walking up) applies below its directory, the config's `ignore` below the config file. */
function ignoredFiles(cwd: string, config: Config): (absolute: string) => boolean {
  const byIgnoreFile = loadIgnoreFile(cwd);
  const byConfig = config.file ? ignoredBelow(path.dirname(config.file), config.ignore) : () => false;
  return (absolute) => byIgnoreFile(absolute) || byConfig(absolute);
}

/**
 * `--print-config FILE`: what a run would use for FILE: the config file, whether FILE is ignored, the
 * failing thresholds, and each rule that runs with its severity and options after overrides.
 */
export async function printConfig(file: string, options: Pick<RunOptions, 'config' | 'cwd' | 'rulesDirs' | 'glossary' | 'only' | 'disable' | 'noIgnore'>): Promise<string> {
  const { rules: configured, config } = await loadConfiguredRules(options);
  const rules = selectRules(configured, options.only, options.disable);
  const ignored = !options.noIgnore && ignoredFiles(options.cwd, config)(path.resolve(options.cwd, file));
  const printed = {
    file,
    config: config.file ?? null,
    ignored,
    failOn: config.failOn ?? 'error',
    maxWarnings: config.maxWarnings ?? null,
    rules: Object.fromEntries(rules.map((r) => [r.id, { severity: r.severity, options: r.options }])),
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
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

export async function run(given: RunOptions, io: Io): Promise<number> {
  const { rules: configured, config, builtInRules } = await loadConfiguredRules(given);
  const options = { ...given, maxFileSize: given.maxFileSize ?? config.maxFileSize, formatIn: given.formatIn ?? config.formatIn };
  const rules = selectRules(configured, options.only, options.disable);
  checkFixOnly(configured, options.fixOnly, options.fix || options.fixDryRun);
  const ignored = options.noIgnore ? () => false : ignoredFiles(options.cwd, config);
  const expanded = await expandPaths(options.paths, options.cwd, ignored, !options.allowUnmatched, options.extensions);
  for (const file of expanded.ignoredFiles) io.stderr(`mtlint: ${file}: ignored by .mtlintignore or the config's ignore (--no-ignore lints it)\n`);
  let files = expanded.files;
  if (files.length >= MANY_FILES) settleHeap();
  // Standard input named after an ignored file is skipped, as that file would be (editor integrations lint unsaved buffers).
  if (options.stdinFilename && ignored(path.resolve(options.cwd, options.stdinFilename))) files = files.filter((f) => f !== STDIN);
  if (options.shard) {
    const inShard = shardFilter(options.shard);
    files = files.filter((f) => f === STDIN || inShard(f));
  }
  if (options.since && files.includes(STDIN)) throw new UsageError('--since works on files, not on standard input');
  if (options.source && files.length !== 1) throw new UsageError(`--source pairs one article with its original, not ${files.length} files`);
  const original: Original | undefined = options.source ? { path: options.source, text: readSource(path.resolve(options.cwd, options.source)).text } : undefined;
  // git (child_process) and the diff library load only for the options that use them.
  const changed = options.since ? (await import('./git.js')).changedLines(options.since, files, options.cwd) : undefined;
  const patch = options.fixDryRun ? (await import('./patch.js')).fixPatch : undefined;
  const regionsOf = (file: string, text: string) => (changed ? new ChangedRegions(text, changed.get(path.resolve(options.cwd, file))) : undefined);

  // The cache never decides what --fix writes: fixing lints each file again until nothing changes.
  const lintOptions = { reportUnusedDirectives: options.reportUnusedDirectives };
  // Nor does it serve --source: one article, whose findings depend on its original too.
  const cacheFile = options.cache && !options.fix && !options.fixDryRun && !original ? cacheFilePath(options.cache.location, options.cwd) : undefined;
  const cacheKey = { version: VERSION, rules, config, lintOptions: { ...lintOptions, formatIn: options.formatIn }, builtInRules };
  const cache = cacheFile ? await openResultCache(cacheFile, await resultCacheKey(cacheKey)) : undefined;
  // --cache-strategy metadata: a batch whose files all kept their size and time is answered without reading them;
  // --since needs the texts (its changed lines are found in them).
  const byStamps = cache && (options.cache?.strategy ?? 'metadata') === 'metadata' && !changed;
  const names = byStamps ? files.map((f) => (f === STDIN ? '' : cacheName(f, options.cwd))) : [];
  // The batches so answered from the first file on: when they are all the files, nothing is linted, and the modules
  // that lint (the engine, every check, the text model) are not even loaded.
  const known = new Map<number, NonNullable<ReturnType<typeof batchByStamps>>>();
  for (let first = 0, batch; byStamps && first < files.length && (batch = batchByStamps(cache, names, first, fileStamp)); first = batch.end) known.set(first, batch);
  const allKnown = files.length > 0 && [...known.values()].at(-1)?.end === files.length;
  const kernel = allKnown ? undefined : await loadKernel();
  // Where the related spans of bilingual findings (the source paragraphs) are placed.
  const originalDoc = original ? new kernel!.Document(original.text, original.path) : undefined;
  // With the cache the rules are compiled on first need: a run answered from it compiles none; nor does one whose
  // files are all linted on worker threads.
  const mayPool = poolSize(options, files.length, Infinity) > 0;
  // The pool's module (and node:worker_threads) load only for a run that may use it: not at a small run's start.
  const { OrderedPool } = mayPool ? await import('./pool.js') : {};
  let compiled = cache || mayPool ? undefined : kernel!.compileRules(rules);
  const compiledRules = () => (compiled ??= kernel!.compileRules(rules));

  // A path or file that cannot be linted is reported as a fatal finding of its own; the others are still linted.
  const failures: Problem[] = [...expanded.problems];
  const unlintable: FileResult[] = failures.map((p) => fileErrorResult(p.file ?? '', [p]));
  // A check that crashed on a file: an internal error for that file (exit 2), its stack shown with --debug; the other
  // files are still linted and reported, but the cache is not saved (a batch's findings lack the crashed rule's).
  const stacks: string[] = [];
  let anyCrash = false;
  const crashed = (crash: CrashReport, shownPath: string): FileResult => {
    const problem = { file: shownPath, message: options.debug ? crash.message : `${crash.message} (--debug shows the stack)` };
    failures.push(problem);
    anyCrash = true;
    if (options.debug) stacks.push(crash.detail);
    return fileErrorResult(shownPath, [problem]);
  };
  /** A file that cannot be read, or not in its format (a malformed XLIFF, PO or subtitle file): its problems; the other files are still linted. */
  const unreadableFile = (shownPath: string, problems: Problem[]): FileResult => {
    const placed = problems.map((p) => ({ ...p, file: shownPath }));
    failures.push(...placed);
    return fileErrorResult(shownPath, placed);
  };
  /** What `work` gives for a file, or, when the file cannot be read or linted, the fatal result that stands for it. */
  const perFile = <T>(shownPath: string, work: () => T): T | FileResult => {
    try {
      return work();
    } catch (e) {
      if (e instanceof RuleCrash) return crashed(e, shownPath);
      if (!(e instanceof UsageError)) throw e;
      return unreadableFile(shownPath, e.problems);
    }
  };
  /** A linted file's result with its quality score (`words`: of prose, as the rules saw the document). */
  const scoreOf = (findings: FileResult['findings'], words: number) => scoreDocument(findings, words, config.scoreWeights);
  const scored = (result: FileResult, words: number): FileResult => ({ ...result, score: scoreOf(result.findings, words) });
  // A file's text is kept for the report only when the format quotes it, and only a file with findings is quoted.
  const keepSource = readsSource(options.format);
  const keepsSourceOf = (findings: FileResult['findings']) => keepSource && findings.length > 0;
  const reported = (result: FileResult): FileResult => (keepsSourceOf(result.findings) ? result : { ...result, source: '' });
  /** Each file's result, in file order, as it is linted (or fixed); then what went wrong is told and the cache saved. */
  function* linted(): Generator<FileResult> {
    yield* unlintable;
    if (options.fix || options.fixDryRun) {
      for (const [k, file] of files.entries()) {
        const fixed = perFile(shownPathOf(file, options), () => fixFile(kernel!, file, compiledRules(), options, io, regionsOf, original, patch));
        yield 'words' in fixed ? scored(reported(fixed.result), fixed.words) : fixed;
        io.progress?.(k + 1, files.length);
      }
    } else {
      // Files are linted in batches, each rule over a whole batch before the next rule (see lintDocuments). When there
      // is enough text for worker threads to pay, batches are read ahead of the report: each worker is kept two batches
      // to do, and this thread lints the others meanwhile; the report takes their results in file order.
      const read = (file: string): ReadFile | FileResult => {
        const shownPath = shownPathOf(file, options);
        // The stamp is taken before the file is read: a change made meanwhile makes the next run read it again.
        const stamp = byStamps && file !== STDIN ? fileStamp(cacheName(file, options.cwd)) : undefined;
        return perFile(shownPath, () => ({ file, shownPath, text: readFile(file, options, expanded.walked(file)).text, stamp }));
      };
      const batchOptions: BatchOptions = { formatIn: options.formatIn, reportUnusedDirectives: options.reportUnusedDirectives, original, originalDoc };
      const lintHere = (readable: BatchTask): Linted => kernel!.lintBatch(readable, compiledRules(), batchOptions);
      let pool: OrderedPool<BatchTask, BatchAnswer> | undefined;
      const ahead: Batch[] = [];
      /** A batch read: answered by the cache, handed to the pool if a worker is short of work, else linted here. */
      const start = (entries: Batch['entries'], end: number): Batch => {
        const readable = entries.filter((e) => 'text' in e);
        const names = readable.map((e) => (e.file === STDIN ? undefined : cacheName(e.file, options.cwd)));
        const lookup = cache && cachedBatch(cache, names, readable.map((e) => e.text));
        const batch: Batch = { entries, readable, names, digest: lookup?.digest, fromCache: !!lookup?.results, end };
        if (lookup?.results) {
          batch.linted = { results: lookup.results, crashes: new Map() };
          if (byStamps && entries.length === readable.length) restampBatch(cache, names as string[], lookup.digest, lookup.results, readable.map((e) => e.stamp), end === files.length);
        }
        else if (pool && readable.length && pool.pending < BATCHES_AHEAD_PER_WORKER * pool.size) pool.submit(readable.map(({ text, shownPath }) => ({ text, shownPath })));
        else batch.linted = lintHere(readable);
        return batch;
      };
      /** A batch's results, in file order (a file that could not be read keeps its place). */
      function* finish(batch: Batch): Generator<FileResult> {
        // A worker that died, or threw on this batch, leaves it to this thread: its error, if any, is met here.
        const answer = batch.linted ? undefined : pool!.take();
        const linted = batch.linted ?? (answer ? { results: answer.results, crashes: new Map(answer.crashes), unreadable: new Map(answer.unreadable) } : lintHere(batch.readable));
        // (A batch with a file that could not be read is not stored: the next run must report that file again.)
        if (cache && !batch.fromCache && !linted.unreadable?.size) {
          // Only a batch of files all read is placed for metadata: one that could not be read would shift the batches.
          const stamps = byStamps && batch.entries.length === batch.readable.length ? batch.readable.map((e) => e.stamp) : undefined;
          storeBatch(cache, batch.names, batch.digest!, linted.results, stamps, batch.end === files.length);
        }
        let k = 0;
        for (const entry of batch.entries) {
          if (!('text' in entry)) {
            yield entry;
            continue;
          }
          const crash = linted.crashes.get(k);
          const problems = linted.unreadable?.get(k);
          const { findings, words } = linted.results[k++];
          if (problems) {
            yield unreadableFile(entry.shownPath, problems);
            continue;
          }
          if (crash) {
            yield crashed(crash, entry.shownPath);
            continue;
          }
          const regions = regionsOf(entry.file, entry.text);
          const shown = regions ? findings.filter((f) => regions.touches(f.offset, f.length)) : findings;
          // A file answered by its stamp was not read: read now when the report quotes it.
          const source = batch.unread && keepSource && shown.length ? read(entry.file) : entry;
          if (!('text' in source)) {
            yield source;
            continue;
          }
          // (Made whole, not spread twice as through `reported` and `scored`: thousands of files from the cache.)
          yield { path: entry.shownPath, source: keepsSourceOf(shown) ? source.text : '', findings: shown, score: scoreOf(shown, words) };
        }
        io.progress?.(batch.end, files.length);
      }
      let poolDecided = false;
      try {
        for (let first = 0; first < files.length; ) {
          const hit = known.get(first) ?? (byStamps ? batchByStamps(cache, names, first, fileStamp) : undefined);
          if (hit) {
            const readable = files.slice(first, hit.end).map((file) => ({ file, shownPath: shownPathOf(file, options), text: '' }));
            ahead.push({ entries: readable, readable, names: names.slice(first, hit.end), digest: hit.digest, fromCache: true, unread: true, linted: { results: hit.results, crashes: new Map() }, end: hit.end });
            first = hit.end;
            while (ahead.length && ahead[0].linted) yield* finish(ahead.shift()!);
            continue;
          }
          const entries: Batch['entries'] = [];
          let chars = 0;
          while (first < files.length && entries.length < LINT_BATCH && chars < LINT_BATCH_CHARS) {
            const entry = read(files[first++]);
            if ('text' in entry) chars += entry.text.length;
            entries.push(entry);
          }
          // Whether workers pay is judged from the first batch read: its characters per file, times the files.
          if (OrderedPool && !poolDecided) {
            poolDecided = true;
            const size = poolSize(options, files.length, (chars / entries.length) * files.length);
            if (size) pool = new OrderedPool(options.lintWorker ?? LINT_WORKER, size, { rules, options: batchOptions } satisfies LintWorkerSetup);
          }
          ahead.push(start(entries, first));
          // Reported as soon as linted; a worker's batch waited for only when too many are read ahead of the report.
          const limit = pool ? BATCHES_READ_AHEAD * (pool.size + 1) : 0;
          while (ahead.length && (ahead.length > limit || ahead[0].linted || pool!.ready())) yield* finish(ahead.shift()!);
        }
        while (ahead.length) yield* finish(ahead.shift()!);
      } finally {
        pool?.close();
      }
    }
    // The one-line errors on stderr are for a report that goes to a file, a pipe or a program; one shown on the terminal
    // already holds each as a finding, which a second line under it would only repeat.
    if (!reportOnTerminal) for (const p of failures) io.stderr(`mtlint: ${formatProblem(p)}\n`);
    for (const stack of stacks) io.stderr(`${stack}\n`);
    if (!anyCrash) saveCache(cache, cacheFile, io);
  }

  // When stdout carries text (the fixed standard input, or the --fix-dry-run patch), the report goes to stderr.
  const reportToStderr = Boolean(options.fixDryRun || (options.fix && files.includes(STDIN)));
  const reportOnTerminal = !options.outputFile && !reportToStderr && io.stdoutIsTerminal === true;
  const verdict = new Verdict(options.failOn ?? config.failOn ?? 'error', options.maxWarnings ?? config.maxWarnings, options.minScore ?? config.minScore);
  // A format that writes each file as it comes gets the results as they are linted, and the run keeps none (its memory
  // stays that of a batch, whatever the input size). Not when --quiet's choice of findings waits on the warnings
  // count, nor with the fixes, whose patch or fixed text shares the output with the report.
  const streamed = streams(options.format) && !options.fix && !options.fixDryRun && !(options.quiet && verdict.maxWarnings !== undefined);
  const results = streamed ? verdict.judged(linted()) : [...verdict.judged(linted())];
  // --quiet leaves out what does not fail the run: a report never says "no problems" on a failing exit.
  const hidden = { count: 0 };
  const shown = options.quiet
    ? mapped(results, (r) => {
        const failing = r.findings.filter((f) => verdict.fails(f));
        hidden.count += r.findings.length - failing.length;
        return { ...r, findings: failing };
      })
    : results;
  const report = batched(await formatReport(options.format, shown, { rules, color: options.color && !options.outputFile, version: VERSION, cwd: options.cwd, hidden }));
  if (options.outputFile) {
    const outputFile = path.resolve(options.cwd, options.outputFile);
    makeDirectoryOf(outputFile); // as ESLint does: `-o reports/mtlint.sarif` in a fresh checkout
    // A streamed report lints as it is written: an error of the lint stays that error, not one of writing the file.
    let thrown: { error: unknown } | undefined;
    const pieces = (function* () {
      try {
        yield* report;
      } catch (error) {
        thrown = { error };
        throw error;
      }
    })();
    try {
      writeReportFile(outputFile, pieces);
    } catch (e) {
      throw thrown ? thrown.error : e;
    }
  } else {
    const write = reportToStderr ? io.stderr : io.stdout;
    for (const piece of report) {
      write(piece);
      // A streamed report is written as fast as files are linted: held back by a slower reader of a pipe, not kept in
      // memory (105 MB of articles piped to cat: 248 MiB peak RSS without this, 145 MiB written to a file).
      await io.drained?.();
    }
  }
  // What the report does not show: a limit the run broke, findings --quiet left out.
  const reasons = verdict.reasons();
  for (const reason of reasons) io.stderr(`mtlint: the run fails: ${reason}\n`);
  if (hidden.count && !reasons.length) io.stderr(`mtlint: ${hidden.count} finding${hidden.count === 1 ? '' : 's'} not shown (--quiet)\n`);
  if (failures.length) return 2;
  return verdict.failed() ? 1 : 0;
}

/**
 * What fails the run, judged as the results go by: a finding at or above `failOn`, more than `maxWarnings` warnings,
 * a document scored below `minScore`.
 */
class Verdict {
  private readonly failing: readonly Severity[];
  private anyFailing = false;
  private warnings = 0;
  private belowMinScore = false;

  constructor(
    failOn: Severity,
    readonly maxWarnings: number | undefined,
    private readonly minScore: number | undefined,
  ) {
    this.failing = SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1);
  }

  *judged(results: Iterable<FileResult>): Generator<FileResult> {
    for (const r of results) {
      for (const f of r.findings) {
        if (this.failing.includes(f.severity)) this.anyFailing = true;
        if (f.severity === 'warning') this.warnings++;
      }
      if (this.minScore !== undefined && r.score && r.score.score < this.minScore) this.belowMinScore = true;
      yield r;
    }
  }

  /** Whether a finding fails the run (every warning does once there are more than `maxWarnings`): final once all are judged. */
  fails(f: PositionedFinding): boolean {
    return this.failing.includes(f.severity) || (this.tooManyWarnings() && f.severity === 'warning');
  }

  /** Whether the results judged fail the run (more warnings than allowed means at least one). */
  failed(): boolean {
    return this.belowMinScore || this.anyFailing || this.tooManyWarnings();
  }

  private tooManyWarnings(): boolean {
    return this.maxWarnings !== undefined && this.warnings > this.maxWarnings;
  }

  /** Why the run fails beyond its failing findings, as ESLint says it (`too many warnings (maximum: 0)`). */
  reasons(): string[] {
    const reasons: string[] = [];
    if (this.tooManyWarnings()) reasons.push(`${this.warnings} warning${this.warnings === 1 ? '' : 's'}, more than --max-warnings ${this.maxWarnings} allows`);
    if (this.belowMinScore) reasons.push(`a file's quality score is below --min-score ${this.minScore}`);
    return reasons;
  }
}

function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/**
 * The modules that lint (kernel.ts), loaded by a run that lints anything; one answered from the result cache without
 * reading a file does without them (their parse and set-up were ~20 ms of CPU of every start).
 */
const loadKernel = () => import('./kernel.js');
type Kernel = Awaited<ReturnType<typeof loadKernel>>;

/** A file's name in the result cache: absolute, but not normalised (path.resolve per file is measurable); at worst a miss. */
const cacheName = (file: string, cwd: string) => (path.isAbsolute(file) ? file : `${cwd}${path.sep}${file}`);

/** Writes the result cache; one that cannot be written costs the next run time, not this run its result. */
function saveCache(cache: ResultCache | undefined, file: string | undefined, io: Io): void {
  try {
    cache?.save();
  } catch (e) {
    io.stderr(`mtlint: warning: cannot write the cache ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
  }
}

function makeDirectoryOf(file: string): void {
  try {
    makeDirectory(path.dirname(file));
  } catch (e) {
    throw new UsageError([{ file, message: `cannot create its directory: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }]);
  }
}

/** A walk this large holds tens of MB of names for the whole run (561,192 files: ~45 MB). */
const MANY_FILES = 20_000;

/**
 * One full garbage collection, now that the list of files is made: V8 then sizes its heap from what is alive instead
 * of its first, generous limit, which let the heap of a 1 GB folder (561,192 files) reach 455 MB before it first
 * collected, against ~205 MB with this (and the heap growing percent bin/mtlint sets).
 */
function settleHeap(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** A file read for linting; one that could not be read is the FileResult that stands for it. */
interface ReadFile {
  file: string;
  shownPath: string;
  text: string;
  /** Its size and time before it was read, with --cache-strategy metadata (undefined: not to be trusted). */
  stamp?: string;
}

/** A check that crashed on a file, as the report shows it (a RuleCrash, or one a worker thread sent). */
type CrashReport = Pick<RuleCrash, 'message' | 'detail'>;

/** A batch's results, the checks that crashed on its files and the files whose format could not be read, by index among those read. */
interface Linted {
  results: CachedResult[];
  crashes: Map<number, CrashReport>;
  unreadable?: Map<number, Problem[]>;
}

/** A batch of files read, on its way to the report. */
interface Batch {
  entries: (ReadFile | FileResult)[];
  readable: ReadFile[];
  /** Each readable file's name in the result cache (undefined: standard input, never stored). */
  names: (string | undefined)[];
  /** The batch's digest in the result cache, with --cache. */
  digest?: string;
  fromCache: boolean;
  /** Answered by the files' stamps: their texts were not read (each `text` is empty). */
  unread?: boolean;
  /** Its results, unless a worker of the pool has them. */
  linted?: Linted;
  /** The index after its last file in the run's list. */
  end: number;
}

/** The script a worker thread of the pool runs (built and bundled next to the CLI). */
const LINT_WORKER = path.join(PACKAGE_ROOT, 'dist', 'lint-worker.js');

/**
 * How many worker threads lint the files: none with --fix (files are fixed one by one on this thread), with --source
 * (one file), or with --concurrency off; as many as asked; else, under 'auto', one per idle core beside this
 * thread's when, judged from the files' count and the first batch, there is enough text for the workers' start to pay
 * (each loads and compiles the rules and warms up its own JIT: see ARCHITECTURE.md for POOL_MIN_CHARS).
 */
export function poolSize(
  options: Pick<RunOptions, 'fix' | 'fixDryRun' | 'source' | 'concurrency'>,
  files: number,
  estimatedChars: number,
  machine = { cores: availableParallelism(), load: loadavg()[0] },
): number {
  if (options.fix || options.fixDryRun || options.source !== undefined || options.concurrency === 'off') return 0;
  if (typeof options.concurrency === 'number') return options.concurrency;
  // This thread lints too: one worker fewer than the cores, and none for a core other work keeps busy (the load
  // average counts it): workers on a busy machine only add their start and their own warm-up to the run's CPU time.
  const idle = Math.round(machine.cores - machine.load);
  const workers = Math.min(machine.cores - 1, idle, MAX_WORKERS);
  return workers > 0 && files > LINT_BATCH && estimatedChars >= POOL_MIN_CHARS ? workers : 0;
}

/** The least text (estimated, in UTF-16 units) for which workers pay under --concurrency auto. */
const POOL_MIN_CHARS = 2_000_000;
/** More workers than this are not started under 'auto' (this thread reads the files and writes the report too). */
const MAX_WORKERS = 4;
/** How many batches each worker is given to do at most: one in hand, one to go on with. */
const BATCHES_AHEAD_PER_WORKER = 2;
/** How many batches per thread may be read before their results are reported (their texts held at once). */
const BATCHES_READ_AHEAD = 3;

/** How many files are linted together (their documents held at once). */
const LINT_BATCH = 64;
/**
 * A batch ends sooner once its texts hold this many characters: 64 files of up to 50 MB (the default limit) would be
 * held at once, as UTF-16 with their words' offsets, over 10 GB. Articles never reach it (64 of them are ~0.3 MB).
 */
const LINT_BATCH_CHARS = 8_000_000;

/** A file's text (standard input for `-`), paths taken from the working directory. */
function readFile(file: string, options: RunOptions, listedAsRegular = false): ReturnType<typeof readSource> {
  // Joined, not resolved (as cacheName): the file system takes the name as it is, and errors name the shown path.
  return readSource(file === STDIN ? file : cacheName(file, options.cwd), options.maxFileSize, listedAsRegular);
}

/** The name a file is reported under. */
function shownPathOf(file: string, options: RunOptions): string {
  return file === STDIN ? (options.stdinFilename ?? '<stdin>') : file;
}

/** --fix and --fix-dry-run for one file: lint, fix and lint again until nothing changes, then write or preview. */
function fixFile(
  { Document, fileDocument, lintSource, prepareSource }: Kernel,
  file: string,
  rules: CompiledRule[],
  options: RunOptions,
  io: Io,
  regionsOf: (file: string, text: string) => ChangedRegions | undefined,
  original?: Original,
  patch?: typeof import('./patch.js').fixPatch,
): { result: FileResult; words: number } {
  // Temporary files of an earlier --fix that was killed mid-write go, whether or not this file needs a fix.
  if (options.fix && file !== STDIN) removeStaleTempFiles(path.dirname(resolveTarget(path.resolve(options.cwd, file))));
  const source = readFile(file, options);
  const shownPath = shownPathOf(file, options);
  const selected = (f: Finding) => !options.fixOnly.length || options.fixOnly.some((s) => matchesSelector(f.rule, s) || f.category === s);
  const regions = regionsOf(file, source.text);
  const lintOnly = (text: string) => lintSource(text, rules, shownPath, options.formatIn, { reportUnusedDirectives: options.reportUnusedDirectives, original });
  // With --since, a fix applies only within changed lines, and those are followed through each pass's edits.
  const { lint, shouldFix } = regions ? followRegions(source.text, regions, lintOnly, selected) : { lint: lintOnly, shouldFix: selected };
  // (The page's furniture is removed as the file showed it, in the first pass only: see fixText.)
  const result = fixText(source.text, lint, shouldFix, (f) => f.category === 'furniture');
  const bom = source.bom ? '\uFEFF' : '';
  if (patch) {
    // git's a/ and b/ prefixes: the preview applies with `git apply` or `patch -p1`.
    // An absolute path goes in as relative to the working directory (or without its root), as git writes it.
    // (A path given as `./art.html` goes in as `art.html`: git apply refuses `a/./art.html`.)
    const patchPath = path.isAbsolute(shownPath) ? patchPathOf(options.cwd, shownPath) : path.normalize(shownPath).split(path.sep).join('/');
    if (result.text !== source.text) io.stdout(patch(patchPath, bom + source.text, bom + result.text));
  } else if (file === STDIN) {
    io.stdout(bom + result.text);
  } else if (result.fixed) {
    writeFileAtomic(path.resolve(options.cwd, file), Buffer.from(bom + result.text), Buffer.from(bom + source.text));
  }
  // The findings are in the file's offsets: they are placed by the file's lines (an HTML, PO or XLIFF file breaks its
  // lines where its markup does, not where the prose the rules read does); the words counted are the prose's.
  const prepared = prepareSource(result.text, shownPath, options.formatIn);
  const findings = regions ? result.findings.filter((f) => regions.touches(f.offset, f.length)) : result.findings;
  return {
    result: { path: shownPath, source: result.text, findings: positionFindings(fileDocument(prepared, result.text), findings, original && new Document(original.text, original.path)), fixed: result.fixed, previewed: options.fixDryRun },
    words: prepared.doc.words.count,
  };
}

/**
 * fixText's callbacks for --since: a fix is taken only when it lies within `regions`, and when the next
 * pass lints the fixed text, the edits that made it (applied again, as fixText did) move the regions.
 */
function followRegions(text: string, regions: ChangedRegions, lint: (text: string) => Finding[], selected: (f: Finding) => boolean) {
  let current = text;
  let taken: Edit[] = [];
  return {
    lint(next: string): Finding[] {
      if (next !== current) regions.follow(applyEdits(current, taken).applied);
      [current, taken] = [next, []];
      return lint(next);
    },
    shouldFix(f: Finding): boolean {
      if (!selected(f) || !f.fix || !regions.covers(f.fix)) return false;
      taken.push(f.fix);
      return true;
    },
  };
}

/** The path of a file in a patch: relative to the working directory when it lies below it, else without its root. */
function patchPathOf(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file.replace(/^[/\\]+/, '');
}
