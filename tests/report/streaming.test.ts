// The formats a run streams (json, stylish, github) write each file as it comes and count the totals on the way: the
// same report as from the whole list, and no file asked for before the ones ahead of it are written.
import { describe, expect, it } from 'vitest';
import { FORMATS, formatReport, streams } from '../../src/report/index.js';
import type { FileResult, PositionedFinding } from '../../src/report/result.js';

const finding = (line: number, severity: PositionedFinding['severity']): PositionedFinding => ({
  rule: 'repetition/doubled-word', severity, category: 'repetition', message: 'Doubled "by"',
  offset: 4, length: 5, line, column: 5, endLine: line, endColumn: 10, text: 'by by', fix: { offset: 4, length: 3, text: '' },
});

const results: FileResult[] = [
  { path: 'a.txt', source: 'Held by by them.\n', findings: [finding(1, 'error')], score: { words: 4, penalty: 5, score: 80 } },
  { path: 'b.txt', source: 'Clean.\n', findings: [], score: { words: 1, penalty: 0, score: 100 } },
  { path: 'c.txt', source: 'x\nHeld by by them.\n', findings: [finding(2, 'warning')], score: { words: 5, penalty: 2, score: 92.5 } },
];
const context = { rules: [], color: false, version: '0.0.0' };
const text = async (format: (typeof FORMATS)[number], given: Iterable<FileResult>) => [...(await formatReport(format, given, context))].join('');

/** The results one at a time, recording how many were asked for. */
function* pulled(log: { count: number }): Generator<FileResult> {
  for (const r of results) {
    log.count++;
    yield r;
  }
}

describe('streamed reports', () => {
  it.each(FORMATS)('%s: the same report from results as they come as from the whole list', async (format) => {
    expect(await text(format, pulled({ count: 0 }))).toBe(await text(format, results));
  });

  it.each(FORMATS.filter(streams))('%s: writes a file before asking for the next', async (format) => {
    const log = { count: 0 };
    let askedWhenWritten: number | undefined;
    for (const piece of await formatReport(format, pulled(log), context)) if (piece.includes('a.txt')) askedWhenWritten ??= log.count;
    expect(askedWhenWritten).toBe(1);
  });
});
