/**
 * For each file (absolute path): the 1-based lines added or changed since the merge base of `ref`
 * and HEAD, in the working tree; `all` for files git does not track.
 */
export declare function changedLines(ref: string, files: string[], cwd: string): Map<string, Set<number> | 'all'>;
/** The new-side lines of each file in a `git diff -U0` (paths as git wrote them after `b/`, unquoted). */
export declare function parseDiff(diff: string): Map<string, Set<number>>;
/**
 * A path from a diff header. git C-quotes one with unusual bytes (`"b/caf\303\251.txt"`: octal
 * escapes of UTF-8 bytes) and ends one holding a space with a tab (`b/my file.txt<TAB>`).
 */
export declare function unquotePath(header: string): string;
