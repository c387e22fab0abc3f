import { escapeJsonText } from './escape.js';
export const FORMATS = ['stylish', 'json', 'compact', 'sarif', 'github', 'junit', 'checkstyle', 'html'];
/**
 * Whether a format quotes the files' text (stylish's code frames, the HTML page's view of each file). The others
 * read only the findings, so a run need not hold every file's text until the report: 100 MB of files would be
 * held as up to 200 MB of strings.
 */
export function readsSource(format) {
    return format === 'stylish' || format === 'html';
}
/**
 * The report in pieces to be written one after the other (the line formats and JSON are made a finding at a time).
 * Each format's module is loaded when it is asked for: a run writes one format, and the others' code (stylish's
 * string-width makes a grapheme segmenter as it loads) stays out of start-up.
 */
export async function formatReport(format, results, context) {
    switch (format) {
        case 'stylish':
            return (await import('./stylish.js')).formatStylish(results, context.color);
        case 'json':
            return escapedPieces((await import('./json.js')).formatJson(results));
        case 'compact':
            return (await import('./compact.js')).formatCompact(results);
        case 'sarif':
            return [escapeJsonText((await import('./sarif.js')).formatSarif(results, context.rules, context.version, context.cwd))];
        case 'github':
            return (await import('./github.js')).formatGithub(results);
        case 'junit':
            return [(await import('./junit.js')).formatJunit(results)];
        case 'checkstyle':
            return [(await import('./checkstyle.js')).formatCheckstyle(results)];
        case 'html':
            return (await import('./html.js')).formatHtml(results, context);
    }
}
function* escapedPieces(pieces) {
    for (const piece of pieces)
        yield escapeJsonText(piece);
}
/** Pieces joined into strings of about `size` characters: few writes, none too long. */
export function* batched(pieces, size = 1 << 20) {
    let batch = '';
    for (const piece of pieces) {
        batch += piece;
        if (batch.length >= size) {
            yield batch;
            batch = '';
        }
    }
    if (batch)
        yield batch;
}
