import type { Piece } from './projection.js';
import { type Unit } from './units.js';
export interface PoParse {
    pieces: Piece[];
    units: Unit[];
}
export declare function poPieces(text: string, file?: string): PoParse;
