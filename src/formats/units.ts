// Translation units of bilingual files (XLIFF, PO): what a source says and what its target says, with file ranges.

/** One side of a unit, as read: its text (entities decoded, inline codes out) and its codes. */
export interface Segment {
  /** The text with inline tags left out and each placeholder turned into a space. */
  text: string;
  /** Inline tags and placeholders as written, normalised (`<x id="1"/>` → `x#1`, `%s`, `{0}`). */
  codes: string[];
  /** The file range of the content (between the tags or quotes). */
  start: number;
  end: number;
}

export interface Unit {
  id: string;
  source?: Segment;
  /** Undefined when the unit has no target at all. */
  target?: Segment;
  /** The file range of the whole unit. */
  start: number;
  end: number;
}

/**
 * Placeholders in a string: printf (`%s`, `%1$d`, `%(name)s`), .NET and ICU style (`{0}`, `{name}`), double-brace
 * templates (`{{name}}`). They are code, not words: protected from fixes and compared between source and target.
 */
export const PLACEHOLDER = /%(?:\d+\$)?(?:\([\w.]+\))?[-+0#]*\d*(?:\.\d+)?[sdifuxXeEgGcp@](?![\p{L}\p{N}])|\{\{\s*[\w.]+\s*\}\}|\{\d+(?:,[^{}\n]*)?\}|\{[A-Za-z_][\w.]*\}/gu;

/** The placeholders of a text, with their offsets. */
export function placeholdersIn(text: string): { start: number; end: number; code: string }[] {
  if (!text.includes('%') && !text.includes('{')) return [];
  return Array.from(text.matchAll(PLACEHOLDER), (m) => ({ start: m.index, end: m.index + m[0].length, code: m[0] }))
}
