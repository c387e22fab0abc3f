// The stylish report: for a person at a terminal. Grouped by file, a code frame under each finding.
import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { Severity } from '../types.js';
import { escapeControls } from './escape.js';
import { type FileResult, type PositionedFinding, Tally } from './result.js';

const FRAME_WIDTH = 100;

/** The report a line at a time (a long run's report is never one string). */
export function* formatStylish(results: Iterable<FileResult>, color: boolean, hidden?: { count: number }): Generator<string> {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  // Each file is written as it comes (a run streams its results here): the totals are counted on the way.
  const tally = new Tally();
  for (const result of tally.counted(results)) {
    if (!result.findings.length) continue;
    yield `${c.underline(escapeControls(result.path, { tabs: true }))}\n`;
    const lines = result.source.split(/\r?\n/);
    for (const f of result.findings) {
      const where = `${f.line}:${f.column}`.padEnd(8);
      yield `  ${c.dim(where)}${paint[f.severity](f.severity.padEnd(8))}${escapeControls(f.message, { tabs: true })}  ${c.dim(escapeControls(f.rule, { tabs: true }))}\n`;
      const change = describeChange(f, result.source);
      if (change) yield `  ${' '.repeat(16)}${c.green(escapeControls(change))}\n`;
      if (!f.fatal) for (const line of codeFrame(lines[f.line - 1] ?? '', f, c.dim, paint[f.severity])) yield `${line}\n`;
    }
    yield '\n';
  }
  const s = tally.summary;
  const problems = s.errors + s.warnings + s.infos;
  const counts = `${problems} problem${problems === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info)`;
  const fixable = s.fixable ? `, ${s.fixable} fixable with --fix` : '';
  const fixed = s.fixed ? `${s.fixed} fix${s.fixed === 1 ? '' : 'es'} ${s.previewed ? 'previewed' : 'applied'}; ` : '';
  const unread = s.unread ? `, ${s.unread} not read` : '';
  const files = `${s.files} file${s.files === 1 ? '' : 's'} checked${unread}`;
  // (--quiet leaves out what does not fail the run: then nothing shown is not the same as nothing found.)
  const quiet = hidden?.count ? `; ${hidden.count} left out by --quiet` : '';
  if (!problems) yield `${c.green(`✔ ${fixed}no problems${quiet ? ' shown' : ''} (${files}${quiet})`)}\n`;
  else {
    const scores = tally.scoreSummary();
    if (scores) yield `${c.dim(`quality score: lowest ${scores.lowest} (${escapeControls(scores.lowestPath)}), mean ${scores.mean} of 100`)}\n`;
    yield `${(s.errors ? c.red.bold : c.yellow.bold)(`✖ ${fixed}${counts}${fixable} in ${files}`)}\n`;
  }
}

/** `fix: "by by" → "by"` (the span and the fix range together, before and after), or the suggestions. */
function describeChange(f: PositionedFinding, source: string): string | undefined {
  // Quoted with line breaks and tabs written as escapes and other controls as `\x..`; a backslash of the text is shown
  // as it is (JSON's `"\\'"` for `\'` read as two backslashes).
  const show = (s: string) => `"${escapeControls((s.length > 60 ? `${s.slice(0, 28)}…${s.slice(-28)}` : s).replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t'))}"`;
  if (f.fix) {
    const start = Math.min(f.offset, f.fix.offset);
    const end = Math.max(f.offset + f.length, f.fix.offset + f.fix.length);
    const before = source.slice(start, end);
    const after = source.slice(start, f.fix.offset) + f.fix.text + source.slice(f.fix.offset + f.fix.length, end);
    return after === '' ? `fix: remove ${show(before)}` : `fix: ${show(before)} → ${show(after)}`;
  }
  return f.suggestions?.length ? `suggestion: ${f.suggestions.map(show).join(', ')}` : undefined;
}

/** The finding's line, cut to a window around the span, with the span underlined by carets. */
function codeFrame(line: string, f: PositionedFinding, dim: (s: string) => string, mark: (s: string) => string): string[] {
  const spanStart = f.column - 1;
  const spanEnd = f.endLine === f.line ? f.endColumn - 1 : line.length;
  const from = Math.max(0, Math.min(spanStart - 30, line.length - FRAME_WIDTH));
  const to = Math.min(line.length, Math.max(from + FRAME_WIDTH, spanEnd));
  const head = from > 0 ? '…' : '';
  // Controls are shown as escapes (`\x1b`), so the carets are placed by the escaped lengths.
  const show = (a: number, b: number) => escapeControls(line.slice(a, b).replace(/\t/g, ' '));
  const before = show(from, spanStart);
  const span = show(spanStart, spanEnd);
  const shown = `${head}${before}${span}${show(spanEnd, to)}${to < line.length ? '…' : ''}`;
  const gutter = `${f.line}`.padStart(6);
  // Terminal cells of what is shown (escapes included), not code units: a CJK character or an emoji takes two, a
  // combining mark none.
  const carets = ' '.repeat(stringWidth(head + before)) + '^'.repeat(Math.max(1, stringWidth(span)));
  return [`${dim(`${gutter} |`)} ${shown}`, `${dim(`${' '.repeat(6)} |`)} ${mark(carets)}`];
}
