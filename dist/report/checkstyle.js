// Checkstyle XML, which many CI plugins and code-review bots read.
import { escapeXml } from './xml.js';
export function formatCheckstyle(results) {
    const files = results.map((r) => {
        const errors = r.findings.map((f) => `    <error line="${f.line}" column="${f.column}" severity="${f.severity}" message="${escapeXml(f.message)}" source="mtlint.${escapeXml(f.rule)}"/>`);
        return [`  <file name="${escapeXml(r.path)}">`, ...errors, '  </file>'].join('\n');
    });
    return ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">', ...files, '</checkstyle>', ''].join('\n');
}
