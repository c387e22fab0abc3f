// Translation units of bilingual files (XLIFF, PO): what a source says and what its target says, with file ranges.
/**
 * Placeholders in a string: printf (`%s`, `%1$d`, `%(name)s`), .NET and ICU style (`{0}`, `{name}`), double-brace
 * templates (`{{name}}`). They are code, not words: protected from fixes and compared between source and target.
 */
export const PLACEHOLDER = /%(?:\d+\$)?(?:\([\w.]+\))?[-+0#]*\d*(?:\.\d+)?[sdifuxXeEgGcp@](?![\p{L}\p{N}])|\{\{\s*[\w.]+\s*\}\}|\{\d+(?:,[^{}\n]*)?\}|\{[A-Za-z_][\w.]*\}/gu;
/** The placeholders of a text, with their offsets. */
export function placeholdersIn(text) {
    if (!text.includes('%') && !text.includes('{'))
        return [];
    return Array.from(text.matchAll(PLACEHOLDER), (m) => ({ start: m.index, end: m.index + m[0].length, code: m[0] }));
}
