import type { Piece } from './projection.js';
import { type Unit } from './units.js';
export interface XliffParse {
    pieces: Piece[];
    units: Unit[];
}
export declare function xliffPieces(text: string, file?: string): XliffParse;
/** The text with each placeholder turned into a space, its code added to `codes`. */
export declare function codeFree(text: string, codes: string[]): string;
