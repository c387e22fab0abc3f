// The compact report: `path:line:col: severity rule: message`, one finding a line, for grep and editors.
import type { FileResult } from './result.js';

export function* formatCompact(results: FileResult[]): Generator<string> {
  for (const r of results) for (const f of r.findings) yield `${r.path}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}\n`;
}
