// gettext PO (and POT): only the msgstr strings are prose. Read line by line, as the format is.
// - Comments, keywords, msgctxt and msgid are blanked; each msgstr starts a paragraph of its own.
// - The quotes and line breaks between the string literals of one msgstr vanish, so its lines read as one text;
//   escapes (`\"`, `\n`) are decoded for the rules and kept in the file; placeholders (`%s`, `{0}`) are blanked.
// A malformed line is an error naming its line and column.
import { UsageError } from '../errors.js';
import { placeholdersIn } from './units.js';
import { codeFree } from './xliff.js';
const ESCAPES = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v' };
const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[^\S\n]+(?=")/;
export function poPieces(text, file = '<po>') {
    const pieces = [];
    const units = [];
    let cursor = 0;
    let entry = [];
    let entryStart = 0;
    let lineNumber = 0;
    const endEntry = (end) => {
        if (entry.length)
            units.push(...unitsOf(text, entry, entryStart, end));
        entry = [];
    };
    for (let start = 0; start < text.length; lineNumber++) {
        const newline = text.indexOf('\n', start);
        const lineEnd = newline === -1 ? text.length : newline;
        const line = text.slice(start, lineEnd).replace(/\r$/, '');
        const trimmed = line.trimStart();
        const indent = line.length - trimmed.length;
        if (trimmed === '' || trimmed.startsWith('#')) {
            // A comment or a blank line ends the entry before it (comments belong to the next one).
            if (entry.length && entry.some((f) => f.keyword.startsWith('msgstr')))
                endEntry(start);
        }
        else {
            const keyword = KEYWORD.exec(trimmed);
            const literalAt = start + indent + (keyword ? keyword[0].length : 0);
            if (!keyword && !trimmed.startsWith('"'))
                throw poError(file, lineNumber, indent, `expected msgid, msgstr or a quoted string, found "${trimmed.slice(0, 20)}"`);
            if (keyword?.[1] === 'msgid' || keyword?.[1] === 'msgctxt') {
                if (entry.some((f) => f.keyword.startsWith('msgstr')))
                    endEntry(start);
                if (!entry.length)
                    entryStart = start;
            }
            const literal = readLiteral(text, literalAt, start + line.length, file, lineNumber);
            if (keyword)
                entry.push({ keyword: keyword[1], literals: [literal] });
            else if (entry.length)
                entry[entry.length - 1].literals.push(literal);
            else
                throw poError(file, lineNumber, indent, 'a quoted string continues no msgid or msgstr');
        }
        start = newline === -1 ? text.length : newline + 1;
    }
    endEntry(text.length);
    // Pieces: everything but msgstr literals is blanked; the joins between one msgstr's literals vanish.
    for (const unit of units) {
        const literals = unit.targetLiterals;
        if (!literals?.length)
            continue;
        // The source's own blank piece lets a finding cover it whole (a target left empty is reported there).
        const source = unit.source;
        if (source.start >= cursor && source.end <= literals[0].start) {
            pieces.push({ start: cursor, end: source.start, as: '\n\n' }, { start: source.start, end: source.end, as: '\n\n' });
            cursor = source.end;
        }
        pieces.push({ start: cursor, end: literals[0].start, as: '\n\n' });
        literals.forEach((literal, k) => {
            if (k > 0)
                pieces.push({ start: literals[k - 1].end, end: literal.start, text: '' });
            pieces.push(...literalPieces(text, literal));
        });
        cursor = literals[literals.length - 1].end;
        delete unit.targetLiterals;
    }
    if (cursor < text.length)
        pieces.push({ start: cursor, end: text.length, as: '\n\n' });
    return { pieces: pieces.filter((p) => p.end > p.start || p.text !== undefined), units };
}
/** The units of one entry: one per msgstr (msgstr[1] and on translate msgid_plural). */
function unitsOf(text, entry, start, end) {
    const field = (name) => entry.find((f) => f.keyword === name);
    const msgid = field('msgid');
    // The header (msgid "") is metadata, not a translation.
    const decoded = (f) => f.literals.map((l) => unescape(text.slice(l.start, l.end))).join('');
    if (!msgid || decoded(msgid) === '')
        return [];
    const context = field('msgctxt');
    const id = (context ? `${decoded(context)}\u0004` : '') + decoded(msgid);
    const plural = field('msgid_plural');
    return entry
        .filter((f) => f.keyword.startsWith('msgstr'))
        .map((f) => {
        const n = Number(/\[(\d+)\]/.exec(f.keyword)?.[1] ?? 0);
        const source = segmentOf(text, (n > 0 && plural ? plural : msgid).literals);
        return { id: n > 0 ? `${id}[${n}]` : id, source, target: segmentOf(text, f.literals), start, end, targetLiterals: f.literals };
    });
}
function segmentOf(text, literals) {
    const codes = [];
    const decoded = literals.map((l) => unescape(text.slice(l.start, l.end))).join('');
    return { text: codeFree(decoded, codes), codes, start: literals[0].start, end: literals[literals.length - 1].end };
}
/** A literal's pieces: escapes replaced by what they stand for, placeholders blanked. */
function literalPieces(text, literal) {
    const pieces = [];
    const raw = text.slice(literal.start, literal.end);
    const placeholders = placeholdersIn(raw);
    for (let i = raw.indexOf('\\'); i !== -1; i = raw.indexOf('\\', i + 2)) {
        if (placeholders.some((p) => p.start <= i && i < p.end))
            continue;
        pieces.push({ start: literal.start + i, end: literal.start + i + 2, text: ESCAPES[raw[i + 1]] ?? raw[i + 1] });
    }
    for (const p of placeholders)
        pieces.push({ start: literal.start + p.start, end: literal.start + p.end });
    return pieces.sort((a, b) => a.start - b.start);
}
function unescape(raw) {
    return raw.replace(/\\(.)/g, (_, c) => ESCAPES[c] ?? c);
}
/** The quoted string at `at` (the rest of the line may hold only spaces). */
function readLiteral(text, at, lineEnd, file, line) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (text[at] !== '"')
        throw poError(file, line, at - lineStart, 'expected a quoted string');
    let i = at + 1;
    while (i < lineEnd && text[i] !== '"')
        i += text[i] === '\\' ? 2 : 1;
    if (i >= lineEnd)
        throw poError(file, line, at - lineStart, 'unterminated string');
    if (text.slice(i + 1, lineEnd).trim() !== '')
        throw poError(file, line, i + 1 - lineStart, 'unexpected text after the string');
    return { start: at + 1, end: i };
}
function poError(file, line, column, message) {
    return new UsageError([{ file, line: line + 1, column: column + 1, message }]);
}
