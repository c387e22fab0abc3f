// language-run: a run of words of another Latin-script language (`respalda a gobierno de AMLO tras asalto`), found by
// how its words score against English: the function words of other languages and words in no English dictionary,
// with no English function word among them (the stopword density that language identifiers and jusText read).
import { type Document, isLowerAt } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { compileRegex } from './fields.js';
import { defineKind } from './kind.js';
import { type Spans, antipatternSpans, covers } from './spans.js';
import { fill } from './template.js';

/** What a word says about the language of the words around it. */
export type Evidence = 'foreign' | 'unknown' | 'english' | 'known' | 'other';

/** Each kind of word's weight, in halves of a point (see minScore's description). */
const SCORE: Record<Evidence, number> = { foreign: 4, unknown: 3, known: -1, other: 0, english: 0 };

export interface RunLimits {
  minScore: number;
  minForeign: number;
  minWords: number;
}

export const languageRun = defineKind({
  name: 'language-run',
  summary: 'A run of words on one line that scores as another language: each of the source\'s function words adds to the score, each word in no English dictionary adds less; an English function word, a sentence\'s end or a quotation\'s or bracket\'s edge ends a run; a run that reaches `minScore` with enough such words is reported (`{0}`: the run).',
  fields: {
    foreignWords: { type: 'string[]', required: true, description: 'Function words of other languages that English does not use as such (`dans`, `tras`, `oggi`, `niet`), in lower case.' },
    englishWords: { type: 'string[]', required: true, description: 'English function words: one of them ends a run (`the`, `of`, `was`).' },
    minScore: { type: 'integer', minimum: 1, default: 10, description: 'The score a run must reach, in halves: a foreign function word scores 4, an unknown word 3, an English content word -1, a capitalised word or a number 0.' },
    minForeign: { type: 'integer', minimum: 1, default: 2, description: 'The fewest foreign function words in a run.' },
    minWords: { type: 'integer', minimum: 2, default: 4, description: 'The fewest foreign function words and unknown words in a run together.' },
    antipatterns: { type: 'regex[]', default: [], description: 'Regexes whose match holding a run cancels it (a quotation named as a title or a slogan), searched only in a text where a run was found.' },
  },
  fixable: () => false,
  compile(options, rule) {
    const foreign = new Set(options.foreignWords.map((w) => w.toLowerCase()));
    const english = new Set(options.englishWords.map((w) => w.toLowerCase()));
    const limits: RunLimits = options;
    let antipatterns: RegExp[] | undefined;
    return (doc) => {
      const { text } = doc;
      const { starts, ends } = doc.words;
      const findings: RawFinding[] = [];
      let blocked: Spans | undefined;
      for (const [from, to] of linesWithForeignWords(doc, foreign, options.minForeign)) {
        const kinds: Evidence[] = [];
        const breaks: boolean[] = [];
        for (let k = from; k < to; k++) {
          kinds.push(evidenceOf(doc, k, foreign, english));
          breaks.push(k > from && breaksRun(text, ends[k - 1], starts[k]));
        }
        for (const [a, b] of runsOf(kinds, breaks, limits)) {
          const offset = starts[from + a];
          const end = ends[from + b];
          if (options.antipatterns.length) {
            blocked ??= antipatternSpans(text, (antipatterns ??= options.antipatterns.map((r) => compileRegex(r, 'gm'))));
            if (covers(blocked, offset, end)) continue;
          }
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
export function runsOf(kinds: readonly Evidence[], breaks: readonly boolean[], limits: RunLimits): [number, number][] {
  const runs: [number, number][] = [];
  let sum = 0;
  let first = -1; // the run's first foreign or unknown word
  let foreignCount = 0;
  let evidenceCount = 0;
  let last = -1; // the furthest word at which the run qualified
  const close = () => {
    if (last >= 0) runs.push([first, last]);
    sum = 0;
    first = last = -1;
    foreignCount = evidenceCount = 0;
  };
  for (let k = 0; k < kinds.length; k++) {
    const kind = kinds[k];
    if (breaks[k] || kind === 'english') close();
    if (kind === 'english') continue;
    sum += SCORE[kind];
    if (sum <= 0) {
      close();
      continue;
    }
    if (kind !== 'foreign' && kind !== 'unknown') continue;
    if (first < 0) first = k;
    evidenceCount++;
    if (kind === 'foreign') foreignCount++;
    if (sum >= limits.minScore && foreignCount >= limits.minForeign && evidenceCount >= limits.minWords) last = k;
  }
  close();
  return runs;
}

/** What word `k` says: a name, a number or part of an address says nothing; lower-case words are looked up. */
function evidenceOf(doc: Document, k: number, foreign: ReadonlySet<string>, english: ReadonlySet<string>): Evidence {
  const { text } = doc;
  const start = doc.words.starts[k];
  const end = doc.words.ends[k];
  if (!isLowerAt(text, start) || inAddress(text, start, end)) return 'other';
  const word = text.slice(start, end);
  if (english.has(word)) return 'english';
  if (foreign.has(word)) return 'foreign';
  if (end - start < 3 || !LETTERS.test(word)) return 'known';
  return dictionary().has(word) ? 'known' : 'unknown';
}
const LETTERS = /^\p{L}+$/u;

/**
 * The lines (as [first word, word after the last)) that hold `minForeign` listed words as written: only they are
 * scored. A word's length and first letter are read before any string is made; most English words fail there.
 */
function* linesWithForeignWords(doc: Document, foreign: ReadonlySet<string>, minForeign: number): Generator<[number, number]> {
  const { text } = doc;
  const { count, starts, ends } = doc.words;
  const lengths = new Set([...foreign].map((w) => w.length));
  const firsts = new Set([...foreign].map((w) => w.charCodeAt(0)));
  let i = 0;
  for (const line of doc.lines) {
    while (i < count && starts[i] < line.start) i++;
    const from = i;
    let listed = 0;
    for (; i < count && starts[i] < line.end; i++) {
      if (!lengths.has(ends[i] - starts[i]) || !firsts.has(text.charCodeAt(starts[i]))) continue;
      if (foreign.has(text.slice(starts[i], ends[i]))) listed++;
    }
    if (listed >= minForeign) yield [from, i];
  }
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

/** Whether the word is part of a web or mail address or a path (`www.eeo.com.cn`, `news/selection/en`). */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  return before === '.' || before === '/' || before === '@' || after === '/' || after === '@' || (after === '.' && /\p{L}/u.test(text.charAt(end + 1)));
}
