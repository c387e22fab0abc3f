export declare function fill(template: string, match: RegExpExecArray | readonly string[]): string;
/** Give `replacement` the capitalisation of `original`: `ALL CAPS`, `Capitalised`, or as written. */
export declare function matchCase(original: string, replacement: string): string;
/** Escape text for use inside a RegExp. */
export declare function escapeRegex(text: string): string;
/** A regex source matching any of `phrases` as whole words, spaces matching any whitespace run. */
export declare function phraseAlternation(phrases: readonly string[]): string;
