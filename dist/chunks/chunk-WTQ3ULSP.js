import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6D7FCG5H.js";

// src/glossary.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
var csvParser = () => load("csv-parse/sync");
var xmlParser = () => load("fast-xml-parser");
function parseGlossary(text, file) {
  const terms = /^\uFEFF?\s*</.test(text) ? tbxTerms(text, file) : csvTerms(text, file, /\.(?:tsv|tab)$/i.test(file) ? "	" : ",");
  if (!terms.length) throw new UsageError([{ file, message: "the glossary holds no source term with a target term" }]);
  return terms;
}
function withGlossary(rules, terms) {
  return rules.map((r) => r.kind === "bilingual" && r.options.check === "glossary" ? { ...r, options: { ...r.options, terms } } : r);
}
function csvTerms(text, file, delimiter) {
  let rows;
  try {
    rows = csvParser().parse(text, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    const { lines, message } = e;
    throw new UsageError([{ file, line: lines, column: 1, message: `not a CSV glossary: ${message.replace(/ at line \d+$/, "")}` }]);
  }
  if (rows.length && rows[0].record[0]?.toLowerCase() === "source") rows.shift();
  return rows.map(({ record, info }) => {
    const [source, ...target] = record.filter(Boolean);
    if (!source || !target.length) throw new UsageError([{ file, line: info.lines, column: 1, message: "a glossary row needs a source term and at least one target term" }]);
    return { source, target };
  });
}
function tbxTerms(text, file) {
  const { XMLParser, XMLValidator } = xmlParser();
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new UsageError([{ file, line: valid.err.line, column: valid.err.col, message: `not a TBX glossary: ${valid.err.msg}` }]);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: (_name, _path, _leaf, isAttribute) => !isAttribute });
  const tree = parser.parse(text);
  const root = Object.values(tree).flat().find((n) => typeof n === "object" && n !== null && ("text" in n || "@lang" in n));
  const entries = descendants(tree, (name) => name === "termEntry" || name === "conceptEntry");
  const languages = entries.map(
    (entry) => descendants(entry, (name) => name === "langSet" || name === "langSec").map((set) => ({ lang: primary(String(set["@lang"] ?? "")), terms: descendants(set, (name) => name === "term").map(textOf).filter(Boolean) }))
  );
  const sourceLanguage = primary(String(root?.["@lang"] ?? "")) || languages.flat().find((l) => l.lang)?.lang;
  return languages.flatMap((sets) => {
    const target = sets.filter((s) => s.lang !== sourceLanguage).flatMap((s) => s.terms);
    const sources = sets.filter((s) => s.lang === sourceLanguage).flatMap((s) => s.terms);
    return target.length ? sources.map((source) => ({ source, target })) : [];
  });
}
function primary(lang) {
  return lang.split(/[-_]/)[0].toLowerCase();
}
function descendants(node, wanted) {
  const found = [];
  const walk = (value) => {
    if (typeof value !== "object" || value === null) return;
    for (const [name, child] of Object.entries(value)) {
      if (name.startsWith("@") || name === "#text") continue;
      for (const item of Array.isArray(child) ? child : [child]) {
        if (wanted(name) && typeof item === "object" && item !== null) found.push(item);
        else if (wanted(name)) found.push({ "#text": item });
        else walk(item);
      }
    }
  };
  walk(node);
  return found;
}
function textOf(node) {
  const parts = [];
  const walk = (value) => {
    if (typeof value === "string" || typeof value === "number") parts.push(String(value));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) if (!k.startsWith("@")) walk(v);
    }
  };
  walk(node);
  return parts.join("").replace(/\s+/g, " ").trim();
}

export {
  parseGlossary,
  withGlossary
};
