// Lint in this process, as the CLI would with these options: run() with its output captured, and a usage error
// printed and answered with exit code 2 as cli.ts does. For engine, config and directive behaviour: a spawned CLI costs
// a Node start-up per call (tests/cli/ keeps those for what only the CLI does).
import { formatProblem, UsageError } from '../../src/errors.js';
import { escapeControls } from '../../src/report/escape.js';
import { type RunOptions, run } from '../../src/run.js';
import type { CliResult } from './cli.js';

/** `terminal`: stdout is a terminal, as process.stdout.isTTY tells the CLI. */
export async function lintInProcess(paths: string[], options: Partial<RunOptions> & { cwd: string }, terminal = false): Promise<CliResult> {
  const [stdout, stderr]: string[][] = [[], []];
  const io = { stdout: (s: string) => void stdout.push(s), stderr: (s: string) => void stderr.push(s), stdoutIsTerminal: terminal };
  const given: RunOptions = { paths, format: 'stylish', color: false, rulesDirs: [], only: [], disable: [], fix: false, fixDryRun: false, fixOnly: [], quiet: false, reportUnusedDirectives: false, ...options };
  let code: number;
  try {
    code = await run(given, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    stderr.push(`${e.problems.map((p) => `mtlint: ${escapeControls(formatProblem(p), { tabs: true })}`).join('\n')}\n`);
    code = 2;
  }
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}
