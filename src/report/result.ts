// What a formatter receives: findings with their line/column positions, computed once.
import type { Document } from '../document.js';
import { type DocumentScore, type ScoreSummary, ScoreTally } from '../score.js';
import type { Finding, RelatedSpan, Severity } from '../types.js';

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A finding's related span (the source of a bilingual finding), placed in its file. */
export interface PositionedSpan extends RelatedSpan, Range {
  text: string;
}

export interface PositionedFinding extends Finding, Range {
  text: string;
  related?: PositionedSpan;
  /** Where the fix's edit stands, when there is one (it may differ from the flagged span). */
  fixRange?: Range;
  /** Where each suggestion's edit stands. */
  suggestionRanges?: Range[];
  /** The file could not be linted at all (missing, unreadable, not UTF-8): this finding stands for that. */
  fatal?: true;
}

export interface FileResult {
  path: string;
  /** The text the findings point into; formatters quote lines from it. */
  source: string;
  findings: PositionedFinding[];
  /** Fixes applied to this file by --fix. */
  fixed?: number;
  /** Whether the fixes were only previewed (--fix-dry-run), not written. */
  previewed?: boolean;
  /** The document's quality score (a run scores every document it reports). */
  score?: DocumentScore;
}

export interface Summary {
  /** Files read and linted. */
  files: number;
  /** Paths that could not be linted (unreadable, not text, no text files in a directory): a fatal finding each. */
  unread: number;
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  fixed: number;
  /** Whether the fixes counted in `fixed` were only previewed. */
  previewed: boolean;
}

function range(doc: Document, offset: number, length: number): Range {
  const start = doc.position(offset);
  const end = doc.position(offset + length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/**
 * Findings with lines and columns from `doc`, the linted file; a related span in another file (the original of
 * `--source`) is placed in `original`.
 * Built field by field, not by spreading: a text can hold a million findings, and objects of one shape are several
 * times smaller and faster to make.
 */
export function positionFindings(doc: Document, findings: Finding[], original?: Document): PositionedFinding[] {
  return findings.map((f) => {
    const start = doc.position(f.offset);
    const end = doc.position(f.offset + f.length);
    const positioned: PositionedFinding = {
      rule: f.rule,
      severity: f.severity,
      category: f.category,
      message: f.message,
      offset: f.offset,
      length: f.length,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      text: doc.text.slice(f.offset, f.offset + f.length),
    };
    if (f.fix) [positioned.fix, positioned.fixRange] = [f.fix, range(doc, f.fix.offset, f.fix.length)];
    if (f.suggestions) positioned.suggestions = f.suggestions;
    if (f.related) {
      const where = f.related.path !== undefined && original ? original : doc;
      positioned.related = { ...f.related, ...range(where, f.related.offset, f.related.length), text: where.text.slice(f.related.offset, f.related.offset + f.related.length) };
    }
    if (f.suggestionEdits) [positioned.suggestionEdits, positioned.suggestionRanges] = [f.suggestionEdits, f.suggestionEdits.map((e) => range(doc, e.offset, e.length))];
    return positioned;
  });
}

/** The pseudo-rule of a file that could not be linted. */
export const FILE_ERROR_RULE = 'mtlint/file-error';

/** A file that could not be linted, as a fatal finding per problem: at the bad byte when that is known. */
export function fileErrorResult(path: string, problems: { message: string; line?: number; column?: number; offset?: number }[]): FileResult {
  const findings = problems.map((problem): PositionedFinding => {
    const [line, column, offset] = [problem.line ?? 1, problem.column ?? 1, problem.offset ?? 0];
    return { rule: FILE_ERROR_RULE, severity: 'error', category: 'input', message: problem.message, offset, length: 0, line, column, endLine: line, endColumn: column, text: '', fatal: true };
  });
  return { path, source: '', findings };
}

const KEY: Record<Severity, 'errors' | 'warnings' | 'infos'> = { error: 'errors', warning: 'warnings', info: 'infos' };

export function summarize(results: Iterable<FileResult>): Summary {
  const tally = new Tally();
  for (const r of results) tally.add(r);
  return tally.summary;
}

/**
 * The run's totals counted as the results go by: a report written a file at a time, each file reported before the
 * next is linted, ends with them without holding every file's findings.
 */
export class Tally {
  readonly summary: Summary = { files: 0, unread: 0, errors: 0, warnings: 0, infos: 0, fixable: 0, fixed: 0, previewed: false };
  private readonly scores = new ScoreTally();

  add(r: FileResult): void {
    const { summary } = this;
    // One plain loop: a repeat run from the cache adds thousands of files in code not yet optimised.
    let fatal = false;
    for (const f of r.findings) {
      summary[KEY[f.severity]]++;
      if (f.fix) summary.fixable++;
      if (f.fatal) fatal = true;
    }
    if (fatal) summary.unread++;
    else summary.files++;
    summary.fixed += r.fixed ?? 0;
    summary.previewed ||= r.previewed ?? false;
    this.scores.add(r.path, r.score);
  }

  /** The results, each counted as it is passed on. */
  *counted(results: Iterable<FileResult>): Generator<FileResult> {
    for (const r of results) {
      this.add(r);
      yield r;
    }
  }

  scoreSummary(): ScoreSummary | undefined {
    return this.scores.summary();
  }
}
