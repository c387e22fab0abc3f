// The JSON report: the documented contract (version 1) that scripts and CI read.
import type { Finding } from '../types.js';
import { type FileResult, type PositionedFinding, type PositionedSpan, Tally } from './result.js';

/**
 * The report as JSON.stringify(report, null, 2) would print it, in pieces: one string per finding,
 * so a run with millions of findings is not held back by the longest string V8 can make.
 */
export function* formatJson(results: Iterable<FileResult>): Generator<string> {
  // Each file is written as it comes (a run streams its results here): the totals are counted on the way.
  const tally = new Tally();
  let i = 0;
  yield '{\n  "version": 1,\n  "files": ';
  for (const r of tally.counted(results)) {
    // A file is one piece (each piece is escaped on its own: fewer, longer pieces cost less), its findings made a
    // slice at a time as one array, its brackets cut off: one stringify and one indent for many findings, and no string
    // too long for V8 (a file of a million findings is many pieces).
    let piece = `${i++ ? ',' : '['}\n    {\n      "path": ${JSON.stringify(r.path)},\n      "findings": ${r.findings.length ? '[' : '[]'}`;
    for (let k = 0; k < r.findings.length; k += FINDINGS_PER_PIECE) {
      const array = findingsAtDepth(r.findings.slice(k, k + FINDINGS_PER_PIECE).map(contract));
      if (k) yield piece;
      piece = k ? `,${array}` : piece + array;
    }
    const score = r.score ? `,\n      "words": ${r.score.words},\n      "penalty": ${r.score.penalty},\n      "score": ${r.score.score}` : '';
    yield `${piece}${r.findings.length ? '\n      ]' : ''}${r.fixed !== undefined ? `,\n      "fixed": ${r.fixed}` : ''}${score}\n    }`;
  }
  // Fields are only ever added to version 1: the scores come after the counts.
  // (`files` counts every path reported, linted or not, as the JSON contract has it.)
  const { errors, warnings, infos } = tally.summary;
  const files = tally.summary.files + tally.summary.unread;
  const scores = tally.scoreSummary();
  const summary = { files, errors, warnings, infos, ...(scores ? { lowestScore: scores.lowest, meanScore: scores.mean } : {}) };
  yield `${i ? '\n  ]' : '[]'},\n  "summary": ${indent(JSON.stringify(summary, null, 2), 2)}\n}\n`;
}

/** How many findings are made into one string. */
const FINDINGS_PER_PIECE = 1000;

/** A finding's fields as the contract names and orders them. */
function contract(f: PositionedFinding): Record<string, unknown> {
  return {
    rule: f.rule,
    severity: f.severity,
    category: f.category,
    message: f.message,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    offset: f.offset,
    length: f.length,
    text: f.text,
    fix: f.fix ?? null,
    suggestions: f.suggestions ?? ([] as Finding['suggestions']),
    suggestionEdits: f.suggestionEdits ?? ([] as Finding['suggestionEdits']),
    // The source a bilingual finding compares its target with: in this file, or in the original `path` names.
    ...(f.related ? { related: relatedContract(f.related) } : {}),
    // As ESLint marks a file it could not parse: the file was not linted, and this finding says why.
    ...(f.fatal ? { fatal: true } : {}),
  };
}

function relatedContract(r: PositionedSpan): Record<string, unknown> {
  return {
    label: r.label,
    ...(r.path !== undefined ? { path: r.path } : {}),
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    offset: r.offset,
    length: r.length,
    text: r.text,
  };
}

/**
 * The findings as they stand in the report, each object 8 spaces in and a line break before each: stringified inside
 * three arrays that take them to that depth, and cut out (an indent by string replacement cost ~9 ms a cached run).
 */
function findingsAtDepth(findings: Record<string, unknown>[]): string {
  return JSON.stringify([[[findings]]], null, 2).slice(DEPTH_PREFIX.length, -DEPTH_SUFFIX.length);
}
const DEPTH_PREFIX = '[\n  [\n    [\n      [';
const DEPTH_SUFFIX = '\n      ]\n    ]\n  ]\n]';

function indent(json: string, spaces: number): string {
  return json.replace(/\n/g, `\n${' '.repeat(spaces)}`);
}
