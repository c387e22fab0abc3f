// Input formats: which format a file is in, and the text its rules read (see projection.ts for the model).
import { type Alignment, type Original, align } from './aligned.js';
import { type HtmlElement, htmlPieces } from './html.js';
import { markdownPieces } from './markdown.js';
import { poPieces } from './po.js';
import { type Projection, project } from './projection.js';
import { subtitlePieces } from './subtitles.js';
import type { Unit } from './units.js';
import { xliffPieces } from './xliff.js';
import type { InputFormat } from './names.js';

export type { Original } from './aligned.js';
export type { HtmlElement } from './html.js';
export type { Projection } from './projection.js';
export type { Segment, Unit } from './units.js';

export { EXTENSIONS, formatOf, INPUT_FORMATS, type InputFormat, UNIT_FORMATS } from './names.js';

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
export function readAligned(text: string, original: Original): FormatView {
  const { units, mismatch } = align(text, original);
  return { format: 'text', file: text, projection: project(text, []), units, elements: [], original, mismatch };
}

/** Read a file in a format other than plain text. Malformed input throws a UsageError naming line and column. */
export function readFormat(text: string, format: Exclude<InputFormat, 'text'>, file: string): FormatView {
  let units: Unit[] = [];
  let elements: HtmlElement[] = [];
  let pieces;
  switch (format) {
    case 'markdown':
      pieces = markdownPieces(text);
      break;
    case 'html':
      ({ pieces, elements } = htmlPieces(text));
      break;
    case 'xliff':
      ({ pieces, units } = xliffPieces(text, file));
      break;
    case 'po':
      ({ pieces, units } = poPieces(text, file));
      break;
    case 'srt':
    case 'vtt':
      pieces = subtitlePieces(text, format, file);
      break;
  }
  return { format, file: text, projection: project(text, pieces), units, elements };
}

// The view of each document the engine made from a file, for the rules that read structure. A WeakMap keeps the
// Document class free of format knowledge and lets the view go with its document.
const views = new WeakMap<object, FormatView>();

export function attachView(doc: object, view: FormatView): void {
  views.set(doc, view);
}

/** The format view of a document, when it was read from a file in a format with structure. */
export function viewOf(doc: object): FormatView | undefined {
  return views.get(doc);
}
