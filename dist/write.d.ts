/**
 * Replace `file` with `data` unless its bytes differ from `expected` (what was read and linted):
 * a file edited during the run is left alone. A symbolic link is written through to its target.
 * The file keeps its mode and owner: it is replaced by a rename (either the whole new file is in place
 * or the old one is) when the directory can be written and the new file can be given the old one's owner,
 * and written in place otherwise (a directory the user cannot write, a file of another owner, hard links).
 */
export declare function writeFileAtomic(file: string, data: Uint8Array, expected: Uint8Array): void;
/**
 * Write a report given in pieces to `file`, whole or not at all. A link is written through; a device or FIFO
 * (`-o /dev/stdout`, `-o /dev/null`) is written to as it is, never replaced by a regular file.
 */
export declare function writeReportFile(file: string, pieces: Iterable<string>): void;
/**
 * Remove the temporary files a run that was killed mid-write left in `dir` (those whose process is gone).
 * Each directory is looked at once per run.
 */
export declare function removeStaleTempFiles(dir: string): void;
/** The file a write to `file` must change: through symbolic links, so the link stays a link. */
export declare function resolveTarget(file: string): string;
