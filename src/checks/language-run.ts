// language-run: a run of words of another Latin-script language (`respalda a gobierno de AMLO tras asalto`), found by
// how its words score against English: the function words of other languages and words in no English dictionary
// against English function words (the stopword density that language identifiers and jusText read).
import { isUpperAt } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { compileRegex } from './fields.js';
import { defineKind } from './kind.js';
import { type Spans, antipatternSpans, covers } from './spans.js';
import { fill } from './template.js';

/** What a word says about the language of the words around it. */
const Evidence = {
  Foreign: 0, // a function word of another language that English does not have
  Unknown: 1, // a lower-case word in no English dictionary
  English: 2, // an English function word
  Known: 3, // a lower-case English word of another kind
  Other: 4, // a capitalised word, a number: a name says nothing about the language
} as const;
type Evidence = (typeof Evidence)[keyof typeof Evidence];

/** The longest function word looked up: longer words are never in the lists, so no string is made for them. */
const LONGEST_LISTED = 10;

export const languageRun = defineKind({
  name: 'language-run',
  summary: 'A run of words on one line that scores as another language: each of the source\'s function words adds to the score, each word in no English dictionary adds less, each English function word takes away; a run that reaches `minScore` with enough such words is reported (`{0}`: the run).',
  fields: {
    foreignWords: { type: 'string[]', required: true, description: 'Function words of other languages that are no English words (`dans`, `tras`, `oggi`, `niet`).' },
    englishWords: { type: 'string[]', required: true, description: 'English function words: one of them inside a run makes it English (`the`, `of`, `was`).' },
    minScore: { type: 'integer', minimum: 1, default: 10, description: 'The score a run must reach, in halves: a foreign function word scores 4, an unknown word 3, an English content word -1, a capitalised word 0 and an English function word -6.' },
    minForeign: { type: 'integer', minimum: 1, default: 2, description: 'The fewest foreign function words in a run.' },
    minWords: { type: 'integer', minimum: 2, default: 4, description: 'The fewest foreign function words and unknown words in a run together.' },
    antipatterns: { type: 'regex[]', default: [], description: 'Regexes whose match holding a run cancels it (a quotation named as a title or a slogan), searched only in a text where a run was found.' },
  },
  fixable: () => false,
  compile(options, rule) {
    const foreign = new Set(options.foreignWords.map((w) => w.toLowerCase()));
    const english = new Set(options.englishWords.map((w) => w.toLowerCase()));
    const { minScore, minForeign, minWords } = options;
    const foreignHashes = new Set([...foreign].map((w) => hashOf(w, 0, w.length)));
    // The lengths of the listed words by their first letter (Latin-1): most words are ruled out by these two reads.
    const lengthsByFirst = new Uint16Array(256);
    for (const w of foreign) if (w.charCodeAt(0) < 256 && w.length <= LONGEST_LISTED) lengthsByFirst[w.charCodeAt(0)] |= 1 << w.length;
    // Halves of a point, so the weights stay integers (see minScore's description).
    const SCORE = [4, 3, -6, -1, 0]; // by Evidence
    let antipatterns: RegExp[] | undefined;
    return (doc) => {
      const { text } = doc;
      let blocked: Spans | undefined;
      const { count, starts, ends } = doc.words;
      const findings: RawFinding[] = [];
      const evidence = (i: number): Evidence => {
        const start = starts[i];
        const end = ends[i];
        if (isUpperAt(text, start) || !isLetterCode(text.charCodeAt(start))) return Evidence.Other;
        if (inAddress(text, start, end)) return Evidence.Other;
        const word = text.slice(start, end).toLowerCase();
        if (english.has(word)) return Evidence.English;
        if (foreign.has(word)) return Evidence.Foreign;
        if (end - start < 3 || !/^\p{L}+$/u.test(word)) return Evidence.Known;
        return dictionary().has(word) ? Evidence.Known : Evidence.Unknown;
      };
      // Lines are read one at a time; only a line with `minForeign` listed words (looked up without the dictionary) is scored.
      let i = 0;
      while (i < count) {
        const lineEnd = endOfLine(text, starts[i]);
        let j = i;
        let listed = 0;
        for (; j < count && starts[j] < lineEnd; j++) {
          // A hash of the word's code units first (no string is made): a listed word is rare in English text.
          const length = ends[j] - starts[j];
          const first = text.charCodeAt(starts[j]);
          if (length > LONGEST_LISTED || first >= 256 || (lengthsByFirst[first] & (1 << length)) === 0) continue;
          if (foreignHashes.has(hashOf(text, starts[j], ends[j])) && foreign.has(text.slice(starts[j], ends[j]))) listed++;
        }
        if (listed >= minForeign) scoreLine(i, j);
        i = j;
      }
      return findings;

      /** The runs of words[from, to) that reach the score: each the best-scoring run from where the sum last fell to 0. */
      function scoreLine(from: number, to: number): void {
        const kinds = new Uint8Array(to - from);
        for (let k = from; k < to; k++) kinds[k - from] = evidence(k);
        let sum = 0;
        let runStart = from;
        let best: [number, number] | undefined;
        for (let k = from; k <= to; k++) {
          // A sentence's end, a quotation's or a bracket's edge closes a run too: a quoted title and the sentence around it
          // are no one run, though their words may score as one.
          if (k > from && k < to && breaksRun(text, ends[k - 1], starts[k])) {
            if (best) report(best[0], best[1]);
            best = undefined;
            sum = 0;
            runStart = k;
          }
          const kind = k < to ? kinds[k - from] : Evidence.English; // the line's end closes the last run
          sum += SCORE[kind];
          if (k < to && sum > 0) {
            if (isEvidence(kind) && sum >= minScore && qualifies(runStart, k)) best = [runStart, k];
            continue;
          }
          if (best) report(best[0], best[1]);
          best = undefined;
          sum = 0;
          runStart = k + 1;
        }
        function qualifies(a: number, b: number): boolean {
          let foreignCount = 0;
          let words = 0;
          for (let k = a; k <= b; k++) {
            const kind = kinds[k - from];
            if (kind === Evidence.Foreign) foreignCount++;
            if (isEvidence(kind)) words++;
          }
          return foreignCount >= minForeign && words >= minWords;
        }
        function report(a: number, b: number): void {
          // The run is reported from its first word of evidence to its last (an English word or a name at its edges is no part of it).
          while (!isEvidence(kinds[a - from])) a++;
          const offset = starts[a];
          if (options.antipatterns.length) {
            blocked ??= antipatternSpans(text, (antipatterns ??= options.antipatterns.map((r) => compileRegex(r, 'gm'))));
            if (covers(blocked, offset, ends[b])) return;
          }
          findings.push({ message: fill(rule.message, [text.slice(offset, ends[b])]), offset, length: ends[b] - offset });
        }
      }
    };
  },
});

/** Whether text[from, to), between two words, ends a sentence or opens or closes a quotation or a bracket. */
function breaksRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (RUN_BREAKS.includes(text.charAt(i))) return true;
  return false;
}
const RUN_BREAKS = '.!?“”"«»()[]';

function isEvidence(kind: number): boolean {
  return kind === Evidence.Foreign || kind === Evidence.Unknown;
}

function isLetterCode(c: number): boolean {
  return c >= 0x61 ? true : c >= 0x41 && c <= 0x5a;
}

/** A hash of text[start, end) as written (a capitalised word hashes apart from its lower case, as the lists are lower case). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The offset of the end of the line holding `at`. */
function endOfLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** Whether the word is part of a web or mail address or a path (`www.eeo.com.cn`, `news/selection/en`). */
function inAddress(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  return before === '.' || before === '/' || before === '@' || after === '/' || after === '@' || (after === '.' && /\p{L}/u.test(text.charAt(end + 1)));
}
