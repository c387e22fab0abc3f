import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  PRINTABLE_BUT_UNSAFE,
  visibleEscape
} from "./chunk-6Q46IVKU.js";

// src/report/xml.ts
var AS_REFERENCE = new RegExp(`[\\t\\n\\r]|${PRINTABLE_BUT_UNSAFE.source}`, "g");
function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, visibleEscape).replace(AS_REFERENCE, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}

export {
  escapeXml
};
