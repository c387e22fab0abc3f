// --fix-dry-run's patch: a module of its own, so the diff library loads only when a preview is asked for.
import { createTwoFilesPatch } from 'diff';
/**
 * What --fix-dry-run prints: a unified diff with git's a/ and b/ prefixes, which `git apply` and `patch -p1` take.
 * `before` and `after` are the whole files, byte-order mark included: it is part of the first line as git sees it.
 * CR LF, lone CR and mixed line ends pass through as they are (git splits lines at LF only, and so does the diff).
 */
export function fixPatch(patchPath, before, after) {
    return createTwoFilesPatch(quotePath(`a/${patchPath}`), quotePath(`b/${patchPath}`), before, after, undefined, undefined, { context: 1 });
}
const C_ESCAPES = { '"': '\\"', '\\': '\\\\', '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r' };
/** What git quotes in a name: quote, backslash, controls; C1 and bidi marks too, so no name drives a terminal. */
const NEEDS_QUOTE = /["\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * A name as git writes it in a patch: in C-style quotes when it holds a quote, a backslash or a control
 * character (`"a/new\nline.txt"`; other characters as octal UTF-8 bytes), which `git apply` reads back.
 * Unquoted, a newline in a file name would end the `---` line and could bring in lines of its own.
 */
function quotePath(name) {
    NEEDS_QUOTE.lastIndex = 0;
    if (!NEEDS_QUOTE.test(name))
        return name;
    const octal = (c) => Array.from(Buffer.from(c), (b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
    return `"${name.replace(NEEDS_QUOTE, (c) => C_ESCAPES[c] ?? octal(c))}"`;
}
