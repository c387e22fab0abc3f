// language-run: a run of words of another Latin-script language (`respalda a gobierno de AMLO tras asalto`), found by
// how its words score against English: the function words of other languages and words in no English dictionary,
// with no English function word among them (the stopword density that language identifiers and jusText read).
import { type Document, isLowerAt } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { compileRegex } from './fields.js';
import { defineKind } from './kind.js';
import { antipatternSpans, covers } from './spans.js';
import { fill } from './template.js';

/** What a word says about the language of the words around it. */
export type Evidence = 'foreign' | 'unknown' | 'marked' | 'english' | 'known' | 'other';

/** Each kind of word's weight, in halves of a point (see minScore's description). */
const SCORE: Record<Evidence, number> = { foreign: 4, unknown: 3, marked: 3, known: -1, other: 0, english: 0 };

export interface RunLimits {
  minScore: number;
  minForeign: number;
  minWords: number;
  markedWords: number;
}

export const languageRun = defineKind({
  name: 'language-run',
  summary: 'A run of words on one line that scores as another language: each of the source\'s function words adds to the score, each word in no English dictionary adds less; an English function word, a sentence\'s end or a quotation\'s or bracket\'s edge ends a run; a run that reaches `minScore` with enough such words is reported (`{0}`: the run).',
  fields: {
    foreignWords: { type: 'string[]', required: true, description: 'Function words of other languages that English does not use as such (`dans`, `tras`, `oggi`, `niet`), in lower case; only words of up to 31 letters that start with a Latin letter (below U+0250) are looked for.' },
    englishWords: { type: 'string[]', required: true, description: 'English function words: one of them ends a run (`the`, `of`, `was`).' },
    minScore: { type: 'integer', minimum: 1, default: 10, description: 'The score a run must reach, in halves: a foreign function word scores 4, an unknown word 3, an English content word -1, a capitalised word or a number 0.' },
    minForeign: { type: 'integer', minimum: 1, default: 2, description: 'The fewest foreign function words in a run.' },
    minWords: { type: 'integer', minimum: 2, default: 4, description: 'The fewest foreign function words and unknown words in a run together.' },
    markedWords: { type: 'integer', minimum: 0, default: 0, description: 'A run of at least this many words in no English dictionary, two of them written with a letter outside ASCII (`kullanılmayan`, `büyük`), needs no foreign function word: lower-case words English lacks, in another language\'s letters, are that language (0: off).' },
    antipatterns: { type: 'regex[]', default: [], description: 'Regexes whose match holding a run cancels it (a quotation named as a title or a slogan), searched only in a text where a run was found.' },
  },
  fixable: () => false,
  compile(options, rule) {
    const foreign = new Set(options.foreignWords.map((w) => w.toLowerCase()));
    const english = new Set(options.englishWords.map((w) => w.toLowerCase()));
    const limits: RunLimits = options;
    const prefilter = prefilterOf(foreign);
    let antipatterns: RegExp[] | undefined;
    return (doc) => {
      const { text } = doc;
      const { starts, ends } = doc.words;
      const findings: RawFinding[] = [];
      for (const [from, to] of linesWithForeignWords(doc, foreign, prefilter, options.minForeign, options.markedWords > 0)) {
        const kinds: Evidence[] = [];
        const breaks: boolean[] = [];
        const commas: boolean[] = [];
        for (let k = from; k < to; k++) {
          kinds.push(evidenceOf(doc, k, foreign, english));
          breaks.push(k > from && breaksRun(text, ends[k - 1], starts[k]));
          commas.push(k > from && text.slice(ends[k - 1], starts[k]).includes(','));
        }
        for (const [a, b] of runsOf(kinds, breaks, limits, commas)) {
          const offset = starts[from + a];
          const end = ends[from + b];
          // (A run found by its letters alone that a quotation mark or a bracket opens is a quotation or a gloss the
          // writer kept in its language: `“láska zvítězí nad lží a nenávistí” (love will triumph…)`.)
          if (kinds.slice(a, b + 1).filter((k) => k === 'foreign').length < limits.minForeign && insideQuotation(text.slice(text.lastIndexOf('\n', offset) + 1, offset))) continue;
          // (Antipatterns are searched on the run's line only: over a whole 10 MB text they cost more than the rule.)
          antipatterns ??= options.antipatterns.map((r) => compileRegex(r, 'gm'));
          if (antipatterns.length && coveredOnLine(doc, antipatterns, offset, end)) continue;
          findings.push({ message: fill(rule.message, [text.slice(offset, end)]), offset, length: end - offset });
        }
      }
      return findings;
    };
  },
});

/**
 * The runs of words that reach the limits, as [first, last] indexes into `kinds`: a run is a stretch between English
 * function words and breaks, from its first foreign or unknown word to the furthest such word at which it still
 * qualifies; its score restarts where it falls to 0 or below. Pure, for the tests.
 */
export function runsOf(kinds: readonly Evidence[], breaks: readonly boolean[], limits: RunLimits, commas: readonly boolean[] = []): [number, number][] {
  const runs: [number, number][] = [];
  let sum = 0;
  let first = -1; // the run's first foreign or unknown word
  let foreignCount = 0;
  let evidenceCount = 0;
  // markedWords counts words since the last comma: a list of dishes or greetings, `bigos, gołąbki, placki`, is no phrase.
  let markedCount = 0;
  let unknownCount = 0;
  let last = -1; // the furthest word at which the run qualified
  const close = () => {
    if (last >= 0) runs.push([first, last]);
    sum = 0;
    first = last = -1;
    foreignCount = evidenceCount = markedCount = unknownCount = 0;
  };
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k];
    if (breaks[k] || kind === 'english') close();
    if (commas[k]) markedCount = unknownCount = 0;
    if (kind === 'english') continue;
    sum += SCORE[kind];
    if (sum <= 0) {
      close();
      continue;
    }
    if (kind !== 'foreign' && kind !== 'unknown' && kind !== 'marked') continue;
    if (first < 0) first = k;
    evidenceCount++;
    if (kind === 'foreign') foreignCount++;
    if (kind === 'marked') markedCount++;
    if (kind !== 'foreign') unknownCount++;
    const byFunctionWords = foreignCount >= limits.minForeign && evidenceCount >= limits.minWords;
    const byLetters = limits.markedWords > 0 && markedCount >= 2 && unknownCount >= limits.markedWords;
    if (sum >= limits.minScore && (byFunctionWords || byLetters)) last = k;
  }
  close();
  return runs;
}

/** What word `k` says: a name, a number or part of an address says nothing; lower-case words are looked up. */
function evidenceOf(doc: Document, k: number, foreign: ReadonlySet<string>, english: ReadonlySet<string>): Evidence {
  const { text } = doc;
  const start = doc.words.starts[k];
  const end = doc.words.ends[k];
  if (inAddress(text, start, end)) return 'other';
  // A capitalised function word of the source opens its sentence (`Selon le directeur`); elsewhere it is part of a name.
  if (!isLowerAt(text, start)) return atSentenceStart(text, start) && foreign.has(text.slice(start, end).toLowerCase()) ? 'foreign' : 'other';
  const word = text.slice(start, end);
  if (english.has(word)) return 'english';
  if (foreign.has(word)) return 'foreign';
  if (end - start < 3 || !LETTERS.test(word)) return 'known';
  if (dictionary().has(word)) return 'known';
  // (An English word written with its accents, `crème`, `naïve`, is no other language's letters.)
  return NON_ASCII_LETTER.test(word) && !dictionary().has(word.normalize('NFD').replace(/\p{M}/gu, '')) ? 'marked' : 'unknown';
}
/** Whether the text before a run on its line leaves a quotation or a bracket open (the run stands inside it). */
function insideQuotation(before: string): boolean {
  const straight = before.split('"').length - 1;
  const last = (marks: string) => Math.max(...[...marks].map((m) => before.lastIndexOf(m)));
  return straight % 2 === 1 || last('“«(') > last('”»)');
}

/** Whether text[start, end) holds a Latin letter outside ASCII (read code by code: no string is made). */
function hasNonAsciiLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return true;
  }
  return false;
}

/** A Latin letter outside ASCII (`ı`, `ş`, `ü`, `ř`, `ă`): one no English word is written with. */
const NON_ASCII_LETTER = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;
const LETTERS = /^\p{L}+$/u;

/** Whether the word at `start` opens a line or follows a sentence's end (a stop, then spaces; a quote mark may open it). */
function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  if (i >= 0 && '“"«‘'.includes(text.charAt(i))) i--;
  if (i < 0 || text.charAt(i) === '\n') return true;
  if (text.charAt(i) !== ' ') return false;
  while (i >= 0 && text.charAt(i) === ' ') i--;
  return i < 0 || text.charAt(i) === '\n' || '.!?'.includes(text.charAt(i));
}

/**
 * The lines (as [first word, word after the last)) that hold `minForeign` listed words as written: only they are
 * scored. A word's length and first letter, then a hash of its letters, are read before any string is made: `the` has
 * the length and first letter of `tra`, and is ruled out by its hash.
 */
function linesWithForeignWords(doc: Document, foreign: ReadonlySet<string>, { lengthsByFirst, hashes }: Prefilter, minForeign: number, byLetters: boolean): [number, number][] {
  const { text } = doc;
  // (markedWords: a line with two lower-case words holding a Latin letter outside ASCII is scored too; a text with
  // no such letter, most English ones, is not searched for them.)
  const marked = byLetters && NON_ASCII_LETTER.test(text);
  const { count, starts, ends } = doc.words;
  const lines: [number, number][] = [];
  // (Lines are found by their line breaks as the words are walked: a document's line objects cost more than this pass.)
  for (let i = 0; i < count; ) {
    const newline = text.indexOf('\n', starts[i]);
    const lineEnd = newline < 0 ? text.length : newline;
    const from = i;
    let listed = 0;
    let markedWords = 0;
    for (; i < count && starts[i] < lineEnd; i++) {
      if (marked && markedWords < 2 && isLowerAt(text, starts[i]) && hasNonAsciiLetter(text, starts[i], ends[i])) markedWords++;
      // (An ASCII capital is read as its lower case: `Selon le directeur` counts `Selon`, which opens its sentence.)
      const written = text.charCodeAt(starts[i]);
      const first = written >= 65 && written <= 90 ? written + 32 : written;
      const length = ends[i] - starts[i];
      if (length > 31 || first >= LATIN_END || (lengthsByFirst[first] & (1 << length)) === 0) continue;
      if (hashes.has(hashOf(text, starts[i], ends[i], first)) && foreign.has(text.slice(starts[i], ends[i]).toLowerCase())) listed++;
    }
    if (listed >= minForeign || markedWords >= 2) lines.push([from, i]);
  }
  return lines;
}

/**
 * For a list of words: the lengths (a bit each, up to 31 letters) its words have for each first letter, and their
 * hashes. Only words that start with a Latin letter (below U+0250) and have up to 31 letters are looked for.
 */
const LATIN_END = 0x250;
interface Prefilter {
  lengthsByFirst: Uint32Array;
  hashes: Set<number>;
}
function prefilterOf(words: ReadonlySet<string>): Prefilter {
  const lengthsByFirst = new Uint32Array(LATIN_END);
  for (const w of words) if (w.length <= 31 && w.charCodeAt(0) < LATIN_END) lengthsByFirst[w.charCodeAt(0)] |= 1 << w.length;
  return { lengthsByFirst, hashes: new Set([...words].map((w) => hashOf(w, 0, w.length))) };
}

/** An FNV-1a hash of text[start, end)'s code units, the first one read as `first` (its lower case). */
function hashOf(text: string, start: number, end: number, first = text.charCodeAt(start)): number {
  let h = Math.imul(0x811c9dc5 ^ first, 0x01000193);
  for (let i = start + 1; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Whether text[from, to), between two words, ends a sentence or opens or closes a quotation or a bracket. (A `’`
 * between letters is an apostrophe, inside a word; between words it is a British quote mark.)
 */
function breaksRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (RUN_BREAKS.includes(text.charAt(i))) return true;
  return false;
}
const RUN_BREAKS = '.!?“”"«»‘’()[]';

/** Whether a match of one of `regexes` on the line holding text[from, to) covers it. */
function coveredOnLine(doc: Document, regexes: RegExp[], from: number, to: number): boolean {
  const line = doc.lineAt(from);
  return covers(antipatternSpans(doc.text.slice(line.start, line.end), regexes), from - line.start, to - line.start);
}

/** Whether the word is part of a web or mail address or a path (`www.eeo.com.cn`, `news/selection/en`). */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  return before === '.' || before === '/' || before === '@' || after === '/' || after === '@' || (after === '.' && /\p{L}/u.test(text.charAt(end + 1)));
}
