import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchByStamps, type CachedResult, cacheFilePath, cachedBatch, fileStamp, openResultCache, restampBatch, storeBatch, resultCacheKey, type CacheKeyParts, type ResultCache } from '../src/cache.js';
import type { PositionedFinding } from '../src/report/result.js';
import type { Rule } from '../src/types.js';
import { tempDir } from './helpers/temp.js';

const rule: Rule = {
  id: 'spacing/double-space',
  kind: 'pattern',
  severity: 'warning',
  category: 'spacing',
  description: 'Two spaces',
  message: 'Double space',
  examples: [],
  options: { pattern: ' {2,}' },
  file: '/a/rules/spacing/double-space.yaml',
  builtIn: true,
};
const parts: CacheKeyParts = { version: '1.0.0', rules: [rule], config: { rules: [], overrides: [], ignore: [], problems: [] }, lintOptions: {} };
const finding: PositionedFinding = {
  rule: rule.id,
  severity: 'warning',
  category: 'spacing',
  message: 'Double space',
  offset: 3,
  length: 2,
  line: 1,
  column: 4,
  endLine: 1,
  endColumn: 6,
  text: '  ',
  fix: { offset: 3, length: 2, text: ' ' },
};
const result: CachedResult = { findings: [finding], words: 2 };

describe('the result cache', () => {
  const dir = tempDir('mtlint-cache-');
  const article = path.join(dir, 'a.txt');
  const cacheFile = path.join(dir, 'cache');
  let key: string;
  beforeAll(async () => {
    key = await resultCacheKey(parts);
  });
  const saved = async () => {
    const cache = await openResultCache(cacheFile, key);
    cache.set(article, cache.digest(['One  two.']), result);
    cache.save();
  };
  /** The findings stored for the article linted alone with this text, as a new run finds them. */
  const lookUp = async (text: string, file = article, cacheKey = key) => {
    const cache = await openResultCache(cacheFile, cacheKey);
    return cache.get(file, cache.digest([text]));
  };
  writeFileSync(article, 'One  two.');

  it('gives a file its findings back when its text is unchanged, from another run', async () => {
    await saved();
    expect(await lookUp('One  two.')).toEqual(result);
  });

  it('misses when the text changed', async () => {
    await saved();
    expect(await lookUp('One  two!')).toBeUndefined();
    expect(await lookUp('One  two.', path.join(dir, 'b.txt'))).toBeUndefined();
  });

  it('misses when a rule, the config, a lint option or the version changed', async () => {
    await saved();
    const changed: CacheKeyParts[] = [
      { ...parts, rules: [{ ...rule, severity: 'error' }] },
      { ...parts, rules: [{ ...rule, options: { pattern: ' {3,}' } }] },
      { ...parts, rules: [] },
      { ...parts, config: { ...parts.config, overrides: [{ selector: 'spacing', severity: 'off', line: 1, column: 1 }] } },
      { ...parts, lintOptions: { reportUnusedDirectives: true } },
      { ...parts, version: '1.0.1' },
    ];
    for (const other of changed) {
      expect(await resultCacheKey(other)).not.toBe(key);
      expect(await lookUp('One  two.', article, await resultCacheKey(other))).toBeUndefined();
    }
    // Where the rules were loaded from and the config's problems do not change what is found.
    expect(await resultCacheKey({ ...parts, rules: [{ ...rule, file: '/elsewhere/double-space.yaml' }] })).toBe(key);
  });

  it('knows the built-in rules of the build by their ids, and misses when the selection, the config or an option changed', async () => {
    const builtIn = { ...parts, builtInRules: true };
    const builtInKey = await resultCacheKey(builtIn);
    expect(builtInKey).not.toBe(key);
    // Their definitions are the build's (its stamp is in the key): where they were loaded from changes nothing.
    expect(await resultCacheKey({ ...builtIn, rules: [{ ...rule, file: '/elsewhere/double-space.yaml' }] })).toBe(builtInKey);
    const changed: CacheKeyParts[] = [
      { ...builtIn, rules: [] },
      { ...builtIn, rules: [rule, { ...rule, id: 'spacing/other' }] },
      { ...builtIn, config: { ...parts.config, overrides: [{ selector: 'spacing', severity: 'error', line: 1, column: 1 }] } },
      { ...builtIn, lintOptions: { reportUnusedDirectives: true } },
      { ...builtIn, version: '1.0.1' },
    ];
    for (const other of changed) expect(await resultCacheKey(other)).not.toBe(builtInKey);
  });

  it('ignores a damaged cache file, and replaces it on save', async () => {
    for (const damage of ['{"key": "', 'null', '[]', `{"key": "${key}", "files": {"${article}": "x"}}`, `{"key": "${key}", "files": {"${article}": ["h", 3]}}`]) {
      writeFileSync(cacheFile, damage);
      const cache = await openResultCache(cacheFile, key);
      expect(cache.get(article, cache.digest(['One  two.']))).toBeUndefined();
      cache.set(article, cache.digest(['One  two.']), result);
      cache.save();
      expect(await lookUp('One  two.')).toEqual(result);
    }
  });

  it('keeps the entries another run saved in between, drops deleted files, and leaves no temporary file', async () => {
    const other = path.join(dir, 'other.txt');
    writeFileSync(other, 'x');
    const gone = path.join(dir, 'gone.txt');
    const first = await openResultCache(cacheFile, key);
    const second = await openResultCache(cacheFile, key);
    first.set(other, first.digest(['x']), { findings: [], words: 1 });
    first.set(gone, first.digest(['y']), { findings: [], words: 1 });
    first.save();
    second.set(article, second.digest(['One  two.']), result);
    second.save();
    expect(await lookUp('x', other)).toEqual({ findings: [], words: 1 });
    expect(await lookUp('One  two.')).toEqual(result);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8')).files).not.toHaveProperty([gone]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is written nowhere when nothing was linted', async () => {
    const untouched = path.join(dir, 'untouched-cache');
    (await openResultCache(untouched, key)).save();
    expect(existsSync(untouched)).toBe(false);
  });
});

describe('cachedBatch and storeBatch', () => {
  const dir = tempDir('mtlint-cache-batch-');
  const [a, b] = [path.join(dir, 'a.txt'), path.join(dir, 'b.txt')];
  let cache: ResultCache;
  let calls = 0;
  // Stands in for the rules: each text's findings depend on the whole batch (as a site's template does).
  const lint = (texts: string[]) => () => {
    calls++;
    return texts.map((text) => ({ findings: [{ ...finding, message: `${text} in a batch of ${texts.join('+')}` }], words: 1 }));
  };
  /** A batch's results as a run gets them: from the cache when it answers, else linted and stored. */
  const through = (texts: string[], names: (string | undefined)[] = [a, b]) => {
    const { digest, results } = cachedBatch(cache, names, texts);
    if (results) return results;
    const found = lint(texts)();
    storeBatch(cache, names, digest, found);
    return found;
  };
  beforeAll(async () => {
    cache = await openResultCache(path.join(dir, 'cache'), await resultCacheKey(parts));
  });

  it('lints a batch once, then answers it from the cache', () => {
    calls = 0;
    const first = through(['A', 'B']);
    expect(through(['A', 'B'])).toEqual(first);
    expect(calls).toBe(1);
  });

  it('lints the whole batch again when any text of it changed, an unchanged file included', () => {
    calls = 0;
    through(['A', 'B']);
    const [ofA] = through(['A', 'B2']);
    expect(ofA.findings[0].message).toBe('A in a batch of A+B2');
    expect(calls).toBe(1);
  });

  it('never stores a file without a name (standard input), and lints its batch each time', () => {
    calls = 0;
    through(['A', 'stdin'], [a, undefined]);
    through(['A', 'stdin'], [a, undefined]);
    expect(calls).toBe(2);
  });
});

describe('batchByStamps (--cache-strategy metadata)', () => {
  const dir = tempDir('mtlint-cache-stamps-');
  const names = ['a', 'b', 'c', 'd'].map((n) => path.join(dir, `${n}.txt`));
  const results = names.map((_, k) => ({ findings: [], words: k }));
  // Stands in for the file system: each file's current stamp.
  const stamps = new Map(names.map((n, k) => [n, `${k + 1}:1000`]));
  const stampOf = (name: string) => stamps.get(name);
  let cache: ResultCache;
  beforeAll(async () => {
    cache = await openResultCache(path.join(dir, 'cache'), await resultCacheKey(parts));
  });
  /** Stores names[from, to) as one batch, with the stamps they have now. */
  const store = (from: number, to: number, last = false) => {
    const batch = names.slice(from, to);
    storeBatch(cache, batch, cache.digest(batch), results.slice(from, to), batch.map(stampOf), last);
  };

  it('answers a whole stored batch whose files kept their stamps, and says where the next batch starts', () => {
    store(0, 2);
    store(2, 4, true);
    expect(batchByStamps(cache, names, 0, stampOf)).toEqual({ end: 2, digest: cache.digest(names.slice(0, 2)), results: results.slice(0, 2) });
    expect(batchByStamps(cache, names, 2, stampOf)?.results).toEqual(results.slice(2));
  });

  it('does not answer when a stamp changed, a file is missing or added, or the list does not start a batch there', () => {
    store(0, 2);
    store(2, 4, true);
    stamps.set(names[1], '2:2000');
    expect(batchByStamps(cache, names, 0, stampOf)).toBeUndefined();
    stamps.set(names[1], '2:1000');
    expect(batchByStamps(cache, [names[0], names[2]], 0, stampOf)).toBeUndefined(); // b deleted: a's batch changed
    expect(batchByStamps(cache, names, 1, stampOf)).toBeUndefined(); // b did not start a batch
    // The last batch of the list took every file up to the end: with a file after it, a run would lint them together.
    expect(batchByStamps(cache, [...names, path.join(dir, 'e.txt')], 2, stampOf)).toBeUndefined();
    expect(batchByStamps(cache, names, 2, () => undefined)).toBeUndefined(); // modified a moment ago
  });

  it('places no file of a batch one of whose files has no trusted stamp', () => {
    const batch = names.slice(0, 2);
    storeBatch(cache, batch, cache.digest(batch), results.slice(0, 2), [stampOf(names[0]), undefined]);
    expect(cache.entry(names[0])?.[2]).toBeUndefined();
    expect(batchByStamps(cache, names, 0, stampOf)).toBeUndefined();
    expect(cache.get(names[0], cache.digest(batch))).toEqual(results[0]); // still found by its text
  });

  it('restamps a batch answered by its texts only when a stamp moved', () => {
    store(0, 2);
    const batch = names.slice(0, 2);
    const before = cache.entry(names[0]);
    restampBatch(cache, batch, cache.digest(batch), results.slice(0, 2), batch.map(stampOf), false);
    expect(cache.entry(names[0])).toBe(before);
    stamps.set(names[0], '1:3000'); // touched, unchanged
    restampBatch(cache, batch, cache.digest(batch), results.slice(0, 2), batch.map(stampOf), false);
    expect(batchByStamps(cache, names, 0, stampOf)?.results).toEqual(results.slice(0, 2));
  });
});

describe('fileStamp', () => {
  const dir = tempDir('mtlint-cache-stamp-');
  const file = path.join(dir, 'a.txt');

  it('is the size and the times in milliseconds, and none for a file modified a moment ago or missing', () => {
    writeFileSync(file, 'Four');
    expect(fileStamp(file)).toBeUndefined();
    utimesSync(file, 1_700_000_000.123456, 1_700_000_000.123456);
    expect(fileStamp(file)).toMatch(new RegExp(`^4:1700000000123\\.\\d+:${statSync(file).ctimeMs}$`));
    expect(fileStamp(path.join(dir, 'none.txt'))).toBeUndefined();
    expect(fileStamp(dir)).toBeUndefined();
  });
});

describe('cacheFilePath', () => {
  const dir = tempDir('mtlint-cache-path-');
  mkdirSync(path.join(dir, 'folder'));

  it('is .mtlintcache in the working directory by default, or in a folder given', async () => {
    expect(cacheFilePath(undefined, dir)).toBe(path.join(dir, '.mtlintcache'));
    expect(cacheFilePath('folder', dir)).toBe(path.join(dir, 'folder/.mtlintcache'));
    expect(cacheFilePath('new-folder/', dir)).toBe(path.join(dir, 'new-folder/.mtlintcache'));
    expect(cacheFilePath('my-cache.json', dir)).toBe(path.join(dir, 'my-cache.json'));
  });
});
