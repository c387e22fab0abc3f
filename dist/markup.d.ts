export type Range = [number, number];
/** Front matter at the top of a Markdown file (where a file-wide directive must not go before). */
export declare const FRONT_MATTER: RegExp;
/** The addresses of a text, sorted and not overlapping. */
export declare function nonProse(text: string): Range[];
/** Two sorted lists of ranges as one, sorted and merged where they overlap. */
export declare function mergeRanges(a: readonly Range[], b: readonly Range[]): Range[];
/** The text with each range's characters turned into spaces, line breaks kept. */
export declare function blank(text: string, ranges: readonly Range[]): string;
/** Whether [start, end) touches any of the sorted ranges (an empty stretch, the character at `start`). */
export declare function touches(ranges: readonly Range[], start: number, end: number): boolean;
/**
 * Whether [start, end) cuts into any of the sorted ranges: overlaps one without holding all of it. Whole lines of page
 * furniture may hold an address (`Read more: https://…`); they must not end or start inside one.
 */
export declare function cutsInto(ranges: readonly Range[], start: number, end: number): boolean;
