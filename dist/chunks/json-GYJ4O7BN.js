import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  scoreSummary
} from "./chunk-OKKNVUGE.js";
import {
  summarize
} from "./chunk-SS7MCDOA.js";
import "./chunk-GGOSB4CG.js";

// src/report/json.ts
function* formatJson(results) {
  const { files, errors, warnings, infos } = summarize(results);
  yield `{
  "version": 1,
  "files": ${results.length ? "[" : "[]"}`;
  for (const [i, r] of results.entries()) {
    yield `${i ? "," : ""}
    {
      "path": ${JSON.stringify(r.path)},
      "findings": ${r.findings.length ? "[" : "[]"}`;
    for (const [k, f] of r.findings.entries()) yield `${k ? "," : ""}
        ${indent(JSON.stringify(contract(f), null, 2), 8)}`;
    const score = r.score ? `,
      "words": ${r.score.words},
      "penalty": ${r.score.penalty},
      "score": ${r.score.score}` : "";
    yield `${r.findings.length ? "\n      ]" : ""}${r.fixed !== void 0 ? `,
      "fixed": ${r.fixed}` : ""}${score}
    }`;
  }
  const scores = scoreSummary(results);
  const summary = { files, errors, warnings, infos, ...scores ? { lowestScore: scores.lowest, meanScore: scores.mean } : {} };
  yield `${results.length ? "\n  ]" : ""},
  "summary": ${indent(JSON.stringify(summary, null, 2), 2)}
}
`;
}
function contract(f) {
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
    suggestions: f.suggestions ?? [],
    suggestionEdits: f.suggestionEdits ?? [],
    // The source a bilingual finding compares its target with: in this file, or in the original `path` names.
    ...f.related ? { related: relatedContract(f.related) } : {},
    // As ESLint marks a file it could not parse: the file was not linted, and this finding says why.
    ...f.fatal ? { fatal: true } : {}
  };
}
function relatedContract(r) {
  return {
    label: r.label,
    ...r.path !== void 0 ? { path: r.path } : {},
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    offset: r.offset,
    length: r.length,
    text: r.text
  };
}
function indent(json, spaces) {
  return json.replace(/\n/g, `
${" ".repeat(spaces)}`);
}
export {
  formatJson
};
