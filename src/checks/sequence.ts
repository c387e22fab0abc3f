// sequence: a run of words, each described by what it is (its case, its words, how common it is in English, whether
// the document writes it elsewhere), for context-aware detectors written in YAML alone (after Vale's `sequence` and
// LanguageTool's token patterns).
import type { Document } from '../document.js';
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { type Fields, compileRegex } from '../rules/fields.js';
import { type RuleKind, option } from './kind.js';
import { fill } from './template.js';

type Case = 'any' | 'lower' | 'capitalised' | 'upper';

/** One token of a sequence, as written in the rule file. */
interface TokenSpec {
  case?: Case;
  words?: string[];
  notWords?: string[];
  matches?: string;
  maxTier?: number;
  inDictionary?: boolean;
  seenElsewhere?: boolean;
  before?: string;
  report?: boolean;
}

const TOKEN_FIELDS: Fields = {
  case: { type: 'string', values: ['any', 'lower', 'capitalised', 'upper'], default: 'any', description: 'How the word is written: all lower case, a capital then lower case, all capitals, or any.' },
  words: { type: 'string[]', description: 'The word is one of these (case-blind).' },
  notWords: { type: 'string[]', description: 'The word is none of these (case-blind).' },
  matches: { type: 'regex', description: 'The whole word matches this regular expression (`\\p{L}+ing`: a participle).' },
  maxTier: { type: 'integer', minimum: 10, description: 'Its lower-case form is an English word of this dictionary tier or a commoner one (10 commonest … 70 rare).' },
  inDictionary: { type: 'boolean', description: 'Its lower-case form is (true) or is not (false) an English word of any tier.' },
  seenElsewhere: { type: 'boolean', description: 'The word, as written, stands (true) or does not stand (false) elsewhere in the document: a name recurs, a slip does not.' },
  before: { type: 'regex', default: '[^\\S\\n]+', description: 'What must stand between the previous word and this one, all of it (default: spaces on one line).' },
  report: { type: 'boolean', default: false, description: 'The finding covers this word (from the first to the last such word; the whole run when none is marked).' },
};

interface Token {
  test: (doc: Document, w: number) => boolean;
  before: RegExp;
  report: boolean;
}

export const sequence: RuleKind = {
  name: 'sequence',
  summary: 'A run of words, each described by its case, its words, its dictionary tier and whether the document writes it elsewhere (`{0}`: the reported text, `{1}`… each word).',
  fields: {
    tokens: { type: 'records', required: true, fields: TOKEN_FIELDS, description: 'The words of the run, in order; each a mapping of the keys below.' },
  },
  fixable: () => false,
  compile(rule) {
    const tokens = option<TokenSpec[]>(rule, sequence, 'tokens').map(compileToken);
    const reported = tokens.map((t, k) => (t.report ? k : -1)).filter((k) => k >= 0);
    const [first, last] = reported.length ? [reported[0], reported.at(-1)!] : [0, tokens.length - 1];
    return (doc) => {
      const { text } = doc;
      const { count, starts, ends } = doc.words;
      const findings: RawFinding[] = [];
      for (let i = 0; i + tokens.length <= count; i++) {
        let k = 0;
        for (; k < tokens.length; k++) {
          const w = i + k;
          if (k > 0 && !wholeMatch(tokens[k].before, text, ends[w - 1], starts[w])) break;
          if (!tokens[k].test(doc, w)) break;
        }
        if (k < tokens.length) continue;
        const offset = starts[i + first];
        const length = ends[i + last] - offset;
        findings.push({ message: fill(rule.message, [text.slice(offset, offset + length), ...tokens.map((_, t) => doc.word(i + t))]), offset, length });
      }
      return findings;
    };
  },
};

/** Whether `regex` (sticky) matches all of text[from, to). */
function wholeMatch(regex: RegExp, text: string, from: number, to: number): boolean {
  regex.lastIndex = from;
  const m = regex.exec(text);
  return !!m && m.index + m[0].length === to;
}

function compileToken(spec: TokenSpec): Token {
  const tests: ((doc: Document, w: number, word: string) => boolean)[] = [];
  const wordCase = spec.case ?? 'any';
  if (wordCase !== 'any') tests.push((_d, _w, word) => caseOf(word) === wordCase);
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
    tests.push((doc, _w, word) => writtenCount(doc, word) > 1 === wanted);
  }
  return {
    // The cheap tests (case, word lists) come first, as written; the word is cut out of the text only once.
    test: (doc, w) => {
      const word = doc.word(w);
      return tests.every((t) => t(doc, w, word));
    },
    before: compileRegex(spec.before ?? '[^\\S\\n]+', 'y'),
    report: spec.report ?? false,
  };
}

function caseOf(word: string): Case {
  const first = word.charAt(0);
  const rest = word.slice(1);
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return word === word.toLowerCase() ? 'lower' : 'any';
  if (rest === rest.toLowerCase()) return rest === rest.toUpperCase() && rest.length ? 'any' : 'capitalised';
  return rest === rest.toUpperCase() ? 'upper' : 'any';
}

/** How often each word stands in a document as written, counted once per document when a rule first asks. */
const writtenCounts = new WeakMap<Document, Map<string, number>>();

function writtenCount(doc: Document, word: string): number {
  let counts = writtenCounts.get(doc);
  if (!counts) {
    counts = new Map();
    const { count } = doc.words;
    for (let i = 0; i < count; i++) {
      const w = doc.word(i);
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    writtenCounts.set(doc, counts);
  }
  return counts.get(word) ?? 0;
}
