/** One side of a unit, as read: its text (entities decoded, inline codes out) and its codes. */
export interface Segment {
    /** The text with inline tags left out and each placeholder turned into a space. */
    text: string;
    /** Inline tags and placeholders as written, normalised (`<x id="1"/>` → `x#1`, `%s`, `{0}`). */
    codes: string[];
    /** The file range of the content (between the tags or quotes). */
    start: number;
    end: number;
}
export interface Unit {
    id: string;
    source?: Segment;
    /** Undefined when the unit has no target at all. */
    target?: Segment;
    /** The file range of the whole unit. */
    start: number;
    end: number;
}
/**
 * Placeholders in a string: printf (`%s`, `%1$d`, `%(name)s`), .NET and ICU style (`{0}`, `{name}`), double-brace
 * templates (`{{name}}`). They are code, not words: protected from fixes and compared between source and target.
 */
export declare const PLACEHOLDER: RegExp;
/** The placeholders of a text, with their offsets. */
export declare function placeholdersIn(text: string): {
    start: number;
    end: number;
    code: string;
}[];
