// The JSON report: the documented contract (version 1) that scripts and CI read.
import { type FileResult, summarize } from './result.js';

export function formatJson(results: FileResult[]): string {
  const { files, errors, warnings, infos } = summarize(results);
  const report = {
    version: 1,
    files: results.map((r) => ({
      path: r.path,
      findings: r.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        category: f.category,
        message: f.message,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        offset: f.offset,
        length: f.length,
        text: f.text,
        fix: f.fix ?? null,
        suggestions: f.suggestions ?? [],
      })),
      ...(r.fixed !== undefined ? { fixed: r.fixed } : {}),
    })),
    summary: { files, errors, warnings, infos },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
