// repeated-sentence: a sentence that says again, nearly word for word, a sentence a few lines above it (a scraped page
// keeps both its teaser and the lead the teaser was made from, or an MT pipeline emits a paragraph twice, reworded).
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

const isOpener = (c: number) => c === 0x22 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x28; // " “ ‘ « (
const isCloser = (c: number) => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29; // " ” ’ » )
const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026; // . ! ? …
const isUpperOrDigit = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c > 0x7f && String.fromCharCode(c).toLowerCase() !== String.fromCharCode(c));

/** A sentence of the text: its span (from its first word, or the quote before it, to its stop) and line. */
interface Sentence {
  offset: number;
  length: number;
  line: number;
  /** Whether it is its line's whole text (a repeated whole line is repeated-line's), and how many word pairs it has. */
  wholeLine: boolean;
  pairs: number;
}

export const repeatedSentence = defineKind({
  name: 'repeated-sentence',
  summary: 'A sentence whose word pairs are mostly those of a sentence a few lines above it (`{0}`: its start, `{1}`: the line of the first copy).',
  fields: {
    minWords: { type: 'integer', minimum: 4, default: 10, description: 'The fewest words of a sentence compared (short sentences repeat in any text: `The talks went on.`).' },
    minSimilarity: { type: 'integer', minimum: 50, maximum: 100, default: 80, description: 'How much of two sentences\' word pairs they share, in percent (Dice\'s coefficient), for the second to repeat the first.' },
    firstLines: { type: 'integer', minimum: 0, default: 0, description: 'The first copy stands among the document\'s first this many lines with text (a page\'s headline, teaser and standfirst, which a scraper keeps beside the body they were cut from); 0: anywhere. Further down, a text repeats itself on purpose: each item of a list ends `Available in stores nationwide.`' },
    maxDistance: { type: 'integer', minimum: 0, default: 30, description: 'How many lines apart the two may stand: the copies of a page stand close together, while a long report may sum itself up far below.' },
    maxShownChars: { type: 'integer', minimum: 1, default: 60, description: 'The message shows at most this many characters of the sentence, then `…`.' },
  },
  fixable: () => false,
  compile(options, rule) {
    const { minWords, minSimilarity, maxDistance, maxShownChars, firstLines } = options;
    return (doc) => {
      const { text, lines } = doc;
      const findings: RawFinding[] = [];
      // A first copy stands on the lines up to lastFirst (firstLines lines with text), a second within maxDistance below.
      let lastFirst = lines.length - 1;
      if (firstLines > 0) {
        let seen = 0;
        const k = lines.findIndex((line) => !doc.isBlank(line) && ++seen === firstLines);
        if (k >= 0) lastFirst = k;
      }
      const scanEnd = lines[Math.min(lines.length - 1, lastFirst + maxDistance)]?.end ?? 0;
      const { count, starts, ends } = doc.words;
      /** A word's hash, without case (as FNV-1a over its code units). */
      const hashOf = (w: number) => {
        let h = 0x811c9dc5;
        for (let i = starts[w]; i < ends[w]; i++) {
          let c = text.charCodeAt(i);
          if (c >= 0x41 && c <= 0x5a) c |= 0x20;
          else if (c > 0x7f) c = String.fromCharCode(c).toLowerCase().charCodeAt(0);
          h = Math.imul(h ^ c, 0x01000193);
        }
        return h | 0;
      };
      // The first copies, by each word pair they hold (a pair as a number made of its words' hashes): a sentence below
      // is compared with those that share a pair with it, counting the shared pairs as the lists are read.
      const firsts: Sentence[] = [];
      // The words of the first copies: a sentence below that does not hold most of its words among them is no copy
      // (two-thirds at least, for 80 % of shared pairs), and its pairs are not worked out.
      const firstWords = new Set<number>();
      let hashes: Int32Array = new Int32Array(64);
      const byPair = new Map<number, number[]>();
      const shared: number[] = [];
      let line = 0;
      let firstWord = 0;
      for (let w = 0; w < count && starts[w] < scanEnd; w++) {
        if (w - firstWord >= hashes.length) hashes = grown(hashes);
        hashes[w - firstWord] = hashOf(w);
        const stopAt = w + 1 < count ? sentenceEnd(text, starts[w], ends[w], starts[w + 1]) : stopAfter(text, ends[w]);
        if (stopAt === undefined) continue;
        const from = firstWord;
        firstWord = w + 1;
        if (stopAt < 0 || w + 1 - from < minWords) continue; // no stop: a headline, a label, a line cut off
        while (line + 1 < lines.length && lines[line + 1].start <= starts[from]) line++;
        const isFirstCopy = line <= lastFirst;
        if (!isFirstCopy && firsts.length === 0) break; // nothing above to repeat
        const words = w + 1 - from;
        if (!isFirstCopy) {
          let known = 0;
          for (let k = 0; k < words; k++) if (firstWords.has(hashes[k])) known++;
          if (3 * known < 2 * words) continue;
        }
        const offset = starts[from] - (starts[from] > 0 && isOpener(text.charCodeAt(starts[from] - 1)) ? 1 : 0);
        const wholeLine = doc.isBlank({ start: lines[line].start, end: offset }) && doc.isBlank({ start: stopAt, end: lines[line].end });
        // Its word pairs, each counted once, and how many of them each first copy holds.
        const pairs = new Set<number>();
        for (let k = 1; k < words; k++) pairs.add((Math.imul(hashes[k - 1], 0x9e3779b1) ^ hashes[k]) | 0);
        shared.fill(0);
        for (const pair of pairs) for (const f of byPair.get(pair) ?? []) shared[f]++;
        let first: Sentence | undefined;
        for (let f = 0; f < firsts.length && !first; f++) {
          const earlier = firsts[f];
          // Dice's coefficient of the two sets of pairs; a whole line printed again is repeated-line's to report.
          if (200 * shared[f] < minSimilarity * (pairs.size + earlier.pairs) || line - earlier.line > maxDistance) continue;
          if (!(wholeLine && earlier.wholeLine && stopAt - offset === earlier.length && text.startsWith(text.slice(earlier.offset, earlier.offset + earlier.length), offset))) first = earlier;
        }
        if (first) {
          const shown = text.slice(offset, Math.min(stopAt, offset + maxShownChars + 1));
          const message = fill(rule.message, [shown.length > maxShownChars ? `${shown.slice(0, maxShownChars).trimEnd()}…` : shown, String(first.line + 1)]);
          findings.push({ message, offset, length: stopAt - offset });
        }
        if (isFirstCopy) {
          const f = firsts.push({ offset, length: stopAt - offset, line, wholeLine, pairs: pairs.size }) - 1;
          shared.push(0);
          for (let k = 0; k < words; k++) firstWords.add(hashes[k]);
          for (const pair of pairs) {
            const list = byPair.get(pair);
            if (list) list.push(f);
            else byPair.set(pair, [f]);
          }
        }
      }
      return findings;
    };
  },
});

/**
 * Where the sentence that ends with the word at [start, end) ends (after its stop and closing marks), when the next word
 * (at `next`) starts another one: a stop, spaces, maybe an opening mark, and a capital or a digit; -1 when a line ends
 * there without a stop; undefined when the sentence goes on. A stop after a short capitalised word is an abbreviation's
 * (`St. Petersburg`, `Mr. Lee`).
 */
function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function sentenceEnd(text: string, start: number, end: number, next: number): number | undefined {
  // A line's end ends a sentence: after its last stop (`on… .`), or without one (-1).
  let newline = end;
  while (newline < next && text.charCodeAt(newline) !== 0x0a) newline++;
  if (newline < next) {
    let last = -1;
    for (let i = end; i < newline; i++) if (isStop(text.charCodeAt(i))) last = i + 1;
    while (last > 0 && last < newline && isCloser(text.charCodeAt(last))) last++;
    return last;
  }
  let i = end;
  while (i < next && isCloser(text.charCodeAt(i))) i++;
  if (i >= next || !isStop(text.charCodeAt(i))) return undefined;
  while (i < next && (isStop(text.charCodeAt(i)) || isCloser(text.charCodeAt(i)))) i++;
  const stopAt = i;
  let spaces = 0;
  for (; i < next; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x0d) spaces++;
    else if (!isOpener(c)) return undefined; // `3.5`, `U.S.`, `. —`: no sentence's end
  }
  if (spaces === 0 || !isUpperOrDigit(text.charCodeAt(next))) return undefined;
  const abbreviation = end - start <= 3 && text.charCodeAt(end) === 0x2e && isUpperOrDigit(text.charCodeAt(start)) && !/\d/.test(text[start]);
  return abbreviation ? undefined : stopAt;
}

/** Where the text's last sentence ends after its last word's end, or -1 without a stop. */
function stopAfter(text: string, end: number): number {
  let i = end;
  while (i < text.length && isCloser(text.charCodeAt(i))) i++;
  if (i >= text.length || !isStop(text.charCodeAt(i))) return -1;
  while (i < text.length && (isStop(text.charCodeAt(i)) || isCloser(text.charCodeAt(i)))) i++;
  return i;
}
