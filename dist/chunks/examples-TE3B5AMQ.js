import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  parseGlossary,
  withGlossary
} from "./chunk-WTQ3ULSP.js";
import {
  applyEdits,
  compileRules,
  lintSource
} from "./chunk-DL4PU5AR.js";
import {
  Document
} from "./chunk-VB5HRF5L.js";
import "./chunk-6D7FCG5H.js";
import {
  positionFindings
} from "./chunk-SS7MCDOA.js";
import "./chunk-GGOSB4CG.js";

// src/commands/examples.ts
function testRuleExamples(rules) {
  const failures = [];
  let examples = 0;
  for (const rule of rules) {
    const fail = (line, problem, expected, actual, comparable = false) => failures.push({ rule: rule.id, file: rule.file, line, problem, expected, actual, comparable });
    if (!rule.examples.some((e) => e.bad !== void 0) || !rule.examples.some((e) => e.good !== void 0)) {
      fail(1, "a rule needs at least one bad and one good example");
    }
    const [plain] = compileRules([rule]);
    for (const example of rule.examples) {
      examples++;
      const [compiled] = example.glossary === void 0 ? [plain] : compileRules(withGlossary([rule], parseGlossary(example.glossary, "glossary.csv")));
      const text = example.bad ?? example.good ?? "";
      const original = example.original === void 0 ? void 0 : { path: "original", text: example.original };
      const found = lintSource(text, [compiled], rule.file, example.format ?? "text", { original });
      const findings = positionFindings(new Document(text, rule.file), found);
      const shown = () => findings.map((f) => JSON.stringify(f.text)).join(", ") || "none";
      if (example.good !== void 0) {
        if (findings.length) fail(example.line, "good example was flagged", "no finding", shown());
        continue;
      }
      const expected = example.findings;
      if (findings.length !== (expected?.length ?? 1)) {
        fail(example.line, `bad example gave ${findings.length} findings`, `${expected?.length ?? 1} finding${expected && expected.length !== 1 ? "s" : ""}`, shown());
        continue;
      }
      if (expected) expected.forEach((e, k) => checkFinding(e, findings[k], k + 1, (problem, want, got) => fail(example.line, problem, want, got, true)));
      else checkBad(example, findings[0], fail);
      checkFixed(example, text, findings, fail);
    }
  }
  return { rules: rules.length, examples, failures };
}
function checkBad(example, finding, fail) {
  if (example.span !== void 0 && finding.text !== example.span) {
    fail(example.line, "flagged the wrong span", example.span, finding.text, true);
  }
  if (example.suggest !== void 0 && finding.suggestions?.[0] !== example.suggest) {
    fail(example.line, "a different first suggestion", example.suggest, finding.suggestions?.[0] ?? "none", true);
  }
}
function checkFinding(expected, finding, n, fail) {
  const differs = (what, want, got) => {
    if (want !== void 0 && JSON.stringify(want) !== JSON.stringify(got)) fail(`finding ${n}: a different ${what}`, String(want), String(got ?? "none"));
  };
  differs("span", expected.span, finding.text);
  differs("message", expected.message, finding.message);
  differs("line", expected.line, finding.line);
  differs("column", expected.column, finding.column);
  if (expected.suggestions !== void 0) differs("list of suggestions", JSON.stringify(expected.suggestions), JSON.stringify(finding.suggestions ?? []));
  if (expected.fix !== void 0) differs("fix", JSON.stringify(expected.fix), finding.fix ? JSON.stringify(finding.fix.text) : "no fix");
}
function checkFixed(example, text, findings, fail) {
  const fixes = findings.flatMap((f) => f.fix ? [f.fix] : []);
  if (example.fixed === void 0) {
    if (fixes.length) fail(example.line, "the finding has a fix but the example expects none", text, applyEdits(text, fixes).text);
  } else if (example.fixed === text) {
    fail(example.line, '"fixed" equals "bad": the example tests nothing');
  } else if (!fixes.length) {
    fail(example.line, "the finding has no fix", example.fixed, text);
  } else {
    const actual = applyEdits(text, fixes).text;
    if (actual !== example.fixed) fail(example.line, "the fix gives a different text", example.fixed, actual, true);
  }
}
export {
  testRuleExamples
};
