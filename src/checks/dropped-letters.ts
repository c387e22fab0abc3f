// dropped-letters: a name written once with its letters outside ASCII and elsewhere without them (`Błaszczak` and
// `Baszczak`, `Vučić` and `Vui`): an encoder that could not hold those letters dropped them.
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { escapeRegex, fill } from './template.js';

/** A Latin letter outside ASCII (Latin-1 Supplement to Latin Extended-B, the multiplication and division signs aside). */
const NON_ASCII_LETTER = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/u;
const NON_ASCII_LETTERS = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/gu;
/** A capitalised word holding such a letter. */
const MARKED_NAME = /(?<![\p{L}\p{N}])\p{Lu}\p{L}*[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]\p{L}*/gu;

export const droppedLetters = defineKind({
  name: 'dropped-letters',
  summary: 'A capitalised word that is another word of the same text without its letters outside ASCII (`Baszczak` beside `Błaszczak`); `{0}` the word as written, `{1}` the word it lost letters of (suggested).',
  fields: {
    minLength: { type: 'integer', minimum: 2, default: 3, description: 'The fewest letters the word keeps (`Zo` of `Zoë` is too short to tell).' },
    maxDropped: { type: 'integer', minimum: 1, default: 2, description: 'The most letters dropped (`Vui` of `Vučić` lost two).' },
  },
  fixable: () => false,
  compile(options, rule) {
    return (doc) => {
      const { text } = doc;
      // (Most English texts have no such letter: they are passed over after one search.)
      if (!NON_ASCII_LETTER.test(text)) return [];
      // Each word with its letters dropped -> the word as written in full.
      const full = new Map<string, string>();
      for (const m of text.matchAll(MARKED_NAME)) {
        const kept = m[0].replace(NON_ASCII_LETTERS, '');
        const dropped = m[0].length - kept.length;
        // (The first letter kept: a name that lost its capital, `ódź`, would no longer read as one.)
        if (dropped > options.maxDropped || kept.length < options.minLength || kept[0] !== m[0][0]) continue;
        if (!full.has(kept)) full.set(kept, m[0]);
      }
      if (full.size === 0) return [];
      const findings: RawFinding[] = [];
      const written = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...full.keys()].map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(written)) {
        // (An English word is no name that lost its letters: `Prez` beside `Pérez`.)
        if (dictionary().has(m[0].toLowerCase())) continue;
        const whole = full.get(m[0])!;
        findings.push({ message: fill(rule.message, [m[0], whole]), offset: m.index, length: m[0].length, suggestions: [whole] });
      }
      return findings;
    };
  },
});
