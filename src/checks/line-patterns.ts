// Whole-line patterns tested line by line (trailing-block's furniture lines), as one regex `^(?:p1|p2|…)$`.
// A pattern that opens by scanning the line (`(?=.*\byour?\b).*\bcookies\b…`) costs a pass over every line it is tried
// on, with backtracking, and such a pass of a case-blind Unicode regex is slow: one pattern of 87 took 75 of 87 ms over
// the bench's articles. Such patterns are tried only on lines that hold a string they cannot match without.
import { compileRegex } from './fields.js';

/** A test of whole trimmed lines against patterns, answered as `^(?:p1|p2|…)$` with the same flags would answer it. */
export interface LineMatcher {
  test(line: string): boolean;
}

/**
 * The matcher for `patterns` (regex sources) with `flags` (`u` is always set). `requires[k]`, when known, lists strings
 * one of which any line pattern k matches holds (`rules/literals.ts`); they are searched with the same flags.
 */
export function wholeLineMatcher(patterns: readonly string[], flags: string, requires?: readonly (readonly string[] | null)[]): LineMatcher {
  const joined = (list: readonly string[]) => compileRegex(`^(?:${list.map((p) => `(?:${p})`).join('|')})$`, flags);
  const gated = patterns.flatMap((p, k) => (SCANS_LINE.test(p) && requires?.[k]?.length ? [k] : []));
  if (!gated.length) return joined(patterns);
  // The other patterns, tried on every line; all of them (made on first need) where a gated pattern's string stands.
  const others = patterns.filter((_, k) => !gated.includes(k));
  const rest = others.length ? joined(others) : undefined;
  let all: RegExp | undefined;
  const gate = compileRegex(gated.flatMap((k) => requires![k]!.map(escapeLiteral)).join('|'), flags.replace(/[gy]/g, ''));
  return { test: (line) => (gate.test(line) ? (all ??= joined(patterns)).test(line) : (rest?.test(line) ?? false)) };
}

// A pattern that opens with a lookahead or a run of any characters scans the whole line before it can fail.
const SCANS_LINE = /^(?:\(\?=|\.[*+])/;

/** A string as a `u` regex that matches it (`\\-` is no escape in `u` syntax, so `escapeRegex` does not do). */
function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
