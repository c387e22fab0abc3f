// repeated-sentence: a sentence that says again, nearly word for word, a sentence a few lines above it (a scraped page
// keeps both its teaser and the lead the teaser was made from, or an MT pipeline emits a paragraph twice, reworded).
import { type Document, isUpperAt } from '../document.js';
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

/** The most first copies looked at (one bit each of a word pair's mask): a page's top holds far fewer sentences. */
const MAX_FIRST_COPIES = 30;

/** A sentence: its span (from its first word, or the quote before it, to its stop and closing marks) and line. */
interface Sentence {
  offset: number;
  length: number;
  line: number;
  /** Whether it is its line's whole text (a whole line repeated word for word is repeated-line's to report). */
  wholeLine: boolean;
  /** How many distinct word pairs it has. */
  pairCount: number;
  /** Its names and figures (words that start with a capital or a digit, not a sentence's opener), hashed. */
  names: Set<number>;
}

export const repeatedSentence = defineKind({
  name: 'repeated-sentence',
  summary: 'A sentence whose word pairs are mostly those of a sentence a few lines above it, naming the same people and figures (`{0}`: its start, `{1}`: the line of the first copy).',
  fields: {
    minWords: { type: 'integer', minimum: 4, default: 10, description: 'The fewest words of a sentence compared (short sentences repeat in any text: `The talks went on.`).' },
    minSimilarity: { type: 'integer', minimum: 50, maximum: 100, default: 80, description: 'How much of two sentences\' word pairs they share, in percent (Dice\'s coefficient), for the second to repeat the first.' },
    firstLines: { type: 'integer', minimum: 1, default: 6, description: `The first copy stands among the document's first this many lines with text (a page's headline, teaser and standfirst, which a scraper keeps beside the body they were cut from), one of their first ${MAX_FIRST_COPIES} sentences. Further down, a text repeats itself on purpose: each item of a list ends \`Available in stores nationwide.\`` },
    maxDistance: { type: 'integer', minimum: 0, default: 30, description: 'How many lines (blank ones included) the second copy may stand below the first: the copies of a page stand close together, while a long report may sum itself up far below.' },
    maxShownChars: { type: 'integer', minimum: 1, default: 60, description: 'The message shows at most this many characters of the sentence, then `…`.' },
    abbreviations: { type: 'string[]', default: [], description: 'Short forms a full stop ends without ending the sentence, as written (`St` in `St. Petersburg`, `Sept`); a single capital is an initial (`J. K. Rowling`, `U.S. troops`).' },
    sentenceOpeners: { type: 'string[]', default: [], description: 'Words capitalised only because they open a sentence (`the`, `however`): a sentence\'s first word is taken for a name unless it is one of these.' },
  },
  fixable: () => false,
  compile(options, rule) {
    const { minWords, minSimilarity, maxDistance, maxShownChars, firstLines } = options;
    const abbreviations = new Set(options.abbreviations);
    const openers = new Set(options.sentenceOpeners.map((w) => w.toLowerCase()));
    /** Whether two sets of word pairs share enough of them (Dice's coefficient, in percent). */
    const similar = (shared: number, a: number, b: number) => 200 * shared >= minSimilarity * (a + b);
    /**
     * Whether a sentence of `words` words, `known` of them in the first copies, may share enough pairs with one: a
     * pair is shared only when both its words are known, and a copy has at least the shared pairs (Dice with the
     * fewest pairs the copy may have).
     */
    const mayBeCopy = (known: number, words: number) => (known - 1) * (200 - minSimilarity) >= minSimilarity * (words - 1);
    // Tables reused from document to document (a check runs to its end before the next starts): allocating them for
    // each of thousands of short articles cost more than the rest of the check.
    const sketches = new Uint8Array(SKETCH_SLOTS);
    const shared = new Int32Array(MAX_FIRST_COPIES);
    const shown = (text: string) => (text.length > maxShownChars ? `${text.slice(0, maxShownChars).trimEnd()}…` : text);

    return (doc) => {
      const { text, lines } = doc;
      const findings: RawFinding[] = [];
      const lastFirst = lastLineOfFirstCopies(doc, firstLines);
      const scanEnd = lines[Math.min(lines.length - 1, lastFirst + maxDistance)]?.end ?? 0;
      // The first copies, and for each word pair a mask of those that hold it: a sentence is compared with those that
      // share a pair with it, counting the shared pairs as the masks are read. The words they use are marked in a small
      // table by a sketch of each (its first and last letters and length): a sentence below is hashed and compared only
      // when most of its words' sketches are marked, which few are.
      const firsts: Sentence[] = [];
      const pairMasks = new Map<number, number>();
      sketches.fill(0);
      const { starts, ends } = doc.words;
      for (const { firstWord, lastWord, offset, stopAt, line } of sentencesOf(doc, scanEnd, minWords, abbreviations)) {
        const isFirstCopy = line <= lastFirst && firsts.length < MAX_FIRST_COPIES;
        if (!isFirstCopy) {
          if (firsts.length === 0) break; // nothing above to repeat
          let known = 0;
          for (let w = firstWord; w <= lastWord; w++) known += sketches[wordSketch(text, starts[w], ends[w])];
          if (!mayBeCopy(known, lastWord - firstWord + 1)) continue;
        }
        const hashes: number[] = [];
        for (let w = firstWord; w <= lastWord; w++) hashes.push(wordHash(text, starts[w], ends[w]));
        shared.fill(0, 0, firsts.length);
        const pairCount = countPairs(hashes, pairMasks, shared, isFirstCopy ? 1 << firsts.length : 0);
        const sentence: Sentence = {
          offset,
          length: stopAt - offset,
          line,
          wholeLine: doc.isBlank({ start: lines[line].start, end: offset }) && doc.isBlank({ start: stopAt, end: lines[line].end }),
          pairCount,
          names: namesOf(doc, hashes, firstWord, openers),
        };
        const first = firsts.find((earlier, f) => isCopy(sentence, earlier, shared[f], maxDistance, similar, text));
        if (first) findings.push({ message: fill(rule.message, [shown(text.slice(first.offset, first.offset + first.length)), String(first.line + 1)]), offset, length: sentence.length });
        if (isFirstCopy) {
          firsts.push(sentence);
          for (let w = firstWord; w <= lastWord; w++) sketches[wordSketch(text, starts[w], ends[w])] = 1;
        }
      }
      return findings;
    };
  },
});

/**
 * Counts into `shared[f]` the word pairs of a sentence (its words' hashes) that first copy `f` holds, each pair once,
 * and returns how many distinct pairs it has. A first copy (`bit`: its own bit in the masks) marks its pairs as it
 * goes, and a mask that already has its bit is a pair it had; another sentence keeps a set of those it had.
 */
function countPairs(hashes: number[], pairMasks: Map<number, number>, shared: Int32Array, bit: number): number {
  const seen = bit ? undefined : new Set<number>();
  let count = 0;
  for (let k = 1; k < hashes.length; k++) {
    const pair = (Math.imul(hashes[k - 1], 0x9e3779b1) ^ hashes[k]) | 0;
    const mask = pairMasks.get(pair) ?? 0;
    if (seen ? seen.has(pair) : mask & bit) continue;
    count++;
    if (seen) seen.add(pair);
    else pairMasks.set(pair, mask | bit);
    for (let m = mask; m !== 0; m &= m - 1) shared[31 - Math.clz32(m & -m)]++;
  }
  return count;
}

/** The index of the last line a first copy may stand on: that of the `firstLines`-th line with text, or the text's last. */
function lastLineOfFirstCopies(doc: Document, firstLines: number): number {
  const { lines } = doc;
  let seen = 0;
  const k = lines.findIndex((line) => !doc.isBlank(line) && ++seen === firstLines);
  return k >= 0 ? k : lines.length - 1;
}

/**
 * Whether `sentence` repeats `earlier`, with which it shares `shared` word pairs: enough of them, within `maxDistance`
 * lines, naming the same people and figures (or some of them: `Amazon did not respond to a request for comment.` is no
 * copy of `Google did not respond to a request for comment.`), and not a whole line printed again word for word.
 */
function isCopy(sentence: Sentence, earlier: Sentence, shared: number, maxDistance: number, similar: (shared: number, a: number, b: number) => boolean, text: string): boolean {
  if (shared === 0 || sentence.line - earlier.line > maxDistance || !similar(shared, sentence.pairCount, earlier.pairCount)) return false;
  if (!namesAgree(sentence.names, earlier.names)) return false;
  return !(sentence.wholeLine && earlier.wholeLine && sameText(text, sentence, earlier));
}

/** Whether the names and figures of one sentence are all in the other's. */
function namesAgree(a: Set<number>, b: Set<number>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const name of small) if (!large.has(name)) return false;
  return true;
}

function sameText(text: string, a: Sentence, b: Sentence): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (text.charCodeAt(a.offset + i) !== text.charCodeAt(b.offset + i)) return false;
  return true;
}

/** A sentence of at least `minWords` words that ends with a stop, as `sentencesOf` yields it. */
interface FoundSentence {
  /** The indexes of its first and last words in `doc.words`. */
  firstWord: number;
  lastWord: number;
  offset: number;
  stopAt: number;
  line: number;
}

/**
 * The sentences of the text up to `until` that end with a stop and have `minWords` words or more (a line without a
 * stop is a headline or a label, which a lead restates on purpose). Read off the document's words: a sentence ends at
 * a stop (and its closing marks) before spaces and a capital or a digit, or at a line's end.
 */
function* sentencesOf(doc: Document, until: number, minWords: number, abbreviations: ReadonlySet<string>): Generator<FoundSentence> {
  const { text, lines } = doc;
  const { count, starts, ends } = doc.words;
  let line = 0;
  let firstWord = 0;
  for (let w = 0; w < count && starts[w] < until; w++) {
    const stopAt = sentenceEndAfter(text, starts[w], ends[w], w + 1 < count ? starts[w + 1] : text.length, abbreviations);
    if (stopAt === undefined) continue;
    const from = firstWord;
    firstWord = w + 1;
    // (A question is left out: a page of questions and answers asks the same thing about one case and the next.)
    if (stopAt < 0 || w + 1 - from < minWords || endsQuestion(text, ends[w], stopAt)) continue;
    while (line + 1 < lines.length && lines[line + 1].start <= starts[from]) line++;
    const offset = starts[from] - (starts[from] > 0 && isOpener(text.charCodeAt(starts[from] - 1)) ? 1 : 0);
    yield { firstWord: from, lastWord: w, offset, stopAt, line };
  }
}

/** The slots of the table of word sketches (a power of two). */
const SKETCH_SLOTS = 1024;

/** A cheap sketch of a word, a slot of the table: its first and last letters without case, and its length. */
function wordSketch(text: string, start: number, end: number): number {
  return ((lowerCode(text.charCodeAt(start)) * 31 + lowerCode(text.charCodeAt(end - 1))) * 31 + end - start) & (SKETCH_SLOTS - 1);
}

/** A letter's code in lower case (as `wordHash` folds it: the sketch and the hash agree on `Ł` and `ł`). */
function lowerCode(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  return c > 0x7f ? String.fromCharCode(c).toLowerCase().charCodeAt(0) : c;
}

/** Whether a question mark stands among the marks that end a sentence (between its last word and its end). */
function endsQuestion(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x3f) return true;
  return false;
}

/** A word's hash, without case (FNV-1a over its code units). */
function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ lowerCode(text.charCodeAt(i)), 0x01000193);
  return h | 0;
}

/**
 * The hashes of a sentence's words that start with a capital or a digit; its first word only when it is no word that
 * opens sentences (`The`, `In`, `However`).
 */
function namesOf(doc: Document, hashes: number[], firstWord: number, openers: ReadonlySet<string>): Set<number> {
  const { text } = doc;
  const { starts, ends } = doc.words;
  const names = new Set<number>();
  for (let k = 0; k < hashes.length; k++) {
    const at = starts[firstWord + k];
    if (!isDigit(text.charCodeAt(at)) && !isUpperAt(text, at)) continue;
    if (k === 0 && openers.has(text.slice(at, ends[firstWord]).toLowerCase())) continue;
    names.add(hashes[k]);
  }
  return names;
}

const isOpener = (c: number) => c === 0x22 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x28; // " “ ‘ « (
const isCloser = (c: number) => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29; // " ” ’ » )
const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026; // . ! ? …
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Where closing marks and stops after `from` end (before `limit`), when a stop is among them; else -1. */
function stopRunEnd(text: string, from: number, limit: number): number {
  let i = from;
  let stop = false;
  for (; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isStop(c)) stop = true;
    else if (!isCloser(c)) break;
  }
  return stop ? i : -1;
}

/**
 * Where the sentence that ends with the word at [start, end) ends (after its stop and closing marks) when the next
 * word, at `next`, starts another one: a stop, spaces, maybe an opening mark, and a capital or a digit; -1 when a line
 * ends there without a stop; undefined when the sentence goes on (`3.5`, `U.S.`, `St. Petersburg`, no stop at all).
 */
function sentenceEndAfter(text: string, start: number, end: number, next: number, abbreviations: ReadonlySet<string>): number | undefined {
  let newline = end;
  while (newline < next && text.charCodeAt(newline) !== 0x0a) newline++;
  if (newline < next) {
    // A line's end ends a sentence: after its last run of stops (`on… .`), or without one.
    let last = -1;
    for (let i = end; i < newline; i++) if (isStop(text.charCodeAt(i))) last = stopRunEnd(text, i, newline);
    return last;
  }
  const stopAt = stopRunEnd(text, end, next);
  if (next >= text.length) return stopAt; // the text's last word
  if (stopAt < 0) return undefined;
  for (let i = stopAt; i < next; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0 && c !== 0x0d && !isOpener(c)) return undefined;
  }
  if (stopAt === next || !(isUpperAt(text, next) || isDigit(text.charCodeAt(next)))) return undefined;
  const word = text.slice(start, end);
  const abbreviation = text.charCodeAt(end) === 0x2e && (abbreviations.has(word) || (word.length === 1 && isUpperAt(text, start)));
  return abbreviation ? undefined : stopAt;
}
