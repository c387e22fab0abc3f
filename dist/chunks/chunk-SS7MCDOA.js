import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);

// src/report/result.ts
function range(doc, offset, length) {
  const start = doc.position(offset);
  const end = doc.position(offset + length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function positionFindings(doc, findings, original) {
  return findings.map((f) => {
    const start = doc.position(f.offset);
    const end = doc.position(f.offset + f.length);
    const positioned = {
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
      text: doc.text.slice(f.offset, f.offset + f.length)
    };
    if (f.fix) [positioned.fix, positioned.fixRange] = [f.fix, range(doc, f.fix.offset, f.fix.length)];
    if (f.suggestions) positioned.suggestions = f.suggestions;
    if (f.related) {
      const where = f.related.path !== void 0 && original ? original : doc;
      positioned.related = { ...f.related, ...range(where, f.related.offset, f.related.length), text: where.text.slice(f.related.offset, f.related.offset + f.related.length) };
    }
    if (f.suggestionEdits) [positioned.suggestionEdits, positioned.suggestionRanges] = [f.suggestionEdits, f.suggestionEdits.map((e) => range(doc, e.offset, e.length))];
    return positioned;
  });
}
var FILE_ERROR_RULE = "mtlint/file-error";
function fileErrorResult(path, problems) {
  const findings = problems.map((problem) => {
    const [line, column, offset] = [problem.line ?? 1, problem.column ?? 1, problem.offset ?? 0];
    return { rule: FILE_ERROR_RULE, severity: "error", category: "input", message: problem.message, offset, length: 0, line, column, endLine: line, endColumn: column, text: "", fatal: true };
  });
  return { path, source: "", findings };
}
var KEY = { error: "errors", warning: "warnings", info: "infos" };
function summarize(results) {
  const summary = { files: results.length, errors: 0, warnings: 0, infos: 0, fixable: 0, fixed: 0, previewed: false };
  for (const r of results) {
    summary.fixed += r.fixed ?? 0;
    summary.previewed ||= r.previewed ?? false;
    for (const f of r.findings) {
      summary[KEY[f.severity]]++;
      if (f.fix) summary.fixable++;
    }
  }
  return summary;
}

export {
  positionFindings,
  FILE_ERROR_RULE,
  fileErrorResult,
  summarize
};
