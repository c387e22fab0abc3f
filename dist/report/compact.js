// The compact report: `path:line:col: severity rule: message`, one finding a line, sorted by path,
// line and column across every file (as sort(1) and editors' quickfix lists expect), for grep and editors.
import { escapeControls } from './escape.js';
export function* formatCompact(results) {
    // A newline or escape sequence in a name or a message would start a line of its own or drive the terminal.
    const safe = (s) => escapeControls(s, { tabs: true });
    // Findings come sorted within a file; files are sorted here by path (code points, independent of locale).
    const byPath = [...results].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const r of byPath)
        for (const f of r.findings)
            yield `${safe(r.path)}:${f.line}:${f.column}: ${f.severity} ${safe(f.rule)}: ${safe(f.message)}\n`;
}
