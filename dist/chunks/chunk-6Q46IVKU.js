import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);

// src/report/escape.ts
var BIDI_AND_SEPARATORS = "\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069";
var UNSAFE = new RegExp(`[\\u0000-\\u0008\\u000A-\\u001F\\u007F-\\u009F${BIDI_AND_SEPARATORS}]`, "g");
var UNSAFE_WITH_TAB = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F${BIDI_AND_SEPARATORS}]`, "g");
var PRINTABLE_BUT_UNSAFE = new RegExp(`[\\u007F-\\u009F${BIDI_AND_SEPARATORS}]`, "g");
function visibleEscape(c) {
  const code = c.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeControls(text, { tabs = false } = {}) {
  const unsafe = tabs ? UNSAFE_WITH_TAB : UNSAFE;
  unsafe.lastIndex = 0;
  return unsafe.test(text) ? text.replace(unsafe, visibleEscape) : text;
}
function escapeJsonText(json) {
  return json.replace(PRINTABLE_BUT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  PRINTABLE_BUT_UNSAFE,
  visibleEscape,
  escapeControls,
  escapeJsonText
};
