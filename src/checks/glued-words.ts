// glued-words: two words run together (`governmentsaid`, `Merkelwhich`), where MT or a scraper lost a space.
import { dictionary } from '../lexicon/dictionary.js';
import type { RawFinding } from '../types.js';
import { type RuleKind, option } from './kind.js';
import { compileRegex } from '../rules/fields.js';
import { escapeRegex, fill } from './template.js';

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWER = /^\p{Ll}+$/u;

export const gluedWords: RuleKind = {
  name: 'glued-words',
  summary: 'A token in no dictionary that splits into a known word and a common word from `joiners`; the fix puts the space back.',
  fields: {
    joiners: { type: 'string[]', required: true, description: 'Short common words that get glued to the word before them (`which`, `said`, `the`).' },
    maxTier: { type: 'integer', minimum: 10, default: 50, description: 'The largest SCOWL tier the first word may come from.' },
  },
  fixable: () => true,
  compile(rule) {
    const joiners = option<string[]>(rule, gluedWords, 'joiners').map((j) => j.toLowerCase()).sort((a, b) => b.length - a.length);
    const maxTier = option<number>(rule, gluedWords, 'maxTier');
    const isWord = (w: string) => (dictionary().tier(w) ?? Infinity) <= maxTier;
    // Only tokens that end in a joiner are looked at: the dictionary is asked about few words.
    const token = compileRegex(`(?<![\\p{L}\\p{N}'’-])\\p{L}{2,}(?:${joiners.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}'’-])`, 'gi');
    return (doc) => {
      const findings: RawFinding[] = [];
      for (const m of doc.text.matchAll(token)) {
        const token = m[0];
        const lower = token.toLowerCase();
        if (!LOWER.test(token) && !CAPITALISED.test(token)) continue;
        if (dictionary().tier(lower) !== undefined || (doc.vocabulary.get(lower) ?? 0) > 1) continue;
        const splits = joiners.flatMap((j) => {
          if (!lower.endsWith(j) || lower.length - j.length < 2) return [];
          const head = token.slice(0, token.length - j.length);
          // A name glued to a word must be a name the document uses on its own (`Merkel` in `Merkelwhich`),
          // and no English word (`Bethe` is no `Be` + `the`).
          const known = CAPITALISED.test(head)
            ? head.length >= 3 && j.length >= 3 && dictionary().tier(head) === undefined && (doc.vocabulary.get(head.toLowerCase()) ?? 0) > 0
            : isWord(head);
          return known ? [`${head} ${token.slice(head.length)}`] : [];
        });
        if (!splits.length) continue;
        findings.push({
          message: fill(rule.message, [token, splits[0]]),
          offset: m.index,
          length: token.length,
          // One way to split is a fix; more than one is for a person to choose.
          ...(splits.length === 1 ? { fix: { offset: m.index, length: token.length, text: splits[0] } } : { suggestions: splits }),
        });
      }
      return findings;
    };
  },
};
