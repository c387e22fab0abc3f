import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  escapeControls
} from "./chunk-6Q46IVKU.js";
import "./chunk-GGOSB4CG.js";

// src/report/compact.ts
function* formatCompact(results) {
  const safe = (s) => escapeControls(s, { tabs: true });
  const byPath = [...results].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  for (const r of byPath) for (const f of r.findings) yield `${safe(r.path)}:${f.line}:${f.column}: ${f.severity} ${safe(f.rule)}: ${safe(f.message)}
`;
}
export {
  formatCompact
};
