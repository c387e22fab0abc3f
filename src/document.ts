// Document: the text being linted, with lazily built views shared by every check.

export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  text: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The text of one file and cached views of it; every offset is a UTF-16 index into `text`. */
export class Document {
  private lineStartsCache?: number[];
  private linesCache?: Span[];
  private paragraphsCache?: Span[];
  private wordsCache?: Word[];
  private vocabularyCache?: Map<string, number>;

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
        if (this.text.slice(line.start, line.end).trim() === '') {
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

  /** Words: runs of letters and digits, with inner apostrophes (`Xi’s`, `don't`). */
  get words(): Word[] {
    if (!this.wordsCache) {
      this.wordsCache = Array.from(this.text.matchAll(WORD), (m) => ({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
      }));
    }
    return this.wordsCache;
  }

  /** How often each word occurs, keyed as written (case kept). */
  get vocabulary(): Map<string, number> {
    if (!this.vocabularyCache) {
      const counts = new Map<string, number>();
      for (const w of this.words) counts.set(w.text, (counts.get(w.text) ?? 0) + 1);
      this.vocabularyCache = counts;
    }
    return this.vocabularyCache;
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
    return this.paragraphs.find((p) => p.start <= offset && offset <= p.end);
  }
}
