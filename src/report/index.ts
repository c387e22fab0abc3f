// One entry point for every report format.
import type { Rule } from '../types.js';
import { formatCheckstyle } from './checkstyle.js';
import { formatCompact } from './compact.js';
import { escapeJsonText } from './escape.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import type { FileResult } from './result.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export const FORMATS = ['stylish', 'json', 'compact', 'sarif', 'github', 'junit', 'checkstyle', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportContext {
  rules: Rule[];
  color: boolean;
  version: string;
  /** The directory relative paths start from (SARIF names it). */
  cwd?: string;
}

/** The report in pieces to be written one after the other (the line formats and JSON are made a finding at a time). */
export function formatReport(format: Format, results: FileResult[], context: ReportContext): Iterable<string> {
  switch (format) {
    case 'stylish':
      return formatStylish(results, context.color);
    case 'json':
      return escapedPieces(formatJson(results));
    case 'compact':
      return formatCompact(results);
    case 'sarif':
      return [escapeJsonText(formatSarif(results, context.rules, context.version, context.cwd))];
    case 'github':
      return formatGithub(results);
    case 'junit':
      return [formatJunit(results)];
    case 'checkstyle':
      return [formatCheckstyle(results)];
    case 'html':
      return formatHtml(results, context);
  }
}

function* escapedPieces(pieces: Iterable<string>): Generator<string> {
  for (const piece of pieces) yield escapeJsonText(piece);
}

/** Pieces joined into strings of about `size` characters: few writes, none too long. */
export function* batched(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
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
