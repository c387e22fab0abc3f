// node bench/bilingual-eval.mjs: the bilingual rules against human MQM ratings (../shared/corpus/mqm, zh→en).
// Each rated segment (system, document, segment) becomes an XLIFF unit, Chinese source and MT target; each finding of
// a bilingual rule is compared with the raters' Accuracy errors of that segment:
// - span: the finding's target span overlaps a rater's target-side Accuracy span (for findings on a span);
// - segment: some rater marked an Accuracy error in that segment (any side, omissions included).
// Prints, per rule, findings, agreement, and how many of the rated segments it flags.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_RULES, compileRules, lintSource, loadRules } from '../dist/index.js';
import { firstIndex } from '../dist/search.js';

const CORPUS = path.resolve(import.meta.dirname, '..', process.env.MTLINT_CORPUS ?? '../shared/corpus');
const lines = readFileSync(path.join(CORPUS, 'mqm/mqm_into_en.jsonl'), 'utf8').split('\n').filter(Boolean);

/** Code-point offsets (Python) to UTF-16 offsets in `text`. */
const utf16 = (text, codePoints) => [...text].slice(0, codePoints).join('').length;

const segments = new Map();
for (const line of lines) {
  const r = JSON.parse(line);
  const key = `${r.system}\t${r.doc}\t${r.seg_id}`;
  const seg = segments.get(key) ?? { source: r.source, text: r.text, accuracy: [], accuracyAnywhere: false };
  for (const e of r.errors ?? []) {
    if (!e.category.startsWith('Accuracy')) continue;
    seg.accuracyAnywhere = true;
    if (e.span_side !== 'source' && e.start !== null) seg.accuracy.push([utf16(r.text, e.start), utf16(r.text, e.end)]);
  }
  segments.set(key, seg);
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const list = [...segments.values()].filter((s) => s.source && s.text);
const xliff = `<xliff version="1.2"><file source-language="zh" target-language="en" datatype="plaintext" original="mqm"><body>\n${list
  .map((s, i) => `<trans-unit id="${i}"><source>${escape(s.source)}</source><target>${escape(s.text)}</target></trans-unit>\n`)
  .join('')}</body></file></xliff>\n`;

const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
// Every system's output for a source is in one file here, so consistency between units means nothing: left out.
const bilingual = rules.filter((r) => r.id.startsWith('bilingual/') && r.id !== 'bilingual/inconsistent');
const findings = lintSource(xliff, compileRules(bilingual), 'mqm.xlf');

// Each unit's target content starts after `<target>` on its own line; a finding maps back to the segment's text.
const targetStarts = [];
for (let at = xliff.indexOf('<target>'); at !== -1; at = xliff.indexOf('<target>', at + 1)) targetStarts.push(at + '<target>'.length);
const unitOf = (offset) => firstIndex(targetStarts.length, (k) => targetStarts[k] > offset) - 1;
const unescapedLength = (s) => s.replace(/&(?:amp|lt|gt);/g, '_').length;

const stats = new Map(bilingual.map((r) => [r.id, { findings: 0, onSpan: 0, spanAgree: 0, segmentAgree: 0, segments: new Set() }]));
for (const f of findings) {
  const k = unitOf(f.offset);
  const seg = list[k];
  const s = stats.get(f.rule);
  s.findings++;
  s.segments.add(k);
  if (seg.accuracyAnywhere) s.segmentAgree++;
  const start = unescapedLength(xliff.slice(targetStarts[k], f.offset));
  const end = start + unescapedLength(xliff.slice(f.offset, f.offset + f.length));
  const whole = start === 0 && end >= seg.text.length;
  if (!whole && f.rule !== 'bilingual/empty-target') {
    s.onSpan++;
    if (seg.accuracy.some(([a, b]) => a < end && b > start)) s.spanAgree++;
  }
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');
console.log(`${list.length} rated segments (${lines.length} ratings); ${list.filter((s) => s.accuracyAnywhere).length} with an Accuracy error\n`);
console.log('rule | findings | segments flagged | in a segment with an Accuracy error | findings on a span | span inside a rater\'s Accuracy span');
for (const [id, s] of stats) console.log(`${id} | ${s.findings} | ${s.segments.size} (${pct(s.segments.size, list.length)}) | ${pct(s.segmentAgree, s.findings)} | ${s.onSpan} | ${pct(s.spanAgree, s.onSpan)}`);

if (process.argv.includes('--show')) {
  const wanted = process.argv[process.argv.indexOf('--show') + 1];
  for (const f of findings.filter((x) => x.rule === wanted).slice(0, 40)) {
    const k = unitOf(f.offset);
    console.log(`\n${f.message}\n  src: ${list[k].source}\n  tgt: ${list[k].text}`);
  }
}
