// GitHub Actions workflow commands: each finding becomes an annotation on the pull request.
import type { Severity } from '../types.js';
import { escapeControls } from './escape.js';
import type { FileResult } from './result.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

// The escaping GitHub's runner expects: data escapes %, CR and LF (the runner turns them back); properties also : and ,.
// Other controls (ESC, BEL, bidi) would reach the log as they are, so they are written as visible escapes.
const escapeData = (s: string) =>
  escapeControls(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'), { tabs: true });
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function* formatGithub(results: Iterable<FileResult>): Generator<string> {
  for (const r of results) {
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(r.path)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(f.rule)}`];
      yield `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
    }
  }
}
