// Errors the user caused (bad input, bad rules, bad options): printed as one line each, exit 2. And a check that
// crashed, which is ours.
export function formatProblem(p) {
    if (!p.file)
        return p.message;
    const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
    return `${where}: ${p.message}`;
}
/** An error that ends the run with exit code 2 and one line per problem, never a stack trace. */
export class UsageError extends Error {
    exitCode = 2;
    problems;
    constructor(problems) {
        const list = typeof problems === 'string' ? [{ message: problems }] : problems;
        super(list.map(formatProblem).join('\n'));
        this.problems = list;
    }
}
/** A check that threw on a file: an internal error (ours, not the user's), reported with the rule and the file. */
export class RuleCrash extends Error {
    rule;
    file;
    constructor(rule, file, cause) {
        super(`internal error: rule ${rule} crashed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
        this.rule = rule;
        this.file = file;
    }
    /** The check's own stack, for `--debug`. */
    get detail() {
        return this.cause instanceof Error && this.cause.stack ? this.cause.stack : String(this.cause);
    }
}
