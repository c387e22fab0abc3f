export interface SafetyOptions {
    /** Also refuse polynomial backtracking (quadratic or worse), as `.*.*=` on a long line. */
    polynomial: boolean;
}
/**
 * Why `source` is unsafe, or undefined when it is safe. The analysers are imported only when a
 * user rule needs them. Built-in rules are held to `{ polynomial: false }` by the test suite.
 */
export declare function backtrackingProblem(source: string, options?: SafetyOptions): Promise<string | undefined>;
