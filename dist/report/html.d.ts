import { type ScoreSummary } from '../score.js';
import type { Rule, Severity } from '../types.js';
import type { FileResult, PositionedFinding } from './result.js';
export interface HtmlContext {
    rules: Rule[];
    version: string;
}
/**
 * JSON that can stand inside a <script> element: `<` is written as `\u003c`, so no text of an article or a file
 * name can close the element (`</script>`) or open a comment; the page reads it with JSON.parse, never as HTML.
 */
export declare function scriptJson(value: unknown): string;
/** What the page knows of a finding. */
declare function findingData({ rule, severity, category, message, offset, length, line, column, fix, suggestions }: PositionedFinding): {
    rule: string;
    severity: Severity;
    category: string;
    message: string;
    offset: number;
    length: number;
    line: number;
    column: number;
    fix: import("../types.js").Edit | null;
    suggestions: string[];
};
/** A file for the page: its text only when it has findings (a long clean run stays small). */
declare function fileData(r: FileResult): {
    path: string;
    words: number | null;
    score: number | null;
    counts: {
        error: number;
        warning: number;
        info: number;
    };
    source: string | null;
    findings: {
        rule: string;
        severity: Severity;
        category: string;
        message: string;
        offset: number;
        length: number;
        line: number;
        column: number;
        fix: import("../types.js").Edit | null;
        suggestions: string[];
    }[];
};
/** The data the page renders (the JSON in its `mtlint-data` element). */
export interface PageData {
    version: string;
    summary: ScoreSummary | null;
    rules: Record<string, {
        description: string;
        severity: Severity;
    }>;
    files: PageFile[];
}
export type PageFile = ReturnType<typeof fileData>;
export type PageFinding = ReturnType<typeof findingData>;
/** The page in pieces: the shell, then the data one file at a time, then the script that renders it. */
export declare function formatHtml(results: FileResult[], context: HtmlContext): Generator<string>;
export {};
