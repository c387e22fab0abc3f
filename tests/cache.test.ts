import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CachedResult, cacheFilePath, cachedBatch, openResultCache, storeBatch, resultCacheKey, type CacheKeyParts, type ResultCache } from '../src/cache.js';
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
