/** What JSON.stringify (and an XML writer) leaves raw that a terminal still reads: DEL, C1, bidi marks, line separators. */
export declare const PRINTABLE_BUT_UNSAFE: RegExp;
/** `\x1b`, `\u202e`: how an unsafe character is written, visibly and in plain ASCII. */
export declare function visibleEscape(c: string): string;
/** `text` with every control and bidi character written as a visible escape; tabs stay unless `tabs` is set. */
export declare function escapeControls(text: string, { tabs }?: {
    tabs?: boolean | undefined;
}): string;
/**
 * JSON text with the controls JSON.stringify leaves raw (DEL, C1, bidi marks, line separators) written as `\u` escapes:
 * the same JSON to a parser, nothing that drives a terminal. They can only stand inside strings, where `\u` is valid.
 */
export declare function escapeJsonText(json: string): string;
