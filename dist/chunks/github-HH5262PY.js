import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  escapeControls
} from "./chunk-6Q46IVKU.js";
import "./chunk-GGOSB4CG.js";

// src/report/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
var escapeData = (s) => escapeControls(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"), { tabs: true });
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
function* formatGithub(results) {
  for (const r of results) {
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(r.path)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(f.rule)}`];
      yield `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}
`;
    }
  }
}
export {
  formatGithub
};
