// One entry point for every report format.
import type { Rule } from '../types.js';
import { escapeJsonText } from './escape.js';
import type { FileResult } from './result.js';

export const FORMATS = ['stylish', 'json', 'compact', 'sarif', 'github', 'junit', 'checkstyle', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/**
 * Whether a format quotes the files' text (stylish's code frames, the HTML page's view of each file). The others
 * read only the findings, so a run need not hold every file's text until the report: 100 MB of files would be
 * held as up to 200 MB of strings.
 */
export function readsSource(format: Format): boolean {
  return format === 'stylish' || format === 'html';
}

/**
 * Whether a format writes each file's results as they come, its totals at the end: a run then hands it each file once
 * linted and keeps none (memory bounded by a batch of files, whatever the input). The others sort the files or
 * open with totals, so they get the whole list.
 */
export function streams(format: Format): boolean {
  return format === 'json' || format === 'stylish' || format === 'github';
}

export interface ReportContext {
  rules: Rule[];
  color: boolean;
  version: string;
  /** The directory relative paths start from (SARIF names it). */
  cwd?: string;
  /** How many findings --quiet left out, counted as the results go by (stylish says so when it shows none). */
  hidden?: { count: number };
}

/**
 * The report in pieces to be written one after the other (the line formats and JSON are made a finding at a time).
 * Each format's module is loaded when it is asked for: a run writes one format, and the others' code (stylish's
 * string-width makes a grapheme segmenter as it loads) stays out of start-up.
 */
export async function formatReport(format: Format, results: Iterable<FileResult>, context: ReportContext): Promise<Iterable<string>> {
  // The formats that do not stream read the whole list.
  const all = () => (Array.isArray(results) ? results : [...results]);
  switch (format) {
    case 'stylish':
      return (await import('./stylish.js')).formatStylish(results, context.color, context.hidden);
    case 'json':
      return escapedPieces((await import('./json.js')).formatJson(results));
    case 'compact':
      return (await import('./compact.js')).formatCompact(all());
    case 'sarif':
      return [escapeJsonText((await import('./sarif.js')).formatSarif(all(), context.rules, context.version, context.cwd))];
    case 'github':
      return (await import('./github.js')).formatGithub(results);
    case 'junit':
      return [(await import('./junit.js')).formatJunit(all())];
    case 'checkstyle':
      return [(await import('./checkstyle.js')).formatCheckstyle(all())];
    case 'html':
      return (await import('./html.js')).formatHtml(all(), context);
  }
}

function* escapedPieces(pieces: Iterable<string>): Generator<string> {
  for (const piece of pieces) yield escapeJsonText(piece);
}

/**
 * Pieces joined into strings of about `size` characters: few writes, none too long. Kept under V8's large-object size
 * (128 KB): a larger string is allocated in the old generation and freed only by a full collection (with pieces of a
 * megabyte, a repeat run over the 4,188 articles from the cache was ~2 % slower).
 */
export function* batched(pieces: Iterable<string>, size = 1 << 15): Generator<string> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= size) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}
