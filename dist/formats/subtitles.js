// SubRip (.srt) and WebVTT (.vtt): only cue text is prose; each cue is a paragraph of its own.
// Cue numbers, identifiers, timing lines, the WEBVTT header and NOTE/STYLE/REGION blocks are blanked. Styling tags
// (`<i>`, `<v Roger>`, `<c.yellow>`, `<00:01.000>`, SRT's `{\an8}`) vanish; WebVTT's entities are decoded.
import { UsageError } from '../errors.js';
const TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}/;
const TAG = /<[^<>\n]*>|\{\\[^{}\n]*\}/g;
const VTT_ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': '\u00a0', '&lrm;': '\u200e', '&rlm;': '\u200f' };
const VTT_ENTITY = /&(?:amp|lt|gt|nbsp|lrm|rlm);/g;
function linesOf(text) {
    const lines = [];
    for (let start = 0; start <= text.length;) {
        const newline = text.indexOf('\n', start);
        const end = newline === -1 ? text.length : newline;
        lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
        if (newline === -1)
            break;
        start = newline + 1;
    }
    return lines;
}
/** Blocks of lines separated by blank lines. */
function blocksOf(lines) {
    const blocks = [];
    let block = [];
    for (const line of lines) {
        if (line.text.trim() === '') {
            if (block.length)
                blocks.push(block);
            block = [];
        }
        else
            block.push(line);
    }
    if (block.length)
        blocks.push(block);
    return blocks;
}
export function subtitlePieces(text, format, file = '<subtitles>') {
    const lines = linesOf(text);
    const blocks = blocksOf(lines);
    if (format === 'vtt' && !/^WEBVTT(?:[ \t]|$)/.test(blocks[0]?.[0]?.text ?? '')) {
        throw new UsageError([{ file, line: 1, column: 1, message: 'a WebVTT file starts with "WEBVTT"' }]);
    }
    const pieces = [];
    let cursor = 0;
    blocks.forEach((block, k) => {
        const timing = block.findIndex((line) => TIMING.test(line.text));
        // The header and NOTE, STYLE and REGION blocks hold no cue; neither does a block without a timing line.
        if (timing === -1 || (format === 'vtt' && k === 0))
            return;
        if (timing > 1 && format === 'srt') {
            const line = lines.indexOf(block[0]) + 1;
            throw new UsageError([{ file, line, column: 1, message: 'expected a cue number and a timing line ("00:00:01,000 --> 00:00:02,000")' }]);
        }
        const first = block[timing + 1];
        if (!first)
            return;
        pieces.push({ start: cursor, end: first.start, as: '\n\n' });
        const inCue = [];
        for (const line of block.slice(timing + 1)) {
            const raw = text.slice(line.start, line.start + line.text.length);
            for (const m of raw.matchAll(TAG))
                inCue.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, text: '' });
            if (format === 'vtt' && raw.includes('&')) {
                for (const m of raw.matchAll(VTT_ENTITY))
                    inCue.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, text: VTT_ENTITIES[m[0]] });
            }
        }
        pieces.push(...inCue.sort((a, b) => a.start - b.start));
        const last = block[block.length - 1];
        cursor = last.start + last.text.length;
    });
    if (cursor < text.length)
        pieces.push({ start: cursor, end: text.length, as: '\n\n' });
    return pieces;
}
