// Message and fix templates: `{0}` is the whole match, `{1}`… the groups, `{name}` a named group.
export function fill(template, match) {
    const named = 'groups' in match ? match.groups : undefined;
    return template.replace(/\{(\w+)\}/g, (whole, key) => {
        if (/^\d+$/.test(key))
            return match[Number(key)] ?? ''; // an unmatched group is empty
        return named ? (named[key] ?? '') : whole; // braces in a pattern without named groups are text
    });
}
/** Give `replacement` the capitalisation of `original`: `ALL CAPS`, `Capitalised`, or as written. */
export function matchCase(original, replacement) {
    const letters = original.replace(/[^\p{L}]/gu, '');
    if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
        return replacement.toUpperCase();
    }
    const first = original.charAt(0);
    if (first !== first.toLowerCase())
        return replacement.charAt(0).toUpperCase() + replacement.slice(1);
    return replacement;
}
/** Escape text for use inside a RegExp. */
export function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
/** A regex source matching any of `phrases` as whole words, spaces matching any whitespace run. */
export function phraseAlternation(phrases) {
    const sorted = [...phrases].sort((a, b) => b.length - a.length);
    const body = sorted.map((p) => escapeRegex(p.trim()).replace(/\s+/g, '\\s+')).join('|');
    return `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
}
