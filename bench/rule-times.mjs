// Where the lint time goes, rule by rule: `node bench/rule-times.mjs [PATH...] [--rounds N] [--batch N]`.
// In one process (no start-up, no files, no report): the documents of PATH (files, or folders of .txt; default the bench's
// articles, bench/out/articles) are linted with all built-in rules as the CLI does (batches of 64, rule by rule), and
// then each rule alone over fresh documents, so it pays for the views it reads (words, lines, vocabulary) as if it ran
// first. Times are CPU milliseconds, the median of N rounds (default 3) after a warm-up pass; on a shared machine only
// the ranking and the big numbers are to be trusted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadBuiltInRules } from './built-in-rules.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [, value] = args.splice(i, 2);
  return Number(value);
};
const ROUNDS = option('--rounds', 3);
const BATCH = option('--batch', 64);
const inputs = args.length ? args : [path.resolve(import.meta.dirname, 'out/articles')];
const files = inputs.flatMap((p) => (statSync(p).isDirectory() ? readdirSync(p, { recursive: true }).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(p, f)) : [p]));
const texts = files.map((f) => [f, readFileSync(f, 'utf8')]);

const { compileRules, lintDocuments, prepareSource } = await import('../dist/index.js');
const compiled = compileRules(await loadBuiltInRules());

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
/** Fresh prepared sources in batches, as the CLI makes them. */
const batches = () => {
  const sources = texts.map(([f, text]) => prepareSource(text, f));
  const out = [];
  for (let i = 0; i < sources.length; i += BATCH) out.push(sources.slice(i, i + BATCH));
  return out;
};
const timeLint = (rules) => {
  const all = batches();
  const start = cpuMs();
  let findings = 0;
  for (const batch of all) for (const list of lintDocuments(batch, rules)) findings += list.length;
  return [cpuMs() - start, findings];
};

/** Each rule's share of a whole run: rule by rule over shared documents, so a view is paid by the first rule to read it. */
const inRun = () => {
  const times = new Map(compiled.map((r) => [r.rule.id, 0]));
  const all = batches();
  for (const batch of all) {
    for (const rule of compiled) {
      const start = cpuMs();
      lintDocuments(batch, [rule]);
      times.set(rule.rule.id, times.get(rule.rule.id) + cpuMs() - start);
    }
  }
  return times;
};
const firstRun = inRun();
const [cold, total] = timeLint(compiled);
const warm = [];
for (let r = 0; r < ROUNDS; r++) warm.push(timeLint(compiled)[0]);
const rows = compiled.map((rule) => {
  const times = [];
  let findings = 0;
  for (let r = 0; r < ROUNDS; r++) [times[r], findings] = timeLint([rule]);
  return [rule.rule.id, rule.rule.kind, median(times), findings, firstRun.get(rule.rule.id)];
});
rows.sort((a, b) => b[2] - a[2]);
const chars = texts.reduce((n, [, t]) => n + t.length, 0);
console.log(`${files.length} files, ${(chars / 1e6).toFixed(1)} M characters, ${compiled.length} rules, ${total} findings`);
console.log(`all rules: first pass ${cold.toFixed(0)} ms (after one in-run pass), later passes ${median(warm).toFixed(0)} ms (median of ${ROUNDS})`);
console.log('alone: each rule alone over fresh documents, warm (median); first run: its share of the process\'s first pass, cold, views shared');
console.log(`${'alone'.padStart(11)} ${'share'.padStart(6)} ${'first run'.padStart(12)}  ${'rule'.padEnd(40)} ${'kind'.padEnd(16)} findings`);
const sum = rows.reduce((n, r) => n + r[2], 0);
const sumFirst = rows.reduce((n, r) => n + r[4], 0);
for (const [id, kind, ms, n, first] of rows) console.log(`${ms.toFixed(1).padStart(8)} ms ${((100 * ms) / sum).toFixed(1).padStart(5)} % ${first.toFixed(1).padStart(9)} ms  ${id.padEnd(40)} ${kind.padEnd(16)} ${n}`);
console.log(`${sum.toFixed(0).padStart(8)} ms ${''.padStart(7)} ${sumFirst.toFixed(0).padStart(9)} ms  sum`);
