/** SCOWL size tiers: 10 holds the commonest words, 70 rare ones. */
export declare const TIERS: readonly [10, 20, 35, 40, 50, 55, 60, 70];
export interface Dictionary {
    /** The smallest tier holding the lower-cased word, or undefined. */
    tier(word: string): number | undefined;
    /** Whether a tier up to `maxTier` holds the lower-cased word (any tier, by default). */
    has(word: string, maxTier?: number): boolean;
    /** Whether the lower-case `word` is in any tier, not remembered: for one-off guesses (a word's one-letter edits). */
    probe(word: string): boolean;
    /** Dictionary words that start with `prefix`, commonest tiers first, then shortest. */
    completions(prefix: string, maxTier: number, limit: number): string[];
}
/** The shared dictionary; read on first need (1.2 MB). */
export declare function dictionary(): Dictionary;
/** Write the merged dictionary file and its index (run by the build). */
export declare function writeDictionary(): void;
/** Every word of every list with its smallest tier, in the file's format (also used when the build has not written the file). */
export declare function mergeWordLists(): string;
