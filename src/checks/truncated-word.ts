// truncated-word: a word cut short by the MT or the scraper (`are vel”`, `obstruction o”`).
import stringSimilarity from 'string-similarity';
import { type Document, isUpperAt, letterRunStart, wordsIn } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

// Where fragments are looked for, each context with the regex that finds its mark (always one character).
const CONTEXT_MARKS = {
  'closing-quote': '[”"’»“](?!\\p{L})|\\.(?=[”"’»](?!\\p{L}))', // a closing quote (not an apostrophe), or the full stop before one
  // A full stop ending a line, or an ellipsis there (at its first dot): a teaser cut off (`sentenced th...`).
  'paragraph-end': '\\.(?=(?:\\.\\.)?[^\\S\\n]*(?:\\r?\\n|$))|…(?=[^\\S\\n]*(?:\\r?\\n|$))',
  'sentence-end': '\\.(?=[^\\S\\n]+[“"‘«]?\\p{Lu})', // a full stop before the next sentence
  punctuation: '[,;:](?=[^\\S\\n]|[”"’»](?!\\p{L}))', // before a space or a closing quote
  'line-end': '[\\r\\n]', // a line break (right after a word, as the loop finds): a paragraph cut with no mark at all
} as const;
/** `mid-sentence` has no mark: the words are walked (a fragment between two words, `96 flig on the 29th`). */
const CONTEXTS = [...(Object.keys(CONTEXT_MARKS) as (keyof typeof CONTEXT_MARKS)[]), 'mid-sentence'] as const;
type MarkedContext = keyof typeof CONTEXT_MARKS;
const OPENING_QUOTE = /[“"‘«„]/u;
const QUOTE_AFTER_STOP = /[”"’»]/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** Fragments are looked for in Latin script only: the dictionary is English, and a word of another script (`кофе`) is untranslated text. */
const LATIN_LOWER_WORD = /^[a-z\u00DF-\u00F6\u00F8-\u00FF\u0101-\u024F]+$/;
/** A text whose last character is a letter (tested on its last two code units: a letter may be a surrogate pair). */
const LETTER_AT_END = /\p{L}$/u;

/** The thresholds the helpers below read (the kind's fields of the same names). */
interface Limits {
  minQuoteWords: number;
  rareShortWordTier: number;
  commonTier: number;
  foreignWordMax: number;
  englishTier: number;
  lookBehind: number;
  unitMaxLength: number;
  units: ReadonlySet<string>;
  minCompoundHead: number;
  minBareFragment: number;
  lineEndMinWords: number;
  sentenceEndMinLength: number;
  sentenceEndFreeLength: number;
  classicalPluralMinLength: number;
}

export const truncatedWord = defineKind({
  name: 'truncated-word',
  summary: 'A lower-case fragment (no word, but the start of one), or a word no sentence ends with, before a closing quote or the full stop ending a paragraph.',
  fields: {
    contexts: { type: 'string[]', values: CONTEXTS, default: ['closing-quote', 'paragraph-end'], description: 'Where to look: right before a closing quote (or the full stop before one); before the full stop that ends a line (a paragraph, in article files); before the full stop before the next sentence (`sentence-end`: there two- and three-letter fragments must start a common word, as short forms abound); before a comma, semicolon or colon (there only fragments in no dictionary tier below `rareShortWordTier` that follow no lower-case foreign word, as mid-sentence rare words abound); at a line break with no mark, or at the end of a text that stops on a letter (`line-end`: when the line has `lineEndMinWords` words before the fragment and the next line, if any, starts a paragraph); between a number and a function word (`mid-sentence`: see `midSentenceBefore`).' },
    shortWords: { type: 'string[]', default: [], description: 'The only words shorter than `minLength` that are whole words.' },
    minLength: { type: 'integer', minimum: 1, default: 3, description: 'Shorter words must be in `shortWords`; longer ones in the dictionary.' },
    maxTier: { type: 'integer', minimum: 10, default: 70, description: 'The largest SCOWL tier (10–70) a word may come from to count as a word.' },
    shortWordMaxTier: { type: 'integer', minimum: 10, default: 70, description: 'The same for words of up to five letters: rare short entries (`cate`, `vac`) hide fragments.' },
    rareShortWordTier: { type: 'integer', minimum: 10, default: 70, description: 'A word of up to five letters from this tier or a rarer one is a fragment where the document uses a common word (tier 20 at most) that starts with it and is more than its inflection (`heal”` in an article about health, `vac,` beside vaccines), unless the document uses the short word elsewhere too.' },
    maxSuggestions: { type: 'integer', minimum: 0, default: 3, description: 'How many completions to suggest.' },
    exceptions: { type: 'string[]', default: [], description: 'Short forms written without their full stop (`etc`, `al`) that are never fragments.' },
    neverFinal: { type: 'string[]', default: [], description: 'Words that never end a sentence or a quotation (`the`, `and`, `or`): one standing there is where the text was cut. The message gets `{1}` = `sentence, ending in` for these, `word` for fragments.' },
    minQuoteWords: { type: 'integer', minimum: 1, default: 4, description: 'Before a closing quote, only quotations of at least this many words count (short quoted titles and coinages are not cut).' },
    shortWordLength: { type: 'integer', minimum: 1, default: 5, description: 'The longest word that `shortWordMaxTier` and `rareShortWordTier` apply to.' },
    commonTier: { type: 'integer', minimum: 10, default: 35, description: 'Fragments shorter than `longFragment` letters, and two- and three-letter fragments before the next sentence, must start a word of this tier or a commoner one (a rare word\'s short prefix is weak evidence of a cut); completions are offered from it first.' },
    longFragment: { type: 'integer', minimum: 1, default: 5, description: 'From this many letters, a fragment may start a word of any tier up to `maxTier`.' },
    evidenceTier: { type: 'integer', minimum: 10, default: 20, description: 'The tier a word of the document must be in to show that a rare short word is its cut (`heal` → `health`).' },
    inflections: { type: 'string[]', default: ['s', 'es', 'ed', 'ing', 'er', 'ers', '’s', "'s"], description: 'Endings that make a word of a word: a fragment whose only completions add one of these is a whole word (`skier`, `fintech`).' },
    completionsLookedAt: { type: 'integer', minimum: 1, default: 10, description: 'Dictionary completions looked at (commonest first) for one that is more than an inflection.' },
    classicalPluralMinLength: { type: 'integer', minimum: 1, default: 6, description: 'The shortest word in `-a` taken for the Greek or Latin plural of a listed `-on` or `-um` word (`strata`, `tetrahedra`; `exa` is no plural of `exon`).' },
    foreignWords: { type: 'string[]', default: [], description: 'Function words of the source languages that are no English words (`les`, `est`, `del`, `und`): a fragment in a sentence holding one in lower case is a word of that language (`Émile Zola est mort.`), which the translation rules report.' },
    foreignWordMax: { type: 'integer', minimum: 0, default: 7, description: 'Before a comma, a fragment after a lower-case word of at most this many letters that is no English word is the second half of a foreign phrase (`de facto`, `alma mater`); a longer unknown word is English the lists lack (`coronavirus`).' },
    englishTier: { type: 'integer', minimum: 10, default: 55, description: 'The rarest tier of a word taken for English where foreign phrases are told apart, and for the head of a hyphenated compound (SCOWL puts `de` and `en` at 60–70).' },
    lookBehind: { type: 'integer', minimum: 1, default: 12, description: 'How many characters before a fragment are read to tell a longer token (`bbc.co.uk`, `@user`, `42nd`), a unit after a number or a compound from prose.' },
    unitMaxLength: { type: 'integer', minimum: 0, default: 3, description: 'A word of at most this many letters after a number is a unit (`750 mm.`, `10 kw`), not a fragment; when `units` are listed, only those are.' },
    units: { type: 'string[]', default: [], description: 'The units and short forms that stand after a number (`km`, `bn`, `yrs`): with a list, a short non-word after a number that is not in it is a fragment when the document writes a longer word starting with it (`10,000 acr.` beside `acres`, `300 gra.` beside `grams`; three letters at least).' },
    minCompoundHead: { type: 'integer', minimum: 1, default: 3, description: 'After a hyphen, only a compound whose first part is an English word of at least this many lower-case letters counts (`politically-bi”`, not `e-`, `co-`).' },
    lineEndMinWords: { type: 'integer', minimum: 1, default: 10, description: 'At a line end with no mark (`line-end`), the fewest words before the fragment on its line: shorter lines are headings and labels.' },
    minBareFragment: { type: 'integer', minimum: 1, default: 3, description: 'Before a comma and at a line end, the fewest letters of a fragment (shorter ones are units and initials: `40 sq. m.`).' },
    sentenceEndMinLength: { type: 'integer', minimum: 1, default: 2, description: 'Before the next sentence, the fewest letters of a fragment.' },
    capitalised: { type: 'boolean', default: false, description: 'Also a capitalised fragment before the full stop ending a sentence or a paragraph (`the ferry left for Gotl.`): no English word, standing nowhere else in the document, of at least `minCapitalisedFragment` letters, the start of a longer word the document writes (`Gotland`), and none of `abbreviations`. After a comma or a hyphen it is left alone (`Austin, Tex.`).' },
    minCapitalisedFragment: { type: 'integer', minimum: 1, default: 3, description: 'The fewest letters of a capitalised fragment (`Por.`); shorter ones are initials and short forms (`Mt.`, `St.`).' },
    maxCapitalisedFragment: { type: 'integer', minimum: 1, default: 5, description: 'The most letters of a capitalised fragment: a longer capitalised word is a whole name more often than a cut one (`Meta`, `Strasse`).' },
    nameSuffixes: { type: 'string[]', default: ['n', 'an', 'ian', 'ians', 'ans', 'ns', 'i', 'is', 'ese', 'ish', 'ic', 'ics', 'er', 'ers', 'ern', 'ean', 'eans', 'ite', 'ites', 'ist', 'ists', 'ism', 's', 'es', '’s', "'s"], description: 'Endings that make a word of a name (`Russia` → `Russian`, `Iraq` → `Iraqi`, `Europe` → `European`): a capitalised word whose only longer forms in the document add one of these is whole.' },
    abbreviations: { type: 'string[]', default: [], description: 'Capitalised short forms written with a full stop that start a longer word (`Gen.`, `Calif.`, `Sept.`), written without their stop: never capitalised fragments.' },
    midSentenceBefore: { type: 'string[]', default: [], description: 'Mid-sentence (`mid-sentence`: after a number), the words a fragment must stand before: function words (`on`, `the`, `in`), not the noun a short form of a unit or a rare word goes on with (`5 gig plan`).' },
    midSentenceTier: { type: 'integer', minimum: 10, default: 20, description: 'Mid-sentence, the tier of the common word a fragment shorter than `longFragment` must start (`flig` → flight); a longer one may start a word of `commonTier` (`reinforc` → reinforce).' },
    sentenceEndFreeLength: { type: 'integer', minimum: 1, default: 4, description: 'Before the next sentence, a shorter fragment must start a word of `commonTier` (`24 MMA fi.`); shorter ones that do not are initials and short forms (`Mr. Smith`, `sq. m.`).' },
  },
  fixable: () => false,
  compile(options, rule) {
    const contexts = options.contexts;
    // Only the enabled contexts are searched for: commas alone outnumber all the other marks.
    const marked = contexts.filter((c): c is MarkedContext => c in CONTEXT_MARKS);
    const contextMarks = marked.length ? new RegExp(marked.map((c) => CONTEXT_MARKS[c]).join('|'), 'gu') : undefined;
    const midSentence = contexts.includes('mid-sentence');
    const lineEnd = contexts.includes('line-end');
    const wordsAfterFragment = new Set(options.midSentenceBefore.map((w) => shortWordCode(w.toLowerCase(), 0, w.length)).filter((code) => code > 0));
    const { midSentenceTier } = options;
    const shortWords = new Set(options.shortWords.map((w) => w.toLowerCase()));
    const minLength = options.minLength;
    const maxTier = options.maxTier;
    const shortWordMaxTier = options.shortWordMaxTier;
    const rareShortWordTier = options.rareShortWordTier;
    const maxSuggestions = options.maxSuggestions;
    const exceptions = new Set(options.exceptions);
    const { evidenceTier, longFragment, commonTier, completionsLookedAt, shortWordLength } = options;
    const inflections = new Set(options.inflections);
    const isInflection = (word: string, longer: string) => inflections.has(longer.slice(word.length));
    const limits: Limits = { ...options, units: new Set(options.units.map((u) => u.toLowerCase())) };
    const neverFinal = new Set(options.neverFinal.map((w) => w.toLowerCase()));
    const foreignWords = new Set(options.foreignWords);
    const abbreviations = new Set(options.abbreviations.map((w) => w.toLowerCase()));
    const nameSuffixes = new Set(options.nameSuffixes);
    const { minCapitalisedFragment: minCapitalised, maxCapitalisedFragment: maxCapitalised } = options;
    // A capitalised fragment is a name or a capitalised word cut short (`Gotl.` beside `Gotland`), not a short form.
    const isCapitalisedFragment = (word: string, doc: Document): boolean => {
      const lower = word.toLowerCase();
      if (abbreviations.has(lower) || exceptions.has(lower)) return false;
      if (dictionary().has(lower) || doc.countAsWritten(word) > 1) return false;
      // A longer word written capitalised too (a name's cut, not `Meta` beside `metaverse`) that is more than a word
      // derived from the name (`Russia` → `Russian`, `Iraq` → `Iraqi`); and no longer word that compounds the name with
      // an English word (`Meta` → `Metaverses`), which shows the name whole.
      const rests = doc.wordsStartingWith(lower).map((w) => w.slice(lower.length));
      if (rests.some((rest) => rest.length >= MIN_COMPOUND_PART && dictionary().has(rest))) return false;
      // (Letters only: a word that goes on in other marks, `Obamaâ€™s`, is encoding damage.)
      return rests.some((rest) => LATIN_LOWER_LETTERS.test(rest) && !isInflection(lower, lower + rest) && !nameSuffixes.has(rest) && doc.countAsWritten(word + rest) > 0);
    };

    // Words that are whole in any document (in the dictionary within the tiers, and none of `neverFinal`): most words asked about.
    const wholeWords = new Set<string>();
    // A fragment is no word of its own but the start of one (`vel` → velvet, `consi` → consider);
    // a real word missing from the dictionary (`lockdown`) starts no longer word, so it is left alone.
    const isFragment = (word: string, doc: Document): boolean => {
      if (exceptions.has(word)) return false;
      if (word.length < minLength) return !shortWords.has(word);
      const short = word.length <= shortWordLength;
      if (dictionary().has(word, short ? shortWordMaxTier : maxTier)) {
        // A rare short word is whole unless the document shows what it was cut from.
        if (!short || dictionary().has(word, rareShortWordTier - 1)) wholeWords.add(word);
        else if (doc.countOf(word) <= 1) return completesInDocument(word, doc, isInflection, evidenceTier);
        return false;
      }
      if (doc.countOf(word) > 1) return false; // used elsewhere as a word of its own: jargon, not a cut
      if (isClassicalPlural(word, limits.classicalPluralMinLength)) return false;
      const longer = dictionary().completions(word, word.length >= longFragment ? maxTier : commonTier, completionsLookedAt);
      return completesInDocument(word, doc, isInflection) || longer.some((w) => !isInflection(word, w));
    };

    // Words passed over mid-sentence in any document (listed, or no Latin lower-case word), most of the words asked
    // about: by their number when they have up to ten ASCII letters (no string is cut out for them), else as written.
    const listedCodes = new Set<number>();
    const listedWords = new Set<string>();
    /**
     * Fragments between a number and a function word (`a total of 96 flig on the 29th`, `for the next 48 hou in 12
     * districts`): no word in any list, its plural unlisted, standing once in the document, the start of a common word,
     * and no unit (`3 tsp of`, `20 mins to`). Elsewhere mid-sentence, rare words, clippings and loanwords abound (`tech
     * giant`, `a statin in`, `big pharma in`): they start common words too.
     */
    const midSentenceFragments = (doc: Document): RawFinding[] => {
      const { text } = doc;
      const { count, starts, ends } = doc.words; // the document's shared word index
      const found: RawFinding[] = [];
      for (let i = 1; i < count - 1; i++) {
        // Only after a number (`96 flig on`, `48 hou in`): after a word, clippings and loanwords the lists lack are many
        // (`a statin in`, `big pharma in`, `the bac in`; a reviewer's clean passages found 48). The word before is read
        // first: one character passes over nearly every word.
        const before = text.charCodeAt(starts[i - 1]);
        if (before < 48 || before > 57) continue;
        const start = starts[i];
        const end = ends[i];
        // (Then the word index, which reads no character: one mark between the words, a short word after; then the
        // characters: a lower-case ASCII letter first, spaces around, a function word after.)
        if (end - start < minLength || end - start > MAX_MID_FRAGMENT || ends[i - 1] !== start - 1 || starts[i + 1] !== end + 1 || ends[i + 1] - end > MAX_FUNCTION_WORD + 1) continue;
        const first = text.charCodeAt(start);
        if (first < 97 || first > 122 || text.charCodeAt(end) !== 32 || text.charCodeAt(start - 1) !== 32) continue;
        if (!wordsAfterFragment.has(shortWordCode(text, end + 1, ends[i + 1]))) continue;
        const code = wordCode(text, start, end);
        if (code && listedCodes.has(code)) continue;
        const word = text.slice(start, end);
        if (!code && listedWords.has(word)) continue;
        // (A word whose plural is listed is whole: `app`, `carb`.)
        if (!LATIN_LOWER_WORD.test(word) || exceptions.has(word) || dictionary().has(word) || dictionary().has(`${word}s`)) {
          if (code) listedCodes.add(code);
          else listedWords.add(word);
          continue;
        }
        if (doc.countOf(word) > 1 || isClassicalPlural(word, limits.classicalPluralMinLength)) continue;
        const longer = dictionary().completions(word, word.length >= longFragment ? commonTier : midSentenceTier, completionsLookedAt).filter((w) => !MID_SENTENCE_INFLECTIONS.has(w.slice(word.length)));
        if (!longer.length || !inContext(doc, start, word, 'mid-sentence', limits)) continue;
        found.push({ message: fill(rule.message, [word, 'word']), offset: start, length: word.length, suggestions: completions(word, doc, maxTier, maxSuggestions, commonTier, isInflection) });
      }
      return found;
    };

    return (doc) => {
      const { text } = doc;
      const findings: RawFinding[] = [];
      if (!contexts.length) return findings;
      if (midSentence) findings.push(...midSentenceFragments(doc));
      const verdicts = new Map<string, boolean>(); // a word is a fragment or not wherever it stands
      const fragment = (word: string) => verdicts.get(word) ?? verdicts.set(word, isFragment(word, doc)).get(word)!;
      const capitalisedVerdicts = new Map<string, boolean>();
      const capitalisedFragment = (word: string) => capitalisedVerdicts.get(word) ?? capitalisedVerdicts.set(word, isCapitalisedFragment(word, doc)).get(word)!;
      // Scan for the contexts, which are rare, rather than test every word of the document.
      // Every mark is one character: test() and lastIndex find it without an array per match (commas are many).
      if (!contextMarks) return findings;
      // A text that stops on a letter (a file with no newline at its end) has its last line end there too.
      const endsOnLetter = lineEnd && LETTER_AT_END.test(text.slice(-2));
      let ended = false;
      /** Where the next context mark stands (the text's length for the end of a text that stops on a letter), or -1. */
      const nextMark = () => {
        if (!ended && contextMarks.test(text)) return contextMarks.lastIndex - 1;
        if (ended || !endsOnLetter) return -1;
        ended = true;
        return text.length;
      };
      contextMarks.lastIndex = 0;
      for (let at = nextMark(); at >= 0; at = nextMark()) {
        const mark = at === text.length ? '\n' : text[at];
        const start = letterRunStart(text, at);
        const word = text.slice(start, at);
        if (options.capitalised && mark === '.' && isUpperAt(text, start)) {
          // (The length first: most capitalised words before a stop are longer names.)
          if (word.length >= minCapitalised && word.length <= maxCapitalised && LATIN_CAPITALISED_WORD.test(word) && endsSentence(text, at) && startsCapitalisedFragment(text, start) && capitalisedFragment(word)) {
            findings.push({ message: fill(rule.message, [word, 'word']), offset: start, length: word.length, suggestions: capitalisedCompletions(word, doc, maxSuggestions) });
          }
          continue;
        }
        // Known whole words first: most words before a full stop or a comma are plain words.
        if (!word || wholeWords.has(word) || !LATIN_LOWER_WORD.test(word)) continue;
        // A word starts after a space or an opening mark; letters after a symbol (`governmÃ©nt`, `Sun�ay`) are the rest of a
        // word that encoding damage broke, which the encoding rules report.
        if (start > 0 && !WORD_START_AFTER.test(text[start - 1])) continue;
        const context = mark === '…' ? 'paragraph-end' : mark === '.' ? (QUOTE_AFTER_STOP.test(text.charAt(at + 1)) ? 'closing-quote' : /^\.[^\S\n]+[“"‘«]?\p{Lu}/u.test(text.slice(at, at + 4)) ? 'sentence-end' : 'paragraph-end') : ',;:'.includes(mark) ? 'punctuation' : mark === '\n' || mark === '\r' ? 'line-end' : 'closing-quote';
        // (Before an ellipsis only a fragment counts: speech trails off after whole words, `Oh my...`, `but…`.)
        const beforeEllipsis = mark === '…' || (mark === '.' && text.charCodeAt(at + 1) === 0x2e);
        if (neverFinal.has(word)) {
          if (beforeEllipsis) continue;
          // A whole word, but one no sentence ends with: the cut fell between words (`attention to the homosexual or”`).
          // Only a mark that surely closes counts here: `"` and `’` also stand misplaced before a quotation (`that a" new`) or as apostrophes.
          // Before a comma or colon they are common (`and, of course,`): only sentence and quotation ends count.
          // A straight `"` closes when it pairs with an opening one before it on its line (an odd count before it).
          const closes = context === 'paragraph-end' || context === 'sentence-end' || mark === '.' || mark === '”' || mark === '»' || (mark === '"' && closesStraightQuote(text, at));
          if (closes && inContext(doc, start, word, context, limits, true)) findings.push({ message: fill(rule.message, [word, 'sentence, ending in']), offset: start, length: word.length });
          continue;
        }
        // (At a bare line end, most lines are headings or wrapped: the line is looked at before the word is.)
        const kept = context === 'line-end' ? inContext(doc, start, word, context, limits) && fragment(word) : fragment(word) && inContext(doc, start, word, context, limits);
        if (!kept || inForeignSentence(text, start, foreignWords)) continue;
        findings.push({
          message: fill(rule.message, [word, 'word']),
          offset: start,
          length: word.length,
          suggestions: word.length < minLength ? [] : completions(word, doc, maxTier, maxSuggestions, commonTier, isInflection),
        });
      }
      return findings;
    };
  },
});

/** Whether the sentence that ends with the word at `start` (back to a stop or a line's start) holds one of `foreign`. */
function inForeignSentence(text: string, start: number, foreign: ReadonlySet<string>): boolean {
  if (!foreign.size) return false;
  const from = Math.max(0, start - FOREIGN_LOOK_BACK);
  const before = text.slice(from, start);
  const sentence = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?][^.!?]*$/)) + 1);
  // (Lower-case words as written, standing alone: `Le Pen`, `Los Angeles`, `MIT` and `bbc.com` are English text's.)
  for (const m of sentence.matchAll(/(?<![\p{L}.])\p{Ll}+(?![\p{L}.])/gu)) if (foreign.has(m[0])) return true;
  return false;
}

/** How far back a fragment's sentence is read for words of another language. */
const FOREIGN_LOOK_BACK = 200;

/**
 * Whether the text has a longer word starting with `fragment`, other than an inflection of it (`fintech` → `fintechs`),
 * and from a dictionary tier up to `maxTier` if one is given.
 */
function completesInDocument(fragment: string, doc: Document, isInflection: (word: string, longer: string) => boolean, maxTier?: number): boolean {
  return doc.hasWordStartingWith(fragment) && doc.wordsStartingWith(fragment).some((w) => !isInflection(fragment, w) && (maxTier === undefined || dictionary().has(w, maxTier)));
}

/** `tetrahedra`, `strata`: a Greek or Latin plural of a listed `-on` or `-um` word, absent from the lists itself (shorter ones are listed; `exa` is no plural of `exon`). */
function isClassicalPlural(word: string, minLength: number): boolean {
  return word.length >= minLength && word.endsWith('a') && ['on', 'um'].some((ending) => dictionary().has(word.slice(0, -1) + ending));
}

function inContext(doc: Document, start: number, word: string, context: string, limits: Limits, closedClass = false): boolean {
  const { text } = doc;
  const line = doc.lineAt(start);
  const before = text.slice(Math.max(line.start, start - limits.lookBehind), start);
  // Part of a longer token (`bbc.co.uk`, `@user`, `e-mail`, `42nd`), or a unit after a number (`750 mm.`, `10 kw`): not prose.
  // After a hyphen only a compound of real words counts (`politically-bi”`), not `e-`, `co-`, `COVID-` or `Shin-ryogae-`.
  if (/[./@#_’'\p{N}]$/u.test(before)) return false;
  // After a number a short word is a unit: any, or only a listed one when the document also writes a longer English
  // word that starts with it (`10,000 acr.` beside `acres`); a unit of another language (`2 rin`) starts none, and two
  // letters (`2 ri`) are too few to tell.
  if (word.length <= limits.unitMaxLength && /\p{N}\s+$/u.test(before) && (!limits.units.size || limits.units.has(word) || word.length < 3 || !doc.wordsStartingWith(word).some((w) => w.length > word.length && isEnglishWord(w, limits.englishTier)))) return false;
  const head = before.endsWith('-') ? text.slice(letterRunStart(text, start - 1), start - 1) : '';
  if (before.endsWith('-') && !(LOWER_WORD.test(head) && head.length >= limits.minCompoundHead && isEnglishWord(head, limits.englishTier))) return false;
  if (context === 'closing-quote') return quotedWords(text, line.start, start, limits.minQuoteWords) >= limits.minQuoteWords;
  // Mid-sentence, rare and foreign words abound (`mucin,`, `alma mater,`, `en masse,`): there a fragment must be in no
  // list but the rare ones, and not follow a lower-case word that is no English one (the first half of a foreign phrase).
  if (context === 'punctuation') {
    // Right after an opening bracket stand glosses and romanisations (`森 (mori, forest)`), not cut words.
    if ('([（'.includes(text.charAt(start - 1))) return false;
    // A word that is a whole item of a list of short items (`…, pierogi, pho, jollof rice`) is a loan or a name, not a cut word.
    if (text.charAt(start + word.length) === ',' && /,[^\S\n]+[^,\n]{1,30},[^\S\n]$/u.test(text.slice(Math.max(line.start, start - 40), start))) return false;
    const previous = wordBefore(text, start);
    return word.length >= limits.minBareFragment && !dictionary().has(word, limits.rareShortWordTier - 1) && !(LOWER_WORD.test(previous) && previous.length <= limits.foreignWordMax && !isEnglishWord(previous, limits.englishTier));
  }
  // Before the next sentence, a fragment of two or three letters must start a common word (`24 MMA fi.`, `side ef.`):
  // shorter ones, and others, are initials and short forms (`Mr. Smith`, `sq. m.`).
  if (context === 'sentence-end') return closedClass || word.length >= limits.sentenceEndFreeLength || (word.length >= limits.sentenceEndMinLength && dictionary().completions(word, limits.commonTier, 1).length > 0);
  // A line that stops after a word with no mark at all is a paragraph cut only when it is a paragraph (long enough) and
  // the next line starts one (a capital, a quote, a blank line): a wrapped line goes on in lower case, a heading is short.
  if (context === 'line-end') {
    const next = text.slice(line.end, line.end + 4).replace(/^\r?\n/, '');
    return word.length >= limits.minBareFragment && (next === '' || /^(?:\r?\n|[\p{Lu}\d“"‘«([])/u.test(next)) && wordsIn(text, line.start, start, limits.lineEndMinWords) >= limits.lineEndMinWords;
  }
  // At a line end, one- and two-letter words are mostly units or initials (`40 sq. m.`), so only longer fragments count.
  return closedClass || word.length >= limits.minBareFragment;
}

/** Mid-sentence, the longest fragment looked at, and the longest word after it looked up (`their`). */
const MAX_MID_FRAGMENT = 14;
const MAX_FUNCTION_WORD = 5;
/**
 * A number for a word of up to five lower-case ASCII letters (five bits a letter), or 0 for any other: the word after
 * each candidate is looked up without cutting it out of the text.
 */
function shortWordCode(text: string, start: number, end: number): number {
  return end - start > MAX_FUNCTION_WORD ? 0 : wordCode(text, start, end);
}

/** A number for a word of up to ten lower-case ASCII letters (five bits a letter: exact in a double), or 0 for any other. */
function wordCode(text: string, start: number, end: number): number {
  if (end - start > 10) return 0;
  let code = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) return 0;
    code = code * 32 + (c - 96);
  }
  return code;
}
/** Mid-sentence, endings that make a listed word of a whole one the lists lack (`annexe` → annexed). */
// (Not `r`: `farme` is `farmer` cut, not a word the lists lack.)
const MID_SENTENCE_INFLECTIONS = new Set(['s', 'd', 'es', 'ed', 'ing', '’s', "'s"]);
const WORD_START_AFTER = /[\s“"‘'(«\[\-–—/]/;
const LATIN_CAPITALISED_WORD = /^[A-Z][a-z]+$/;
const LATIN_LOWER_LETTERS = /^[a-z]+$/;
/** The fewest letters of a common word that, after a name, makes a compound of it (`Metaverse`), not its rest. */
const MIN_COMPOUND_PART = 4;

const SENTENCE_END = /\.(?:[^\S\n]*(?:\r?\n|$)|[^\S\n]+[“"‘«]?\p{Lu})/uy;

/** Whether the full stop at `at` ends a sentence (a capital or an opening quote follows) or a line, not a quotation. */
function endsSentence(text: string, at: number): boolean {
  SENTENCE_END.lastIndex = at;
  return SENTENCE_END.test(text);
}

/**
 * Whether a capitalised word at `start` stands where a cut name can: after a space on its line, not after a comma
 * (`Austin, Tex.`, a place's state or country written short), a hyphen, or another short form (`Mt. Everest`).
 */
function startsCapitalisedFragment(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return /[^\S\n]$/.test(before) && !/[,.\-–—][^\S\n]*$/.test(before);
}

/** The document's own longer words that start with the fragment, capitalised as it is (`Gotland`, `Gotlanders`). */
function capitalisedCompletions(fragment: string, doc: Document, limit: number): string[] {
  return doc.wordsStartingWith(fragment.toLowerCase()).slice(0, limit).map((w) => fragment[0] + w.slice(1));
}

/**
 * Whether the straight quote at `at` surely closes a quotation: one opened before it on its line (an odd number stand
 * before it), and after it a comma, a stop, the line's end or an attribution (`from an" a viewer wrote`). A quote moved
 * into a phrase (`reports that a" new type of virus`) has the quotation go on after it.
 */
function closesStraightQuote(text: string, at: number): boolean {
  return ATTRIBUTION_AFTER_QUOTE.test(text.slice(at + 1, at + 80)) && straightQuotesBefore(text, at) % 2 === 1;
}

const ATTRIBUTION_AFTER_QUOTE = /^(?:[,.]|[^\S\n]*(?:\n|$)|[^\S\n]+(?:[\p{L}'’-]+[^\S\n]+){0,4}(?:said|says|wrote|writes|told|tells|added|adds|noted|asked|explained|stressed)\b)/u;

/**
 * How many straight quotes stand between the line's start and `at`. The check asks in text order, so the count goes on
 * from the last answer, starting again at each line break it passes (counting back from each quote was quadratic on a
 * line of many quotes, and so was looking ahead for the next line break).
 */
let lastCount = { text: '', at: -1, count: 0 };
function straightQuotesBefore(text: string, at: number): number {
  let { count, at: from } = lastCount;
  if (lastCount.text !== text || from > at) {
    count = 0;
    from = text.lastIndexOf('\n', at - 1) + 1;
  }
  for (let i = from; i < at; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) count = 0;
    else if (code === 0x22) count++;
  }
  lastCount = { text, at, count };
  return count;
}

/** The word right before the one at `start` (across spaces only), or '' after punctuation or at a line start. */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00A0')) end--;
  return end < start ? text.slice(letterRunStart(text, end), end) : '';
}

/** In the dictionary's tiers up to `englishTier` (`songwriting`), not only in its rare ones (`de`, `en`, as in `de facto`, `en masse`). */
function isEnglishWord(word: string, englishTier: number): boolean {
  return dictionary().has(word, englishTier);
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
function completions(fragment: string, doc: Document, maxTier: number, limit: number, commonTier: number, isInflection: (word: string, longer: string) => boolean): string[] {
  if (limit === 0) return [];
  const own = doc.wordsStartingWith(fragment);
  own.sort((a, b) => stringSimilarity.compareTwoStrings(fragment, b) - stringSimilarity.compareTwoStrings(fragment, a));
  const common = dictionary().completions(fragment, Math.min(maxTier, commonTier), limit * 2);
  const fromDictionary = common.length ? common : dictionary().completions(fragment, maxTier, limit * 2);
  const offered: string[] = [];
  for (const word of [...own, ...fromDictionary]) {
    if (offered.length === limit) break;
    if (!offered.some((o) => o === word || isInflection(o, word))) offered.push(word);
  }
  return offered;
}
