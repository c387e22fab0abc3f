// node bench/bilingual-eval.mjs [--half dev|test] [--show RULE]: the bilingual rules against human MQM ratings
// (../shared/corpus/mqm, zh→en). Each rated segment (system, document, segment) becomes an XLIFF unit, Chinese source
// and MT target, and each finding of a bilingual rule is compared with the raters' Accuracy errors of that segment:
// - span: the finding's span falls inside a rater's Accuracy span, on the side it stands on: a target span (a number
//   the target has wrong) against target-side spans (Mistranslation, Addition, …), a source item the target lost (its
//   related span, when the finding's own span is the whole target) against source-side spans (Omission), or against a
//   target-side span that covers the whole target;
// - segment: some rater marked an Accuracy error in that segment (any side).
// A finding outside every Accuracy span is also counted when a rater marked its segment `Non-translation!` (MQM's
// category for a target that is no translation of its source at all: a hallucination, a repeated loop), which has no
// finer span; the last column gives that wider agreement.
// The documents are split in two halves of about as many ratings (each document, in order of first appearance, goes to
// the half with fewer so far): `dev` is the half the checks were developed on, `test` the half kept for confirming
// them. Both are printed by default.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileRules, lintSource } from '../dist/index.js';
import { loadBuiltInRules } from './built-in-rules.mjs';
import { firstIndex } from '../dist/search.js';

const CORPUS = path.resolve(import.meta.dirname, '..', process.env.MTLINT_CORPUS ?? '../shared/corpus');
const lines = readFileSync(path.join(CORPUS, 'mqm/mqm_into_en.jsonl'), 'utf8').split('\n').filter(Boolean);
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

/** Code-point offsets (Python) to UTF-16 offsets in `text`. */
const utf16 = (text, codePoints) => [...text].slice(0, codePoints).join('').length;

const segments = new Map();
const ratings = lines.map((line) => JSON.parse(line));
const docOf = (r) => `${r.dataset}\t${r.doc}`;
const ratingsPerDoc = new Map();
for (const r of ratings) ratingsPerDoc.set(docOf(r), (ratingsPerDoc.get(docOf(r)) ?? 0) + 1);
const halfOfDoc = new Map();
const size = { dev: 0, test: 0 };
for (const [doc, n] of ratingsPerDoc) {
  const half = size.dev <= size.test ? 'dev' : 'test';
  halfOfDoc.set(doc, half);
  size[half] += n;
}
for (const r of ratings) {
  const doc = docOf(r);
  const key = `${r.system}\t${doc}\t${r.seg_id}`;
  const seg = segments.get(key) ?? { source: r.source, text: r.text, half: halfOfDoc.get(doc), target: [], sourceSide: [], accuracyAnywhere: false, nonTranslation: false };
  for (const e of r.errors ?? []) {
    if (e.category === 'Non-translation!') seg.nonTranslation = true;
    if (!e.category.startsWith('Accuracy')) continue;
    seg.accuracyAnywhere = true;
    if (e.span_side === 'source' && e.source_start != null) seg.sourceSide.push([utf16(r.source, e.source_start), utf16(r.source, e.source_end)]);
    else if (e.span_side !== 'source' && e.start != null) seg.target.push([utf16(r.text, e.start), utf16(r.text, e.end)]);
  }
  segments.set(key, seg);
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const all = [...segments.values()].filter((s) => s.source && s.text);
const rules = await loadBuiltInRules();
// Every system's output for a source is in one file here, so consistency between units means nothing: left out.
const bilingual = rules.filter((r) => r.id.startsWith('bilingual/') && r.id !== 'bilingual/inconsistent');
const compiled = compileRules(bilingual);
const unescapedLength = (s) => s.replace(/&(?:amp|lt|gt);/g, '_').length;

function evaluate(list) {
  const xliff = `<xliff version="1.2"><file source-language="zh" target-language="en" datatype="plaintext" original="mqm"><body>\n${list
    .map((s, i) => `<trans-unit id="${i}"><source>${escape(s.source)}</source><target>${escape(s.text)}</target></trans-unit>\n`)
    .join('')}</body></file></xliff>\n`;
  const findings = lintSource(xliff, compiled, 'mqm.xlf');
  // Each unit's contents start after its tags; a finding (and its related source span) maps back to the segment's text.
  const startsAfter = (tag) => {
    const starts = [];
    for (let at = xliff.indexOf(tag); at !== -1; at = xliff.indexOf(tag, at + 1)) starts.push(at + tag.length);
    return starts;
  };
  const targetStarts = startsAfter('<target>');
  const sourceStarts = startsAfter('<source>');
  const unitOf = (offset) => firstIndex(targetStarts.length, (k) => targetStarts[k] > offset) - 1;
  const inSegment = (starts, k, offset, length) => {
    const start = unescapedLength(xliff.slice(starts[k], offset));
    return [start, start + unescapedLength(xliff.slice(offset, offset + length))];
  };
  const overlaps = (spans, [start, end]) => spans.some(([a, b]) => a < end && b > start);
  const stats = new Map(bilingual.map((r) => [r.id, { findings: 0, onSpan: 0, spanAgree: 0, wideAgree: 0, segmentAgree: 0, segments: new Set(), shown: [] }]));
  for (const f of findings) {
    const k = unitOf(f.offset);
    const seg = list[k];
    const s = stats.get(f.rule);
    s.findings++;
    s.segments.add(k);
    if (seg.accuracyAnywhere) s.segmentAgree++;
    const target = inSegment(targetStarts, k, f.offset, f.length);
    const source = f.related ? inSegment(sourceStarts, k, f.related.offset, f.related.length) : undefined;
    let agrees;
    if (f.rule === 'bilingual/empty-target') agrees = undefined;
    else if (!(target[0] === 0 && target[1] >= seg.text.length)) agrees = overlaps(seg.target, target);
    // A finding on the whole target (what the target lost) agrees with a rater who marked the source item as omitted,
    // or the whole target as wrong (a hallucination marked end to end).
    else if (source && !(source[0] === 0 && source[1] >= seg.source.length)) agrees = overlaps(seg.sourceSide, source) || seg.target.some(([a, b]) => b - a >= 0.9 * seg.text.trim().length);
    else if (f.rule === 'bilingual/untranslated') agrees = overlaps(seg.target, target); // the whole target is its span
    if (agrees !== undefined) {
      s.onSpan++;
      if (agrees) s.spanAgree++;
      if (agrees || seg.nonTranslation) s.wideAgree++;
    }
    s.shown.push({ f, seg, agrees });
  }
  return stats;
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
const halves = arg('--half') ? [arg('--half')] : ['dev', 'test'];
for (const half of halves) {
  const list = all.filter((s) => s.half === half);
  const stats = evaluate(list);
  console.log(`\n${half}: ${list.length} rated segments; ${list.filter((s) => s.accuracyAnywhere).length} with an Accuracy error`);
  console.log('rule | findings | segments flagged (rate) | in a segment with an Accuracy error | findings on a span | inside a rater\'s Accuracy span | … or in a Non-translation! segment');
  const row = (id, s) => `${id} | ${s.findings} | ${s.segments.size} (${pct(s.segments.size, list.length)}) | ${pct(s.segmentAgree, s.findings)} | ${s.onSpan} | ${pct(s.spanAgree, s.onSpan)} | ${pct(s.wideAgree, s.onSpan)}`;
  for (const [id, s] of stats) if (s.findings) console.log(row(id, s));
  // The three checks the issue names, together: numbers, names and untranslated text.
  const named = ['bilingual/numbers', 'bilingual/names', 'bilingual/untranslated'].map((id) => stats.get(id));
  const sum = (key) => named.reduce((n, s) => n + (key === 'segments' ? 0 : s[key]), 0);
  const flagged = new Set(named.flatMap((s) => [...s.segments]));
  console.log(row('numbers + names + untranslated', { findings: sum('findings'), segments: flagged, segmentAgree: sum('segmentAgree'), onSpan: sum('onSpan'), spanAgree: sum('spanAgree'), wideAgree: sum('wideAgree') }));
  const wanted = arg('--show');
  if (wanted && half === (arg('--show-half') ?? 'dev')) {
    for (const { f, seg, agrees } of stats.get(wanted).shown.slice(0, Number(arg('--limit') ?? 60))) {
      console.log(`\n[${agrees === undefined ? 'no span' : agrees ? 'IN' : seg.nonTranslation ? 'out, Non-translation!' : 'out'}] ${f.message}\n  src: ${seg.source}\n  tgt: ${seg.text}\n  acc: ${seg.target.map(([a, b]) => seg.text.slice(a, b)).join(' | ')} // src: ${seg.sourceSide.map(([a, b]) => seg.source.slice(a, b)).join(' | ')}`);
    }
  }
}
