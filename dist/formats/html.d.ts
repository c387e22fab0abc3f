import type { Piece } from './projection.js';
/** Elements that begin and end a block of text. */
export declare const BLOCK: Set<string>;
/** A block element of the page, with the file range that removes it whole. */
export interface HtmlElement {
    name: string;
    /** Its `class` and `id` attributes, lower-cased, space-separated. */
    names: string;
    /** Its start tag as written (the first 80 characters). */
    tag: string;
    /** Whether it stands inside an `<article>` (or `<main>`). */
    inArticle: boolean;
    /** From its start tag to the end of its end tag. */
    start: number;
    end: number;
    /** What removing it takes: its own range, or its whole lines when nothing else stands on them. */
    removal: [number, number];
}
export interface HtmlParse {
    pieces: Piece[];
    elements: HtmlElement[];
}
export declare function htmlPieces(text: string): HtmlParse;
