import type { Document } from '../document.js';
import type { DocumentScore } from '../score.js';
import type { Finding, RelatedSpan } from '../types.js';
export interface Range {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
/** A finding's related span (the source of a bilingual finding), placed in its file. */
export interface PositionedSpan extends RelatedSpan, Range {
    text: string;
}
export interface PositionedFinding extends Finding, Range {
    text: string;
    related?: PositionedSpan;
    /** Where the fix's edit stands, when there is one (it may differ from the flagged span). */
    fixRange?: Range;
    /** Where each suggestion's edit stands. */
    suggestionRanges?: Range[];
    /** The file could not be linted at all (missing, unreadable, not UTF-8): this finding stands for that. */
    fatal?: true;
}
export interface FileResult {
    path: string;
    /** The text the findings point into; formatters quote lines from it. */
    source: string;
    findings: PositionedFinding[];
    /** Fixes applied to this file by --fix. */
    fixed?: number;
    /** Whether the fixes were only previewed (--fix-dry-run), not written. */
    previewed?: boolean;
    /** The document's quality score (a run scores every document it reports). */
    score?: DocumentScore;
}
export interface Summary {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    fixable: number;
    fixed: number;
    /** Whether the fixes counted in `fixed` were only previewed. */
    previewed: boolean;
}
/**
 * Findings with lines and columns from `doc`, the linted file; a related span in another file (the original of
 * `--source`) is placed in `original`.
 * Built field by field, not by spreading: a text can hold a million findings, and objects of one shape are several
 * times smaller and faster to make.
 */
export declare function positionFindings(doc: Document, findings: Finding[], original?: Document): PositionedFinding[];
/** The pseudo-rule of a file that could not be linted. */
export declare const FILE_ERROR_RULE = "mtlint/file-error";
/** A file that could not be linted, as a fatal finding per problem: at the bad byte when that is known. */
export declare function fileErrorResult(path: string, problems: {
    message: string;
    line?: number;
    column?: number;
    offset?: number;
}[]): FileResult;
export declare function summarize(results: FileResult[]): Summary;
