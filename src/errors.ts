// Errors the user caused (bad input, bad rules, bad options): printed as one line each, exit 2. And a check that
// crashed, which is ours.

/** A problem located in a file, reported as `file:line:col: message`. */
export interface Problem {
  /** The file the problem is in; absent for problems with the command line itself. */
  file?: string;
  line?: number;
  column?: number;
  /** The UTF-16 offset of line:column in the file's text, where it is known. */
  offset?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  if (!p.file) return p.message;
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}: ${p.message}`;
}

/** An error that ends the run with exit code 2 and one line per problem, never a stack trace. */
export class UsageError extends Error {
  readonly exitCode = 2;
  readonly problems: Problem[];

  constructor(problems: Problem[] | string) {
    const list = typeof problems === 'string' ? [{ message: problems }] : problems;
    super(list.map(formatProblem).join('\n'));
    this.problems = list;
  }
}

/** A check that threw on a file: an internal error (ours, not the user's), reported with the rule and the file. */
export class RuleCrash extends Error {
  constructor(
    readonly rule: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(`internal error: rule ${rule} crashed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }

  /** The check's own stack, for `--debug`. */
  get detail(): string {
    return this.cause instanceof Error && this.cause.stack ? this.cause.stack : String(this.cause);
  }
}
