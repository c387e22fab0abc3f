// Input formats: which format a file is in, and the text its rules read (see projection.ts for the model).
import { align } from './aligned.js';
import { htmlPieces } from './html.js';
import { markdownPieces } from './markdown.js';
import { poPieces } from './po.js';
import { project } from './projection.js';
import { subtitlePieces } from './subtitles.js';
import { xliffPieces } from './xliff.js';
export const INPUT_FORMATS = ['text', 'markdown', 'html', 'xliff', 'po', 'srt', 'vtt'];
/** Formats whose file is a set of separate strings (translation units, subtitle cues), not a page read top to bottom. */
export const UNIT_FORMATS = new Set(['xliff', 'po', 'srt', 'vtt']);
/** File extensions (lower case, no dot) and the format each names; directory walks take these. */
export const EXTENSIONS = {
    txt: 'text',
    md: 'markdown',
    markdown: 'markdown',
    mdx: 'markdown',
    html: 'html',
    htm: 'html',
    xhtml: 'html',
    xlf: 'xliff',
    xliff: 'xliff',
    po: 'po',
    pot: 'po',
    srt: 'srt',
    vtt: 'vtt',
};
/** The format a path's extension names; plain text for any other. */
export function formatOf(path) {
    const dot = path.lastIndexOf('.');
    return (dot > path.lastIndexOf('/') && EXTENSIONS[path.slice(dot + 1).toLowerCase()]) || 'text';
}
/** A plain-text article read with its original: no markup, paragraphs paired with the original's as units. */
export function readAligned(text, original) {
    const { units, mismatch } = align(text, original);
    return { format: 'text', file: text, projection: project(text, []), units, elements: [], original, mismatch };
}
/** Read a file in a format other than plain text. Malformed input throws a UsageError naming line and column. */
export function readFormat(text, format, file) {
    let units = [];
    let elements = [];
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
const views = new WeakMap();
export function attachView(doc, view) {
    views.set(doc, view);
}
/** The format view of a document, when it was read from a file in a format with structure. */
export function viewOf(doc) {
    return views.get(doc);
}
