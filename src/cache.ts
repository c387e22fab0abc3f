// The result cache (--cache): a file's findings kept from an earlier run, reused while its text and the texts linted
// with it, the rules, the config and mtlint itself are unchanged. A hit skips the documents and every rule.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PositionedFinding } from './report/result.js';
import type { Rule } from './types.js';

/** The cache file's name when --cache-location is a folder, or not given (then in the working directory). */
export const DEFAULT_CACHE_NAME = '.mtlintcache';

/** What a file's findings depend on besides its text. */
export interface CacheKeyParts {
  version: string;
  /** The rules as they run: after the config's overrides and --rule/--disable. */
  rules: readonly Rule[];
  /** The config as loaded (its problems aside); anything in it may change what is found. */
  config: object;
  /** Options of the run that change findings, such as reportUnusedDirectives. */
  lintOptions: object;
}

/** What is kept of a linted file: its positioned findings, and the words of prose the rules saw (for its score). */
export interface CachedResult {
  findings: PositionedFinding[];
  words: number;
}

/** The cache file on disk: one key for the whole run; under each file's absolute path, its batch's digest and its result. */
interface CacheFile {
  key: string;
  files: Record<string, [digest: string, result: CachedResult]>;
}

export interface ResultCache {
  /** One string for the texts of a batch, in order: the file's own text and those its findings may depend on. */
  digest(texts: readonly string[]): string;
  /** The result stored for `file` (an absolute path) when it was found in a batch with this digest. */
  get(file: string, digest: string): CachedResult | undefined;
  /** Stores a file's result, found in a batch with this digest. */
  set(file: string, digest: string, result: CachedResult): void;
  /** Writes the cache when it changed: to a temporary file renamed over the old one, so readers never see half of it. */
  save(): void;
}

/** SHA-1 of texts, each led by its length (no two lists run together alike); node:crypto is loaded only with --cache. */
async function loadSha1(): Promise<(texts: readonly string[]) => string> {
  const { createHash } = await import('node:crypto');
  return (texts) => {
    const hash = createHash('sha1');
    for (const text of texts) hash.update(`${text.length}:`).update(text);
    return hash.digest('base64');
  };
}

/**
 * The code that finds things is part of the key too: the version alone stays the same across local builds, so the
 * size and time of the running module (the bundle, once built) stand in for it.
 */
function buildStamp(): string {
  const { size, mtimeMs } = statSync(fileURLToPath(import.meta.url));
  return `${size}:${mtimeMs}`;
}

/** One string for everything besides a file's text that its findings depend on. */
export async function resultCacheKey({ version, rules, config, lintOptions }: CacheKeyParts): Promise<string> {
  const sha1 = await loadSha1();
  // Where a rule was loaded from does not change what it finds; its definition and options do.
  const definitions = rules.map(({ file: _file, ...definition }) => definition);
  const { problems: _problems, ...settings } = config as { problems?: unknown };
  return sha1([JSON.stringify([version, buildStamp(), definitions, settings, lintOptions])]);
}

/** The cache file for a --cache-location: a folder (existing, or written with a trailing slash) holds .mtlintcache. */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_NAME);
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
  return isFolder ? path.join(resolved, DEFAULT_CACHE_NAME) : resolved;
}

/** The entries of a cache file made with `key`; none when it is missing, damaged or made with another key. */
function readEntries(file: string, key: string): CacheFile['files'] {
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (cache?.key === key && typeof cache.files === 'object' && cache.files !== null) return cache.files;
  } catch {
    // A damaged or unreadable cache is only a cache: everything is linted again and the file is rewritten.
  }
  return Object.create(null);
}

/** Opens the cache at `file` for a run whose rules, config and version give `key`. */
export async function openResultCache(file: string, key: string): Promise<ResultCache> {
  const sha1 = await loadSha1();
  const entries = readEntries(file, key);
  const stored: CacheFile['files'] = Object.create(null);
  return {
    digest: sha1,
    get(absolute, digest) {
      const entry = stored[absolute] ?? entries[absolute];
      return Array.isArray(entry) && entry[0] === digest && Array.isArray(entry[1]?.findings) && typeof entry[1].words === 'number' ? entry[1] : undefined;
    },
    set(absolute, digest, result) {
      stored[absolute] = [digest, result];
    },
    save() {
      if (!Object.keys(stored).length) return;
      // Another run (a --shard beside this one) may have saved since this one read: its entries are kept, ours win.
      // Files no longer there are dropped, so the cache does not grow with files deleted long ago.
      const current = readEntries(file, key);
      const files: CacheFile['files'] = Object.create(null);
      for (const [name, entry] of Object.entries(current)) if (!(name in stored) && existsSync(name)) files[name] = entry;
      Object.assign(files, stored);
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(temporary, JSON.stringify({ key, files } satisfies CacheFile));
        renameSync(temporary, file);
      } finally {
        rmSync(temporary, { force: true });
      }
    },
  };
}

/**
 * A batch's digest, and its files' results when the cache answers for the whole batch. A file's findings may depend on
 * the others linted with it (a line two pages share is a site's template), so the cache answers for a whole batch or
 * not at all: when every file is stored with this batch's digest. Otherwise the batch is linted and stored
 * (storeBatch).
 */
export function cachedBatch(cache: ResultCache, names: readonly (string | undefined)[], texts: readonly string[]): { digest: string; results?: CachedResult[] } {
  const digest = cache.digest(texts);
  const cached = names.map((name) => (name === undefined ? undefined : cache.get(name, digest)));
  return { digest, results: cached.every((result) => result !== undefined) ? (cached as CachedResult[]) : undefined };
}

/** Stores a linted batch's results under its digest (standard input, named undefined, is not stored). */
export function storeBatch(cache: ResultCache, names: readonly (string | undefined)[], digest: string, results: readonly CachedResult[]): void {
  names.forEach((name, k) => name !== undefined && cache.set(name, digest, results[k]));
}
