import type { CheckFn } from './checks/kind.js';
import { Document } from './document.js';
import { RuleCrash } from './errors.js';
import { type FormatView, type InputFormat, type Original } from './formats/index.js';
import { type Range } from './markup.js';
import type { Finding, Rule } from './types.js';
export interface CompiledRule {
    rule: Rule;
    check: CheckFn;
}
/** Compile each rule into its check function; done once per run, shared by every document. */
export declare function compileRules(rules: Rule[]): CompiledRule[];
export interface LintOptions {
    /** Report disabling directives that turned nothing off. */
    reportUnusedDirectives?: boolean;
    /** Stretches that are not prose (blanked in Markdown): findings and fixes touching one are dropped. */
    ignore?: readonly Range[];
    /**
     * Called when a check throws on the k-th document; the other rules and documents are still linted. Without it the
     * crash is thrown.
     */
    onCrash?: (crash: RuleCrash, k: number) => void;
}
/**
 * Every finding of every rule, in document order, less those inline directives turn off.
 * Checks share the document's cached views.
 */
export declare function lintDocument(doc: Document, rules: CompiledRule[], options?: LintOptions): Finding[];
/**
 * The findings of several documents, each as lintDocument gives them. Each rule runs over all the documents before the
 * next rule starts: a check's code stays hot and its feedback one-sided (ARCHITECTURE.md, "Files are linted in
 * batches, rule by rule").
 */
export declare function lintDocuments(sources: readonly {
    doc: Document;
    ignore: readonly Range[];
}[], rules: CompiledRule[], options?: LintOptions): Finding[][];
/** A file as the rules read it: a document of its prose, what is not prose, and the format's view of the file. */
export interface PreparedSource {
    doc: Document;
    ignore: Range[];
    /** Absent for plain text, which the rules read as it is. */
    view?: FormatView;
}
/**
 * A file's text as the rules see it: a document of its prose, and the stretches that are not prose. With `original`
 * (plain text only), its paragraphs are paired with the original's for the bilingual rules.
 */
export declare function prepareSource(text: string, path: string, format?: InputFormat, original?: Original): PreparedSource;
/**
 * Findings on a prepared document moved to the file's offsets. A fix that would write over markup the rules never saw
 * (a tag, an entity) is dropped, the finding kept; a fix that deletes a whole element the format delimited is kept.
 */
export declare function findingsInFile(source: PreparedSource, findings: Finding[]): Finding[];
/**
 * The document findings in the file's offsets are placed by (its line starts): the prepared one when it has the file's
 * offsets and lines (plain text, Markdown); other formats break lines where the file has markup.
 */
export declare function fileDocument(source: PreparedSource, text: string): Document;
/**
 * Lint the text of a file: what is not prose (addresses; in other formats markup, code, the source side) is left out
 * for the rules, and findings touching it are dropped. Offsets point into `text` as given.
 */
export declare function lintSource(text: string, rules: CompiledRule[], path: string, format?: InputFormat, options?: LintOptions & {
    original?: Original;
}): Finding[];
/** Lint a string (the library entry point, no file system), read in the format `path`'s extension names. */
export declare function lintText(text: string, rules: CompiledRule[], path?: string): Finding[];
