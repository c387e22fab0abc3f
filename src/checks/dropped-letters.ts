// dropped-letters: a name written once with its letters outside ASCII and elsewhere without them (`Błaszczak` and
// `Baszczak`, `Vučić` and `Vui`): an encoder that could not hold those letters dropped them.
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

/** A Latin letter outside ASCII (Latin-1 Supplement to Latin Extended-B, the multiplication and division signs aside). */
const NON_ASCII_LETTER = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/u;
const NON_ASCII_LETTERS = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/gu;
const isNonAsciiLetter = (c: number) => c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
/** A possessive's ending, read off a word before it is compared (`Baszczak’s`). */
const POSSESSIVE = /['’]s$/u;

export const droppedLetters = defineKind({
  name: 'dropped-letters',
  summary: 'A capitalised word that is another word of the same text without its letters outside ASCII (`Baszczak` beside `Błaszczak`); `{0}` the word as written, `{1}` the word it lost letters of (suggested).',
  fields: {
    minLength: { type: 'integer', minimum: 2, default: 5, description: 'The fewest letters the word keeps when it lost one (`San` beside `Sané`, `Nov` beside `Nový` are words and names of their own); one that lost two or more needs three (`Vui` of `Vučić`).' },
    maxDropped: { type: 'integer', minimum: 1, default: 2, description: 'The most letters dropped (`Vui` of `Vučić` lost two).' },
  },
  fixable: () => false,
  compile(options, rule) {
    return (doc) => {
      const { text } = doc;
      // (Most English texts have no such letter: they are passed over after one search.)
      if (!NON_ASCII_LETTER.test(text)) return [];
      const { count, starts, ends } = doc.words;
      // Each word with its letters dropped -> the word as written in full. Words are read from the text's own word
      // list, code by code: a regex tried at every position of a 10 MB text cost a third of a second.
      const full = new Map<string, string>();
      for (let k = 0; k < count; k++) {
        const start = starts[k];
        if (!isCapitalAt(text, start)) continue;
        let marked = false;
        for (let i = start + 1; i < ends[k] && !marked; i++) marked = isNonAsciiLetter(text.charCodeAt(i));
        if (!marked) continue;
        const word = text.slice(start, ends[k]).replace(POSSESSIVE, '');
        const kept = word.replace(NON_ASCII_LETTERS, '');
        const dropped = word.length - kept.length;
        // (The first letter kept: a name that lost its capital, `ódź`, would no longer read as one.)
        if (dropped > options.maxDropped || kept.length < (dropped > 1 ? 3 : options.minLength) || kept[0] !== word[0]) continue;
        if (!full.has(kept)) full.set(kept, word);
      }
      if (full.size === 0) return [];
      // (A word is sliced only when its length is one of theirs, or two more: a possessive's.)
      const lengths = new Set([...full.keys()].flatMap((kept) => [kept.length, kept.length + 2]));
      const findings: RawFinding[] = [];
      for (let k = 0; k < count; k++) {
        const start = starts[k];
        if (!lengths.has(ends[k] - start) || !isCapitalAt(text, start)) continue;
        const word = text.slice(start, ends[k]).replace(POSSESSIVE, '');
        const whole = full.get(word);
        // (An English word is no name that lost its letters: `Prez` beside `Pérez`.)
        if (whole === undefined || dictionary().has(word.toLowerCase())) continue;
        findings.push({ message: fill(rule.message, [word, whole]), offset: start, length: word.length, suggestions: [whole] });
      }
      return findings;
    };
  },
});

/** Whether the character at i is a capital letter (ASCII read by its code). */
function isCapitalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
