import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  Document,
  KINDS,
  PAGE_KINDS,
  UNIT_FORMATS,
  attachView,
  cutsInto,
  formatOf,
  mergeRanges,
  nonProse,
  readAligned,
  readFormat,
  touches,
  viewOf
} from "./chunk-VB5HRF5L.js";
import {
  RuleCrash,
  UsageError
} from "./chunk-6D7FCG5H.js";

// src/rules/select.ts
function matchesSelector(id, selector) {
  const family = selector.replace(/\/\*?$/, "");
  return id === family || id.startsWith(`${family}/`);
}

// src/directives.ts
var DIRECTIVE = /<!--\s*mtlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)\s*-->/g;
var UNUSED_DIRECTIVE_RULE = "mtlint/unused-directive";
function parseDirectives(doc) {
  if (!doc.text.includes("mtlint-")) return [];
  return Array.from(doc.text.matchAll(DIRECTIVE), (m) => ({
    kind: m[1],
    selectors: m[2].split(/[\s,]+/).filter(Boolean),
    offset: m.index,
    length: m[0].length
  }));
}
function suppressions(doc, directives) {
  const result = [];
  const open = [];
  for (const d of directives) {
    if (d.kind === "disable") {
      const s = { from: d.offset, to: doc.text.length, selectors: d.selectors, directive: d };
      open.push(s);
      result.push(s);
    } else if (d.kind === "enable") {
      for (const s of [...open]) {
        if (!d.selectors.length || !s.selectors.length || s.selectors.some((x) => d.selectors.includes(x))) {
          s.to = d.offset;
          open.splice(open.indexOf(s), 1);
        }
      }
    } else {
      const line = doc.position(d.offset).line + (d.kind === "disable-next-line" ? 1 : 0);
      const span = doc.lines[line - 1];
      if (span) result.push({ from: span.start, to: span.end, selectors: d.selectors, directive: d });
    }
  }
  return result;
}
var covers = (s, f) => s.from <= f.offset && f.offset <= s.to && (!s.selectors.length || s.selectors.some((sel) => matchesSelector(f.rule, sel)));
function applyDirectives(doc, findings, reportUnused) {
  const directives = parseDirectives(doc);
  if (!directives.length) return findings;
  const stretches = suppressions(doc, directives);
  const used = /* @__PURE__ */ new Set();
  const kept = findings.filter((f) => {
    const by = stretches.filter((s) => covers(s, f));
    by.forEach((s) => used.add(s.directive));
    return by.length === 0;
  });
  if (!reportUnused) return kept;
  const unused = directives.filter((d) => d.kind !== "enable" && !used.has(d)).map((d) => ({
    rule: UNUSED_DIRECTIVE_RULE,
    severity: "warning",
    category: "directives",
    message: `Unused mtlint-${d.kind} directive: no ${d.selectors.length ? `${d.selectors.join(", ")} ` : ""}finding to turn off`,
    offset: d.offset,
    length: d.length
  }));
  return [...kept, ...unused].sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule));
}

// src/engine.ts
function compileRules(rules) {
  return rules.map((rule) => ({ rule, check: KINDS.get(rule.kind).compile(rule) }));
}
function lintDocument(doc, rules, options = {}) {
  return lintDocuments([{ doc, ignore: options.ignore ?? [] }], rules, options)[0];
}
function lintDocuments(sources, rules, options = {}) {
  const all = sources.map(() => []);
  const batch = { documents: sources.map((s) => s.doc) };
  for (const { rule, check } of rules) {
    const readsPages = PAGE_KINDS.has(rule.kind);
    sources.forEach(({ doc, ignore }, k) => {
      if (readsPages && isSetOfUnits(doc)) return;
      let raw;
      try {
        raw = check(doc, batch);
      } catch (e) {
        const crash = new RuleCrash(rule.id, doc.path, e);
        if (!options.onCrash) throw crash;
        options.onCrash(crash, k);
        return;
      }
      for (const f of raw) {
        if (ignore.length) {
          const overlaps = f.wholeLines ? cutsInto : touches;
          if (overlaps(ignore, f.offset, f.offset + f.length) || f.fix && overlaps(ignore, f.fix.offset, f.fix.offset + f.fix.length)) continue;
        }
        const finding = { rule: rule.id, severity: rule.severity, category: rule.category, message: f.message, offset: f.offset, length: f.length };
        if (f.fix) finding.fix = f.fix;
        if (f.related) finding.related = f.related;
        if (f.suggestions) {
          finding.suggestions = f.suggestions;
          const { offset, length } = f.suggestionRange ?? f;
          finding.suggestionEdits = f.suggestions.map((text) => ({ offset, length, text }));
        }
        all[k].push(finding);
      }
    });
  }
  return all.map((findings, k) => {
    findings.sort((a, b) => a.offset - b.offset || a.length - b.length || a.rule.localeCompare(b.rule));
    return applyDirectives(sources[k].doc, findings, options.reportUnusedDirectives ?? false);
  });
}
function isSetOfUnits(doc) {
  const format = viewOf(doc)?.format;
  return format !== void 0 && UNIT_FORMATS.has(format);
}
function prepareSource(text, path, format = formatOf(path), original) {
  if (format === "text" && !original) return { doc: new Document(text, path), ignore: nonProse(text) };
  if (original && format !== "text") throw new UsageError([{ file: path, message: `--source pairs plain-text articles; this file is read as ${format}` }]);
  const view = original ? readAligned(text, original) : readFormat(text, format, path);
  const doc = new Document(view.projection.text, path);
  attachView(doc, view);
  return { doc, ignore: mergeRanges(view.projection.ignore, nonProse(view.projection.text)), view };
}
function findingsInFile(source, findings) {
  const projection = source.view?.projection;
  if (!projection || !findings.length) return findings;
  const deletable = new Set(source.view.elements.map((e) => `${e.removal[0]}:${e.removal[1]}`));
  return findings.map((f) => {
    const start = projection.startInFile(f.offset);
    const moved = { ...f, offset: start, length: Math.max(0, projection.endInFile(f.offset + f.length) - start) };
    if (!f.fix) return moved;
    const fixStart = projection.startInFile(f.fix.offset);
    const fixEnd = f.fix.length ? projection.endInFile(f.fix.offset + f.fix.length) : fixStart;
    const wholeElement = f.fix.text === "" && deletable.has(`${fixStart}:${fixEnd}`);
    const overMarkup = touches(projection.markup, f.fix.offset, f.fix.offset + f.fix.length);
    if (wholeElement || projection.editable(f.fix.offset, f.fix.offset + f.fix.length) && !overMarkup) moved.fix = { offset: fixStart, length: fixEnd - fixStart, text: f.fix.text };
    else delete moved.fix;
    return moved;
  });
}
function fileDocument(source, text) {
  const { view } = source;
  const sameLines = !view || (view.format === "markdown" || view.format === "text") && view.projection.sameOffsets;
  return sameLines ? source.doc : new Document(text, source.doc.path);
}
function lintSource(text, rules, path, format, options = {}) {
  const source = prepareSource(text, path, format, options.original);
  return findingsInFile(source, lintDocument(source.doc, rules, { ...options, ignore: source.ignore }));
}

// src/fix.ts
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset || a.length - b.length);
  const applied = [];
  const skipped = [];
  const parts = [];
  let cursor = 0;
  for (const edit of sorted) {
    const outOfRange = edit.offset < 0 || edit.length < 0 || edit.offset + edit.length > text.length;
    if (outOfRange || edit.offset < cursor || splitsCluster(text, edit.offset) || splitsCluster(text, edit.offset + edit.length)) {
      skipped.push(edit);
      continue;
    }
    parts.push(text.slice(cursor, edit.offset), edit.text);
    cursor = edit.offset + edit.length;
    applied.push(edit);
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(""), applied, skipped };
}
var graphemes;
var STRAY_JOINERS = /^[\u200C\u200D]+$/;
var CLUSTER_REACH = 128;
function splitsCluster(text, offset) {
  if (offset <= 0 || offset >= text.length) return false;
  const [before, after] = [text.charCodeAt(offset - 1), text.charCodeAt(offset)];
  if (before < 128 && after < 128) return before === 13 && after === 10;
  let start = offset - 1;
  const floor = Math.max(0, offset - CLUSTER_REACH);
  while (start > floor && !(text.charCodeAt(start) < 128 && text.charCodeAt(start) !== 10)) start--;
  const window = text.slice(start, Math.min(text.length, offset + 16));
  graphemes ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  const cluster = graphemes.segment(window).containing(offset - start);
  if (cluster.index === offset - start) return false;
  return !STRAY_JOINERS.test(window.slice(offset - start, cluster.index + cluster.segment.length));
}
var MAX_FIX_PASSES = 10;
function fixText(text, lint, shouldFix = () => true) {
  const seen = /* @__PURE__ */ new Set([text]);
  let fixed = 0;
  let findings = lint(text);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const edits = findings.filter((f) => f.fix && shouldFix(f)).map((f) => f.fix);
    if (!edits.length) break;
    const result = applyEdits(text, edits);
    if (seen.has(result.text)) break;
    seen.add(result.text);
    text = result.text;
    fixed += result.applied.length;
    findings = lint(text);
  }
  return { text, fixed, findings };
}

export {
  matchesSelector,
  compileRules,
  lintDocuments,
  prepareSource,
  findingsInFile,
  fileDocument,
  lintSource,
  applyEdits,
  fixText
};
