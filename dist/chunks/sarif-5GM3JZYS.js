import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  scoreSummary
} from "./chunk-OKKNVUGE.js";
import {
  FILE_ERROR_RULE
} from "./chunk-SS7MCDOA.js";
import "./chunk-GGOSB4CG.js";

// src/report/sarif.ts
import path from "node:path";
import { pathToFileURL } from "node:url";
var LEVEL = { error: "error", warning: "warning", info: "note" };
var region = (r) => ({ startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn });
function artifactLocation(file) {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const segments = file.split(/[\\/]+/).filter((s, i) => !(s === "." && i === 0));
  return { uri: segments.map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
var SRCROOT = "%SRCROOT%";
function help(rule) {
  const shown = (e, quote) => e.bad !== void 0 ? `\u2716 ${quote(e.bad)}${e.fixed !== void 0 ? ` \u2192 ${quote(e.fixed)}` : ""}` : `\u2714 ${quote(e.good ?? "")}`;
  return {
    text: [rule.description, ...rule.why ? [`Why: ${rule.why}`] : [], "Examples:", ...rule.examples.map((e) => `  ${shown(e, (s) => JSON.stringify(s))}`)].join("\n"),
    markdown: [rule.description, ...rule.why ? [`**Why:** ${rule.why}`] : [], "**Examples:**", rule.examples.map((e) => `- ${shown(e, codeSpan)}`).join("\n")].join("\n\n")
  };
}
var codeSpan = (s) => {
  const text = s.replace(/\n/g, " ");
  return text.includes("`") ? `\`\` ${text} \`\`` : `\`${text}\``;
};
function result(file, f, index) {
  const location = artifactLocation(file.path);
  const fixes = fixesOf(f, location);
  return {
    ruleId: f.rule,
    ...index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {},
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: { ...region(f), snippet: { text: f.text } } } }],
    // The source a bilingual finding compares its target with.
    ...f.related ? {
      relatedLocations: [
        {
          id: 1,
          message: { text: f.related.label },
          physicalLocation: { artifactLocation: f.related.path !== void 0 ? artifactLocation(f.related.path) : location, region: { ...region(f.related), snippet: { text: f.related.text } } }
        }
      ]
    } : {},
    ...fixes.length ? { fixes } : {}
  };
}
function fixesOf(f, location) {
  const change = (what, edit, range) => ({
    description: { text: `${what} ${JSON.stringify(edit.text)}` },
    artifactChanges: [{ artifactLocation: location, replacements: [{ deletedRegion: region(range), insertedContent: { text: edit.text } }] }]
  });
  const suggested = (f.suggestionEdits ?? []).map((edit, i) => change("Suggestion: replace with", edit, f.suggestionRanges[i]));
  return [...f.fix && f.fixRange ? [change("Replace with", f.fix, f.fixRange)] : [], ...suggested];
}
function formatSarif(results, rules, version, cwd = process.cwd()) {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const failures = results.flatMap((file) => file.findings.filter((f) => f.fatal).map((f) => ({ file, f })));
  const scores = scoreSummary(results);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mtlint",
            version,
            informationUri: "https://github.com/mtlint/mtlint",
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              fullDescription: { text: r.why ? `${r.description} ${r.why}` : r.description },
              help: help(r),
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { category: r.category, kind: r.kind }
            }))
          }
        },
        // Relative artifact locations are relative to the directory mtlint ran in.
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
        // A file that could not be linted is no result: the run says it did not succeed, and why.
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map(({ file, f }) => ({
              level: "error",
              message: { text: f.message },
              descriptor: { id: FILE_ERROR_RULE },
              locations: [{ physicalLocation: { artifactLocation: artifactLocation(file.path), region: { startLine: f.line, startColumn: f.column } } }]
            }))
          }
        ],
        // Columns count UTF-16 code units, as mtlint's own do.
        columnKind: "utf16CodeUnits",
        // The quality score of each document and of the run (see the README's "Quality score").
        ...scores ? {
          properties: {
            lowestScore: scores.lowest,
            meanScore: scores.mean,
            scores: results.flatMap((r) => r.score ? [{ uri: artifactLocation(r.path).uri, ...r.score }] : [])
          }
        } : {},
        results: results.flatMap((file) => file.findings.filter((f) => !f.fatal).map((f) => result(file, f, index)))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
export {
  artifactLocation,
  formatSarif
};
