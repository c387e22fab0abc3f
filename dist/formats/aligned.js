import { codeFree } from './xliff.js';
/** Blank-line blocks of a text, with their ranges. */
function paragraphs(text) {
    const found = [];
    for (const m of text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g))
        found.push({ start: m.index, end: m.index + m[0].trimEnd().length });
    return found;
}
export function align(target, original) {
    const ours = paragraphs(target);
    const theirs = paragraphs(original.text);
    if (ours.length !== theirs.length)
        return { units: [], mismatch: { source: theirs.length, target: ours.length } };
    const segment = (text, p) => {
        const codes = [];
        return { text: codeFree(text.slice(p.start, p.end), codes), codes, start: p.start, end: p.end };
    };
    return {
        units: ours.map((p, k) => ({ id: `¶${k + 1}`, source: segment(original.text, theirs[k]), target: segment(target, p), start: p.start, end: p.end })),
    };
}
