// What in any text is not prose: web and e-mail addresses. Findings that touch them are dropped. Also the range
// helpers the engine uses for every stretch that is not prose (formats find theirs in src/formats/).
/** Marks that end a sentence rather than an address (`see https://example.com.`). */
const TRAILING = /[.,;:!?'’)\]。，、；：！？）」』】]+$/u;
/** What an address runs on through: anything but spaces, angle brackets and quotes. */
const ADDRESS_CHAR = /[^\s<>"“”]/u;
const SCHEME = /(?:https?|ftp)$/i;
/** A character before `www.` that makes it part of a longer token (`xwww.`, `a.www.`, `/www.`). */
const INSIDE_ADDRESS = /[\p{L}\p{N}./]/u;
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
/** Front matter at the top of a Markdown file (where a file-wide directive must not go before). */
export const FRONT_MATTER = /^\uFEFF?(---|\+\+\+)[^\S\n]*\r?\n[\s\S]*?\r?\n\1[^\S\n]*(?:\r?\n|$)/;
/** The addresses of a text, sorted and not overlapping. */
export function nonProse(text) {
    // Most articles are plain text without an address: nothing to build.
    if (!text.includes('://') && !text.includes('www.') && !text.includes('@'))
        return [];
    return normalise(addresses(text));
}
/** Two sorted lists of ranges as one, sorted and merged where they overlap. */
export function mergeRanges(a, b) {
    if (!b.length)
        return [...a];
    return normalise([...a, ...b].map(([s, e]) => [s, e]));
}
/**
 * Web addresses (`https://…`, `www.…`) and e-mail addresses. Found from their `://`, `www.` or `@` with indexOf and
 * grown outwards by hand: a regex starting at a letter class backtracks over every word of a long text.
 */
function addresses(text) {
    const found = [];
    const runEnd = (from) => {
        let end = from;
        while (end < text.length && ADDRESS_CHAR.test(text[end]))
            end++;
        return end;
    };
    for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
        const scheme = SCHEME.exec(text.slice(Math.max(0, at - 5), at))?.[0];
        if (scheme)
            found.push([at - scheme.length, trimmedEnd(text, at - scheme.length, runEnd(at + 3))]);
    }
    for (let at = text.indexOf('www.'); at !== -1; at = text.indexOf('www.', at + 4)) {
        if (at > 0 && INSIDE_ADDRESS.test(text[at - 1]))
            continue;
        const end = trimmedEnd(text, at, runEnd(at + 4));
        if (text.slice(at + 4, end).includes('.'))
            found.push([at, end]);
    }
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
        let start = at;
        while (start > 0 && EMAIL_LOCAL.test(text[start - 1]))
            start--;
        const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256))?.[0];
        if (start < at && domain)
            found.push([start, trimmedEnd(text, start, at + 1 + domain.length)]);
    }
    return found;
}
/** The end of the address at [start, end) without the marks that end the sentence after it. */
function trimmedEnd(text, start, end) {
    return end - (TRAILING.exec(text.slice(start, end))?.[0].length ?? 0);
}
/** The text with each range's characters turned into spaces, line breaks kept. */
export function blank(text, ranges) {
    if (!ranges.length)
        return text;
    let out = '';
    let at = 0;
    for (const [start, end] of ranges) {
        out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
        at = end;
    }
    return out + text.slice(at);
}
/** Whether [start, end) touches any of the sorted ranges (an empty stretch, the character at `start`). */
export function touches(ranges, start, end) {
    const k = firstEndingAfter(ranges, start);
    return k < ranges.length && ranges[k][0] < Math.max(end, start + 1);
}
/**
 * Whether [start, end) cuts into any of the sorted ranges: overlaps one without holding all of it. Whole lines of page
 * furniture may hold an address (`Read more: https://…`); they must not end or start inside one.
 */
export function cutsInto(ranges, start, end) {
    for (let k = firstEndingAfter(ranges, start); k < ranges.length && ranges[k][0] < Math.max(end, start + 1); k++) {
        if (ranges[k][0] < start || ranges[k][1] > end)
            return true;
    }
    return false;
}
/** The index of the first range that ends after `at`. */
function firstEndingAfter(ranges, at) {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ranges[mid][1] <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Sort the ranges and merge overlapping ones, in place. */
function normalise(ranges) {
    ranges.sort((a, b) => a[0] - b[0]);
    let k = 0;
    for (const r of ranges) {
        if (k > 0 && r[0] < ranges[k - 1][1])
            ranges[k - 1][1] = Math.max(ranges[k - 1][1], r[1]);
        else
            ranges[k++] = r;
    }
    ranges.length = k;
    return ranges;
}
