// Escaping for the XML reports.
import { PRINTABLE_BUT_UNSAFE, visibleEscape } from './escape.js';
const AS_REFERENCE = new RegExp(`[\\t\\n\\r]|${PRINTABLE_BUT_UNSAFE.source}`, 'g');
export function escapeXml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        // Characters XML 1.0 cannot hold at all are written as visible escapes (`\x1b`): a name that has them is kept.
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, visibleEscape)
        // References for the rest of the controls and the bidi marks: read back as they were (a parser would turn a raw
        // line break in an attribute into a space), and nothing raw reaches a terminal the report is printed to.
        .replace(AS_REFERENCE, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
}
