// node measure.mjs [--misses] [--english]
// Lints every page of the real-page set (pages/*.txt) with all built-in mtlint rules and counts, per half of
// split.json, how many labelled furniture lines are hit by a furniture-kind finding, and how many body/headline
// lines are (wrongly) hit by one.
//   --misses   write misses-dev.txt (dev half only: missed furniture lines and flagged body/headline lines)
//   --english  leave out the pages listed in split.json "nonEnglish"
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const DIR = path.resolve(process.env.REAL_PAGES ?? path.join(import.meta.dirname, '../.real-pages'));
const { BUILT_IN_RULES, compileRules, lintText, loadRules } = await import('../../dist/index.js');
const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
const compiled = compileRules(rules);

const args = new Set(process.argv.slice(2));
const split = JSON.parse(readFileSync(`${DIR}/split.json`, 'utf8'));
const nonEn = new Set(args.has('--english') ? split.nonEnglish : []);
const labels = {};
for (const l of readFileSync(`${DIR}/labels.jsonl`, 'utf8').trim().split('\n').map((s) => JSON.parse(s))) (labels[l.file] ||= []).push(l);

const isFurnitureKind = (rule) => rule.startsWith('furniture/') || rule === 'encoding/html-remnant' || rule === 'encoding/protected-email';

const missesOut = [];
for (const half of ['dev', 'confirm']) {
  let furnFound = 0, furnTotal = 0, bodyFlagged = 0, bodyTotal = 0;
  for (const id of split[half]) {
    if (nonEn.has(id)) continue;
    const file = `pages/${id}.txt`;
    const text = readFileSync(`${DIR}/${file}`, 'utf8');
    // line number (1-based) -> [start, end) offsets
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
    const lineOf = (off) => { // binary search: last start <= off
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= off) lo = mid; else hi = mid - 1; }
      return lo + 1;
    };
    const hit = new Map(); // line -> rule ids
    for (const f of lintText(text, compiled)) {
      if (!isFurnitureKind(f.rule)) continue;
      const a = lineOf(f.offset), b = lineOf(f.offset + Math.max(1, f.length) - 1);
      for (let ln = a; ln <= b; ln++) { if (!hit.has(ln)) hit.set(ln, new Set()); hit.get(ln).add(f.rule); }
    }
    for (const l of labels[file] || []) {
      const h = hit.get(l.line);
      if (l.label === 'furniture') {
        furnTotal++;
        if (h) furnFound++;
        else if (half === 'dev') missesOut.push(`${file}:${l.line}\tMISSED furniture\t${l.text}`);
      } else {
        bodyTotal++;
        if (h) { bodyFlagged++; if (half === 'dev') missesOut.push(`${file}:${l.line}\tFLAGGED ${l.label} [${[...h].join(', ')}]\t${l.text}`); }
      }
    }
  }
  const pct = furnTotal ? ((100 * furnFound) / furnTotal).toFixed(1) : '0.0';
  console.log(`${half}: furniture ${furnFound}/${furnTotal} (${pct} %); body lines flagged ${bodyFlagged}/${bodyTotal}`);
}
if (args.has('--misses')) {
  writeFileSync(`${DIR}/misses-dev.txt`, missesOut.join('\n') + '\n');
  console.log(`wrote ${DIR}/misses-dev.txt (${missesOut.length} lines, dev half only)`);
}
