import type { Edit, Finding } from './types.js';
export interface EditResult {
    text: string;
    applied: Edit[];
    /** Edits that overlapped an earlier one and were left out. */
    skipped: Edit[];
}
/**
 * Apply non-overlapping edits in one pass. Edits are taken in document order; one that starts
 * inside the range of an edit already taken is skipped (it will be reconsidered on the next pass).
 * Touching edits (one ends where the next starts) are both applied. Nothing outside an edit's
 * range changes: the output is built from untouched slices of the input. An edit that would split
 * a grapheme cluster (see `splitsCluster`) is skipped too.
 */
export declare function applyEdits(text: string, edits: readonly Edit[]): EditResult;
/**
 * Whether an edit starting or ending at `offset` would cut a grapheme cluster: a surrogate pair, CR LF,
 * a letter and its combining marks, an emoji and its variation selector or skin tone, an emoji ZWJ
 * sequence (`👨‍👩‍👧`). Cutting before joiners that end a cluster and join it to nothing (`a‍ b`) is allowed.
 *
 * Only a window around `offset` is segmented: a boundary depends on the text before it and the
 * character after it, and one stands before every ASCII character but LF (Prepend marks aside).
 * Segmenting a whole document is too slow on Node 20 (ARCHITECTURE.md, "Fixes cut no grapheme cluster").
 */
export declare function splitsCluster(text: string, offset: number): boolean;
export interface FixResult {
    text: string;
    /** How many edits were applied over all passes. */
    fixed: number;
    /** The findings left in the final text. */
    findings: Finding[];
}
export declare const MAX_FIX_PASSES = 10;
/**
 * Lint → fix → lint again, up to MAX_FIX_PASSES, like ESLint. Stops early when no fix applies
 * or when a pass would bring back a text seen before (two rules undoing each other).
 */
export declare function fixText(text: string, lint: (text: string) => Finding[], shouldFix?: (f: Finding) => boolean): FixResult;
