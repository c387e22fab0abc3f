// truncated-word: a word cut short by the MT or the scraper (`are vel”`, `obstruction o”`).
import stringSimilarity from 'string-similarity';
import type { Document, Word } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { type RuleKind, option } from './kind.js';
import { fill } from './template.js';

const CONTEXTS = ['closing-quote', 'paragraph-end'] as const;
const CLOSING_QUOTE = /^[”"’»]/u;
const LOWER_WORD = /^\p{Ll}+$/u;

export const truncatedWord: RuleKind = {
  name: 'truncated-word',
  summary: 'A lower-case word that is in no dictionary nor elsewhere in the document, where MT output gets cut off.',
  fields: {
    contexts: { type: 'string[]', values: CONTEXTS, default: [...CONTEXTS], description: 'Where to look: right before a closing quote; before the full stop that ends a paragraph.' },
    shortWords: { type: 'string[]', default: [], description: 'The only words shorter than `minLength` that are whole words.' },
    minLength: { type: 'integer', minimum: 1, default: 3, description: 'Shorter words must be in `shortWords`; longer ones in the dictionary.' },
    maxTier: { type: 'integer', minimum: 10, default: 70, description: 'The largest SCOWL tier (10–70) a word may come from to count as a word.' },
    maxSuggestions: { type: 'integer', minimum: 0, default: 3, description: 'How many completions to suggest.' },
  },
  compile(rule) {
    const contexts = new Set(option<string[]>(rule, truncatedWord, 'contexts'));
    const shortWords = new Set(option<string[]>(rule, truncatedWord, 'shortWords').map((w) => w.toLowerCase()));
    const minLength = option<number>(rule, truncatedWord, 'minLength');
    const maxTier = option<number>(rule, truncatedWord, 'maxTier');
    const maxSuggestions = option<number>(rule, truncatedWord, 'maxSuggestions');

    const isWord = (word: string, doc: Document): boolean => {
      if (word.length < minLength) return shortWords.has(word);
      const tier = dictionary().tier(word);
      return (tier !== undefined && tier <= maxTier) || (doc.vocabulary.get(word) ?? 0) > 1;
    };

    return (doc) => {
      const findings: RawFinding[] = [];
      for (const word of doc.words) {
        if (!LOWER_WORD.test(word.text) || !inContext(word, doc, contexts) || isWord(word.text, doc)) continue;
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

function inContext(word: Word, doc: Document, contexts: Set<string>): boolean {
  const { text } = doc;
  // Part of an address or a file name (`bbc.co.uk`, `@user`): not prose.
  if (/[./@#_]/.test(text.charAt(word.start - 1))) return false;
  const after = text.slice(word.end, word.end + 3);
  if (contexts.has('closing-quote') && CLOSING_QUOTE.test(after)) return true;
  if (contexts.has('paragraph-end') && after.charAt(0) === '.') {
    const paragraph = doc.paragraphAt(word.start);
    return paragraph !== undefined && text.slice(word.end + 1, paragraph.end).trim() === '';
  }
  return false;
}

/** Whole words the fragment could have been: the document's own first, then the dictionary's. */
function completions(fragment: string, doc: Document, maxTier: number, limit: number): string[] {
  if (limit === 0) return [];
  const own = [...doc.vocabulary.keys()].filter((w) => w.length > fragment.length && w.toLowerCase().startsWith(fragment));
  own.sort((a, b) => stringSimilarity.compareTwoStrings(fragment, b) - stringSimilarity.compareTwoStrings(fragment, a));
  const fromDictionary = dictionary().completions(fragment, Math.min(maxTier, 35), limit);
  return [...new Set([...own.map((w) => w.toLowerCase()), ...fromDictionary])].slice(0, limit);
}
