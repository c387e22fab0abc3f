import { escapeControls } from './escape.js';
const COMMAND = { error: 'error', warning: 'warning', info: 'notice' };
// The escaping GitHub's runner expects: data escapes %, CR and LF (the runner turns them back); properties also : and ,.
// Other controls (ESC, BEL, bidi) would reach the log as they are, so they are written as visible escapes.
const escapeData = (s) => escapeControls(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'), { tabs: true });
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
export function* formatGithub(results) {
    for (const r of results) {
        for (const f of r.findings) {
            const props = [`file=${escapeProperty(r.path)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(f.rule)}`];
            yield `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
        }
    }
}
