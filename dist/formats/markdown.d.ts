import type { Piece } from './projection.js';
/** The pieces of a Markdown file that are not prose (all blank, so offsets stay the file's). */
export declare function markdownPieces(text: string): Piece[];
