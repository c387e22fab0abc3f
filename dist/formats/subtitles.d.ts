import type { Piece } from './projection.js';
export declare function subtitlePieces(text: string, format: 'srt' | 'vtt', file?: string): Piece[];
