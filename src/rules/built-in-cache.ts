// The built-in rules as the build parsed them (dist/builtin-rules.cache): what a run reads instead of the YAML files.
// A module of its own, apart from the YAML parser and the kinds that validate rules: a run that finds this cache fresh
// and has no rules of its own loads neither.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_RULES, PACKAGE_ROOT } from '../paths.js';
import type { Rule } from '../types.js';
import { asciiJson } from '../ascii-json.js';

// The built-in rules, parsed at build time: start-up skips the YAML parses when no rule file changed since.
// The cache is keyed on the files' content, not on where they are or when they were written: an installed copy
// (another path, new modification times) still uses it. It holds each file's bytes, and checking it reads the files
// and compares them, which is cheaper than hashing their bytes in JavaScript. The file is one line of JSON, ASCII only
// (the rules, and each rule file's path and size), then the files' bytes one after the other: the files are compared
// as bytes where they stand, neither decoded nor parsed out of JSON strings (decoding the cache and the files as UTF-8
// took ~5.5 of the ~9 ms this check took).
export const CACHE_FILE = path.join(PACKAGE_ROOT, 'dist', 'builtin-rules.cache');

export interface RuleCache {
  /** Each rule file: its path below the rules folder ('/'-separated) and its bytes. */
  files: [string, Buffer][];
  /** The rules, each `file` relative to the rules folder as in `files`. */
  rules: Rule[];
}

export const slashed = (relative: string) => relative.split(path.sep).join('/');

export function contents(dir: string, files: string[]): [string, Buffer][] {
  return files.map((f) => [slashed(f), readFileSync(under(dir, f))]);
}

/**
 * A path below a folder: joined, not normalised where the separator is '/' (the names are a walk's own); path.join,
 * run cold for the ~200 paths of a start, took ~3.5 ms.
 */
const under = (dir: string, relative: string) => (path.sep === '/' ? `${dir}/${relative}` : path.join(dir, relative));

/** The cache file's bytes for `cache`: its JSON line, then the rule files' bytes. */
export function ruleCacheBytes(cache: RuleCache): Buffer {
  const head = { files: cache.files.map(([file, bytes]) => [file, bytes.length]), rules: cache.rules };
  return Buffer.concat([Buffer.from(`${asciiJson(head)}\n`, 'latin1'), ...cache.files.map(([, bytes]) => bytes)]);
}

/** The cached rules of `dir` when its files are those the cache was made from, path for path and byte for byte; else undefined. */
export function readRuleCache(dir: string, files: string[], cacheFile = CACHE_FILE): Rule[] | undefined {
  let raw: Buffer;
  let cache: { files: [string, number][]; rules: Rule[] };
  try {
    raw = readFileSync(cacheFile);
    cache = JSON.parse(raw.toString('latin1', 0, raw.indexOf(10)));
  } catch {
    return undefined; // missing or damaged: the YAML files are parsed instead
  }
  if (!Array.isArray(cache?.files) || !Array.isArray(cache.rules) || cache.files.length !== files.length) return undefined;
  let at = raw.indexOf(10) + 1;
  const fresh = contents(dir, files).every(([f, bytes], i) => {
    const [file, size] = Array.isArray(cache.files[i]) ? cache.files[i] : [];
    const same = f === file && bytes.length === size && at + size <= raw.length && raw.compare(bytes, 0, size, at, at + size) === 0;
    at += bytes.length;
    return same;
  });
  return fresh && at === raw.length ? cache.rules.map((r) => ({ ...r, file: under(dir, r.file) })) : undefined;
}

/**
 * The rule files below `dir`, relative to it, sorted. Walked folder by folder: readdir's own `recursive` took 2-4 ms
 * for the built-in rules' 97 files, this 0.7 ms.
 */
export function ruleFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, relative: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(under(folder, entry.name), `${relative}${entry.name}${path.sep}`);
      else if (/\.ya?ml$/.test(entry.name)) found.push(relative + entry.name);
    }
  };
  walk(dir, '');
  return found.sort();
}

/** The built-in rules from the build's cache, when it is fresh (see readRuleCache); undefined otherwise. */
export function cachedBuiltInRules(): Rule[] | undefined {
  try {
    return readRuleCache(BUILT_IN_RULES, ruleFiles(BUILT_IN_RULES));
  } catch {
    return undefined; // the folder cannot be read: the loader says why
  }
}
