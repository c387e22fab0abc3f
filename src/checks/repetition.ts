// repetition: a word or short phrase written twice in a row (`by by`, `policy, policy`).
import type { Document, Word } from '../document.js';
import type { Edit, RawFinding } from '../types.js';
import { type RuleKind, option } from './kind.js';
import { fill } from './template.js';

const SPACE_GAP = /^[^\S\n]*\n?[^\S\n]*$/u; // whitespace holding at most one line break
const COMMA_GAP = /^[^\S\n]*,?[^\S\n]*\n?[^\S\n]*$/u; // the same, or a comma
const UPPER_START = /^\p{Lu}/u;
const NUMBER = /^\p{N}+$/u;

export const repetition: RuleKind = {
  name: 'repetition',
  summary: 'A word or phrase of up to `maxWords` words repeated back to back, also across a line break.',
  fields: {
    maxWords: { type: 'integer', minimum: 1, default: 1, description: 'The longest repeated phrase looked for, in words.' },
    allowComma: { type: 'boolean', default: false, description: 'Also flag repeats separated by a comma (`policy, policy`).' },
    exceptions: { type: 'string[]', default: [], description: 'Repeats that are good English (`had had`, `that that`), compared without case.' },
    linkWords: { type: 'string[]', default: [], description: 'A repeated phrase ending in one of these is an idiom running on (`from time to time to`, `side by side by`).' },
  },
  compile(rule) {
    const maxWords = option<number>(rule, repetition, 'maxWords');
    const gap = option<boolean>(rule, repetition, 'allowComma') ? COMMA_GAP : SPACE_GAP;
    const exceptions = new Set(option<string[]>(rule, repetition, 'exceptions').map((e) => e.toLowerCase().replace(/\s+/g, ' ')));
    const linkWords = new Set(option<string[]>(rule, repetition, 'linkWords').map((w) => w.toLowerCase()));
    return (doc) => {
      const { words, text } = doc;
      const findings: RawFinding[] = [];
      for (let i = 0; i < words.length; i++) {
        for (let n = 1; n <= maxWords && i + 2 * n <= words.length; n++) {
          const first = words.slice(i, i + n);
          const second = words.slice(i + n, i + 2 * n);
          if (!sameUnit(first, second, doc) || !gap.test(text.slice(first[n - 1].end, second[0].start))) continue;
          const unit = first.map((w) => w.text).join(' ');
          // A capitalised repeat is a name (`Duran Duran`), numbers are data; neither is an MT slip.
          if (UPPER_START.test(second[0].text) || NUMBER.test(unit.replace(/ /g, '')) || exceptions.has(unit.toLowerCase())) continue;
          // `head-on on`: the first copy ends a hyphenated compound.
          if (text.charAt(first[0].start - 1) === '-') continue;
          if (n > 1 && linkWords.has(first[n - 1].text.toLowerCase())) continue;
          const start = first[0].start;
          const end = second[n - 1].end;
          findings.push({
            message: fill(rule.message, [text.slice(start, end), text.slice(start, first[n - 1].end)]),
            offset: start,
            length: end - start,
            fix: removal(text, first[n - 1].end, second[0].start, end),
          });
          i += 2 * n - 1;
          break;
        }
      }
      return findings;
    };
  },
};

/** Same words (without case), each phrase written with plain spaces inside. */
function sameUnit(a: Word[], b: Word[], doc: Document): boolean {
  for (let k = 0; k < a.length; k++) {
    if (a[k].text.toLowerCase() !== b[k].text.toLowerCase()) return false;
    if (k > 0 && (!/^\s+$/.test(doc.text.slice(a[k - 1].end, a[k].start)) || !/^\s+$/.test(doc.text.slice(b[k - 1].end, b[k].start)))) {
      return false;
    }
  }
  return true;
}

/**
 * The edit that deletes the second copy. Across a line break the copy and the spaces after it go,
 * so the line break stays; otherwise the gap before it goes (`policy, policy and` → `policy and`).
 */
function removal(text: string, firstEnd: number, secondStart: number, secondEnd: number): Edit {
  if (!text.slice(firstEnd, secondStart).includes('\n')) return { offset: firstEnd, length: secondEnd - firstEnd, text: '' };
  const trailing = /^[^\S\n]*/.exec(text.slice(secondEnd))![0].length;
  return { offset: secondStart, length: secondEnd + trailing - secondStart, text: '' };
}
