// The fix engine: pure functions that apply edits to text and repeat lint → fix until nothing changes.
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

/** Made on first need: constructing a segmenter is a noticeable part of a run on a small file, and most runs fix nothing. */
let graphemes: Intl.Segmenter | undefined;
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
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
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
 * or when a pass would bring back a text seen before (two rules undoing each other). Findings that `firstPassOnly`
 * picks are fixed only as the text was given: a page's furniture is judged by the lines around it, and once some
 * lines are gone, others would be judged by a page that never was (an article's list above a removed photo credit).
 */
export function fixText(text: string, lint: (text: string) => Finding[], shouldFix: (f: Finding) => boolean = () => true, firstPassOnly: (f: Finding) => boolean = () => false): FixResult {
  const seen = new Set([text]);
  let fixed = 0;
  let findings = lint(text);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = findings.filter((f) => f.fix && shouldFix(f) && (pass === 0 || !firstPassOnly(f))).map((f) => f.fix!);
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
