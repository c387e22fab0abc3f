import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  createTwoFilesPatch
} from "./chunk-55GWDXE3.js";
import "./chunk-GGOSB4CG.js";

// src/patch.ts
function fixPatch(patchPath, before, after) {
  return createTwoFilesPatch(quotePath(`a/${patchPath}`), quotePath(`b/${patchPath}`), before, after, void 0, void 0, { context: 1 });
}
var C_ESCAPES = { '"': '\\"', "\\": "\\\\", "\x07": "\\a", "\b": "\\b", "	": "\\t", "\n": "\\n", "\v": "\\v", "\f": "\\f", "\r": "\\r" };
var NEEDS_QUOTE = /["\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function quotePath(name) {
  NEEDS_QUOTE.lastIndex = 0;
  if (!NEEDS_QUOTE.test(name)) return name;
  const octal = (c) => Array.from(Buffer.from(c), (b) => `\\${b.toString(8).padStart(3, "0")}`).join("");
  return `"${name.replace(NEEDS_QUOTE, (c) => C_ESCAPES[c] ?? octal(c))}"`;
}
export {
  fixPatch
};
