// A plain-text article and its original (`--source FILE`): paragraphs paired in order when both have as many; the
// bilingual rules then compare each pair as they compare XLIFF units. Paragraphs that do not pair up one to one are
// reported (bilingual/alignment) and not compared: a guess at which paragraph was merged or split would put every
// later finding on the wrong pair.
import type { Unit } from './units.js';
import { codeFree } from './xliff.js';

/** The file an article was translated from. */
export interface Original {
  path: string;
  text: string;
}

/** Blank-line blocks of a text, with their ranges. */
function paragraphs(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)) found.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  return found;
}

export interface Alignment {
  units: Unit[];
  /** How many paragraphs each side has when they do not pair up. */
  mismatch?: { source: number; target: number };
}

export function align(target: string, original: Original): Alignment {
  const ours = paragraphs(target);
  const theirs = paragraphs(original.text);
  if (ours.length !== theirs.length) return { units: [], mismatch: { source: theirs.length, target: ours.length } };
  const segment = (text: string, p: { start: number; end: number }) => {
    const codes: string[] = [];
    return { text: codeFree(text.slice(p.start, p.end), codes), codes, start: p.start, end: p.end };
  };
  return {
    units: ours.map((p, k) => ({ id: `¶${k + 1}`, source: segment(original.text, theirs[k]), target: segment(target, p), start: p.start, end: p.end })),
  };
}
