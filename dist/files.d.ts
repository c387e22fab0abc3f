import { type Stats } from 'node:fs';
import { type Problem } from './errors.js';
export declare const STDIN = "-";
export declare const IGNORE_FILE = ".mtlintignore";
/** Whether an absolute path is to be skipped. */
export type IgnorePredicate = (absolute: string) => boolean;
/** Gitignore-style patterns that apply below `base` (a file outside it is never matched). */
export declare function ignoredBelow(base: string, patterns: string | string[]): IgnorePredicate;
/** The nearest `.mtlintignore` (gitignore syntax, relative to its directory), found walking up from `cwd` as the config is. */
export declare function loadIgnoreFile(cwd?: string): IgnorePredicate;
/**
 * Expand the command-line paths into a sorted, de-duplicated list of files (or `-`). Every file passes
 * through `ignored`, a file named outright too (pre-commit names every staged file).
 */
export declare function collectFiles(paths: string[], cwd?: string, ignored?: IgnorePredicate, extensions?: string[]): Promise<string[]>;
/**
 * As collectFiles, but a path that names nothing to lint (missing, an empty directory, a glob matching
 * nothing) is a problem returned beside the files, so the others are still linted; files named outright
 * that are ignored are returned too, to be told about.
 */
export declare function expandPaths(paths: string[], cwd: string, ignored: IgnorePredicate, 
/** Whether a glob or directory that yields no file is a problem (--no-error-on-unmatched-pattern: it is not). */
errorOnUnmatched?: boolean, 
/** The extensions a directory walk takes (default: every input format's). */
extensions?: string[]): Promise<{
    files: string[];
    problems: Problem[];
    ignoredFiles: string[];
}>;
/**
 * The files with one of `extensions` (exactly as written, without the dot) at any depth below `dir`, '/'-separated and
 * relative to it, unsorted: what the glob library found before (hidden entries and node_modules skipped, links
 * followed), by a plain walk, faster than the glob. A folder that cannot be read is
 * passed over, as the glob does.
 */
export declare function textFilesBelow(dir: string, extensions: readonly string[]): string[];
/** A file's text as read: UTF-8 decoded, BOM removed (and remembered so a fix can put it back). */
export interface SourceText {
    text: string;
    bom: boolean;
}
/** Decode bytes as strict UTF-8; binary data and invalid sequences are errors naming line and column. */
export declare function decode(bytes: Uint8Array, file: string): SourceText;
/**
 * `UTF-16LE` or `UTF-16BE` for text in UTF-16: a byte-order mark, or (without one) NUL bytes that all
 * stand on odd or all on even offsets and make up a quarter of the start, as Latin text in UTF-16 has.
 */
export declare function utf16Encoding(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined;
/** The largest file read unless `--max-file-size` or the config's `maxFileSize` says otherwise: 50 MB. */
export declare const DEFAULT_MAX_FILE_SIZE = 50000000;
/**
 * Refuse what cannot be read as an article: a FIFO would block the run, a device such as /dev/zero
 * never ends, and a file over the size limit would take more memory than a lint is worth.
 */
export declare function checkReadable(stats: Stats, file: string, maxBytes: number): void;
/** Why a rule or config file is not to be read (a FIFO would block the run, a device never end), or undefined; other errors are left to the read. */
export declare function readableProblem(file: string): Problem | undefined;
/** Read a file or standard input (in pieces, so an endless input stops at the limit). */
export declare function readSource(file: string, maxBytes?: number): SourceText;
/** The index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export declare function firstInvalidUtf8(bytes: Uint8Array): number;
