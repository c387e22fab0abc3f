import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  diffWordsWithSpace
} from "./chunk-55GWDXE3.js";
import {
  didYouMean
} from "./chunk-YBRYFRQW.js";
import {
  KINDS
} from "./chunk-VB5HRF5L.js";
import {
  UsageError
} from "./chunk-6D7FCG5H.js";
import {
  Chalk
} from "./chunk-OXJOJKM3.js";
import "./chunk-GGOSB4CG.js";

// src/commands/rules.ts
function listRulesJson(rules) {
  const list = rules.map((r) => ({
    id: r.id,
    kind: r.kind,
    severity: r.severity,
    category: r.category,
    fixable: KINDS.get(r.kind).fixable(r),
    description: r.description,
    builtIn: r.builtIn,
    file: r.file
  }));
  return `${JSON.stringify({ version: 1, rules: list }, null, 2)}
`;
}
function listRulesText(rules) {
  const width = Math.max(...rules.map((r) => r.id.length));
  const rows = rules.map((r) => {
    const fixable = KINDS.get(r.kind).fixable(r) ? "fix" : "   ";
    const origin = r.builtIn ? "" : `  (${r.file})`;
    return `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${fixable}  ${r.description}${origin}`;
  });
  return `${rows.join("\n")}
${rules.length} rules
`;
}
function findRule(rules, id) {
  const rule = rules.find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}"${didYouMean(id, rules.map((r) => r.id))}`);
  return rule;
}
function explainRule(rule) {
  const kind = KINDS.get(rule.kind);
  const lines = [
    `${rule.id}  (${rule.severity}, ${rule.category}, kind ${rule.kind}${kind.fixable(rule) ? ", fixable" : ""})`,
    "",
    rule.description,
    ...rule.why ? ["", `Why: ${rule.why}`] : [],
    "",
    `Message: ${rule.message}`,
    "",
    "Examples:",
    ...rule.examples.map(
      (e) => e.bad !== void 0 ? `  \u2716 ${JSON.stringify(e.bad)}${e.fixed !== void 0 ? `
    \u2192 ${JSON.stringify(e.fixed)}` : "  (no automatic fix)"}` : `  \u2714 ${JSON.stringify(e.good)}`
    ),
    "",
    "Options:",
    ...Object.entries(kind.fields).map(([key, field]) => {
      const value = rule.options[key] ?? field.default;
      return `  ${key}: ${value === void 0 ? "(not set)" : JSON.stringify(value)}
      ${field.description}`;
    }),
    "",
    `Defined in ${rule.file}`
  ];
  return `${lines.join("\n")}
`;
}
function formatExampleReport(report, color) {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out = [];
  for (const f of report.failures) {
    out.push(`${c.red("\u2716")} ${f.rule} ${c.dim(`(${f.file}:${f.line})`)}: ${f.problem}`);
    if (f.expected !== void 0 && f.actual !== void 0) {
      out.push(`    ${c.green("- expected:")} ${f.expected}`, `    ${c.red("+ actual:  ")} ${f.actual}`);
      if (f.comparable) {
        const parts = diffWordsWithSpace(f.expected, f.actual);
        out.push(`    ${c.dim("  diff:    ")} ${parts.map((p) => p.added ? c.red(`{+${p.value}+}`) : p.removed ? c.green(`[-${p.value}-]`) : p.value).join("")}`);
      }
    }
  }
  const ok = report.failures.length === 0;
  out.push(`${ok ? c.green("\u2714") : c.red("\u2716")} ${report.rules} rules, ${report.examples} examples, ${report.failures.length} failure${report.failures.length === 1 ? "" : "s"}`);
  return `${out.join("\n")}
`;
}
export {
  explainRule,
  findRule,
  formatExampleReport,
  listRulesJson,
  listRulesText
};
