// Command-line wiring: options → run() → exit code. No linting logic lives here.
import { once } from 'node:events';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CACHE_STRATEGIES } from './cache.js';
import { colorEnabled, progressLine } from './terminal.js';
import { formatProblem, UsageError } from './errors.js';
import { escapeControls } from './report/escape.js';
import { VERSION } from './paths.js';
import { FORMATS } from './report/index.js';
import { INPUT_FORMATS } from './formats/names.js';
import { type Io, loadConfiguredRules, printConfig, run } from './run.js';
import { SEVERITIES } from './types.js';

const io: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  progress: process.stderr.isTTY ? progressLine(process.stderr) : undefined,
  stdoutIsTerminal: process.stdout.isTTY === true,
  // A pipe takes writes into memory until the reader has them: a streamed report waits for it between pieces.
  drained: () => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve()),
};
// A reader that stops early (`mtlint … | head`) is no error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 2));
const collect = (value: string, previous: string[]) => [...previous, ...value.split(',').filter(Boolean)];
/** A limit: a whole number, or -1 for none (as ESLint takes it). */
const limit = (value: string) => {
  if (value === '-1') return Infinity; // overrides a config's maxWarnings
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, or -1 for no limit.');
  return Number(value);
};

const megabytes = (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of megabytes, 1 or more.');
  return Number(value) * 1e6;
};
const scoreThreshold = (value: string) => {
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) > 100) throw new InvalidArgumentError('expected a score from 0 to 100.');
  return Number(value);
};
/** --concurrency: a number of worker threads (1 or more), `off`, or `auto`. */
const concurrency = (value: string) => {
  if (value === 'auto' || value === 'off') return value;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError('expected auto, off, or a number of worker threads, 1 or more.');
  return Number(value);
};

const program = new Command('mtlint')
  .description('Lint machine-translated articles for MT and scraping artifacts, and fix them.')
  .version(VERSION)
  .argument('[paths...]', 'files, directories (*.txt, *.md, *.html, *.xlf, *.po, *.srt, *.vtt… inside), globs, or - for stdin')
  .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
  .option('--color', 'colored output even when stdout is no terminal')
  .option('--no-color', 'plain output (NO_COLOR and FORCE_COLOR=0 are respected too)')
  .option('--rules <dir>', 'add a directory of rule files (repeatable)', collect, [])
  .option('--rule <id>', 'run only these rules or families, e.g. spacing/ (repeatable, comma-separated)', collect, [])
  .option('--disable <id>', 'do not run these rules or families (repeatable, comma-separated)', collect, [])
  .option('--fix', 'apply safe fixes to the files (to stdout for -)')
  .option('--fix-dry-run', 'print a unified diff of what --fix would change; write nothing')
  .option('--diff', 'alias of --fix-dry-run')
  .option('--fix-only <ids>', 'apply only fixes of these rules, families or categories', collect, [])
  .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run (default: error)').choices(SEVERITIES))
  .option('--max-warnings <n>', 'fail when there are more warnings than this (-1: no limit)', limit)
  .option('--max-file-size <MB>', 'refuse files larger than this (default: 50)', megabytes)
  .option('--min-score <n>', 'fail when a document scores below this quality score (0-100)', scoreThreshold)
  .option('--quiet', 'report errors only')
  .option('-c, --config <file>', 'use this config file instead of searching for mtlint.config.yaml')
  .option('--no-config', 'use no config file')
  .option('--no-ignore', 'lint files that .mtlintignore or the config ignore')
  .option('--no-error-on-unmatched-pattern', 'a glob or directory with no file to lint is no error')
  .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
  .option('--stdin-filename <name>', 'the name to report (and match config globs against) for -')
  .option('--report-unused-directives', 'report mtlint-disable directives that turn nothing off')
  .option('--since <ref>', 'report (and fix) only lines changed since the merge base of a git revision and HEAD')
  .option('--print-config <file>', 'print, as JSON, the config and rules a run would use for this file; lint nothing')
  .option('--shard <i/n>', 'lint the i-th of n deterministic parts of the file list (for CI matrices)')
  .addOption(new Option('--format-in <name>', 'read every file in this format instead of the one its extension names').choices(INPUT_FORMATS))
  .option('--source <file>', 'the original of the one plain-text article linted: paragraphs are paired for the bilingual/ rules')
  .option('--glossary <file>', 'required target terms for source terms (CSV, TSV or TBX), checked by bilingual/glossary')
  .option('--ext <list>', 'extensions a directory walk takes, e.g. html,xlf (repeatable, comma-separated; default: every format\'s)', collect, [])
  .option('--cache', 'reuse the findings of files unchanged since the last --cache run (not with --fix)')
  .option('--cache-location <path>', 'the cache file, or a folder for it (default: .mtlintcache)')
  .addOption(new Option('--cache-strategy <strategy>', 'how --cache tells a file is unchanged: metadata (its size and time, else its text) or content (its text)').choices(CACHE_STRATEGIES).default('metadata'))
  .option('--debug', 'after an internal error (a rule that crashed), print its stack')
  .option('--concurrency <n|auto|off>', 'worker threads that lint the files: auto uses them when there are enough files and cores (not with --fix)', concurrency, 'auto')
  // One line for a usage error, not the whole --help; prefixed as every other error of mtlint's is.
  .showHelpAfterError('(mtlint --help lists the options)')
  .configureOutput({ outputError: (message, write) => write(`mtlint: ${message}`) })
  // commander has printed its message; usage errors exit 2, --help and --version 0. Set before the
  // subcommands are added, so they inherit it.
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2))
  // `rules list --format json`: options after a subcommand belong to it.
  .enablePositionalOptions()
  .action(async (paths: string[], opts) => {
    if (opts.printConfig) {
      // As ESLint: one file, nothing linted; a path beside it would otherwise be left out without a word.
      if (paths.length) throw new UsageError(`--print-config takes one file and lints nothing; leave out ${paths.join(' ')}`);
      const selection = { config: opts.config, cwd: process.cwd(), rulesDirs: opts.rules, glossary: opts.glossary, only: opts.rule, disable: opts.disable, noIgnore: opts.ignore === false };
      io.stdout(await printConfig(opts.printConfig, selection));
      return;
    }
    if (!paths.length) throw new UsageError('no input: give files, directories, globs or - for stdin (see --help)');
    process.exitCode = await run(
      {
        paths,
        format: opts.format,
        color: useColor(opts.color),
        rulesDirs: opts.rules,
        only: opts.rule,
        disable: opts.disable,
        fix: Boolean(opts.fix),
        fixDryRun: Boolean(opts.fixDryRun || opts.diff),
        fixOnly: opts.fixOnly,
        failOn: opts.failOn,
        maxWarnings: opts.maxWarnings,
        maxFileSize: opts.maxFileSize,
        minScore: opts.minScore,
        quiet: Boolean(opts.quiet),
        config: opts.config,
        outputFile: opts.outputFile,
        stdinFilename: opts.stdinFilename,
        reportUnusedDirectives: Boolean(opts.reportUnusedDirectives),
        since: opts.since,
        shard: opts.shard,
        cache: opts.cache ? { location: opts.cacheLocation, strategy: opts.cacheStrategy } : undefined,
        debug: Boolean(opts.debug),
        concurrency: opts.concurrency,
        noIgnore: opts.ignore === false,
        allowUnmatched: opts.errorOnUnmatchedPattern === false,
        formatIn: opts.formatIn,
        source: opts.source,
        glossary: opts.glossary,
        extensions: opts.ext.length ? opts.ext.map((e: string) => e.replace(/^\*?\./, '')) : undefined,
        cwd: process.cwd(),
      },
      io,
    );
  });

const useColor = (flag: boolean | undefined) => colorEnabled(flag, process.env, process.stdout.isTTY === true);

// The subcommands' modules (the diff library among them) load when their command runs, not at every start.
const rulesModule = () => import('./commands/rules.js');
const rulesCommand = program.command('rules').description('list, explain and test rules');
rulesCommand
  .command('list')
  .description('every loaded rule: id, severity, fixable, description')
  .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
  .option('--rules <dir>', 'add a directory of rule files (repeatable)', collect, [])
  .option('-c, --config <file>', 'use this config file instead of searching for mtlint.config.yaml')
  .option('--no-config', 'use no config file')
  .action(async (opts) => {
    const { rules } = await loadConfiguredRules({ rulesDirs: opts.rules, config: opts.config, cwd: process.cwd() });
    const { listRulesJson, listRulesText } = await rulesModule();
    io.stdout(opts.format === 'json' ? listRulesJson(rules) : listRulesText(rules));
  });
rulesCommand
  .command('explain')
  .description('what a rule finds, why, its examples and options')
  .argument('<id>', 'rule id, e.g. spacing/space-before-punctuation')
  .option('--rules <dir>', 'add a directory of rule files (repeatable)', collect, [])
  .option('-c, --config <file>', 'use this config file instead of searching for mtlint.config.yaml')
  .option('--no-config', 'use no config file')
  .action(async (id: string, opts) => {
    const { rules } = await loadConfiguredRules({ rulesDirs: opts.rules, config: opts.config, cwd: process.cwd() });
    const { explainRule, findRule } = await rulesModule();
    io.stdout(explainRule(findRule(rules, id)));
  });
rulesCommand
  .command('test')
  .description("run rules' examples: the built-in rules, or the rules in the given directories")
  .argument('[dirs...]', 'rule directories to test instead of the built-in rules')
  // Both spelled out, so neither given leaves the choice to the environment (commander defaults a lone --no-x to true).
  .option('--color', 'colored output even when stdout is no terminal')
  .option('--no-color', 'plain output')
  .action(async (dirs: string[], opts) => {
    const rules = dirs.length ? await loadUserRules(dirs) : (await loadConfiguredRules({ rulesDirs: [], config: false, cwd: process.cwd() })).rules;
    const [{ testRuleExamples }, { formatExampleReport }] = await Promise.all([import('./commands/examples.js'), rulesModule()]);
    const report = testRuleExamples(rules);
    io.stdout(formatExampleReport(report, useColor(opts.color)));
    process.exitCode = report.failures.length ? 1 : 0;
  });

program
  .command('init')
  .description('write a starter mtlint.config.yaml and an example rule in mtlint-rules/')
  .action(async () => {
    const { init } = await import('./commands/init.js');
    for (const file of init(process.cwd())) io.stdout(`created ${file}\n`);
  });

const LSP_SERVER = './lsp/server.js';
program
  .command('lsp')
  .description('run the language server (diagnostics, quick fixes) over standard input and output, for editors')
  .option('--stdio', 'talk over standard input and output (the default and only transport)')
  .action(async () => {
    // Loaded only here, from tsc's output next to the bundle: the server and its protocol library stay out of start-up.
    const server: typeof import('./lsp/server.js') = await import(LSP_SERVER);
    server.startServer();
  });

async function loadUserRules(dirs: string[]) {
  const { loadRules } = await import('./rules/load.js');
  const { rules, problems } = await loadRules(dirs.map((dir) => ({ dir, builtIn: false })));
  if (problems.length) throw new UsageError(problems);
  return rules;
}

try {
  await program.parseAsync();
} catch (e) {
  if (e instanceof UsageError) {
    // One line per problem: a control character in a named file cannot break a line or drive the terminal.
    process.stderr.write(`${e.problems.map((p) => `mtlint: ${escapeControls(formatProblem(p), { tabs: true })}`).join('\n')}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`mtlint: internal error: ${(e as Error).message}\n`);
    if (process.argv.includes('--debug')) process.stderr.write(`${(e as Error).stack}\n`);
    process.exitCode = 2;
  }
}
