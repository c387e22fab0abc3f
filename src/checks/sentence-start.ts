// sentence-start: a full stop followed by a lower-case word, where the MT ended a sentence too early.
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill, phraseAlternation } from './template.js';
import { compileRegex } from './fields.js';
import { dictionary } from '../lexicon/dictionary.js';

// A full stop after a letter, digit, percent sign or closing mark, spaces, then a word starting lower-case.
const STOP_THEN_LOWER = /\.([^\S\n]+)(\p{Ll}[\p{L}’'-]*)(?<=[\p{L}\p{N}%”’")\]]\.[^\S\n]+\p{Ll}[\p{L}’'-]*)/gu;

export const sentenceStart = defineKind({
  name: 'sentence-start',
  summary: 'A full stop followed by a lower-case word; abbreviations and initials are not sentence ends.',
  fields: {
    abbreviations: { type: 'string[]', default: [], description: 'Words that end with a full stop without ending a sentence (`Sept.`, `No.`), written with their stop.' },
    joinWithComma: { type: 'string[]', default: [], description: 'Words or phrases that continue the sentence after a comma (`as well as`, `which`); the fix then puts a comma for the stop.' },
    unknownWordsAbbreviate: { type: 'boolean', default: false, description: 'A lower-case word of up to `unknownAbbreviationLength` letters in no dictionary before the stop is an abbreviation (`incl.`, `resp.`, or another language\'s, as `pozn.`); longer ones (`coronavirus.`) are words.' },
    unknownAbbreviationLength: { type: 'integer', minimum: 1, default: 4, description: 'The longest word `unknownWordsAbbreviate` takes for an abbreviation.' },
    lookBack: { type: 'integer', minimum: 1, default: 40, description: 'How many characters before the full stop are read for the word it ends.' },
    lookAhead: { type: 'integer', minimum: 1, default: 80, description: 'How many characters after the full stop are read for a `joinWithComma` phrase.' },
  },
  fixable: (options) => options.joinWithComma.length > 0,
  compile(options, rule) {
    const abbreviations = new Set(options.abbreviations.map((a) => a.toLowerCase()));
    const commaPhrases = options.joinWithComma;
    const unknownWordsAbbreviate = options.unknownWordsAbbreviate;
    const unknownAbbreviation = new RegExp(`^\\p{Ll}{1,${options.unknownAbbreviationLength}}\\.$`, 'u');
    const isAbbreviation = (token: string) =>
      isListedOrInitials(token, abbreviations) || (unknownWordsAbbreviate && unknownAbbreviation.test(token) && !dictionary().has(token.slice(0, -1)));
    const commaStart = commaPhrases.length ? compileRegex(`^${phraseAlternation(commaPhrases)}`, 'i') : undefined;

    return (doc) => {
      const { text } = doc;
      const findings: RawFinding[] = [];
      for (const m of text.matchAll(STOP_THEN_LOWER)) {
        const stop = m.index;
        const before = (/\S+$/.exec(text.slice(Math.max(0, stop - options.lookBack), stop + 1))?.[0] ?? '').replace(/^[“"‘(]+/u, '');
        const next = m[2];
        if (isAbbreviation(before) || /\p{Lu}/u.test(next)) continue;
        const end = stop + 1 + m[1].length + next.length;
        const offset = stop;
        const length = end - stop;
        const message = fill(rule.message, [text.slice(stop, end), before, next]);
        // After `as well as`, `which`… a comma is certainly right. Elsewhere two edits are offered: a word that opens
        // sentences (`the`, `he`, `however`) is more likely a capital lost (`…on Friday. the president left`), any
        // other a stop too many (`…in the meeting. was attended`); the likelier comes first.
        const capitalised = `${m[0].slice(0, 1 + m[1].length)}${next.charAt(0).toUpperCase()}${next.slice(1)}`;
        const suggestions = SENTENCE_OPENERS.has(next) ? [capitalised, ` ${next}`] : [` ${next}`, capitalised];
        findings.push(
          commaStart?.test(text.slice(stop + 1 + m[1].length, stop + options.lookAhead))
            ? { message, offset, length, fix: { offset, length, text: `, ${next}` } }
            : { message, offset, length, suggestions },
        );
      }
      return findings;
    };
  },
});

/** `U.S.`, `p.m.`, `J.`, and listed abbreviations do not end sentences. */
function isListedOrInitials(token: string, listed: Set<string>): boolean {
  if (listed.has(token.toLowerCase())) return true;
  const body = token.slice(0, -1);
  return body.includes('.') || /^\p{L}$/u.test(body);
}

/** Words that open English sentences: after a stop, one of them in lower case has more likely lost its capital. */
const SENTENCE_OPENERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'however', 'meanwhile', 'in', 'on', 'at', 'after', 'before', 'when', 'but', 'his', 'her', 'their', 'its', 'our', 'many', 'some', 'according']);
