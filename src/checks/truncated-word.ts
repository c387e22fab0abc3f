// truncated-word: a word cut short by the MT or the scraper (`are vel”`, `obstruction o”`).
import stringSimilarity from 'string-similarity';
import type { Document, Word } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { type RuleKind, option } from './kind.js';
import { fill } from './template.js';

const CONTEXTS = ['closing-quote', 'paragraph-end'] as const;
const CLOSING_QUOTE = /^[”"’»“]/u;
const OPENING_QUOTE = /[“"‘«„]/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** Short fragments must start a common word: a rare word's short prefix is weak evidence of a cut. */
const COMMON_TIER = 35;
const LONG_FRAGMENT = 5;

export const truncatedWord: RuleKind = {
  name: 'truncated-word',
  summary: 'A lower-case fragment (no word, but the start of one) before a closing quote or the full stop ending a paragraph.',
  fields: {
    contexts: { type: 'string[]', values: CONTEXTS, default: [...CONTEXTS], description: 'Where to look: right before a closing quote; before the full stop that ends a line (a paragraph, in article files).' },
    shortWords: { type: 'string[]', default: [], description: 'The only words shorter than `minLength` that are whole words.' },
    minLength: { type: 'integer', minimum: 1, default: 3, description: 'Shorter words must be in `shortWords`; longer ones in the dictionary.' },
    maxTier: { type: 'integer', minimum: 10, default: 70, description: 'The largest SCOWL tier (10–70) a word may come from to count as a word.' },
    maxSuggestions: { type: 'integer', minimum: 0, default: 3, description: 'How many completions to suggest.' },
    exceptions: { type: 'string[]', default: [], description: 'Short forms written without their full stop (`etc`, `al`) that are never fragments.' },
    minQuoteWords: { type: 'integer', minimum: 1, default: 4, description: 'Before a closing quote, only quotations of at least this many words count (short quoted titles and coinages are not cut).' },
  },
  compile(rule) {
    const contexts = new Set(option<string[]>(rule, truncatedWord, 'contexts'));
    const shortWords = new Set(option<string[]>(rule, truncatedWord, 'shortWords').map((w) => w.toLowerCase()));
    const minLength = option<number>(rule, truncatedWord, 'minLength');
    const maxTier = option<number>(rule, truncatedWord, 'maxTier');
    const maxSuggestions = option<number>(rule, truncatedWord, 'maxSuggestions');
    const minQuoteWords = option<number>(rule, truncatedWord, 'minQuoteWords');
    const exceptions = new Set(option<string[]>(rule, truncatedWord, 'exceptions'));

    // A fragment is no word of its own but the start of one (`vel` → velvet, `consi` → consider);
    // a real word missing from the dictionary (`lockdown`) starts no longer word, so it is left alone.
    const isFragment = (word: string, doc: Document): boolean => {
      if (exceptions.has(word)) return false;
      if (word.length < minLength) return !shortWords.has(word);
      const tier = dictionary().tier(word);
      if ((tier !== undefined && tier <= maxTier) || (doc.vocabulary.get(word) ?? 0) > 1) return false;
      return dictionary().completions(word, word.length >= LONG_FRAGMENT ? maxTier : COMMON_TIER, 1).length > 0 || [...doc.vocabulary.keys()].some((w) => w.length > word.length && w.toLowerCase().startsWith(word));
    };

    return (doc) => {
      const findings: RawFinding[] = [];
      for (const word of doc.words) {
        if (!LOWER_WORD.test(word.text) || !inContext(word, doc, contexts, minQuoteWords) || !isFragment(word.text, doc)) continue;
        findings.push({
          message: fill(rule.message, [word.text]),
          offset: word.start,
          length: word.end - word.start,
          suggestions: word.text.length < minLength ? [] : completions(word.text, doc, maxTier, maxSuggestions),
        });
      }
      return findings;
    };
  },
};

function inContext(word: Word, doc: Document, contexts: Set<string>, minQuoteWords: number): boolean {
  const { text } = doc;
  const line = doc.lines[doc.position(word.start).line - 1];
  const before = text.slice(line.start, word.start);
  // Part of an address or a file name (`bbc.co.uk`, `@user`), or a unit after a number (`750 mm.`): not prose.
  if (/[./@#_-]$/.test(before) || /\p{N}\s*$/u.test(before)) return false;
  const after = text.slice(word.end, word.end + 1);
  if (contexts.has('closing-quote') && CLOSING_QUOTE.test(after)) {
    const quoted = before.slice(Math.max(0, lastMatch(before, OPENING_QUOTE)));
    return quoted.split(/\s+/).length >= minQuoteWords;
  }
  // At a line end, one- and two-letter words are mostly units (`40 sq. m.`), so only longer fragments count.
  return contexts.has('paragraph-end') && after === '.' && word.end - word.start > 2 && text.slice(word.end + 1, line.end).trim() === '';
}

/** Index of the last match of a one-character regex in `text`, or -1. */
function lastMatch(text: string, regex: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (regex.test(text[i])) return i;
  return -1;
}

/** Whole words the fragment could have been: the document's own first, then the dictionary's. */
function completions(fragment: string, doc: Document, maxTier: number, limit: number): string[] {
  if (limit === 0) return [];
  const own = [...doc.vocabulary.keys()].filter((w) => w.length > fragment.length && w.toLowerCase().startsWith(fragment));
  own.sort((a, b) => stringSimilarity.compareTwoStrings(fragment, b) - stringSimilarity.compareTwoStrings(fragment, a));
  const fromDictionary = dictionary().completions(fragment, Math.min(maxTier, COMMON_TIER), limit);
  return [...new Set([...own.map((w) => w.toLowerCase()), ...fromDictionary])].slice(0, limit);
}
