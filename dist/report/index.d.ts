import type { Rule } from '../types.js';
import type { FileResult } from './result.js';
export declare const FORMATS: readonly ["stylish", "json", "compact", "sarif", "github", "junit", "checkstyle", "html"];
export type Format = (typeof FORMATS)[number];
/**
 * Whether a format quotes the files' text (stylish's code frames, the HTML page's view of each file). The others
 * read only the findings, so a run need not hold every file's text until the report: 100 MB of files would be
 * held as up to 200 MB of strings.
 */
export declare function readsSource(format: Format): boolean;
export interface ReportContext {
    rules: Rule[];
    color: boolean;
    version: string;
    /** The directory relative paths start from (SARIF names it). */
    cwd?: string;
}
/**
 * The report in pieces to be written one after the other (the line formats and JSON are made a finding at a time).
 * Each format's module is loaded when it is asked for: a run writes one format, and the others' code (stylish's
 * string-width makes a grapheme segmenter as it loads) stays out of start-up.
 */
export declare function formatReport(format: Format, results: FileResult[], context: ReportContext): Promise<Iterable<string>>;
/** Pieces joined into strings of about `size` characters: few writes, none too long. */
export declare function batched(pieces: Iterable<string>, size?: number): Generator<string>;
