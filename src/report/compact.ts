// The compact report: `path:line:col: severity rule: message`, one finding a line, for grep and editors.
import type { FileResult } from './result.js';

export function formatCompact(results: FileResult[]): string {
  return results
    .flatMap((r) => r.findings.map((f) => `${r.path}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}\n`))
    .join('');
}
