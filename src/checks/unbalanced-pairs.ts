// unbalanced-pairs: an opening quote or bracket without its closing one in the paragraph, or the reverse.
import type { RawFinding } from '../types.js';
import { type RuleKind, option } from './kind.js';
import { fill } from './template.js';

export const unbalancedPairs: RuleKind = {
  name: 'unbalanced-pairs',
  summary: 'Quotes and brackets that do not pair up within a paragraph.',
  fields: {
    pairs: { type: 'string[]', required: true, description: 'Each an opening and a closing character, e.g. `“”` or `()`.' },
    continuedQuotes: { type: 'boolean', default: true, description: 'An open quote may run on when the next paragraph opens with the same quote (news style for long quotes).' },
  },
  compile(rule) {
    const pairs = option<string[]>(rule, unbalancedPairs, 'pairs').map((p) => [...p] as [string, string]);
    const continued = option<boolean>(rule, unbalancedPairs, 'continuedQuotes');
    return (doc) => {
      const { text } = doc;
      const findings: RawFinding[] = [];
      const report = (offset: number, expected: string) =>
        findings.push({ message: fill(rule.message, [text.charAt(offset), expected]), offset, length: 1 });
      doc.paragraphs.forEach((paragraph, index) => {
        const next = doc.paragraphs[index + 1];
        for (const [open, close] of pairs) {
          const opened: number[] = [];
          for (let i = text.indexOf(open, paragraph.start), j = text.indexOf(close, paragraph.start); ; ) {
            const o = i !== -1 && i < paragraph.end ? i : Infinity;
            const c = j !== -1 && j < paragraph.end ? j : Infinity;
            if (o === Infinity && c === Infinity) break;
            if (o < c) {
              opened.push(o);
              i = text.indexOf(open, o + 1);
            } else {
              if (opened.pop() === undefined) report(c, open);
              j = text.indexOf(close, c + 1);
            }
          }
          const runsOn = continued && next !== undefined && text.startsWith(open, next.start) && opened.length === 1 && open !== '(';
          if (!runsOn) opened.forEach((o) => report(o, close));
        }
      });
      return findings.sort((a, b) => a.offset - b.offset);
    };
  },
};
