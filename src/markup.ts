// What in a text is not prose: web addresses and e-mail addresses everywhere; in Markdown also front matter,
// code, HTML comments and tags, and link destinations. Rules see these stretches blanked out (same length, line
// breaks kept, so offsets still point into the original text), and findings that touch them are dropped.

export type Format = 'text' | 'markdown';
export type Range = [number, number];

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdx)$/i;

/** Marks that end a sentence rather than an address (`see https://example.com.`). */
const TRAILING = /[.,;:!?'’)\]]+$/u;
/** What an address runs on through: anything but spaces, angle brackets and quotes. */
const ADDRESS_CHAR = /[^\s<>"“”]/u;
const SCHEME = /(?:https?|ftp)$/i;
/** A character before `www.` that makes it part of a longer token (`xwww.`, `a.www.`, `/www.`). */
const INSIDE_ADDRESS = /[\p{L}\p{N}./]/u;
const EMAIL_LOCAL = /[\p{L}\p{N}._%+-]/u;
const EMAIL_DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

export const FRONT_MATTER = /^\uFEFF?(---|\+\+\+)[^\S\n]*\r?\n[\s\S]*?\r?\n\1[^\S\n]*(?:\r?\n|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_COMMENT = /<!--[^]*?-->/g;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<(?:https?|ftp|mailto):[^<>\s]+>/g;
/** A code span within a paragraph (it cannot cross a blank line). */
const CODE_SPAN = /(`+)(?!`)(?:[^`\n]|\n(?![^\S\n]*\r?\n)|`(?!\1))+?\1(?!`)/g;
/** `](destination "title")`: the part in brackets. */
const LINK_DESTINATION = /(?<=\])\(\s*(?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/g;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[^\n]*/gm;

/** The format a path's extension names: Markdown for `.md`, `.markdown`, `.mdx`; plain text otherwise. */
export function formatOf(path: string): Format {
  return MARKDOWN_EXTENSIONS.test(path) ? 'markdown' : 'text';
}

/** The stretches of `text` that are not prose, sorted and not overlapping. */
export function nonProse(text: string, format: Format): Range[] {
  // Most articles are plain text without an address: nothing to build.
  if (format === 'text' && !text.includes('://') && !text.includes('www.') && !text.includes('@')) return [];
  const ranges: Range[] = [];
  if (format === 'markdown') {
    const front = FRONT_MATTER.exec(text);
    if (front) ranges.push([0, front[0].length]);
    ranges.push(...fencedCode(text));
  }
  // Later searches run on the text with what was found so far blanked out (no code span inside a fence); each only
  // when the text holds what it starts with.
  const search = (hints: string[], regex: RegExp, pick: (m: RegExpMatchArray) => Range | undefined = (m) => [m.index!, m.index! + m[0].length]) => {
    if (!hints.some((hint) => text.includes(hint))) return;
    const blanked = blank(text, ranges);
    for (const m of blanked.matchAll(regex)) {
      const range = pick(m);
      if (range && range[1] > range[0]) ranges.push(range);
    }
    normalise(ranges);
  };
  if (format === 'markdown') {
    search(['`'], CODE_SPAN);
    // Comments other than mtlint's own directives, which must stay readable.
    search(['<!--'], HTML_COMMENT, (m) => (m[0].includes('mtlint-') ? undefined : [m.index!, m.index! + m[0].length]));
    search(['<'], HTML_TAG);
    search([']('], LINK_DESTINATION);
    search([']:'], REFERENCE_DEFINITION);
  }
  ranges.push(...addresses(text));
  return normalise(ranges);
}

/**
 * Web addresses (`https://…`, `www.…`) and e-mail addresses. Found from their `://`, `www.` or `@` with indexOf and
 * grown outwards by hand: a regex starting at a letter class backtracks over every word of a long text.
 */
function addresses(text: string): Range[] {
  const found: Range[] = [];
  const runEnd = (from: number) => {
    let end = from;
    while (end < text.length && ADDRESS_CHAR.test(text[end])) end++;
    return end;
  };
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', at + 3)) {
    const scheme = SCHEME.exec(text.slice(Math.max(0, at - 5), at))?.[0];
    if (scheme) found.push([at - scheme.length, trimmedEnd(text, at - scheme.length, runEnd(at + 3))]);
  }
  for (let at = text.indexOf('www.'); at !== -1; at = text.indexOf('www.', at + 4)) {
    if (at > 0 && INSIDE_ADDRESS.test(text[at - 1])) continue;
    const end = trimmedEnd(text, at, runEnd(at + 4));
    if (text.slice(at + 4, end).includes('.')) found.push([at, end]);
  }
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && EMAIL_LOCAL.test(text[start - 1])) start--;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256))?.[0];
    if (start < at && domain) found.push([start, trimmedEnd(text, start, at + 1 + domain.length)]);
  }
  return found;
}

/** The end of the address at [start, end) without the marks that end the sentence after it. */
function trimmedEnd(text: string, start: number, end: number): number {
  return end - (TRAILING.exec(text.slice(start, end))?.[0].length ?? 0);
}

/** The text with each range's characters turned into spaces, line breaks kept. */
export function blank(text: string, ranges: readonly Range[]): string {
  if (!ranges.length) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** Whether [start, end) touches any of the sorted ranges (an empty stretch, the character at `start`). */
export function touches(ranges: readonly Range[], start: number, end: number): boolean {
  const k = firstEndingAfter(ranges, start);
  return k < ranges.length && ranges[k][0] < Math.max(end, start + 1);
}

/**
 * Whether [start, end) cuts into any of the sorted ranges: overlaps one without holding all of it. Whole lines of page
 * furniture may hold an address (`Read more: https://…`); they must not end or start inside one.
 */
export function cutsInto(ranges: readonly Range[], start: number, end: number): boolean {
  for (let k = firstEndingAfter(ranges, start); k < ranges.length && ranges[k][0] < Math.max(end, start + 1); k++) {
    if (ranges[k][0] < start || ranges[k][1] > end) return true;
  }
  return false;
}

/** The index of the first range that ends after `at`. */
function firstEndingAfter(ranges: readonly Range[], at: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Fenced code blocks, from the opening fence line to the closing one (or the end of the text). */
function fencedCode(text: string): Range[] {
  const ranges: Range[] = [];
  let open: { fence: string; start: number } | undefined;
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(start, end);
    const fence = FENCE.exec(line)?.[1];
    if (!open && fence) open = { fence, start };
    else if (open && fence && fence[0] === open.fence[0] && fence.length >= open.fence.length && line.trim() === fence) {
      ranges.push([open.start, end]);
      open = undefined;
    }
    start = end;
  }
  if (open) ranges.push([open.start, text.length]);
  return ranges;
}

/** Sort the ranges and merge overlapping ones, in place. */
function normalise(ranges: Range[]): Range[] {
  ranges.sort((a, b) => a[0] - b[0]);
  let k = 0;
  for (const r of ranges) {
    if (k > 0 && r[0] <= ranges[k - 1][1]) ranges[k - 1][1] = Math.max(ranges[k - 1][1], r[1]);
    else ranges[k++] = r;
  }
  ranges.length = k;
  return ranges;
}
