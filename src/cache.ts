// The result cache (--cache): a file's findings kept from an earlier run, reused while its text and the texts linted
// with it, the rules, the config and mtlint itself are unchanged. A hit skips the documents and every rule.
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { asciiJson } from './ascii-json.js';
import { CACHE_FILE as RULE_CACHE_FILE } from './rules/built-in-cache.js';
import type { PositionedFinding } from './report/result.js';
import type { Rule } from './types.js';
import { makeDirectory } from './write.js';

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
  /**
   * The rules are the build's cached built-in rules, changed only by the config's overrides and the selection: then
   * they are known by their ids (the build stamp covers what they are), not by their definitions.
   */
  builtInRules?: boolean;
}

/** What is kept of a linted file: its positioned findings, and the words of prose the rules saw (for its score). */
export interface CachedResult {
  findings: PositionedFinding[];
  words: number;
}

/**
 * How a run tells that a file is unchanged (--cache-strategy): `metadata` trusts a file whose size and modification
 * time (ns) are those stored, without reading it, and reads and hashes it otherwise; `content` reads and hashes every
 * file.
 */
export type CacheStrategy = 'metadata' | 'content';
export const CACHE_STRATEGIES: readonly CacheStrategy[] = ['metadata', 'content'];

/**
 * Where a file stood when its batch was linted, and its size and time then: what `metadata` compares. `index` is its
 * place in the batch of `count` files, `last` whether that batch ended the run's list of files (a longer list would
 * have added files to it).
 */
export interface Placement {
  stamp: string;
  index: number;
  count: number;
  last: boolean;
}

/**
 * A file's entry: its batch's digest, its result, and where it stood (when its stamp could be trusted), written
 * `index/count stamp` with a `.` after the count when the batch was the last (one string: thousands of objects fewer
 * to parse and collect).
 */
type Entry = [digest: string, result: CachedResult, placement?: string];

/** The first part of a placement: the file's index, the batch's size, and whether it was the last. */
const placedAt = (index: number, count: number, last: boolean) => `${index}/${count}${last ? '.' : ''} `;

/** The cache file on disk: one key for the whole run; under each file's absolute path, its entry. */
interface CacheFile {
  key: string;
  files: Record<string, Entry>;
}

export interface ResultCache {
  /** One string for the texts of a batch, in order: the file's own text and those its findings may depend on. */
  digest(texts: readonly string[]): string;
  /** The result stored for `file` (an absolute path) when it was found in a batch with this digest. */
  get(file: string, digest: string): CachedResult | undefined;
  /** The entry stored for `file`, when it is well formed. */
  entry(file: string): Entry | undefined;
  /** Stores a file's result, found in a batch with this digest (and where it stood, for `metadata`). */
  set(file: string, digest: string, result: CachedResult, placement?: Placement): void;
  /** Writes the cache when it changed: to a temporary file renamed over the old one, so readers never see half of it. */
  save(): void;
}

/**
 * SHA-1 of texts, each led by its length (no two lists run together alike). node:crypto is loaded on the first call:
 * a repeat run whose files all keep their stamps hashes nothing (loading it was ~3 ms of such a run).
 */
function sha1(texts: readonly string[]): string {
  const hash = (createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash)('sha1');
  for (const text of texts) hash.update(`${text.length}:`).update(text);
  return hash.digest('base64');
}
let createHash: typeof import('node:crypto').createHash | undefined;

/**
 * The code that finds things is part of the key too: the version alone stays the same across local builds, so the
 * size and time of the running module (the bundle, once built) stand in for it, and those of the build's cache of
 * the built-in rules for them.
 */
function buildStamp(): string {
  const stamp = (file: string) => {
    try {
      const { size, mtimeMs } = statSync(file);
      return `${size}:${mtimeMs}`;
    } catch {
      return '';
    }
  };
  return `${stamp(fileURLToPath(import.meta.url))} ${stamp(RULE_CACHE_FILE)}`;
}

/**
 * One string for everything besides a file's text that its findings depend on: a hash of the rules' definitions, or,
 * for the build's built-in rules, their ids, as they are (a few KB; stringifying and hashing every definition, with
 * node:crypto to load, took ~6 ms of a repeat run).
 */
export async function resultCacheKey({ version, rules, config, lintOptions, builtInRules }: CacheKeyParts): Promise<string> {
  const { problems: _problems, ...settings } = config as { problems?: unknown };
  if (builtInRules) return JSON.stringify([version, buildStamp(), 'built-in rules', rules.map((r) => r.id), settings, lintOptions]);
  // Where a rule was loaded from does not change what it finds; its definition and options do.
  const definitions = rules.map(({ file: _file, ...definition }) => definition);
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
  const entries = readEntries(file, key);
  const stored: CacheFile['files'] = Object.create(null);
  const entry = (absolute: string): Entry | undefined => {
    const found = stored[absolute] ?? entries[absolute];
    return Array.isArray(found) && typeof found[0] === 'string' && Array.isArray(found[1]?.findings) && typeof found[1].words === 'number' ? found : undefined;
  };
  return {
    digest: sha1,
    entry,
    get(absolute, digest) {
      const found = entry(absolute);
      return found?.[0] === digest ? found[1] : undefined;
    },
    set(absolute, digest, result, placement) {
      stored[absolute] = placement ? [digest, result, placedAt(placement.index, placement.count, placement.last) + placement.stamp] : [digest, result];
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
        makeDirectory(path.dirname(file));
        writeFileSync(temporary, asciiJson({ key, files } satisfies CacheFile));
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

/**
 * Stores a linted batch's results under its digest (standard input, named undefined, is not stored). With the files'
 * stamps (`metadata`), each is stored with its place in the batch, so that a later run can answer the batch from the
 * stamps alone; `last`: the batch ended the run's list of files.
 */
export function storeBatch(cache: ResultCache, names: readonly (string | undefined)[], digest: string, results: readonly CachedResult[], stamps?: readonly (string | undefined)[], last = false): void {
  // A batch is placed only whole: a file of it without a trusted stamp (or standard input) leaves every file unplaced.
  const placed = stamps !== undefined && stamps.length === names.length && stamps.every((s) => s !== undefined) && names.every((n) => n !== undefined);
  names.forEach((name, k) => name !== undefined && cache.set(name, digest, results[k], placed ? { stamp: stamps[k]!, index: k, count: names.length, last } : undefined));
}

/**
 * `metadata`: the results of the batch that starts with `names[first]`, answered from the files' stamps without
 * reading them, or undefined (then the batch is read, and looked up by content). It answers only when the files from
 * `first` on are, in order, the whole of one batch stored under one digest, each with the stamp it has now: their
 * texts are then those the digest was made of, and a run that read them would make the same batch (as long, and ending
 * the list of files when that one did).
 */
export function batchByStamps(cache: ResultCache, names: readonly string[], first: number, stampOf: (name: string) => string | undefined): { end: number; digest: string; results: CachedResult[] } | undefined {
  const head = cache.entry(names[first]);
  const place = typeof head?.[2] === 'string' ? /^0\/([1-9]\d*)(\.?) /.exec(head[2]) : null;
  if (!head || !place) return undefined;
  const [count, last] = [Number(place[1]), place[2] === '.'];
  const end = first + count;
  if (end > names.length || (last && end !== names.length)) return undefined;
  // Plain loops, no destructuring and no string made per file but the prefix: a repeat run does this for every file
  // before it does anything else, in code not yet optimised (4,188 articles: ~15 → ~6 ms, the stats aside).
  const placements: string[] = [];
  const results: CachedResult[] = [];
  for (let k = first; k < end; k++) {
    const e = cache.entry(names[k]);
    if (e?.[0] !== head[0] || typeof e[2] !== 'string' || !e[2].startsWith(placedAt(k - first, count, last))) return undefined;
    placements.push(e[2]);
    results.push(e[1]);
  }
  // The stamps last: a stat per file, where the checks above cost nothing. (A placement is its prefix, which ends at
  // its first space, then the stamp.)
  for (let k = 0; k < count; k++) {
    const stamp = stampOf(names[first + k]);
    const placement = placements[k];
    if (stamp === undefined || placement.length !== placement.indexOf(' ') + 1 + stamp.length || !placement.endsWith(stamp)) return undefined;
  }
  return { end, digest: head[0], results };
}

/**
 * A file's size, modification time and status-change time, in milliseconds (with their fraction, to ~0.25 µs): what
 * `metadata` compares (a stat with nanoseconds made BigInts of every field, ~3 ms more for 4,188 files). The change time
 * (as git's index keeps it) moves with every write and with a change of permissions, and cannot be set back: a
 * same-size edit whose modification time a tool restores, or a file made unreadable, is read again. None when the
 * file cannot be stat'ed, or was modified so recently that a write within the file system's clock tick (a few ms; 2 s
 * on FAT) would leave its times as they are: such a file is read and hashed (git's "racily clean" files).
 */
export function fileStamp(file: string, now = Date.now()): string | undefined {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    return undefined;
  }
  if (!stats.isFile() || stats.mtimeMs > now - RACY_MS) return undefined;
  return `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

/** How old a file's modification time must be for its stamp to be trusted. */
const RACY_MS = 2000;

/**
 * `metadata`, after a batch was answered by its texts' digest: its files are stored again with the stamps they have now
 * when those differ from the stored ones (a file touched but unchanged), so that the next run need not read them.
 */
export function restampBatch(cache: ResultCache, names: readonly string[], digest: string, results: readonly CachedResult[], stamps: readonly (string | undefined)[], last: boolean): void {
  // A file not to be trusted (modified a moment ago) leaves the batch unplaced, as it was.
  if (stamps.some((s) => s === undefined)) return;
  const moved = names.some((name, k) => cache.entry(name)?.[2] !== placedAt(k, names.length, last) + stamps[k]);
  if (moved) storeBatch(cache, names, digest, results, stamps, last);
}
