// Text from files and file names is data: shown in a terminal or a line format, it must not act as a control sequence.
import { jsonUnicodeEscape } from '../ascii-json.js';

/**
 * C0 and C1 controls (ESC, BEL, CR, LF, …, but not tab unless asked) and the bidirectional controls
 * that reorder what a reader sees (Trojan Source), plus the Unicode line and paragraph separators.
 */
const BIDI_AND_SEPARATORS = '\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069';
const UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000A-\\u001F\\u007F-\\u009F${BIDI_AND_SEPARATORS}]`, 'g');
const UNSAFE_WITH_TAB = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${BIDI_AND_SEPARATORS}]`, 'g');
/** What JSON.stringify (and an XML writer) leaves raw that a terminal still reads: DEL, C1, bidi marks, line separators. */
export const PRINTABLE_BUT_UNSAFE = new RegExp(`[\\u007F-\\u009F${BIDI_AND_SEPARATORS}]`, 'g');

/** `\x1b`, `\u202e`: how an unsafe character is written, visibly and in plain ASCII. */
export function visibleEscape(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control and bidi character written as a visible escape; tabs stay unless `tabs` is set. */
export function escapeControls(text: string, { tabs = false } = {}): string {
  const unsafe = tabs ? UNSAFE_WITH_TAB : UNSAFE;
  unsafe.lastIndex = 0;
  return unsafe.test(text) ? text.replace(unsafe, visibleEscape) : text;
}

/**
 * JSON text with the controls JSON.stringify leaves raw (DEL, C1, bidi marks, line separators) written as `\u` escapes:
 * the same JSON to a parser, nothing that drives a terminal. They can only stand inside strings, where `\u` is valid.
 */
export function escapeJsonText(json: string): string {
  // Looked for first: a replace copies the text even when it changes nothing.
  PRINTABLE_BUT_UNSAFE.lastIndex = 0;
  if (!PRINTABLE_BUT_UNSAFE.test(json)) return json;
  return json.replace(PRINTABLE_BUT_UNSAFE, jsonUnicodeEscape);
}
