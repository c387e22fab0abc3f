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
/** The text of one file and cached views of it; every offset is a UTF-16 index into `text`. */
export declare class Document {
    readonly text: string;
    readonly path: string;
    private lineStartsCache?;
    private linesCache?;
    private paragraphsCache?;
    private wordsCache?;
    private writtenVocabularyCache?;
    private charBits?;
    private vocabularyCache?;
    private sortedWordsCache?;
    private lowerTextCache?;
    private directLookups;
    constructor(text: string, path?: string);
    /** Offsets at which each line starts (after \n; a \r before it belongs to the line end). */
    get lineStarts(): number[];
    /** Lines without their terminators (\n or \r\n). */
    get lines(): Span[];
    /** Runs of non-blank lines. */
    get paragraphs(): Span[];
    /** Whether a span holds only whitespace; tested in place, as every line of the text is. */
    isBlank(span: Span): boolean;
    /** Words: runs of letters and digits, with inner apostrophes (`Xi’s`, `don't`). */
    get words(): Words;
    /** The text of the i-th word. */
    word(i: number): string;
    /**
     * Whether the character with this code (a BMP code unit) stands in the text: one pass, bits for all 65,536 units,
     * made when a rule first asks. Rules whose match needs a rare character skip a text without it.
     */
    hasChar(code: number): boolean;
    /** How often each word occurs as written (`Ning` and `ning` apart). */
    get writtenVocabulary(): Map<string, number>;
    /** How often each word occurs, keyed lower-cased (`Ning` and `ning` count together). */
    get vocabulary(): Map<string, number>;
    /** How often a word stands in the text as written, as a word of its own: searched in a short text, counted in a long one. */
    countAsWritten(word: string): number;
    /**
     * How often a lower-case word stands in the text as a word of its own. Checks ask this about a
     * few candidates per article: the first look-ups search the text, and only a text that keeps asking
     * (a long one) gets its whole vocabulary counted.
     */
    countOf(word: string): number;
    /** Whether some longer word of the text starts with the lower-case `prefix`. */
    hasWordStartingWith(prefix: string): boolean;
    /** Search the text for this look-up, or count the vocabulary: a short text asked a few times is searched. */
    private searchDirectly;
    /**
     * Calls `visit` for each place `needle` starts a word in the lower-cased text, with that text, the
     * place, and whether the word goes on after the needle.
     */
    private eachOccurrence;
    /** The document's distinct words, lower-cased and sorted, for prefix searches. */
    get sortedWords(): string[];
    /** The document's words (lower-cased) that start with `prefix` and are longer than it, sorted. */
    wordsStartingWith(prefix: string): string[];
    /** 1-based line and UTF-16 column of an offset. */
    position(offset: number): {
        line: number;
        column: number;
    };
    /** The paragraph holding an offset, if any. */
    paragraphAt(offset: number): Span | undefined;
    /** The line holding an offset. */
    lineAt(offset: number): Span;
}
/** Whether a code unit is white space, as `\s` has it (tested by code for ASCII, the text's commonest case). */
export declare function isSpaceCode(c: number): boolean;
/** The first index whose string is not below `key` in code-unit order. */
export declare function lowerBound(sorted: readonly string[], key: string): number;
/** Where the run of letters that ends at `end` starts (`end` itself when there is none). */
export declare function letterRunStart(text: string, end: number): number;
