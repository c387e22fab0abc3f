// The compact report: `path:line:col: severity rule: message`, one finding a line, for grep and editors.
import { escapeControls } from './escape.js';
import type { FileResult } from './result.js';

export function* formatCompact(results: FileResult[]): Generator<string> {
  // A newline or escape sequence in a name or a message would start a line of its own or drive the terminal.
  const safe = (s: string) => escapeControls(s, { tabs: true });
  for (const r of results) for (const f of r.findings) yield `${safe(r.path)}:${f.line}:${f.column}: ${f.severity} ${safe(f.rule)}: ${safe(f.message)}\n`;
}
