import { matchesSelector } from './rules/select.js';
const DIRECTIVE = /<!--\s*mtlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;
export const UNUSED_DIRECTIVE_RULE = 'mtlint/unused-directive';
function parseDirectives(doc) {
    if (!doc.text.includes('mtlint-'))
        return [];
    return Array.from(doc.text.matchAll(DIRECTIVE), (m) => ({
        kind: m[1],
        selectors: m[2].split(/[\s,]+/).filter(Boolean),
        offset: m.index,
        length: m[0].length,
    }));
}
/**
 * The stretches each directive turns rules off in. `disable` runs to the next `enable` that
 * names one of its rules (or names none), else to the end; `disable-line` covers its own line,
 * `disable-next-line` the line after it.
 */
function suppressions(doc, directives) {
    const result = [];
    const open = [];
    for (const d of directives) {
        if (d.kind === 'disable') {
            const s = { from: d.offset, to: doc.text.length, selectors: d.selectors, directive: d };
            open.push(s);
            result.push(s);
        }
        else if (d.kind === 'enable') {
            for (const s of [...open]) {
                if (!d.selectors.length || !s.selectors.length || s.selectors.some((x) => d.selectors.includes(x))) {
                    s.to = d.offset;
                    open.splice(open.indexOf(s), 1);
                }
            }
        }
        else {
            const line = doc.position(d.offset).line + (d.kind === 'disable-next-line' ? 1 : 0);
            const span = doc.lines[line - 1];
            if (span)
                result.push({ from: span.start, to: span.end, selectors: d.selectors, directive: d });
        }
    }
    return result;
}
const covers = (s, f) => s.from <= f.offset && f.offset <= s.to && (!s.selectors.length || s.selectors.some((sel) => matchesSelector(f.rule, sel)));
/**
 * Drop the findings that directives turn off. With `reportUnused`, each disabling directive
 * that turned nothing off becomes a warning of its own (ESLint's --report-unused-disable-directives).
 */
export function applyDirectives(doc, findings, reportUnused) {
    const directives = parseDirectives(doc);
    if (!directives.length)
        return findings;
    const stretches = suppressions(doc, directives);
    const used = new Set();
    const kept = findings.filter((f) => {
        const by = stretches.filter((s) => covers(s, f));
        by.forEach((s) => used.add(s.directive));
        return by.length === 0;
    });
    if (!reportUnused)
        return kept;
    const unused = directives
        .filter((d) => d.kind !== 'enable' && !used.has(d))
        .map((d) => ({
        rule: UNUSED_DIRECTIVE_RULE,
        severity: 'warning',
        category: 'directives',
        message: `Unused mtlint-${d.kind} directive: no ${d.selectors.length ? `${d.selectors.join(', ')} ` : ''}finding to turn off`,
        offset: d.offset,
        length: d.length,
    }));
    return [...kept, ...unused].sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule));
}
