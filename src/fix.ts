// The fix engine: pure functions that apply edits to text and repeat lint → fix until nothing changes.
import { createTwoFilesPatch } from 'diff';
import type { Edit, Finding } from './types.js';

export interface EditResult {
  text: string;
  applied: Edit[];
  /** Edits that overlapped an earlier one and were left out. */
  skipped: Edit[];
}

/**
 * Apply non-overlapping edits in one pass. Edits are taken in document order; one that starts
 * inside the range of an edit already taken is skipped (it will be reconsidered on the next pass).
 * Touching edits (one ends where the next starts) are both applied. Nothing outside an edit's
 * range changes: the output is built from untouched slices of the input. An edit that would split
 * a grapheme cluster (see `splitsCluster`) is skipped too.
 */
export function applyEdits(text: string, edits: readonly Edit[]): EditResult {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const applied: Edit[] = [];
  const skipped: Edit[] = [];
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    const outOfRange = edit.offset < 0 || edit.length < 0 || edit.offset + edit.length > text.length;
    if (outOfRange || edit.offset < cursor || splitsCluster(text, edit.offset) || splitsCluster(text, edit.offset + edit.length)) {
      skipped.push(edit);
      continue;
    }
    parts.push(text.slice(cursor, edit.offset), edit.text);
    cursor = edit.offset + edit.length;
    applied.push(edit);
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), applied, skipped };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Characters that join to nothing when they end a cluster: a fix may remove them. */
const STRAY_JOINERS = /^[\u200C\u200D]+$/;
/** How far back a cluster boundary is looked for; a longer cluster is taken to be split. */
const CLUSTER_REACH = 128;

/**
 * Whether an edit starting or ending at `offset` would cut a grapheme cluster: a surrogate pair, CR LF,
 * a letter and its combining marks, an emoji and its variation selector or skin tone, an emoji ZWJ
 * sequence (`👨‍👩‍👧`). Cutting before joiners that end a cluster and join it to nothing (`a‍ b`) is allowed.
 *
 * Only a window around `offset` is segmented: a boundary depends on the text before it and the
 * character after it, and one stands before every ASCII character but LF (Prepend marks aside).
 * Segmenting a whole document is too slow on Node 20 (ARCHITECTURE.md, "Fixes cut no grapheme cluster").
 */
export function splitsCluster(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  // Between two ASCII characters (most edits) there is always a boundary, except inside CR LF.
  const [before, after] = [text.charCodeAt(offset - 1), text.charCodeAt(offset)];
  if (before < 0x80 && after < 0x80) return before === 0x0d && after === 0x0a;
  let start = offset - 1;
  const floor = Math.max(0, offset - CLUSTER_REACH);
  while (start > floor && !(text.charCodeAt(start) < 0x80 && text.charCodeAt(start) !== 0x0a)) start--;
  // After the offset: the cluster's rest, far enough to see whether more than joiners follow.
  const window = text.slice(start, Math.min(text.length, offset + 16));
  const cluster = graphemes.segment(window).containing(offset - start)!;
  if (cluster.index === offset - start) return false;
  return !STRAY_JOINERS.test(window.slice(offset - start, cluster.index + cluster.segment.length));
}

export interface FixResult {
  text: string;
  /** How many edits were applied over all passes. */
  fixed: number;
  /** The findings left in the final text. */
  findings: Finding[];
}

export const MAX_FIX_PASSES = 10;

/**
 * Lint → fix → lint again, up to MAX_FIX_PASSES, like ESLint. Stops early when no fix applies
 * or when a pass would bring back a text seen before (two rules undoing each other).
 */
export function fixText(text: string, lint: (text: string) => Finding[], shouldFix: (f: Finding) => boolean = () => true): FixResult {
  const seen = new Set([text]);
  let fixed = 0;
  let findings = lint(text);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = findings.filter((f) => f.fix && shouldFix(f)).map((f) => f.fix!);
    if (!edits.length) break;
    const result = applyEdits(text, edits);
    if (seen.has(result.text)) break;
    seen.add(result.text);
    text = result.text;
    fixed += result.applied.length;
    findings = lint(text);
  }
  return { text, fixed, findings };
}

/**
 * What --fix-dry-run prints: a unified diff with git's a/ and b/ prefixes, which `git apply` and `patch -p1` take.
 * `before` and `after` are the whole files, byte-order mark included: it is part of the first line as git sees it.
 * CR LF, lone CR and mixed line ends pass through as they are (git splits lines at LF only, and so does the diff).
 */
export function fixPatch(patchPath: string, before: string, after: string): string {
  return createTwoFilesPatch(quotePath(`a/${patchPath}`), quotePath(`b/${patchPath}`), before, after, undefined, undefined, { context: 1 });
}

const C_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r' };

/** What git quotes in a name: quote, backslash, controls; C1 and bidi marks too, so no name drives a terminal. */
const NEEDS_QUOTE = /["\\\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name as git writes it in a patch: in C-style quotes when it holds a quote, a backslash or a control
 * character (`"a/new\nline.txt"`; other characters as octal UTF-8 bytes), which `git apply` reads back.
 * Unquoted, a newline in a file name would end the `---` line and could bring in lines of its own.
 */
function quotePath(name: string): string {
  NEEDS_QUOTE.lastIndex = 0;
  if (!NEEDS_QUOTE.test(name)) return name;
  const octal = (c: string) => Array.from(Buffer.from(c), (b) => `\\${b.toString(8).padStart(3, '0')}`).join('');
  return `"${name.replace(NEEDS_QUOTE, (c) => C_ESCAPES[c] ?? octal(c))}"`;
}
