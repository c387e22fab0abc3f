// repeated-line: a line that repeats an earlier line of the document (a headline or teaser printed twice, a form label
// copied twice), found by comparing each line's words with those of the lines before it.
import type { RawFinding } from '../types.js';
import { type RuleKind, option } from './kind.js';
import { fill } from './template.js';

export const repeatedLine: RuleKind = {
  name: 'repeated-line',
  summary: 'A line that repeats an earlier line word for word (`{0}`: the repeated text), or starts with the same long run of words; the fix removes an exact repeat that follows its original.',
  fields: {
    minWords: { type: 'integer', minimum: 1, default: 3, description: 'The fewest words a repeated line has (shorter lines, such as `Yes.`, repeat in any text).' },
    prefixWords: { type: 'integer', minimum: 2, default: 10, description: 'Two lines that start with this many words in common repeat each other (a teaser kept before the lead it was cut from).' },
    maxDistance: { type: 'integer', minimum: 1, default: 5, description: 'How many lines apart a repeat may stand: the scraped copies stand close together, while a long text may come back to a line on purpose (a quiz question, a refrain).' },
  },
  fixable: () => true,
  compile(rule) {
    const minWords = option<number>(rule, repeatedLine, 'minWords');
    const prefixWords = option<number>(rule, repeatedLine, 'prefixWords');
    const maxDistance = option<number>(rule, repeatedLine, 'maxDistance');
    return (doc) => {
      const { text, lines } = doc;
      const findings: RawFinding[] = [];
      const whole = new Map<string, number>(); // a line's words → the index of its first line
      const prefixes = new Map<string, number>(); // a line's first `prefixWords` words → the index of its first line
      for (let i = 0; i < lines.length; i++) {
        const line = text.slice(lines[i].start, lines[i].end);
        const words = line.match(/[\p{L}\p{N}]+/gu);
        if (!words || words.length < minWords) continue;
        const key = words.join(' ').toLowerCase();
        const prefix = words.length >= prefixWords ? words.slice(0, prefixWords).join(' ').toLowerCase() : undefined;
        const earlier = whole.get(key) ?? (prefix !== undefined ? prefixes.get(prefix) : undefined);
        // The latest line of each text is remembered, so a repeat is measured from the nearest copy.
        whole.set(key, i);
        if (prefix !== undefined) prefixes.set(prefix, i);
        if (earlier === undefined || i - earlier > maxDistance) continue;
        const lead = line.length - line.trimStart().length;
        const shown = line.trim();
        const finding: RawFinding = { message: fill(rule.message, [shown.length > 60 ? `${shown.slice(0, 60)}…` : shown, String(earlier + 1)]), offset: lines[i].start + lead, length: shown.length };
        // An exact repeat right below its original goes with its line break; others are for a person to merge.
        const exact = text.slice(lines[earlier].start, lines[earlier].end).trim() === shown;
        if (exact && earlier === i - 1 && !doc.isBlank(lines[earlier])) finding.fix = { offset: lines[i - 1].end, length: lines[i].end - lines[i - 1].end, text: '' };
        findings.push(finding);
      }
      return findings;
    };
  },
};
