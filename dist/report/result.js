function range(doc, offset, length) {
    const start = doc.position(offset);
    const end = doc.position(offset + length);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
/**
 * Findings with lines and columns from `doc`, the linted file; a related span in another file (the original of
 * `--source`) is placed in `original`.
 * Built field by field, not by spreading: a text can hold a million findings, and objects of one shape are several
 * times smaller and faster to make.
 */
export function positionFindings(doc, findings, original) {
    return findings.map((f) => {
        const start = doc.position(f.offset);
        const end = doc.position(f.offset + f.length);
        const positioned = {
            rule: f.rule,
            severity: f.severity,
            category: f.category,
            message: f.message,
            offset: f.offset,
            length: f.length,
            line: start.line,
            column: start.column,
            endLine: end.line,
            endColumn: end.column,
            text: doc.text.slice(f.offset, f.offset + f.length),
        };
        if (f.fix)
            [positioned.fix, positioned.fixRange] = [f.fix, range(doc, f.fix.offset, f.fix.length)];
        if (f.suggestions)
            positioned.suggestions = f.suggestions;
        if (f.related) {
            const where = f.related.path !== undefined && original ? original : doc;
            positioned.related = { ...f.related, ...range(where, f.related.offset, f.related.length), text: where.text.slice(f.related.offset, f.related.offset + f.related.length) };
        }
        if (f.suggestionEdits)
            [positioned.suggestionEdits, positioned.suggestionRanges] = [f.suggestionEdits, f.suggestionEdits.map((e) => range(doc, e.offset, e.length))];
        return positioned;
    });
}
/** The pseudo-rule of a file that could not be linted. */
export const FILE_ERROR_RULE = 'mtlint/file-error';
/** A file that could not be linted, as a fatal finding per problem: at the bad byte when that is known. */
export function fileErrorResult(path, problems) {
    const findings = problems.map((problem) => {
        const [line, column, offset] = [problem.line ?? 1, problem.column ?? 1, problem.offset ?? 0];
        return { rule: FILE_ERROR_RULE, severity: 'error', category: 'input', message: problem.message, offset, length: 0, line, column, endLine: line, endColumn: column, text: '', fatal: true };
    });
    return { path, source: '', findings };
}
const KEY = { error: 'errors', warning: 'warnings', info: 'infos' };
export function summarize(results) {
    const summary = { files: results.length, errors: 0, warnings: 0, infos: 0, fixable: 0, fixed: 0, previewed: false };
    for (const r of results) {
        summary.fixed += r.fixed ?? 0;
        summary.previewed ||= r.previewed ?? false;
        for (const f of r.findings) {
            summary[KEY[f.severity]]++;
            if (f.fix)
                summary.fixable++;
        }
    }
    return summary;
}
