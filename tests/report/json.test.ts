import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import type { FileResult, PositionedFinding } from '../../src/report/result.js';

const finding = (over: Partial<PositionedFinding> = {}): PositionedFinding => ({
  rule: 'repetition/doubled-word',
  severity: 'error',
  category: 'repetition',
  message: 'Doubled "by"',
  offset: 4,
  length: 5,
  line: 1,
  column: 5,
  endLine: 1,
  endColumn: 10,
  text: 'by by',
  ...over,
});

/** The report as one JSON.stringify would print it: what the pieces must add up to. */
function expected(results: FileResult[], summary: Record<string, number>): string {
  const report = {
    version: 1,
    files: results.map((r) => ({
      path: r.path,
      findings: r.findings.map((f) => ({
        rule: f.rule, severity: f.severity, category: f.category, message: f.message, line: f.line, column: f.column,
        endLine: f.endLine, endColumn: f.endColumn, offset: f.offset, length: f.length, text: f.text, fix: f.fix ?? null, suggestions: f.suggestions ?? [],
        suggestionEdits: f.suggestionEdits ?? [], ...(f.fatal ? { fatal: true } : {}),
      })),
      ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
    })),
    summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

describe('JSON report', () => {
  it('prints, in pieces, exactly what one JSON.stringify prints', () => {
    const results: FileResult[] = [
      { path: 'a "quoted".txt', source: '', findings: [finding({ fix: { offset: 4, length: 3, text: '' } }), finding({ severity: 'warning', suggestions: ['x', 'y\n'], suggestionEdits: [{ offset: 4, length: 5, text: 'x' }, { offset: 4, length: 5, text: 'y\n' }] })], fixed: 2 },
      { path: 'empty.txt', source: '', findings: [] },
      { path: 'b.txt', source: '', findings: [finding({ severity: 'info' })] },
      { path: 'c.txt', source: '', findings: [finding({ rule: 'mtlint/file-error', fatal: true })] },
    ];
    expect([...formatJson(results)].join('')).toBe(expected(results, { files: 4, errors: 2, warnings: 1, infos: 1 }));
    expect([...formatJson([])].join('')).toBe(expected([], { files: 0, errors: 0, warnings: 0, infos: 0 }));
  });

  it('makes a slice of findings at a time into a string, so no single string grows with the run', () => {
    const many = Array.from({ length: 2500 }, (_, k) => finding({ offset: k }));
    const results: FileResult[] = [{ path: 'a.txt', source: '', findings: many }];
    const pieces = [...formatJson(results)];
    expect(pieces.join('')).toBe(expected(results, { files: 1, errors: 2500, warnings: 0, infos: 0 }));
    const oneFinding = expected([{ path: 'a.txt', source: '', findings: [finding()] }], {}).length;
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1000 * oneFinding);
  });
});
