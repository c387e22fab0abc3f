import { type Alignment, type Original } from './aligned.js';
import { type HtmlElement } from './html.js';
import { type Projection } from './projection.js';
import type { Unit } from './units.js';
export type { Original } from './aligned.js';
export type { HtmlElement } from './html.js';
export type { Projection } from './projection.js';
export type { Segment, Unit } from './units.js';
export declare const INPUT_FORMATS: readonly ["text", "markdown", "html", "xliff", "po", "srt", "vtt"];
export type InputFormat = (typeof INPUT_FORMATS)[number];
/** Formats whose file is a set of separate strings (translation units, subtitle cues), not a page read top to bottom. */
export declare const UNIT_FORMATS: ReadonlySet<InputFormat>;
/** File extensions (lower case, no dot) and the format each names; directory walks take these. */
export declare const EXTENSIONS: Readonly<Record<string, InputFormat>>;
/** The format a path's extension names; plain text for any other. */
export declare function formatOf(path: string): InputFormat;
/** What a format knows of a file beyond its prose: translation units, page elements, and the map to the file. */
export interface FormatView {
    format: InputFormat;
    /** The file's own text. */
    file: string;
    projection: Projection;
    /** Source and target of each unit (XLIFF, PO). */
    units: Unit[];
    /** Block elements with exact ranges (HTML). */
    elements: HtmlElement[];
    /** The original the units' sources come from, when it is another file (`--source`). */
    original?: Original;
    /** Set when the file and its original have different numbers of paragraphs. */
    mismatch?: Alignment['mismatch'];
}
/** A plain-text article read with its original: no markup, paragraphs paired with the original's as units. */
export declare function readAligned(text: string, original: Original): FormatView;
/** Read a file in a format other than plain text. Malformed input throws a UsageError naming line and column. */
export declare function readFormat(text: string, format: Exclude<InputFormat, 'text'>, file: string): FormatView;
export declare function attachView(doc: object, view: FormatView): void;
/** The format view of a document, when it was read from a file in a format with structure. */
export declare function viewOf(doc: object): FormatView | undefined;
