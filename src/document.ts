// Document: the text being linted, with lazily built views shared by every check.

export interface Span {
  start: number;
  end: number;
}

/** Word boundaries as parallel arrays: a 10 MB text has ~1.7 million words, too many for objects. */
export interface Words {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

/** Word look-ups answered by searching the text before the whole vocabulary is counted, and up to what length. */
const DIRECT_LOOKUPS = 16;
const DIRECT_SEARCH_MAX_LENGTH = 100_000;
const LETTER = /\p{L}/u;
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// What a BMP code unit is, found by regex once and kept: 0 not yet known, else KNOWN and the flags below.
// The word index asks this of every character of the text.
const KNOWN = 1;
const IS_LETTER = 2;
const IS_LETTER_OR_DIGIT = 4;
const IS_SPACE = 8;
const classOfUnit = new Uint8Array(0x10000);
/** A bit for each BMP code unit (`hasChar`). */
const CHAR_BITS = 0x10000 / 32;

function classOf(c: number): number {
  return (classOfUnit[c] ||= classify(String.fromCharCode(c)));
}

function classify(ch: string): number {
  return KNOWN | (LETTER.test(ch) ? IS_LETTER : 0) | (LETTER_OR_DIGIT.test(ch) ? IS_LETTER_OR_DIGIT : 0) | (SPACE.test(ch) ? IS_SPACE : 0);
}

/** A letter or digit at i (whole code point, so astral letters count too). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return (classOf(c) & IS_LETTER_OR_DIGIT) !== 0;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!)) || (c >= 0xdc00 && isWordChar(text, i - 1));
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return (classOf(c) & IS_LETTER) !== 0;
  return i < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Whether a word goes on at `i`, by the word index's rule (an inner apostrophe before a letter belongs to it). */
function goesOn(text: string, i: number): boolean {
  return i < text.length && (isWordChar(text, i) || (isApostrophe(text.charCodeAt(i)) && isLetterAt(text, i + 1)));
}

/** Where the word that goes on at `from` ends. */
function wordEnd(text: string, from: number): number {
  let i = from;
  while (goesOn(text, i)) i++;
  return i;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** The text of one file and cached views of it; every offset is a UTF-16 index into `text`. */
export class Document {
  private lineStartsCache?: number[];
  private linesCache?: Span[];
  private paragraphsCache?: Span[];
  private wordsCache?: Words;
  private writtenVocabularyCache?: Map<string, number>;
  private charBits?: Uint32Array;
  private vocabularyCache?: Map<string, number>;
  private sortedWordsCache?: string[];
  private lowerTextCache?: string;
  private directLookups = 0;

  constructor(
    readonly text: string,
    readonly path = '<text>',
  ) {}

  /** Offsets at which each line starts (after \n; a \r before it belongs to the line end). */
  get lineStarts(): number[] {
    if (!this.lineStartsCache) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStartsCache = starts;
    }
    return this.lineStartsCache;
  }

  /** Lines without their terminators (\n or \r\n). */
  get lines(): Span[] {
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
  get paragraphs(): Span[] {
    if (!this.paragraphsCache) {
      const paragraphs: Span[] = [];
      let current: Span | undefined;
      for (const line of this.lines) {
        if (this.isBlank(line)) {
          current = undefined;
        } else if (current) {
          current.end = line.end;
        } else {
          current = { start: line.start, end: line.end };
          paragraphs.push(current);
        }
      }
      this.paragraphsCache = paragraphs;
    }
    return this.paragraphsCache;
  }

  /** Whether a span holds only whitespace; tested in place, as every line of the text is. */
  isBlank(span: Span): boolean {
    for (let i = span.start; i < span.end; i++) {
      if (!isSpaceCode(this.text.charCodeAt(i))) return false;
    }
    return true;
  }

  /** Words: runs of letters and digits, with inner apostrophes (`Xi’s`, `don't`). */
  get words(): Words {
    if (!this.wordsCache) {
      const { text } = this;
      const n = text.length;
      let starts: Int32Array = new Int32Array(Math.ceil(n / 5) + 64); // prose has about one word per six characters
      let ends: Int32Array = new Int32Array(starts.length);
      let count = 0;
      let start = -1; // where the current word began, or -1 between words
      // The characters the text holds (`hasChar`) are noted in the same pass: a second pass over the text cost more.
      const bits = this.charBits ?? new Uint32Array(CHAR_BITS);
      // One hand-written pass (a regex costs four times as much): each character is looked up in a class table.
      for (let i = 0; i <= n; i++) {
        const c = i < n ? text.charCodeAt(i) : 32; // a space after the end closes the last word
        if (i < n) bits[c >>> 5] |= 1 << (c & 31);
        const highSurrogate = c >= 0xd800 && c <= 0xdbff;
        if (highSurrogate ? isWordChar(text, i) : (classOf(c) & IS_LETTER_OR_DIGIT) !== 0) {
          if (start < 0) start = i;
          if (highSurrogate) {
            i++; // the low surrogate is the same letter
            const low = text.charCodeAt(i);
            bits[low >>> 5] |= 1 << (low & 31);
          }
          continue;
        }
        if (start < 0 || (isApostrophe(c) && isLetterAt(text, i + 1))) continue;
        if (count === starts.length) {
          starts = grow(starts);
          ends = grow(ends);
        }
        starts[count] = start;
        ends[count++] = i;
        start = -1;
      }
      this.wordsCache = { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
      this.charBits = bits;
    }
    return this.wordsCache;
  }

  /** The text of the i-th word. */
  word(i: number): string {
    return this.text.slice(this.words.starts[i], this.words.ends[i]);
  }

  /**
   * Whether the character with this code (a BMP code unit) stands in the text: one pass, bits for all 65,536 units,
   * made when a rule first asks. Rules whose match needs a rare character skip a text without it.
   */
  hasChar(code: number): boolean {
    if (!this.charBits) {
      const bits = new Uint32Array(CHAR_BITS);
      const { text } = this;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        bits[c >>> 5] |= 1 << (c & 31);
      }
      this.charBits = bits;
    }
    return (this.charBits[code >>> 5] & (1 << (code & 31))) !== 0;
  }

  /** How often each word occurs as written (`Ning` and `ning` apart). */
  get writtenVocabulary(): Map<string, number> {
    if (!this.writtenVocabularyCache) {
      const counts = new Map<string, number>();
      for (const [start, end, n] of countWordsAsWritten(this.text, this.words)) counts.set(this.text.slice(start, end), n);
      this.writtenVocabularyCache = counts;
    }
    return this.writtenVocabularyCache;
  }

  /** How often each word occurs, keyed lower-cased (`Ning` and `ning` count together). */
  get vocabulary(): Map<string, number> {
    if (!this.vocabularyCache) {
      // Counted as written first, then folded: far fewer distinct words than words to lower-case.
      const counts = new Map<string, number>();
      for (const [word, n] of this.writtenVocabulary) {
        const key = word.toLowerCase();
        counts.set(key, (counts.get(key) ?? 0) + n);
      }
      this.vocabularyCache = counts;
    }
    return this.vocabularyCache;
  }

  /** How often a word stands in the text as written, as a word of its own: searched in a short text, counted in a long one. */
  countAsWritten(word: string): number {
    if (!this.searchDirectly(this.writtenVocabularyCache)) return this.writtenVocabulary.get(word) ?? 0;
    const { text } = this;
    let count = 0;
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
      if ((i === 0 || !isWordChar(text, i - 1)) && !goesOn(text, i + word.length)) count++;
    }
    return count;
  }

  /**
   * How often a lower-case word stands in the text as a word of its own. Checks ask this about a
   * few candidates per article: the first look-ups search the text, and only a text that keeps asking
   * (a long one) gets its whole vocabulary counted.
   */
  countOf(word: string): number {
    if (!this.searchDirectly()) return this.vocabulary.get(word) ?? 0;
    let count = 0;
    this.eachOccurrence(word, (after) => {
      if (!after) count++;
    });
    return count;
  }

  /** Whether some longer word of the text starts with the lower-case `prefix`. */
  hasWordStartingWith(prefix: string): boolean {
    if (!this.searchDirectly()) return this.wordsStartingWith(prefix).length > 0;
    let found = false;
    this.eachOccurrence(prefix, (after) => {
      found ||= after;
    });
    return found;
  }

  /** Search the text for this look-up, or count the vocabulary: a short text asked a few times is searched. */
  private searchDirectly(counted: unknown = this.vocabularyCache): boolean {
    return !counted && this.text.length <= DIRECT_SEARCH_MAX_LENGTH && ++this.directLookups <= DIRECT_LOOKUPS;
  }

  /**
   * Calls `visit` for each place `needle` starts a word in the lower-cased text, with that text, the
   * place, and whether the word goes on after the needle.
   */
  private eachOccurrence(needle: string, visit: (continues: boolean, text: string, at: number) => void): void {
    this.lowerTextCache ??= this.text.toLowerCase();
    const text = this.lowerTextCache;
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
      if (i > 0 && (isWordChar(text, i - 1) || (i > 1 && isApostrophe(text.charCodeAt(i - 1)) && isWordChar(text, i - 2) && isLetterAt(text, i)))) continue;
      visit(goesOn(text, i + needle.length), text, i);
    }
  }

  /** The document's distinct words, lower-cased and sorted, for prefix searches. */
  get sortedWords(): string[] {
    this.sortedWordsCache ??= [...this.vocabulary.keys()].sort();
    return this.sortedWordsCache;
  }

  /** The document's words (lower-cased) that start with `prefix` and are longer than it, sorted. */
  wordsStartingWith(prefix: string): string[] {
    if (this.searchDirectly()) {
      const longer = new Set<string>();
      this.eachOccurrence(prefix, (continues, text, at) => {
        if (continues) longer.add(text.slice(at, wordEnd(text, at + prefix.length)));
      });
      return [...longer].sort();
    }
    const words = this.sortedWords;
    const found: string[] = [];
    for (let i = lowerBound(words, prefix); i < words.length && words[i].startsWith(prefix); i++) {
      if (words[i].length > prefix.length) found.push(words[i]);
    }
    return found;
  }

  /** 1-based line and UTF-16 column of an offset. */
  position(offset: number): { line: number; column: number } {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  /** The paragraph holding an offset, if any. */
  paragraphAt(offset: number): Span | undefined {
    const paragraphs = this.paragraphs;
    let lo = 0;
    let hi = paragraphs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (paragraphs[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const p = paragraphs[lo];
    return p && p.start <= offset && offset <= p.end ? p : undefined;
  }

  /** The line holding an offset. */
  lineAt(offset: number): Span {
    return this.lines[this.position(offset).line - 1];
  }
}

/** Whether the letter at `text[i]` is a capital (ASCII by code, the text's commonest case; others by case mapping). */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether the letter at `text[i]` is lower case (ASCII by code; others by case mapping). */
export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  const ch = text[i];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** The words (runs of what is not white space) of text[from, to), counted in place no further than `limit` + 1. */
export function wordsIn(text: string, from: number, to: number, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words <= limit; i++) {
    if (isSpaceCode(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      // (Two statements, not `[words, inWord] = [words + 1, true]`: until V8 optimises this loop, that made an array
      // and iterated it at every word: a cold first pass over the bench's articles spent 29 ms here, a warm one 4.)
      words++;
      inWord = true;
    }
  }
  return words;
}

/** Whether a code unit is white space, as `\s` has it (tested by code for ASCII, the text's commonest case). */
export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && (classOf(c) & IS_SPACE) !== 0);
}

function grow(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** The first index whose string is not below `key` in code-unit order. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Each distinct word as written, as its first occurrence's start and end, with how often it occurs. An open-addressing
 * hash table over the text itself makes no string per word, which a Map keyed by sliced words would (ARCHITECTURE.md,
 * "Measurements behind the code"). A slot is four integers side by side (the first occurrence's start, its length, the
 * hash, the count), so a look-up reads one place of the table and the text, not the word index; the table grows in a
 * function of its own, so the loop's optimised code never meets a branch it has not run (a deoptimisation at each growth).
 */
function countWordsAsWritten(text: string, words: Words): [number, number, number][] {
  const { count, starts, ends } = words;
  // Sized for the words at hand (a short text asks for a small table), grown as distinct words fill half of it.
  let size = 16;
  while (size < Math.min(count, 4096)) size *= 2;
  let slots: Int32Array = new Int32Array(size * SLOT); // a length of 0 marks an empty slot: a word has at least one character
  let wrap = size * SLOT - 1; // the mask that wraps a slot's offset around the table
  let used = 0;
  for (let i = 0; i < count; i++) {
    const start = starts[i];
    const end = ends[i];
    const length = end - start;
    let h = 0x811c9dc5; // FNV-1a
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    let at = (h * SLOT) & wrap; // linear probing from the hash's slot
    for (let l = slots[at + LENGTH]; l !== 0; at = (at + SLOT) & wrap, l = slots[at + LENGTH]) {
      if (l !== length || slots[at + HASH] !== h) continue;
      const other = slots[at + START];
      let k = 0;
      while (k < length && text.charCodeAt(start + k) === text.charCodeAt(other + k)) k++;
      if (k === length) break;
    }
    if (slots[at + LENGTH] === 0) {
      // A new word: the table grows first if it would then be more than half full.
      if ((used + 1) * 2 > size) {
        slots = grownTable(slots);
        size *= 2;
        wrap = size * SLOT - 1;
        at = (h * SLOT) & wrap;
        while (slots[at + LENGTH] !== 0) at = (at + SLOT) & wrap;
      }
      slots[at + START] = start;
      slots[at + LENGTH] = length;
      slots[at + HASH] = h;
      used++;
    }
    slots[at + COUNT]++;
  }
  const entries: [number, number, number][] = [];
  for (let at = 0; at < slots.length; at += SLOT) if (slots[at + LENGTH] !== 0) entries.push([slots[at + START], slots[at + START] + slots[at + LENGTH], slots[at + COUNT]]);
  return entries;
}

// The fields of a slot of countWordsAsWritten's table, and its size.
const START = 0;
const LENGTH = 1;
const HASH = 2;
const COUNT = 3;
const SLOT = 4;

/** The table twice the size, its entries moved in the order they stand (each to the first free slot from its hash). */
function grownTable(slots: Int32Array): Int32Array {
  const bigger = new Int32Array(slots.length * 2);
  const wrap = bigger.length - 1;
  for (let from = 0; from < slots.length; from += SLOT) {
    if (slots[from + LENGTH] === 0) continue;
    let at = (slots[from + HASH] * SLOT) & wrap;
    while (bigger[at + LENGTH] !== 0) at = (at + SLOT) & wrap;
    bigger.set(slots.subarray(from, from + SLOT), at);
  }
  return bigger;
}

/** Where the run of letters that ends at `end` starts (`end` itself when there is none). */
export function letterRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && isLetterAt(text, start - 1)) start--;
  return start;
}
