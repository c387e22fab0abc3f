// HTML: the text of a page in reading order, found by htmlparser2 with source offsets.
// - Text is prose; entities are decoded for the rules (`&rsquo;` → `’`) and kept in the file (replace pieces).
// - Tags of inline elements (`<a>`, `<em>`) vanish, so `<em>big</em> deal` reads `big deal`.
// - Tags of block elements are blanked into a paragraph break (`\n\n`), `<br>` into a line break: text in two `<p>`s
//   is two paragraphs, never one sentence, whatever the file's own line breaks.
// - `script`, `style`, `pre`, `code`, `template`, `head` and the like are blanked whole (inline code stays inside its
//   paragraph, so the sentence around it is one); so are comments, except
//   mtlint's directives, which stay readable.
// - Block elements are recorded with their exact file ranges, for rules that judge page structure (furniture).
import type { Parser } from 'htmlparser2';
import { htmlparser2 } from '../vendored.js';
import type { Piece } from './projection.js';

/** Elements whose content is not prose. */
const SKIPPED = new Set(['script', 'style', 'pre', 'code', 'kbd', 'samp', 'template', 'head', 'noscript', 'svg', 'math', 'textarea', 'select', 'iframe', 'object', 'canvas']);
/** Elements that begin and end a block of text. */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'title', 'pre', 'script', 'style', 'template', 'head', 'noscript',
]);
const LINE_BREAK = new Set(['br']);

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

interface Open {
  name: string;
  start: number;
  tag: string;
  names: string;
  inArticle: boolean;
}

export function htmlPieces(text: string): HtmlParse {
  const pieces: Piece[] = [];
  const elements: HtmlElement[] = [];
  const stack: Open[] = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let cursor = 0; // where the markup not yet turned into pieces starts
  let boundary: '' | '\n' | '\n\n' = '';

  // Where a furniture element's removal may begin or end (its line's start, the end of its line): the markup there is
  // cut into pieces at these points, so the removal maps onto the file exactly.
  const cuts: number[] = [];
  /** Markup from the cursor up to `to`: blank with a break where a block began or ended, else nothing. */
  const flush = (to: number) => {
    while (cuts.length && cuts[0] <= cursor) cuts.shift();
    if (cuts.length && cuts[0] < to) {
      const cut = cuts.shift()!;
      const kept = boundary;
      flush(cut);
      boundary = kept;
    }
    if (to <= cursor) return;
    pieces.push(boundary ? { start: cursor, end: to, as: boundary } : { start: cursor, end: to, text: '' });
    cursor = to;
    boundary = '';
  };
  const parser: Parser = new (htmlparser2().Parser)(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        // Markup is cut at each block element's edges (and the start of its line), so a finding may cover it whole.
        if (BLOCK.has(name) && text[start] === '<') {
          boundary = '\n\n';
          flush(lineStartBefore(text, start));
          boundary = '\n\n';
          flush(start);
        }
        if (BLOCK.has(name)) boundary = '\n\n';
        else if (LINE_BREAK.has(name) && boundary === '') boundary = '\n';
        if (SKIPPED.has(name)) skipDepth++;
        if (name === 'article' || name === 'main') articleDepth++;
        stack.push({ name, start, tag: text.slice(start, Math.min(parser.endIndex + 1, start + 80)), names: `${attributes.class ?? ''} ${attributes.id ?? ''}`.trim().toLowerCase(), inArticle: articleDepth > (name === 'article' || name === 'main' ? 1 : 0) });
      },
      onclosetag(name, isImplied) {
        if (BLOCK.has(name)) boundary = '\n\n';
        if (SKIPPED.has(name)) skipDepth--;
        if (name === 'article' || name === 'main') articleDepth--;
        const open = stack.pop();
        // Only elements closed by their own end tag have an end we can cut at.
        if (!open || open.name !== name || isImplied || !BLOCK.has(name) || text[open.start] !== '<') return;
        const end = parser.endIndex + 1;
        flush(end);
        boundary = '\n\n'; // what follows the end tag starts a block of its own
        const removal = wholeLines(text, open.start, end);
        if (removal[1] > end) cuts.push(removal[1]);
        elements.push({ name, names: open.names, tag: open.tag, inArticle: open.inArticle, start: open.start, end, removal });
      },
      ontext(data) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const verbatim = text.slice(start, end) === data;
        // Where a block begins or ends, the file's own indentation and line breaks are layout, not text: they go into
        // the markup's paragraph break (no `  Indent` before a paragraph, no lines of spaces between blocks).
        const layout = boundary && skipDepth === 0 && verbatim ? /^\s*/.exec(data)![0].length : 0;
        if (layout === data.length && data.length) return;
        flush(start + layout);
        if (skipDepth > 0) pieces.push({ start, end, as: ' ' });
        else if (!verbatim) pieces.push({ start, end, text: data });
        else if (data.includes('\n')) {
          // The indentation around a line break in running text is the file's layout: a paragraph wrapped in the file
          // reads as wrapped plain text does, its lines without indentation. (Joining its lines into one, as a browser
          // shows them, made line-bounded lookbehinds of some rules scan whole paragraphs.)
          for (const m of data.slice(layout).matchAll(/[^\S\n]*\n[^\S\n]*/g)) {
            if (m[0] === '\n') continue;
            const at = start + layout + m.index;
            pieces.push({ start: at, end: at + m[0].length, text: '\n' });
          }
        }
        cursor = end;
      },
      oncomment(data) {
        // A directive is copied through; the markup before it is flushed so it stays in place.
        if (!data.includes('mtlint-') || skipDepth > 0) return;
        flush(parser.startIndex);
        cursor = parser.endIndex + 1;
      },
    },
    { decodeEntities: true },
  );
  parser.end(text);
  boundary = '\n\n';
  flush(text.length);
  return { pieces, elements };
}

/** The start of the line `at` stands on when only spaces stand before it there, else `at`. */
function lineStartBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return from === 0 || text[from - 1] === '\n' ? from : at;
}

/** [start, end), grown to its whole lines (line break included) when only spaces stand beside it on them. */
function wholeLines(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  let to = end;
  while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
  if ((from === 0 || text[from - 1] === '\n') && (to === text.length || text[to] === '\n' || text[to] === '\r')) {
    if (text[to] === '\r') to++;
    if (text[to] === '\n') to++;
    return [from, to];
  }
  return [start, end];
}
