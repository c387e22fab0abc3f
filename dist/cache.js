// The result cache (--cache): a file's findings kept from an earlier run, reused while its text and the texts linted
// with it, the rules, the config and mtlint itself are unchanged. A hit skips the documents and every rule.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
/** The cache file's name when --cache-location is a folder, or not given (then in the working directory). */
export const DEFAULT_CACHE_NAME = '.mtlintcache';
/** SHA-1 of texts, each led by its length (no two lists run together alike); node:crypto is loaded only with --cache. */
async function loadSha1() {
    const { createHash } = await import('node:crypto');
    return (texts) => {
        const hash = createHash('sha1');
        for (const text of texts)
            hash.update(`${text.length}:`).update(text);
        return hash.digest('base64');
    };
}
/**
 * The code that finds things is part of the key too: the version alone stays the same across local builds, so the
 * size and time of the running module (the bundle, once built) stand in for it.
 */
function buildStamp() {
    const { size, mtimeMs } = statSync(fileURLToPath(import.meta.url));
    return `${size}:${mtimeMs}`;
}
/** One string for everything besides a file's text that its findings depend on. */
export async function resultCacheKey({ version, rules, config, lintOptions }) {
    const sha1 = await loadSha1();
    // Where a rule was loaded from does not change what it finds; its definition and options do.
    const definitions = rules.map(({ file: _file, ...definition }) => definition);
    const { problems: _problems, ...settings } = config;
    return sha1([JSON.stringify([version, buildStamp(), definitions, settings, lintOptions])]);
}
/** The cache file for a --cache-location: a folder (existing, or written with a trailing slash) holds .mtlintcache. */
export function cacheFilePath(location, cwd) {
    if (location === undefined)
        return path.join(cwd, DEFAULT_CACHE_NAME);
    const resolved = path.resolve(cwd, location);
    const isFolder = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
    return isFolder ? path.join(resolved, DEFAULT_CACHE_NAME) : resolved;
}
/** The entries of a cache file made with `key`; none when it is missing, damaged or made with another key. */
function readEntries(file, key) {
    try {
        const cache = JSON.parse(readFileSync(file, 'utf8'));
        if (cache?.key === key && typeof cache.files === 'object' && cache.files !== null)
            return cache.files;
    }
    catch {
        // A damaged or unreadable cache is only a cache: everything is linted again and the file is rewritten.
    }
    return Object.create(null);
}
/** Opens the cache at `file` for a run whose rules, config and version give `key`. */
export async function openResultCache(file, key) {
    const sha1 = await loadSha1();
    const entries = readEntries(file, key);
    const stored = Object.create(null);
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
            if (!Object.keys(stored).length)
                return;
            // Another run (a --shard beside this one) may have saved since this one read: its entries are kept, ours win.
            // Files no longer there are dropped, so the cache does not grow with files deleted long ago.
            const current = readEntries(file, key);
            const files = Object.create(null);
            for (const [name, entry] of Object.entries(current))
                if (!(name in stored) && existsSync(name))
                    files[name] = entry;
            Object.assign(files, stored);
            const temporary = `${file}.${process.pid}.tmp`;
            try {
                mkdirSync(path.dirname(file), { recursive: true });
                writeFileSync(temporary, JSON.stringify({ key, files }));
                renameSync(temporary, file);
            }
            finally {
                rmSync(temporary, { force: true });
            }
        },
    };
}
/**
 * The results of a batch of files, as `lint` finds them for the whole batch. A file's findings may depend on the others
 * linted with it (a line two pages share is a site's template), so the cache answers for a whole batch or not at all:
 * when every file is stored with this batch's digest. Otherwise the batch is linted and stored; a file named
 * undefined (standard input) is never stored.
 */
export function findingsThroughCache(cache, names, texts, lint) {
    if (!cache)
        return lint();
    const digest = cache.digest(texts);
    const cached = names.map((name) => (name === undefined ? undefined : cache.get(name, digest)));
    if (cached.every((result) => result !== undefined))
        return cached;
    const found = lint();
    names.forEach((name, k) => name !== undefined && cache.set(name, digest, found[k]));
    return found;
}
