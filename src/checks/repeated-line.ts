// repeated-line: a line that repeats an earlier line of the document (a headline or teaser printed twice, a form label
// copied twice), found by comparing each line's words with those of the lines before it.
import { isLowerAt, isSpaceCode } from '../document.js';
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

const WORDS = /[\p{L}\p{N}]+/gu;

export const repeatedLine = defineKind({
  name: 'repeated-line',
  summary: 'A line that repeats an earlier line word for word (`{0}`: the repeated text), or starts with the same long run of words; the fix removes an exact repeat that follows its original.',
  fields: {
    minWords: { type: 'integer', minimum: 1, default: 3, description: 'The fewest words a repeated line has (shorter lines, such as `Yes.`, repeat in any text).' },
    prefixWords: { type: 'integer', minimum: 0, default: 0, description: 'Two lines that start with this many words in common repeat each other (a teaser kept before the lead it was cut from); 0: only whole lines.' },
    maxShownChars: { type: 'integer', minimum: 1, default: 60, description: 'The message shows at most this many characters of the repeated line, then `…`.' },
    maxDistance: { type: 'integer', minimum: 1, default: 5, description: 'How many lines apart a repeat may stand: the scraped copies stand close together, while a long text may come back to a line on purpose (a quiz question, a refrain).' },
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
      }
      const wordsOf = (line: Seen): Seen => {
        if (line.key === undefined) {
          const words = text.slice(line.from, line.to).match(WORDS) ?? [];
          line.key = words.length >= minWords ? words.join(' ').toLowerCase() : '';
          if (prefixWords && words.length >= prefixWords) line.prefix = words.slice(0, prefixWords).join(' ').toLowerCase();
        }
        return line;
      };
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
          if (!prefixWords && other.to - other.from !== to - from) continue;
          const [a, b] = [wordsOf(line), wordsOf(other)];
          if ((a.key && a.key === b.key) || (a.prefix !== undefined && a.prefix === b.prefix)) earlier = other;
        }
        recent.push(line);
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
