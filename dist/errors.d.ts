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
export declare function formatProblem(p: Problem): string;
/** An error that ends the run with exit code 2 and one line per problem, never a stack trace. */
export declare class UsageError extends Error {
    readonly exitCode = 2;
    readonly problems: Problem[];
    constructor(problems: Problem[] | string);
}
/** A check that threw on a file: an internal error (ours, not the user's), reported with the rule and the file. */
export declare class RuleCrash extends Error {
    readonly rule: string;
    readonly file: string;
    constructor(rule: string, file: string, cause: unknown);
    /** The check's own stack, for `--debug`. */
    get detail(): string;
}
