/**
 * What --fix-dry-run prints: a unified diff with git's a/ and b/ prefixes, which `git apply` and `patch -p1` take.
 * `before` and `after` are the whole files, byte-order mark included: it is part of the first line as git sees it.
 * CR LF, lone CR and mixed line ends pass through as they are (git splits lines at LF only, and so does the diff).
 */
export declare function fixPatch(patchPath: string, before: string, after: string): string;
