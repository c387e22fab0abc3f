import type { Range } from '../markup.js';
export interface Piece {
    start: number;
    end: number;
    /** The text the rules see instead; undefined for a blank piece. */
    text?: string;
    /** For a blank piece: what the rules see instead of spaces of the same length (`\n\n`, ` `). */
    as?: string;
    /** For a blank piece: it may go with a whole line of furniture that holds it (a link's destination, like an address). */
    link?: boolean;
}
export interface Projection {
    /** The text the rules read. */
    text: string;
    /** What is not prose, in `text`'s offsets: blank pieces. */
    ignore: Range[];
    /** The blank pieces no fix may touch, not even one removing whole lines of furniture: all but links. */
    markup: Range[];
    /** Whether `text` has the file's length and offsets (no replace piece changed a length). */
    sameOffsets: boolean;
    /** The file offset where a finding starting at `offset` of `text` starts. */
    startInFile(offset: number): number;
    /** The file offset where a finding ending at `offset` of `text` ends. */
    endInFile(offset: number): number;
    /** Whether an edit of [start, end) of `text` touches no replaced piece (it then maps 1:1 onto the file). */
    editable(start: number, end: number): boolean;
    /** The offset in `text` of a file offset (the start of the replaced piece it falls inside). */
    inText(fileOffset: number): number;
}
/** The projection of `file` through `pieces` (sorted, not overlapping). */
export declare function project(file: string, pieces: readonly Piece[]): Projection;
