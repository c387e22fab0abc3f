// repetition: a word or short phrase written twice in a row (`by by`, `policy, policy`).
import { type Document, isSpaceCode } from '../document.js';
import type { Edit, RawFinding } from '../types.js';
import { compileRegex } from './fields.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

// What may stand between the copies: whitespace with at most one line break, a comma, or either. (Each optional part
// starts with its mark, so a long run of spaces before something else fails in one pass: written `[^\S\n]*\n?[^\S\n]*`,
// 100,000 spaces before a dash were split every way and took 12 s.)
const GAPS: Record<string, RegExp> = {
  space: /^[^\S\n]*(?:\n[^\S\n]*)?$/u,
  comma: /^[^\S\n]*,[^\S\n]*(?:\n[^\S\n]*)?$/u,
  either: /^[^\S\n]*(?:,[^\S\n]*)?(?:\n[^\S\n]*)?$/u,
};
/** Words that start no idiom running on (`side by side by`): a phrase of them said twice is a doubling. */
const GRAMMAR_WORDS = new Set(['not', 'to', 'the', 'a', 'an', 'of', 'in', 'on', 'and', 'or', 'for', 'with', 'that', 'it', 'is', 'was', 'be']);
const UPPER_START = /^\p{Lu}/u;
const NUMBER = /^[\p{N} ]+$/u;

export const repetition = defineKind({
  name: 'repetition',
  summary: 'A word or phrase of up to `maxWords` words repeated back to back, also across a line break.',
  fields: {
    maxWords: { type: 'integer', minimum: 1, default: 1, description: 'The longest repeated phrase looked for, in words.' },
    separator: { type: 'string', values: ['space', 'comma', 'either'], default: 'space', description: 'What stands between the copies: whitespace (`by by`), a comma (`policy, policy`), or either.' },
    exceptions: { type: 'string[]', default: [], description: 'Repeats that are good English (`had had`, `that that`), compared without case.' },
    linkWords: { type: 'string[]', default: [], description: 'A repeated phrase ending in one of these is an idiom running on (`from time to time to`, `side by side by`).' },
    precededBy: { type: 'regex', description: 'Only repeats whose first copy follows text matching this (tested right before it): a mid-sentence repeat is a slip where one opening a line is mostly a vocative or an exclamation (`My friend, my friend`).' },
    contextChars: { type: 'integer', minimum: 1, default: 40, description: 'How many characters before the first copy `precededBy`, and after the second `followedBy`, is tested on.' },
    runs: { type: 'boolean', default: true, description: 'Whether a third copy (`jingle, jingle, jingle`) is reported too; false takes it for a rhetorical run.' },
    followedBy: { type: 'regex', description: 'Only repeats whose second copy is followed by text matching this (tested right after it): `policy, policy and` is a slip where `meetings, meetings of the board` lists two kinds.' },
  },
  fixable: () => true,
  compile(options, rule) {
    const maxWords = options.maxWords;
    const separator = options.separator;
    const gap = GAPS[separator];
    const exceptions = new Set(options.exceptions.map((e) => e.toLowerCase().replace(/\s+/g, ' ')));
    const linkWords = new Set(options.linkWords.map((w) => w.toLowerCase()));
    const contextRegex = (source: string | undefined, wrap: (source: string) => string) => (source === undefined ? undefined : compileRegex(wrap(source)));
    const precededBy = contextRegex(options.precededBy, (source) => `(?:${source})$`);
    const followedBy = contextRegex(options.followedBy, (source) => `^(?:${source})`);
    const runs = options.runs;
    const commaOnly = separator === 'comma';
    return (doc) => {
      const { text } = doc;
      const { count, starts, ends } = doc.words;
      const findings: RawFinding[] = [];
      // With a comma between the copies, only words a comma follows can end a first copy: the commas are found by
      // indexOf, which costs far less than a walk over every word while the code is still cold.
      const firstWords = commaOnly ? wordsBeforeCommas(doc, maxWords) : undefined;
      let next = 0; // the first word a new repeat may start at (the words of one found are not looked at again)
      for (let k = 0, total = firstWords ? firstWords.length : count; k < total; k++) {
        const i = firstWords ? firstWords[k] : k;
        if (i < next) continue;
        const length = ends[i] - starts[i];
        for (let n = 1; n <= maxWords && i + 2 * n <= count; n++) {
          // Cheap tests first: this loop runs for every word of the document.
          if (ends[i + n] - starts[i + n] !== length || !sameWord(doc, i, i + n)) continue;
          const firstEnd = ends[i + n - 1];
          const secondStart = starts[i + n];
          const end = ends[i + 2 * n - 1];
          if (!sameUnit(doc, i, n) || !gap.test(text.slice(firstEnd, secondStart))) continue;
          const unit = text.slice(starts[i], firstEnd);
          // A capitalised repeat is a name (`Duran Duran`), numbers are data; neither is an MT slip. (But an article or a
          // preposition capitalised twice opens a sentence twice: `The The Chancellor`.)
          if ((UPPER_START.test(text.slice(secondStart, secondStart + 2)) && !(n === 1 && GRAMMAR_WORDS.has(unit.toLowerCase()))) || NUMBER.test(unit) || exceptions.has(unit.toLowerCase())) continue;
          // `head-on on`: the first copy ends a hyphenated compound.
          if (text.charAt(starts[i] - 1) === '-') continue;
          // (An idiom runs on from a word of content, `time to time to`; `not to not to` is a phrase doubled.)
          if (n > 1 && linkWords.has(doc.word(i + n - 1).toLowerCase()) && !GRAMMAR_WORDS.has(doc.word(i).toLowerCase())) continue;
          if (precededBy && !precededBy.test(text.slice(Math.max(0, starts[i] - options.contextChars), starts[i]))) continue;
          if (followedBy && !followedBy.test(text.slice(end, end + options.contextChars))) continue;
          if (!runs && isRun(doc, i, n, gap)) {
            next = i + 2 * n; // the rest of the run is no slip either
            break;
          }
          findings.push({
            message: fill(rule.message, [text.slice(starts[i], end), unit]),
            offset: starts[i],
            length: end - starts[i],
            fix: removal(text, firstEnd, secondStart, end),
          });
          next = i + 2 * n;
          break;
        }
      }
      return findings;
    };
  },
});

/** Where a phrase of up to maxWords words that a comma follows may start, in order: each word a comma follows, and the words up to maxWords - 1 before it. */
function wordsBeforeCommas(doc: Document, maxWords: number): number[] {
  const { text } = doc;
  const { count, ends } = doc.words;
  const found: number[] = [];
  let lo = 0; // no word before this one ends after the commas already seen
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) {
    // The last word ending before the comma, by binary search from where the last comma left off.
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    if (last < 0 || !isBlankBetween(text, ends[last], at)) continue;
    const from = Math.max(0, last - maxWords + 1, found.length ? found[found.length - 1] + 1 : 0);
    for (let first = from; first <= last; first++) found.push(first);
  }
  return found;
}

/** Whether only spaces and tabs (no line break) stand between `from` and `to`. */
function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** Word a equals word b without case; compared in place, as this runs for every word of the document. */
function sameWord(doc: Document, a: number, b: number): boolean {
  const { text } = doc;
  const { starts, ends } = doc.words;
  const length = ends[a] - starts[a];
  if (length !== ends[b] - starts[b]) return false;
  for (let k = 0; k < length; k++) {
    const x = text.charCodeAt(starts[a] + k);
    const y = text.charCodeAt(starts[b] + k);
    if (x === y) continue;
    if (x < 128 && y < 128) {
      if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
    } else {
      return text.slice(starts[a], ends[a]).toLowerCase() === text.slice(starts[b], ends[b]).toLowerCase();
    }
  }
  return true;
}

/** Whether a third copy of the n words from i stands after the second or before the first. */
function isRun(doc: Document, i: number, n: number, gap: RegExp): boolean {
  const { count, starts, ends } = doc.words;
  // The n words from a equal the n after them, with a gap that counts between.
  const copies = (a: number) => a >= 0 && a + 2 * n <= count && sameUnit(doc, a, n) && gap.test(doc.text.slice(ends[a + n - 1], starts[a + n]));
  return copies(i + n) || copies(i - n);
}

/** The n words from i equal the n words after them (without case), each phrase written with plain spaces inside. */
function sameUnit(doc: Document, i: number, n: number): boolean {
  const { starts, ends } = doc.words;
  for (let k = 0; k < n; k++) {
    if (!sameWord(doc, i + k, i + n + k)) return false;
    if (k > 0 && (!/^\s+$/.test(doc.text.slice(ends[i + k - 1], starts[i + k])) || !/^\s+$/.test(doc.text.slice(ends[i + n + k - 1], starts[i + n + k])))) {
      return false;
    }
  }
  return true;
}

/**
 * The edit that deletes the second copy. On one line the gap before it goes (`policy, policy and` → `policy and`).
 * Across a line break, when the copy ends its line, the line break before it goes with it (`the\r\nthe\r\n` →
 * `the\r\n`); otherwise the copy and the spaces after it go, so the line break stays (`the\nthe states` →
 * `the\nstates`). Neither cuts a CR LF in two (which --fix would refuse as splitting a grapheme cluster).
 */
function removal(text: string, firstEnd: number, secondStart: number, secondEnd: number): Edit {
  if (!text.slice(firstEnd, secondStart).includes('\n')) return { offset: firstEnd, length: secondEnd - firstEnd, text: '' };
  let after = secondEnd;
  while (after < text.length && text[after] !== '\n' && text[after] !== '\r' && isSpaceCode(text.charCodeAt(after))) after++;
  const endsLine = after === text.length || text[after] === '\n' || text[after] === '\r';
  return endsLine ? { offset: firstEnd, length: after - firstEnd, text: '' } : { offset: secondStart, length: after - secondStart, text: '' };
}
