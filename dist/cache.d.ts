import type { PositionedFinding } from './report/result.js';
import type { Rule } from './types.js';
/** The cache file's name when --cache-location is a folder, or not given (then in the working directory). */
export declare const DEFAULT_CACHE_NAME = ".mtlintcache";
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
/** One string for everything besides a file's text that its findings depend on. */
export declare function resultCacheKey({ version, rules, config, lintOptions }: CacheKeyParts): Promise<string>;
/** The cache file for a --cache-location: a folder (existing, or written with a trailing slash) holds .mtlintcache. */
export declare function cacheFilePath(location: string | undefined, cwd: string): string;
/** Opens the cache at `file` for a run whose rules, config and version give `key`. */
export declare function openResultCache(file: string, key: string): Promise<ResultCache>;
/**
 * The results of a batch of files, as `lint` finds them for the whole batch. A file's findings may depend on the others
 * linted with it (a line two pages share is a site's template), so the cache answers for a whole batch or not at all:
 * when every file is stored with this batch's digest. Otherwise the batch is linted and stored; a file named
 * undefined (standard input) is never stored.
 */
export declare function findingsThroughCache(cache: ResultCache | undefined, names: readonly (string | undefined)[], texts: readonly string[], lint: () => CachedResult[]): CachedResult[];
