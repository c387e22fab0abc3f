// sequence: a run of words, each described by what it is (its case, its words, how common it is in English, whether
// the document writes it elsewhere), for context-aware detectors written in YAML alone (after Vale's `sequence` and
// LanguageTool's token patterns).
import { type Document, isLowerAt, isUpperAt } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { type Fields, compileRegex } from './fields.js';
import { type Options, defineKind } from './kind.js';
import { type Spans, antipatternSpans, covers } from './spans.js';
import { fill } from './template.js';

type Case = 'any' | 'lower' | 'capitalised' | 'upper';

const TOKEN_FIELDS = {
  case: { type: 'string', values: ['any', 'lower', 'capitalised', 'upper'], default: 'any', description: 'How the word is written: all lower case, a capital then lower case, all capitals, or any.' },
  words: { type: 'string[]', description: 'The word is one of these (case-blind).' },
  notWords: { type: 'string[]', description: 'The word is none of these (case-blind).' },
  matches: { type: 'regex', description: 'The whole word matches this regular expression (`\\p{L}+ing`: a participle).' },
  maxTier: { type: 'integer', minimum: 10, description: 'Its lower-case form is an English word of this dictionary tier or a commoner one (10 commonest … 70 rare).' },
  inDictionary: { type: 'boolean', description: 'Its lower-case form is (true) or is not (false) an English word of any tier.' },
  seenElsewhere: { type: 'boolean', description: 'The word, as written, stands (true) or does not stand (false) elsewhere in the document: a name recurs, a slip does not.' },
  before: { type: 'regex', description: 'What must stand between the previous word and this one, all of it (default: spaces on one line). On the first token, only when given: what stands between the word before the run (or the text\'s start) and the run.' },
  notFollowedBy: { type: 'regex', description: 'What must not stand right after the word (tested at its end; a lookbehind sees the word): a title goes on in capitals after its small words, `Making the Grade`.' },
  report: { type: 'boolean', default: false, description: 'The finding covers this word (from the first to the last such word; the whole run when none is marked).' },
} as const satisfies Fields;

/** One token of a sequence, as written in the rule file (its defaults filled in). */
type TokenSpec = Options<typeof TOKEN_FIELDS>;

interface Token {
  /** A first look at the word in place, its first letter and length (no string is made): most words fail here. */
  quick: (text: string, start: number, end: number) => boolean;
  wordCase: Case;
  test: (doc: Document, w: number) => boolean;
  before: RegExp;
  report: boolean;
}

export const sequence = defineKind({
  name: 'sequence',
  summary: 'A run of words, each described by its case, its words, its dictionary tier and whether the document writes it elsewhere (`{0}`: the reported text, `{1}`… each word).',
  fields: {
    tokens: { type: 'records', required: true, fields: TOKEN_FIELDS, description: 'The words of the run, in order; each a mapping of the keys below.' },
    antipatterns: { type: 'regex[]', default: [], description: 'Regexes whose match holding a run cancels it (a quoted title, a gloss), searched only in a text where a run was found.' },
  },
  fixable: () => false,
  compile(options, rule) {
    const tokens = options.tokens.map(compileToken);
    const reported = tokens.map((t, k) => (t.report ? k : -1)).filter((k) => k >= 0);
    const [first, last] = reported.length ? [reported[0], reported.at(-1)!] : [0, tokens.length - 1];
    // Capitals are rarer than lower case, and a listed word rarer still: tokens that want one are looked at first.
    const wantsCapital = (k: number) => Number(tokens[k].wordCase === 'capitalised' || tokens[k].wordCase === 'upper');
    const listed = (k: number) => Number(options.tokens[k].words !== undefined);
    const quickOrder = tokens.map((_, k) => k).sort((a, b) => wantsCapital(b) - wantsCapital(a) || listed(b) - listed(a));
    const anchor = quickOrder[0];
    const anchorCase = tokens[anchor].wordCase;
    // The anchor's case is read inline below; its list, if it has one, by its quick test.
    const firstQuick = listed(anchor) ? 0 : 1;
    // Listed words are tested whole before the other tokens' dictionary look-ups (a set look-up is cheaper), and only then.
    const listedTokens = tokens.map((_, k) => k).filter((k) => listed(k));
    const testedFirst = tokens.map((_, k) => listed(k) === 1);
    // What must stand before the run's first word, when the rule says (`,” ` after a quotation): tested right after the
    // quick looks, before any dictionary look-up, as it rules out most places.
    const firstBefore = options.tokens[0].before !== undefined ? tokens[0].before : undefined;
    // A character that must stand right after the word before a token (`\\.` in `before: '\\.[^\\S\\n]+'`): one read
    // at the quick looks, which rules out most places for a run that wants a stop or a comma between its words.
    const markAfter = options.tokens.map((spec, k) => (k > 0 && spec.before !== undefined ? requiredFirstChar(spec.before) : -1));
    const marked = markAfter.map((c, k) => (c >= 0 ? k : -1)).filter((k) => k >= 0);
    let antipatterns: RegExp[] | undefined;
    return (doc) => {
      const { text } = doc;
      const { count, starts, ends } = doc.words;
      const findings: RawFinding[] = [];
      let blocked: Spans | undefined;
      outer: for (let i = 0; i + tokens.length <= count; i++) {
        // The anchor's first letter, read inline (this runs for every word of every document); a listed anchor's own
        // quick test reads its length and first letter first.
        if (anchorCase !== 'any' && firstQuick) {
          if (isUpperAt(text, starts[i + anchor]) !== (anchorCase !== 'lower')) continue;
        }
        if (marked.length) for (const k of marked) if (text.charCodeAt(ends[i + k - 1]) !== markAfter[k]) continue outer;
        for (let q = firstQuick; q < quickOrder.length; q++) {
          const k = quickOrder[q];
          if (!tokens[k].quick(text, starts[i + k], ends[i + k])) continue outer;
        }
        if (firstBefore && !wholeMatch(firstBefore, text, i > 0 ? ends[i - 1] : 0, starts[i])) continue;
        for (const k of listedTokens) if (!tokens[k].test(doc, i + k)) continue outer;
        let k = 0;
        for (; k < tokens.length; k++) {
          const w = i + k;
          if (k > 0 && !wholeMatch(tokens[k].before, text, ends[w - 1], starts[w])) break;
          if (!testedFirst[k] && !tokens[k].test(doc, w)) break;
        }
        if (k < tokens.length) continue;
        const offset = starts[i + first];
        const length = ends[i + last] - offset;
        if (options.antipatterns.length) {
          blocked ??= antipatternSpans(text, (antipatterns ??= options.antipatterns.map((a) => compileRegex(a, 'gm'))));
          if (covers(blocked, offset, offset + length)) continue;
        }
        findings.push({ message: fill(rule.message, [text.slice(offset, offset + length), ...tokens.map((_, t) => doc.word(i + t))]), offset, length });
      }
      return findings;
    };
  },
});

/**
 * The code of the character a `before` pattern must start with, when it starts with one literal character that no
 * quantifier makes optional (`\\.` or `,` before `[^\\S\\n]+`), or -1 (a class, a group, an alternation, `,?`).
 */
function requiredFirstChar(before: string): number {
  if (before.includes('|')) return -1;
  const m = /^(?:\\([.,;:!?'"()\[\]-])|([^\\[(.*+?^$|{}]))(?![?*{])/u.exec(before);
  return m ? (m[1] ?? m[2]).charCodeAt(0) : -1;
}

/** Whether `regex` (sticky) matches all of text[from, to). */
function wholeMatch(regex: RegExp, text: string, from: number, to: number): boolean {
  regex.lastIndex = from;
  const m = regex.exec(text);
  return !!m && m.index + m[0].length === to;
}

function compileToken(spec: TokenSpec): Token {
  const tests: ((doc: Document, w: number, word: string) => boolean)[] = [];
  const wordCase = spec.case ?? 'any';
  if (wordCase !== 'any') tests.push((doc, w) => caseAt(doc.text, doc.words.starts[w], doc.words.ends[w]) === wordCase);
  if (spec.words) {
    const words = new Set(spec.words.map((x) => x.toLowerCase()));
    tests.push((_d, _w, word) => words.has(word.toLowerCase()));
  }
  if (spec.notWords) {
    const words = new Set(spec.notWords.map((x) => x.toLowerCase()));
    tests.push((_d, _w, word) => !words.has(word.toLowerCase()));
  }
  if (spec.matches !== undefined) {
    const regex = compileRegex(`^(?:${spec.matches})$`);
    tests.push((_d, _w, word) => regex.test(word));
  }
  if (spec.maxTier !== undefined) {
    const maxTier = spec.maxTier;
    tests.push((_d, _w, word) => (dictionary().tier(word.toLowerCase()) ?? Infinity) <= maxTier);
  }
  if (spec.inDictionary !== undefined) {
    const wanted = spec.inDictionary;
    tests.push((_d, _w, word) => dictionary().has(word.toLowerCase()) === wanted);
  }
  if (spec.seenElsewhere !== undefined) {
    const wanted = spec.seenElsewhere;
    tests.push((doc, _w, word) => doc.countAsWritten(word) > 1 === wanted);
  }
  if (spec.notFollowedBy !== undefined) {
    const after = compileRegex(spec.notFollowedBy, 'y');
    tests.push((doc, w) => {
      after.lastIndex = doc.words.ends[w];
      return !after.test(doc.text);
    });
  }
  const byCase = quickCase(wordCase);
  return {
    quick: spec.words ? quickWords(spec.words, byCase, wordCase === 'capitalised' || wordCase === 'upper') : byCase,
    wordCase,
    // The word is cut out of the text only once, for the tests that need it.
    test: (doc, w) => {
      const word = doc.word(w);
      return tests.every((t) => t(doc, w, word));
    },
    before: compileRegex(spec.before ?? '[^\\S\\n]+', 'y'),
    report: spec.report ?? false,
  };
}

/**
 * For a token of listed words: the word's length and first two letters against the list's, and the case test (a list
 * of function words fails nearly every word here, before any string is made; a list in capitals fails most at its
 * case, tested first).
 */
function quickWords(written: string[], byCase: Token['quick'], caseFirst: boolean): Token['quick'] {
  const list = written.map((x) => x.toLowerCase()); // the words are matched case-blind
  const lengths = list.map((x) => x.length);
  const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)];
  // The first two letters and the length as one number, in the cases a word may be written in (`les`, `Les`, `LES`):
  // `como` is listed, `company` is not looked at further. (A word is as long as its lower case, unless it holds `İ`,
  // whose lower case is `i` and a combining dot: the length is left out for a list that holds one.)
  const byLength = !list.some((x) => x.includes('\u0307'));
  const key = (a: number, b: number, length: number) => (a * 65536 + b) * 64 + (byLength ? Math.min(length, 63) : 0);
  const keyOf = (x: string, a: string, b: string) => key(a.charCodeAt(0), b.charCodeAt(0), x.length);
  const starts = new Set(list.flatMap((x) => (x.length < 2 ? [] : [keyOf(x, x[0], x[1]), keyOf(x, x[0].toUpperCase(), x[1]), keyOf(x, x[0].toUpperCase(), x[1].toUpperCase())])));
  const singles = new Set(list.filter((x) => x.length === 1).flatMap((x) => [x, x.toUpperCase()]));
  return (text, start, end) => {
    const length = end - start;
    if (length < shortest || length > longest) return false;
    // (A list wanted in capitals is rarer by its first letter's case, read first; a lower-case one by its letters.)
    if (caseFirst && !byCase(text, start, end)) return false;
    const known = length === 1 ? singles.has(text[start]) : starts.has(key(text.charCodeAt(start), text.charCodeAt(start + 1), length));
    return known && (caseFirst || byCase(text, start, end));
  };
}

/** A test of the first letter alone, which most words fail: the whole word's case is tested after it. */
function quickCase(wordCase: Case): Token['quick'] {
  if (wordCase === 'any') return () => true;
  if (wordCase === 'lower') return (text, start) => !isUpperAt(text, start);
  return (text, start) => isUpperAt(text, start);
}

/**
 * How the word at text[start, end) is written: `lower` (no capital letter), `capitalised` (a capital, then no capital),
 * `upper` (capitals only, more than one letter), or `any`. ASCII is read by char code; other letters by case mapping.
 */
function caseAt(text: string, start: number, end: number): Case {
  let uppers = 0;
  let lowers = 0;
  for (let i = start + 1; i < end; i++) {
    if (isUpperAt(text, i)) uppers++;
    else if (isLowerAt(text, i)) lowers++;
  }
  if (!isUpperAt(text, start)) return uppers === 0 ? 'lower' : 'any';
  if (uppers === 0) return 'capitalised';
  return lowers === 0 ? 'upper' : 'any';
}
