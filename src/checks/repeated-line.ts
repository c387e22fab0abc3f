// repeated-line: a line that repeats an earlier line of the document (a headline or teaser printed twice, a form label
// copied twice), found by comparing each line's words with those of the lines before it.
import { isLowerAt, isSpaceCode } from '../document.js';
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

const WORDS = /[\p{L}\p{N}]+/gu;
/** The most characters a word takes with its space, as a bound on a line's length from its number of words. */
const MAX_WORD_CHARS = 15;
const SAME_START_CHARS = 6;
/** Where a headline is cut in two (`Conciliatory for the Merkel camp: Merz feels fit`, `… – Politica`, `…|Site`). */
// (Or a hyphen before a site's name run on at the end: `…Relief Efforts-ChinaNews.com`.)
const HEADLINE_SEPARATOR = /\s*:\s+|\s+[-–—]\s+|\s*\|\s*|-(?=\p{Lu}[\p{L}\d.]*$)/u;
/** Words that open a line of verse or prose, not a label (`And I will always love you`). */
const LINKING_WORDS = new Set(['and', 'or', 'but', 'so', 'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'oh', 'yes', 'no']);
/** Marks a sentence ends with: a line ending in one is no headline. */
const STOP_CHARS = '.!?;:,';
const CLOSING_QUOTES = '"”’»)';
const FIRST_WORD = /[\p{L}\p{N}]+/u;
const TEASER_END = /(?:…|\.\.\.)["”’»)]?$/u;

export const repeatedLine = defineKind({
  name: 'repeated-line',
  summary: 'A line that repeats an earlier line word for word (`{0}`: the repeated text), or starts with the same long run of words; the fix removes an exact repeat that follows its original.',
  fields: {
    minWords: { type: 'integer', minimum: 1, default: 3, description: 'The fewest words a repeated line has (shorter lines, such as `Yes.`, repeat in any text).' },
    prefixWords: { type: 'integer', minimum: 0, default: 0, description: 'Two lines that start with this many words in common repeat each other (a teaser kept before the lead it was cut from); 0: only whole lines.' },
    adjacentWords: { type: 'integer', minimum: 0, default: 0, description: 'A line of fewer than `minWords` words but at least this many, with no sentence\'s end, that repeats the line right above it as written, is a repeat too (`World` over `World`); 0: none.' },
    selfRepeatWords: { type: 'integer', minimum: 0, default: 0, description: 'A line that is the same text twice over, each half of at least this many words, is reported at its second half (`Minister resigns over scandal Minister resigns over scandal`); 0: none.' },
    selfRepeatMessage: { type: 'string', default: '', description: 'The message for a line that repeats itself (`{0}`: the repeated half); empty: `message`.' },
    maxShownChars: { type: 'integer', minimum: 1, default: 60, description: 'The message shows at most this many characters of the repeated line, then `…`.' },
    maxDistance: { type: 'integer', minimum: 1, default: 5, description: 'How many lines apart a repeat may stand: the scraped copies stand close together, while a long text may come back to a line on purpose (a quiz question, a refrain).' },
    farWords: { type: 'integer', minimum: 0, default: 0, description: 'A line of at least this many words repeated word for word up to `farDistance` lines below is a repeat too (a teaser printed again below the page\'s header: a refrain is short); 0: none.' },
    farDistance: { type: 'integer', minimum: 1, default: 15, description: 'How many lines apart a long line (`farWords`) and its repeat may stand: a page\'s copies stand within its first screen, while a long report may quote its own summary again far below.' },
    partWords: { type: 'integer', minimum: 0, default: 0, description: 'A line of at least this many words that is a run of the words of a headline-shaped line (no sentence end, at most `partOfWords` words) among the `maxDistance` above repeats part of it (`Conciliatory for the Merkel camp` under `Conciliatory for the Merkel camp: Merz feels fit`); 0: none.' },
    partOfWords: { type: 'integer', minimum: 1, default: 30, description: 'The most words of the line a part is taken from.' },
    teaserWords: { type: 'integer', minimum: 0, default: 0, description: 'A line that starts with every word of a line above cut off with `…` or `...`, at least this many of them, repeats that teaser; 0: none.' },
  },
  fixable: () => true,
  compile(options, rule) {
    const minWords = options.minWords;
    const prefixWords = options.prefixWords;
    const maxDistance = options.maxDistance;
    return (doc) => {
      const { text, lines } = doc;
      const findings: RawFinding[] = [];
      /** A line with text: its index, its bounds without outer spaces, and its words (worked out when needed). */
      interface Seen {
        index: number;
        from: number;
        to: number;
        key?: string;
        prefix?: string;
        /** All its words, lower case, space-joined, whatever their number. */
        all?: string;
        count?: number;
      }
      const wordsOf = (line: Seen): Seen => {
        if (line.key === undefined) {
          const words = text.slice(line.from, line.to).match(WORDS) ?? [];
          line.all = words.join(' ').toLowerCase();
          line.count = words.length;
          line.key = words.length >= minWords ? line.all : '';
          if (prefixWords && words.length >= prefixWords) line.prefix = words.slice(0, prefixWords).join(' ').toLowerCase();
        }
        return line;
      };
      /** Whether the line ending at `to` ends a sentence: a stop or a mark of a pause, maybe inside a closing quote. */
      const endsSentence = (to: number): boolean => {
        const last = text.charAt(to - 1);
        return STOP_CHARS.includes(last) || (CLOSING_QUOTES.includes(last) && STOP_CHARS.includes(text.charAt(to - 2)));
      };
      /** Whether `part`'s words are a run of `whole`'s words (at word bounds), fewer than all of them. */
      const isPartOf = (part: Seen, whole: Seen): boolean => {
        // (Cheap tests first, on the bounds: most pairs of lines are two sentences of the story.)
        if (part.to - part.from >= whole.to - whole.from || whole.to - whole.from > options.partOfWords * MAX_WORD_CHARS || endsSentence(whole.to)) return false;
        // (The part's first word must be in the whole line, as written.)
        const first = FIRST_WORD.exec(text.slice(part.from, Math.min(part.to, part.from + 40)));
        if (!first) return false;
        const at = text.indexOf(first[0], whole.from);
        if (at < 0 || at >= whole.to) return false;
        const [p, w] = [wordsOf(part), wordsOf(whole)];
        if (p.count! < options.partWords || p.count! >= w.count! || w.count! > options.partOfWords) return false;
        if (!` ${w.all} `.includes(` ${p.all} `)) return false;
        // The part is a side of the headline's colon, dash or bar, or the headline less a label of one or two
        // capitalised words before it (`Infotech`, `World`): a chorus's line less its `And`, or a name less its place
        // (`National Union of Students` under `… Scotland`), repeats nothing a page printed twice.
        const raw = text.slice(whole.from, whole.to);
        if (raw.split(HEADLINE_SEPARATOR).some((side) => (side.match(WORDS) ?? []).join(' ').toLowerCase() === p.all)) return true;
        const words = raw.match(WORDS) ?? [];
        for (let n = 1; n <= 2; n++) {
          const label = words.slice(0, n);
          if (words.slice(n).join(' ').toLowerCase() === p.all && label.every((l) => /^\p{Lu}/u.test(l) && !LINKING_WORDS.has(l.toLowerCase()))) return true;
        }
        return false;
      };
      /**
       * Whether `line` starts with all the words of `teaser`, a line cut off with an ellipsis. (Not any line that goes on
       * from a whole one: edited news writes its lead as its headline and more, `New cancer vaccine can teach … cells`
       * over `New cancer vaccine can teach … cells and …`: 5 such leads in clean news.)
       */
      const continuesTeaser = (line: Seen, teaser: Seen): boolean => {
        if (!TEASER_END.test(text.slice(Math.max(teaser.from, teaser.to - 4), teaser.to))) return false;
        const [l, t] = [wordsOf(line), wordsOf(teaser)];
        return t.count! >= options.teaserWords && l.count! > t.count! && l.all!.startsWith(`${t.all} `);
      };
      /** Whether the lines at `a` and `b` start with the same letters, case aside (a copy does; few other pairs do). */
      const sameStart = (a: number, b: number): boolean => {
        for (let k = 0; k < SAME_START_CHARS; k++) if ((text.charCodeAt(a + k) | 0x20) !== (text.charCodeAt(b + k) | 0x20)) return false;
        return true;
      };
      // The long lines of the last `farDistance` lines (`farWords`), newest last.
      const longLines: Seen[] = [];
      // The last `maxDistance` lines with text, newest last: a repeat is looked for among them only.
      const recent: Seen[] = [];
      for (let i = 0; i < lines.length; i++) {
        // Bounds found in place: most lines are never cut out of the text.
        let from = lines[i].start;
        let to = lines[i].end;
        while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
        while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
        if (from === to) continue;
        // A line that starts in lower case goes on a sentence (`said Zhao Xiaochuan.` after each of two quotations):
        // two sentences may well end alike; a page's repeated headline or label starts with a capital.
        if (isLowerAt(text, from)) continue;
        while (recent.length && i - recent[0].index > maxDistance) recent.shift();
        const line: Seen = { index: i, from, to };
        // A cheap look first: a whole repeat has its copy's length (case aside); only then are the words compared.
        let earlier: Seen | undefined;
        for (let k = recent.length - 1; k >= 0 && !earlier; k--) {
          const other = recent[k];
          if ((options.partWords && isPartOf(line, other)) || (options.teaserWords && continuesTeaser(line, other))) {
            earlier = other;
            break;
          }
          if (!prefixWords && other.to - other.from !== to - from) continue;
          const [a, b] = [wordsOf(line), wordsOf(other)];
          if ((a.key && a.key === b.key) || (a.prefix !== undefined && a.prefix === b.prefix)) earlier = other;
          // A shorter line printed twice in a row, as written and with no sentence's end (`World` over `World`: a
          // section's label and its link); not `Yes.` twice, an answer repeated.
          else if (options.adjacentWords && k === recent.length - 1 && a.count! >= options.adjacentWords && a.all === b.all && !endsSentence(to) && text.slice(from, to) === text.slice(other.from, other.to)) earlier = other;
        }
        // (Only a line long enough to be one of the far ones has its words counted for them: most lines are sentences
        // of more characters than farWords words take, so the cheap length test lets few through.)
        if (options.farWords && to - from >= options.farWords * 2) {
          while (longLines.length && i - longLines[0].index > options.farDistance) longLines.shift();
          // (A copy word for word has its original's length but for spacing and marks: only then are words compared.)
          for (let k = longLines.length - 1; k >= 0 && !earlier; k--) {
            const other = longLines[k];
            if (Math.abs(other.to - other.from - (to - from)) * 10 > to - from || !sameStart(other.from, from)) continue;
            const [a, b] = [wordsOf(line), wordsOf(other)];
            if (a.count! >= options.farWords && a.all === b.all) earlier = other;
          }
          longLines.push(line);
        }
        recent.push(line);
        // A line that is one text twice over (`Minister resigns Minister resigns`): a headline printed beside its copy.
        if (!earlier && options.selfRepeatWords) {
          const half = selfRepeatAt(text, from, to);
          if (half >= 0 && (text.slice(from, half).match(WORDS)?.length ?? 0) >= options.selfRepeatWords) {
            const copy = text.slice(half, to).trimStart();
            findings.push({ message: fill(options.selfRepeatMessage || rule.message, [copy.length > options.maxShownChars ? `${copy.slice(0, options.maxShownChars)}…` : copy]), offset: to - copy.length, length: copy.length, fix: { offset: half, length: to - half, text: '' } });
          }
        }
        if (!earlier) continue;
        const shown = text.slice(from, to);
        const finding: RawFinding = { message: fill(rule.message, [shown.length > options.maxShownChars ? `${shown.slice(0, options.maxShownChars)}…` : shown, String(earlier.index + 1)]), offset: from, length: to - from };
        // A repeat word for word right below its original goes with its line break; others are for a person to merge.
        if (earlier.index === i - 1 && text.slice(earlier.from, earlier.to) === shown) finding.fix = { offset: lines[i - 1].end, length: lines[i].end - lines[i - 1].end, text: '' };
        findings.push(finding);
      }
      return findings;
    };
  },
});

/** Where the second half of a line that is one text twice over starts (after the space between the halves), or -1. */
function selfRepeatAt(text: string, from: number, to: number): number {
  // (The halves are the same length: the space between them stands at the middle.)
  const length = to - from;
  if (length < 9 || length % 2 === 0) return -1;
  const middle = from + (length - 1) / 2;
  if (text.charCodeAt(middle) !== 0x20) return -1;
  for (let k = 0; k < middle - from; k++) if (text.charCodeAt(from + k) !== text.charCodeAt(middle + 1 + k)) return -1;
  return middle;
}
