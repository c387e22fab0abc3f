// glued-words: two words run together (`governmentsaid`, `Merkelwhich`), where MT or a scraper lost a space.
import type { Document } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { defineKind } from './kind.js';
import { fill } from './template.js';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWER = /^\p{Ll}+$/u; // letters only: `don't`, `42nd` are no glued words

export const gluedWords = defineKind({
  name: 'glued-words',
  summary: 'A token in no dictionary that splits into a known word and a common word from `joiners`; the fix puts the space back.',
  fields: {
    joiners: { type: 'string[]', required: true, description: 'Short common words that get glued to the word before them (`which`, `said`, `the`).' },
    maxTier: { type: 'integer', minimum: 10, default: 50, description: 'The largest SCOWL tier the first word may come from.' },
    minLength: { type: 'integer', minimum: 4, default: 6, description: 'The shortest token looked at (shorter ones are rarely glued and many).' },
    minHeadLength: { type: 'integer', minimum: 1, default: 2, description: 'The fewest letters of the first word.' },
    leaders: { type: 'string[]', default: [], description: 'Short common words that get glued to the word after them (`the` in `thecity`, `of` in `ofthe`): a lower-case token in no dictionary that is one of these and a word of at least `minTailLength` letters is split after it.' },
    minTailLength: { type: 'integer', minimum: 1, default: 3, description: 'The fewest letters of the word after a leader.' },
    minNameLength: { type: 'integer', minimum: 1, default: 3, description: 'A capitalised first word is a name the document uses on its own (`Merkel` in `Merkelwhich`); it and the joiner must have at least this many letters (`Israelis` is no `Israel` + `is`).' },
    inflectedHeads: { type: 'string[]', default: [], description: 'Endings of an inflected or derived first word (`ing`, `ed`, `ly`, `tion`): a lower-case token of `minCompoundLength` letters or more in no dictionary that splits into a word with one of these endings and a word of four letters or more is two content words glued (`causingdisorder`, `temporarydetention`). Compounds join bare stems (`heatwave`, `cyberattack`, `livestream`), which these endings leave out.' },
    minCompoundLength: { type: 'integer', minimum: 6, default: 10, description: 'The shortest token split into two content words.' },
    notTails: { type: 'string[]', default: [], description: 'Suffix-like words that are no second word after an inflected head (`less`, `ness`, `like`, `wise`).' },
    gluedOnPage: { type: 'integer', minimum: 0, default: 0, description: 'A page that shows this many glued words by the tests above (and one in a thousand words at least) lost its spaces wherever it was wrapped: its other lower-case tokens in no dictionary, written once, that split one way only into a word of `leaders` or `joiners` and a word of `pageTier` (`hasordered`, `withno`), and are no misspelling of a word (one letter off, or two swapped: `theif`), are glued too. 0: off.' },
    pageTier: { type: 'integer', minimum: 10, default: 35, description: 'The largest SCOWL tier of both words of a split made on a page that glues words (`gluedOnPage`).' },
  },
  fixable: () => true,
  compile(options, rule) {
    const joiners = options.joiners.map((j) => j.toLowerCase()).sort((a, b) => b.length - a.length);
    const maxTier = options.maxTier;
    const minLength = options.minLength;
    const { minHeadLength, minNameLength } = options;
    const isWord = (w: string) => dictionary().has(w, maxTier);
    // Only tokens that end in a joiner are looked at, compared in place (no string made for the others):
    // this runs for every word of the document; the dictionary is then asked about few of them.
    // Joiners by their last letter's code (an array, not a map: this is asked for every long word).
    const joinersByLast: (string[] | undefined)[] = [];
    for (const j of joiners) (joinersByLast[j.charCodeAt(j.length - 1)] ??= []).push(j);
    const leaders = options.leaders.map((l) => l.toLowerCase()).sort((a, b) => b.length - a.length);
    const inflectedHead = options.inflectedHeads.length ? new RegExp(`(?:${options.inflectedHeads.join('|')})$`) : undefined;
    const notTails = new Set(options.notTails);
    const minCompound = options.minCompoundLength;
    // Leaders and joiners, and those by their first and last letter's code, for a page that glues words (gluedOnPage).
    const small = new Set([...joiners, ...options.leaders.map((l) => l.toLowerCase())]);
    const smallByFirst: (string[] | undefined)[] = [];
    const smallByLast: (string[] | undefined)[] = [];
    for (const w of small) {
      (smallByFirst[w.charCodeAt(0)] ??= []).push(w);
      (smallByLast[w.charCodeAt(w.length - 1)] ??= []).push(w);
    }
    const leadersByFirst: (string[] | undefined)[] = [];
    for (const l of leaders) (leadersByFirst[l.charCodeAt(0)] ??= []).push(l);
    /** A lower-case token that starts with a leader (`thecity`): its first letter is looked up before any string is made. */
    const startsWithLeader = (text: string, start: number, end: number): boolean => {
      const candidates = leadersByFirst[text.charCodeAt(start)];
      if (!candidates) return false;
      for (const l of candidates) if (end - start - l.length >= options.minTailLength && text.startsWith(l, start)) return true;
      return false;
    };
    /**
     * Two function words glued in a token of five letters (`ofthe`, `inthe`, `Atthe`; longer ones, `inthis`, are the
     * leaders' split below): a two-letter leader, then a three-letter determiner (`the`, `his`, `its`, `our`); the two as
     * written, a space between them, or undefined. (`her` is left out: `Ather` is a name.) Its last letters are compared
     * first, in place: most five-letter words end otherwise.
     */
    /**
     * Whether a short token stands in running prose: no hashtag, handle, code or quoted form around it (`#inthe`,
     * `onits_way`, `inthe()`, `"tothe"`), and capitalised only where a sentence starts (`Atthe same time`; a name
     * elsewhere: `Ahmed Onits`, `Atthe Table`).
     */
    const inProse = (text: string, start: number, end: number): boolean => {
      const before = text.charAt(start - 1);
      const after = text.charAt(end);
      if (/[-#@_/.'"“‘`]/.test(before) || /[-_(@/'"”’`]/.test(after) || (after === '.' && /\w/.test(text.charAt(end + 1)))) return false;
      if (!/[A-Z]/.test(text.charAt(start))) return true;
      // (At a sentence's start, and going on with a word: `Byour, a start-up,` is a name.)
      return /(?:^|[.!?]["”’)]?\s+|\n\s*)$/.test(text.slice(Math.max(0, start - 4), start)) && /^ \p{Ll}/u.test(text.slice(end, end + 2));
    };
    const leaderPair = (text: string, start: number, end: number): string | undefined => {
      const tail = ((text.charCodeAt(end - 3) | 32) << 16) | ((text.charCodeAt(end - 2) | 32) << 8) | (text.charCodeAt(end - 1) | 32);
      if (!SHORT_DETERMINER_CODES.has(tail) || !leadersByFirst[text.charCodeAt(start) | 32]) return undefined;
      const token = text.slice(start, end);
      if (!/^[A-Za-z][a-z]+$/.test(token)) return undefined;
      const lower = token.toLowerCase();
      if (dictionary().has(lower)) return undefined;
      // (The determiner was settled by the codes above: only the leader is left to look up.)
      return leaders.includes(lower.slice(0, 2)) ? `${token.slice(0, 2)} ${token.slice(2)}` : undefined;
    };
    const endsInJoiner = (text: string, start: number, end: number): boolean => {
      const candidates = joinersByLast[text.charCodeAt(end - 1) | 32];
      if (!candidates) return false;
      for (const j of candidates) {
        if (end - start - j.length < minHeadLength) continue;
        let k = 2;
        while (k <= j.length && (text.charCodeAt(end - k) | 32) === j.charCodeAt(j.length - k)) k++;
        if (k > j.length) return true;
      }
      return false;
    };
    // Tokens that are words or no candidates (`don't`, `McCain`) in any document: most tokens, settled once per run.
    const neverGlued = new Set<string>();
    // Tokens split into two content words, not at a function word (`causingdisorder`).
    const contentSplit = new Set<string>();
    return (doc) => {
      const { text } = doc;
      const { count, starts, ends } = doc.words; // the document's shared word index
      const findings: RawFinding[] = [];
      // Splits found per distinct token: a long text repeats its words, the dictionary is asked once each.
      const splitsOf = new Map<string, string[]>();
      for (let i = 0; i < count; i++) {
        const start = starts[i];
        const end = ends[i];
        // (A short token is looked at only as two function words glued, `ofthe`, `Atthe`: short words are many.)
        if (end - start < minLength) {
          const pair = end - start === 5 && inProse(text, start, end) ? leaderPair(text, start, end) : undefined;
          if (pair) findings.push({ message: fill(rule.message, [text.slice(start, end), pair]), offset: start, length: end - start, fix: { offset: start, length: end - start, text: pair } });
          continue;
        }
        if (!(endsInJoiner(text, start, end) || startsWithLeader(text, start, end) || (inflectedHead && end - start >= minCompound)) || text.charAt(start - 1) === '-' || text.charAt(end) === '-') continue;
        const token = text.slice(start, end);
        if (neverGlued.has(token)) continue;
        let splits = splitsOf.get(token);
        if (!splits) {
          const lower = token.toLowerCase();
          if (!(LOWER.test(token) || CAPITALISED.test(token)) || dictionary().has(lower)) {
            neverGlued.add(token);
            continue;
          }
          // The document is searched only for a token that splits.
          splits = splitsFor(token, lower, doc);
          if (splits.length && doc.countOf(lower) > 1) splits = []; // written so twice: meant
          splitsOf.set(token, splits);
        }
        if (!splits.length) continue;
        // (Two content words only in running prose: a domain or a handle, `globaltimes.cn`, `@breakingnews`, is written so.)
        if (contentSplit.has(token) && !inProse(text, start, end)) continue;
        findings.push({
          message: fill(rule.message, [token, splits[0]]),
          offset: start,
          length: token.length,
          // One way to split is a fix; more than one is for a person to choose.
          ...(splits.length === 1 ? { fix: { offset: start, length: token.length, text: splits[0] } } : { suggestions: splits }),
        });
      }
      // (Glued words as a trait of the page: so many, and one in a thousand words at least, not two in a long file.)
      if (options.gluedOnPage && findings.length >= options.gluedOnPage && findings.length * 1000 >= count) findings.push(...gluedOnPage(doc, new Set(findings.map((f) => f.offset))));
      return findings.sort((a, b) => a.offset - b.offset);
    };

    /**
     * On a page that glues words wherever its source was wrapped (`thenext`, `thenovel`), the tokens the strict tests
     * pass over: lower case, in no dictionary, written once, splitting one way only into a leader or joiner and a word of
     * pageTier (`hasordered`, `withno`), and no misspelling of a word (`theif`, one letter or two swapped from `thief`).
     * Compounds of two content words (`livestreamed`, `housebuilder`) are the dictionary's gaps, not glued words.
     */
    function gluedOnPage(doc: Document, found: Set<number>): RawFinding[] {
      const { text } = doc;
      const { count, starts, ends } = doc.words;
      const findings: RawFinding[] = [];
      const common = (w: string) => dictionary().has(w, options.pageTier);
      for (let i = 0; i < count; i++) {
        const start = starts[i];
        const end = ends[i];
        if (end - start < 5 || found.has(start)) continue;
        // (A small word at either end, read in place first: most words have none.)
        if (!startsWithSmall(text, start, end) && !endsInSmall(text, start, end)) continue;
        if (!inProse(text, start, end)) continue;
        const token = text.slice(start, end);
        if (!LOWER.test(token) || dictionary().has(token) || doc.countOf(token) > 1) continue;
        const splits: string[] = [];
        for (let k = 2; k <= token.length - 2; k++) {
          const [head, tail] = [token.slice(0, k), token.slice(k)];
          if ((small.has(head) || small.has(tail)) && common(head) && common(tail)) splits.push(`${head} ${tail}`);
        }
        if (splits.length !== 1 || isOneEditFromWord(token, new Set()) || isSwapFromWord(token)) continue;
        findings.push({ message: fill(rule.message, [token, splits[0]]), offset: start, length: token.length, fix: { offset: start, length: token.length, text: splits[0] } });
      }
      return findings;
    }

    /** Whether text[start, end) starts with a leader or a joiner followed by two letters or more. */
    function startsWithSmall(text: string, start: number, end: number): boolean {
      const candidates = smallByFirst[text.charCodeAt(start)];
      if (!candidates) return false;
      for (const w of candidates) if (end - start - w.length >= 2 && text.startsWith(w, start)) return true;
      return false;
    }

    /** Whether text[start, end) ends with a leader or a joiner after two letters or more. */
    function endsInSmall(text: string, start: number, end: number): boolean {
      const candidates = smallByLast[text.charCodeAt(end - 1)];
      if (!candidates) return false;
      for (const w of candidates) if (end - start - w.length >= 2 && text.startsWith(w, end - w.length)) return true;
      return false;
    }

    function splitsFor(token: string, lower: string, doc: Document): string[] {
      const splits = joiners.flatMap((j) => {
        if (!lower.endsWith(j) || lower.length - j.length < minHeadLength) return [];
        const head = token.slice(0, token.length - j.length);
        // A name glued to a word must be a name the document uses on its own (`Merkel` in `Merkelwhich`),
        // and no English word (`Bethe` is no `Be` + `the`).
        const known = CAPITALISED.test(head)
          ? head.length >= minNameLength && j.length >= minNameLength && !dictionary().has(head) && doc.countOf(head.toLowerCase()) > 0
          : isWord(head);
        return known ? [`${head} ${token.slice(head.length)}`] : [];
      });
      // A leader glued to the word after it (`thecity`, `theirhomes`), in a lower-case token only (`Theodora` is a name).
      if (LOWER.test(token)) {
        for (const l of leaders) {
          if (lower.startsWith(l) && lower.length - l.length >= options.minTailLength && isWord(lower.slice(l.length))) splits.push(`${l} ${lower.slice(l.length)}`);
        }
      }
      // Two content words, the first inflected (`causingdisorder`, `issuedarrest`), when no function word explains the token.
      // (In running prose only: a domain or a handle, `globaltimes.cn`, `@breakingnews`, is written so.)
      if (!splits.length && inflectedHead && LOWER.test(token) && lower.length >= minCompound) {
        for (let i = 5; i <= lower.length - 4; i++) {
          const head = lower.slice(0, i);
          const tail = lower.slice(i);
          // (An adverb's `-ly` must stand on a word, `directly` on `direct`: `belly`, `rally` are nouns, the heads of compounds.)
          if (inflectedHead.test(head) && !notTails.has(tail) && isWord(head) && isWord(tail) && (!head.endsWith('ly') || isWord(head.slice(0, -2)))) splits.push(`${head} ${tail}`);
        }
        if (splits.length) contentSplit.add(token);
      }
      // A token one letter off a word is a misspelling or a dialect form (`muchin` for `mucin`, `lookin`), not two words;
      // a letter added at a seam is no such sign (`backand` is `back and`, not `backhand`).
      if (!splits.length) return splits;
      const seams = new Set(splits.map((split) => split.indexOf(' ')));
      return isOneEditFromWord(lower, seams) ? [] : splits;
    }
  },
});

/**
 * The three-letter determiners a two-letter leader is glued to in a five-letter token (`ofthe`, `onits`), as their
 * letters' codes packed in one number, for a test without a string.
 */
const SHORT_DETERMINER_CODES = new Set(['the', 'his', 'its', 'our'].map((d) => (d.charCodeAt(0) << 16) | (d.charCodeAt(1) << 8) | d.charCodeAt(2)));

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Whether swapping two neighbouring letters of the lower-case token makes a dictionary word (`theif` → `thief`). */
function isSwapFromWord(token: string): boolean {
  const words = dictionary();
  for (let i = 0; i + 1 < token.length; i++) {
    if (token[i] !== token[i + 1] && words.probe(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2))) return true;
  }
  return false;
}

/** Whether deleting, inserting (other than at a seam) or changing one letter of the lower-case token makes a dictionary word. */
function isOneEditFromWord(token: string, seams: Set<number>): boolean {
  const words = dictionary();
  for (let i = 0; i <= token.length; i++) {
    const [before, after] = [token.slice(0, i), token.slice(i)];
    if (i < token.length && words.probe(before + after.slice(1))) return true;
    for (const letter of LETTERS) {
      if (!seams.has(i) && words.probe(before + letter + after)) return true;
      if (i < token.length && letter !== token[i] && words.probe(before + letter + after.slice(1))) return true;
    }
  }
  return false;
}
