import { FRONT_MATTER } from '../markup.js';
/** LSP's DiagnosticSeverity: Error 1, Warning 2, Information 3. */
const SEVERITY = { error: 1, warning: 2, info: 3 };
export const SOURCE = 'mtlint';
import { splitsCluster } from '../fix.js';
const QUICK_FIX = 'quickfix';
const rangeOf = (doc, offset, length) => ({ start: doc.positionAt(offset), end: doc.positionAt(offset + length) });
/**
 * An edit as a TextEdit that changes exactly the same characters. An LSP position cannot stand between the \r and
 * the \n of a line break, so an edit that starts or ends there takes in the other half and puts it back.
 */
function textEdit(doc, text, { offset, length, text: replacement }) {
    let [start, end, newText] = [offset, offset + length, replacement];
    if (text[start - 1] === '\r' && text[start] === '\n')
        [start, newText] = [start - 1, `\r${newText}`];
    if (end > start && text[end - 1] === '\r' && text[end] === '\n')
        [end, newText] = [end + 1, `${newText}\n`];
    return { range: rangeOf(doc, start, end - start), newText };
}
export function toDiagnostic(doc, f) {
    const diagnostic = { range: rangeOf(doc, f.offset, f.length), severity: SEVERITY[f.severity], code: f.rule, source: SOURCE, message: f.message };
    // The source a bilingual finding compares its target with, when it is in this document (a unit's source).
    if (f.related && f.related.path === undefined)
        diagnostic.relatedInformation = [{ location: { uri: doc.uri, range: rangeOf(doc, f.related.offset, f.related.length) }, message: f.related.label }];
    return diagnostic;
}
const quote = (s) => JSON.stringify(s.length > 40 ? `${s.slice(0, 18)}…${s.slice(-18)}` : s);
/**
 * The actions for one finding: its fix (preferred), each suggestion in place of the flagged text, and turning
 * its rule off for its line or for the whole file with a directive comment.
 */
export function codeActionsFor(doc, f, format) {
    const text = doc.getText();
    const diagnostic = toDiagnostic(doc, f);
    const action = (title, edit, isPreferred = false) => ({
        title,
        kind: QUICK_FIX,
        diagnostics: [diagnostic],
        ...(isPreferred ? { isPreferred } : {}),
        edit: { changes: { [doc.uri]: [edit] } },
    });
    const actions = [];
    // A fix --fix would skip, as it splits a grapheme cluster (a CRLF, an emoji sequence), is not offered either.
    if (f.fix && !splitsCluster(text, f.fix.offset) && !splitsCluster(text, f.fix.offset + f.fix.length)) {
        const { offset, length, text: replacement } = f.fix;
        const title = replacement ? `Fix: ${quote(text.slice(offset, offset + length))} → ${quote(replacement)}` : `Fix: remove ${quote(text.slice(offset, offset + length))}`;
        actions.push(action(title, textEdit(doc, text, f.fix), true));
    }
    for (const suggestion of f.suggestions ?? [])
        actions.push(action(`Replace with ${quote(suggestion)}`, textEdit(doc, text, { offset: f.offset, length: f.length, text: suggestion })));
    const lineEnd = endOfLine(text, f.offset);
    actions.push(action(`Disable ${f.rule} for this line`, { range: rangeOf(doc, lineEnd, 0), newText: ` <!-- mtlint-disable-line ${f.rule} -->` }));
    const top = startOfBody(text, format);
    const lineBreak = lineBreakOf(text);
    const directive = `${top.afterLine ? lineBreak : ''}<!-- mtlint-disable ${f.rule} -->${lineBreak}`;
    actions.push(action(`Disable ${f.rule} for this file`, { range: rangeOf(doc, top.offset, 0), newText: directive }));
    return actions;
}
/** Where the line holding `offset` ends, before its line break. */
function endOfLine(text, offset) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0)
        return text.length;
    return newline > 0 && text[newline - 1] === '\r' ? newline - 1 : newline;
}
/**
 * Where a file-wide directive goes: the top, after a BOM and (in Markdown) after front matter, which must stay
 * first; `afterLine` when that is the end of a last line with no line break of its own.
 */
function startOfBody(text, format) {
    const front = format === 'markdown' ? FRONT_MATTER.exec(text) : null;
    if (front)
        return { offset: front[0].length, afterLine: !front[0].endsWith('\n') };
    return { offset: text.startsWith('\uFEFF') ? 1 : 0, afterLine: false };
}
/** The file's own line break, so a directive line does not bring a second style into it. */
function lineBreakOf(text) {
    return /\r\n/.test(text.slice(0, 10_000)) ? '\r\n' : '\n';
}
