import type { Edit } from './types.js';
/** Lines changed since a revision (1-based), or `all` for a file git does not track. */
export type ChangedLines = Set<number> | 'all';
export declare class ChangedRegions {
    /** Sorted, disjoint, non-adjacent [start, end) UTF-16 ranges: runs of changed lines, each with its line break. */
    private regions;
    constructor(text: string, lines: ChangedLines | undefined);
    /** Whether a span overlaps a changed line (a finding there is reported). */
    touches(offset: number, length: number): boolean;
    /** Whether an edit lies wholly within changed lines (only such fixes apply). */
    covers(edit: Edit): boolean;
    /** Follow applied edits, each of which `covers` allowed: the ranges move and grow or shrink with them. */
    follow(applied: readonly Edit[]): void;
}
