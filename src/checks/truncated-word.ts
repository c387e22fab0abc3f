// truncated-word: a word cut short by the MT or the scraper (`are vel”`, `obstruction o”`).
import stringSimilarity from 'string-similarity';
import { type Document, letterRunStart } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { type RuleKind, option } from './kind.js';
import { fill } from './template.js';

// Where fragments are looked for, each context with the regex that finds its mark (always one character).
const CONTEXT_MARKS = {
  'closing-quote': '[”"’»“](?!\\p{L})|\\.(?=[”"’»](?!\\p{L}))', // a closing quote (not an apostrophe), or the full stop before one
  'paragraph-end': '\\.(?=[^\\S\\n]*(?:\\r?\\n|$))', // a full stop ending a line
  'sentence-end': '\\.(?=[^\\S\\n]+[“"‘«]?\\p{Lu})', // a full stop before the next sentence
  punctuation: '[,;:](?=[^\\S\\n]|[”"’»](?!\\p{L}))', // before a space or a closing quote
} as const;
const CONTEXTS = Object.keys(CONTEXT_MARKS) as (keyof typeof CONTEXT_MARKS)[];
const OPENING_QUOTE = /[“"‘«„]/u;
const QUOTE_AFTER_STOP = /[”"’»]/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** Fragments are looked for in Latin script only: the dictionary is English, and a word of another script (`кофе`) is untranslated text. */
const LATIN_LOWER_WORD = /^[a-z\u00DF-\u00F6\u00F8-\u00FF\u0101-\u024F]+$/;
/** Short fragments must start a common word: a rare word's short prefix is weak evidence of a cut. */
const COMMON_TIER = 35;
/** The tier a document's word must be in to show that a rare short word is its cut (`heal` → `health`). */
const EVIDENCE_TIER = 20;
const LONG_FRAGMENT = 5;
/** Foreign phrases start with short words (`de facto`, `alma mater`, `en masse`); a long unknown word is English the lists lack (`coronavirus`). */
const FOREIGN_WORD_MAX = 7;
/** The rarest tier of a word taken for English where foreign phrases are told apart (SCOWL puts `de` and `en` at 60–70). */
const ENGLISH_TIER = 55;
/** Endings that make a word of a word: a fragment whose only completions add one of these is a whole word (`skier`, `fintech`). */
const INFLECTIONS = new Set(['s', 'es', 'ed', 'ing', 'er', 'ers', '’s', "'s"]);
/** Dictionary completions looked at for one that is more than an inflection (commonest first). */
const COMPLETIONS_LOOKED_AT = 10;

export const truncatedWord: RuleKind = {
  name: 'truncated-word',
  summary: 'A lower-case fragment (no word, but the start of one), or a word no sentence ends with, before a closing quote or the full stop ending a paragraph.',
  fields: {
    contexts: { type: 'string[]', values: CONTEXTS, default: ['closing-quote', 'paragraph-end'], description: 'Where to look: right before a closing quote (or the full stop before one); before the full stop that ends a line (a paragraph, in article files); before the full stop before the next sentence (`sentence-end`: there two- and three-letter fragments must start a common word, as short forms abound); before a comma, semicolon or colon (there only fragments in no dictionary tier below `rareShortWordTier` that follow no lower-case foreign word, as mid-sentence rare words abound).' },
    shortWords: { type: 'string[]', default: [], description: 'The only words shorter than `minLength` that are whole words.' },
    minLength: { type: 'integer', minimum: 1, default: 3, description: 'Shorter words must be in `shortWords`; longer ones in the dictionary.' },
    maxTier: { type: 'integer', minimum: 10, default: 70, description: 'The largest SCOWL tier (10–70) a word may come from to count as a word.' },
    shortWordMaxTier: { type: 'integer', minimum: 10, default: 70, description: 'The same for words of up to five letters: rare short entries (`cate`, `vac`) hide fragments.' },
    rareShortWordTier: { type: 'integer', minimum: 10, default: 70, description: 'A word of up to five letters from this tier or a rarer one is a fragment where the document uses a common word (tier 20 at most) that starts with it and is more than its inflection (`heal”` in an article about health, `vac,` beside vaccines), unless the document uses the short word elsewhere too.' },
    maxSuggestions: { type: 'integer', minimum: 0, default: 3, description: 'How many completions to suggest.' },
    exceptions: { type: 'string[]', default: [], description: 'Short forms written without their full stop (`etc`, `al`) that are never fragments.' },
    neverFinal: { type: 'string[]', default: [], description: 'Words that never end a sentence or a quotation (`the`, `and`, `or`): one standing there is where the text was cut. The message gets `{1}` = `sentence, ending in` for these, `word` for fragments.' },
    minQuoteWords: { type: 'integer', minimum: 1, default: 4, description: 'Before a closing quote, only quotations of at least this many words count (short quoted titles and coinages are not cut).' },
  },
  fixable: () => false,
  compile(rule) {
    const contexts = option<(keyof typeof CONTEXT_MARKS)[]>(rule, truncatedWord, 'contexts');
    // Only the enabled contexts are searched for: commas alone outnumber all the other marks.
    const contextMarks = new RegExp(contexts.map((c) => CONTEXT_MARKS[c]).join('|'), 'gu');
    const shortWords = new Set(option<string[]>(rule, truncatedWord, 'shortWords').map((w) => w.toLowerCase()));
    const minLength = option<number>(rule, truncatedWord, 'minLength');
    const maxTier = option<number>(rule, truncatedWord, 'maxTier');
    const shortWordMaxTier = option<number>(rule, truncatedWord, 'shortWordMaxTier');
    const rareShortWordTier = option<number>(rule, truncatedWord, 'rareShortWordTier');
    const maxSuggestions = option<number>(rule, truncatedWord, 'maxSuggestions');
    const minQuoteWords = option<number>(rule, truncatedWord, 'minQuoteWords');
    const exceptions = new Set(option<string[]>(rule, truncatedWord, 'exceptions'));
    const limits: ContextLimits = { minQuoteWords, rareShortWordTier };
    const neverFinal = new Set(option<string[]>(rule, truncatedWord, 'neverFinal').map((w) => w.toLowerCase()));

    // Words that are whole in any document (in the dictionary within the tiers, and none of `neverFinal`): most words asked about.
    const wholeWords = new Set<string>();
    // A fragment is no word of its own but the start of one (`vel` → velvet, `consi` → consider);
    // a real word missing from the dictionary (`lockdown`) starts no longer word, so it is left alone.
    const isFragment = (word: string, doc: Document): boolean => {
      if (exceptions.has(word)) return false;
      if (word.length < minLength) return !shortWords.has(word);
      const short = word.length <= 5;
      if (dictionary().has(word, short ? shortWordMaxTier : maxTier)) {
        // A rare short word is whole unless the document shows what it was cut from.
        if (!short || dictionary().has(word, rareShortWordTier - 1)) wholeWords.add(word);
        else if (doc.countOf(word) <= 1) return completesInDocument(word, doc, EVIDENCE_TIER);
        return false;
      }
      if (doc.countOf(word) > 1) return false; // used elsewhere as a word of its own: jargon, not a cut
      if (isClassicalPlural(word)) return false;
      const longer = dictionary().completions(word, word.length >= LONG_FRAGMENT ? maxTier : COMMON_TIER, COMPLETIONS_LOOKED_AT);
      return completesInDocument(word, doc) || longer.some((w) => !isInflection(word, w));
    };

    return (doc) => {
      const { text } = doc;
      const findings: RawFinding[] = [];
      if (!contexts.length) return findings;
      const verdicts = new Map<string, boolean>(); // a word is a fragment or not wherever it stands
      const fragment = (word: string) => verdicts.get(word) ?? verdicts.set(word, isFragment(word, doc)).get(word)!;
      // Scan for the contexts, which are rare, rather than test every word of the document.
      // Every mark is one character: test() and lastIndex find it without an array per match (commas are many).
      contextMarks.lastIndex = 0;
      while (contextMarks.test(text)) {
        const at = contextMarks.lastIndex - 1;
        const mark = text[at];
        const start = letterRunStart(text, at);
        const word = text.slice(start, at);
        // Known whole words first: most words before a full stop or a comma are plain words.
        if (!word || wholeWords.has(word) || !LATIN_LOWER_WORD.test(word)) continue;
        const context = mark === '.' ? (QUOTE_AFTER_STOP.test(text.charAt(at + 1)) ? 'closing-quote' : /^\.[^\S\n]+[“"‘«]?\p{Lu}/u.test(text.slice(at, at + 4)) ? 'sentence-end' : 'paragraph-end') : ',;:'.includes(mark) ? 'punctuation' : 'closing-quote';
        if (neverFinal.has(word)) {
          // A whole word, but one no sentence ends with: the cut fell between words (`attention to the homosexual or”`).
          // Only a mark that surely closes counts here: `"` and `’` also stand misplaced before a quotation (`that a" new`) or as apostrophes.
          // Before a comma or colon they are common (`and, of course,`): only sentence and quotation ends count.
          const closes = context === 'paragraph-end' || context === 'sentence-end' || mark === '.' || mark === '”' || mark === '»';
          if (closes && inContext(doc, start, word, context, limits, true)) findings.push({ message: fill(rule.message, [word, 'sentence, ending in']), offset: start, length: word.length });
          continue;
        }
        if (!fragment(word) || !inContext(doc, start, word, context, limits)) continue;
        findings.push({
          message: fill(rule.message, [word, 'word']),
          offset: start,
          length: word.length,
          suggestions: word.length < minLength ? [] : completions(word, doc, maxTier, maxSuggestions),
        });
      }
      return findings;
    };
  },
};

/**
 * Whether the text has a longer word starting with `fragment`, other than an inflection of it (`fintech` → `fintechs`),
 * and from a dictionary tier up to `maxTier` if one is given.
 */
function completesInDocument(fragment: string, doc: Document, maxTier?: number): boolean {
  return doc.hasWordStartingWith(fragment) && doc.wordsStartingWith(fragment).some((w) => !isInflection(fragment, w) && (maxTier === undefined || dictionary().has(w, maxTier)));
}

/** `tetrahedra`, `strata`: a Greek or Latin plural of a listed `-on` or `-um` word, absent from the lists itself (shorter ones are listed; `exa` is no plural of `exon`). */
function isClassicalPlural(word: string): boolean {
  return word.length >= 6 && word.endsWith('a') && ['on', 'um'].some((ending) => dictionary().has(word.slice(0, -1) + ending));
}

function isInflection(word: string, longer: string): boolean {
  return INFLECTIONS.has(longer.slice(word.length));
}

interface ContextLimits {
  minQuoteWords: number;
  rareShortWordTier: number;
}

function inContext(doc: Document, start: number, word: string, context: string, limits: ContextLimits, closedClass = false): boolean {
  const { text } = doc;
  const line = doc.lineAt(start);
  const before = text.slice(Math.max(line.start, start - 12), start);
  // Part of a longer token (`bbc.co.uk`, `@user`, `e-mail`, `42nd`), or a unit after a number (`750 mm.`, `10 kw`): not prose.
  // After a hyphen only a compound of real words counts (`politically-bi”`), not `e-`, `co-`, `COVID-` or `Shin-ryogae-`.
  if (/[./@#_’'\p{N}]$/u.test(before) || (word.length <= 3 && /\p{N}\s+$/u.test(before))) return false;
  const head = before.endsWith('-') ? text.slice(letterRunStart(text, start - 1), start - 1) : '';
  if (before.endsWith('-') && !(LOWER_WORD.test(head) && head.length > 2 && isEnglishWord(head))) return false;
  if (context === 'closing-quote') return quotedWords(text, line.start, start, limits.minQuoteWords) >= limits.minQuoteWords;
  // Mid-sentence, rare and foreign words abound (`mucin,`, `alma mater,`, `en masse,`): there a fragment must be in no
  // list but the rare ones, and not follow a lower-case word that is no English one (the first half of a foreign phrase).
  if (context === 'punctuation') {
    // Right after an opening bracket stand glosses and romanisations (`森 (mori, forest)`), not cut words.
    if ('([（'.includes(text.charAt(start - 1))) return false;
    const previous = wordBefore(text, start);
    return word.length > 2 && !dictionary().has(word, limits.rareShortWordTier - 1) && !(LOWER_WORD.test(previous) && previous.length <= FOREIGN_WORD_MAX && !isEnglishWord(previous));
  }
  // Before the next sentence, a fragment of two or three letters must start a common word (`24 MMA fi.`, `side ef.`):
  // shorter ones, and others, are initials and short forms (`Mr. Smith`, `sq. m.`).
  if (context === 'sentence-end') return closedClass || word.length > 3 || (word.length >= 2 && dictionary().completions(word, COMMON_TIER, 1).length > 0);
  // At a line end, one- and two-letter words are mostly units or initials (`40 sq. m.`), so only longer fragments count.
  return closedClass || word.length > 2;
}

/** The word right before the one at `start` (across spaces only), or '' after punctuation or at a line start. */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00A0')) end--;
  return end < start ? text.slice(letterRunStart(text, end), end) : '';
}

/** In the dictionary's tiers up to ENGLISH_TIER (`songwriting`), not only in its rare ones (`de`, `en`, as in `de facto`, `en masse`). */
function isEnglishWord(word: string): boolean {
  return dictionary().has(word, ENGLISH_TIER);
}

/** Words between the quotation's opening mark and `end` (on the same line), counted up to `enough`. */
function quotedWords(text: string, lineStart: number, end: number, enough: number): number {
  let words = 1;
  for (let i = end - 1; i >= lineStart && words < enough; i--) {
    if (OPENING_QUOTE.test(text[i])) break;
    if (text[i] === ' ' && text[i + 1] !== ' ') words++;
  }
  return words;
}

/**
 * Whole words the fragment could have been: the document's own first (the most alike first), then the dictionary's,
 * commonest first, reaching into rarer tiers only when the common ones have none (`unsustaina` → unsustainable).
 * An inflection of a word already offered is left out (`consist`, not `consists` too).
 */
function completions(fragment: string, doc: Document, maxTier: number, limit: number): string[] {
  if (limit === 0) return [];
  const own = doc.wordsStartingWith(fragment);
  own.sort((a, b) => stringSimilarity.compareTwoStrings(fragment, b) - stringSimilarity.compareTwoStrings(fragment, a));
  const common = dictionary().completions(fragment, Math.min(maxTier, COMMON_TIER), limit * 2);
  const fromDictionary = common.length ? common : dictionary().completions(fragment, maxTier, limit * 2);
  const offered: string[] = [];
  for (const word of [...own, ...fromDictionary]) {
    if (offered.length === limit) break;
    if (!offered.some((o) => o === word || isInflection(o, word))) offered.push(word);
  }
  return offered;
}
