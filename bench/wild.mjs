// Recall on real published MT pages (../shared/corpus/wild-dev, labelled by hand; never copied into the repo).
// A label is found when a finding of any rule overlaps its text in its line. Files 01–20 are the half to develop
// from, 21–40 the half to confirm on. Every miss and every finding that overlaps no in-scope label is listed
// for review: the misses of each half in a file of its own (bench/out/eval/wild-misses-dev.txt for files 01–20, to develop
// from; wild-misses-confirm.txt for 21–40, held out: read its totals, not its lines), wild-unmatched.txt for both.
// Run alone with `node bench/wild.mjs` (after `npm run build`), or as part of `npm run eval`; the same scoring serves the
// invented pages of bench/mt-pages (`node bench/wild.mjs bench/mt-pages`).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Label kinds in scope, grouped as the issue reports them. */
const GROUP = {
  boilerplate: 'web furniture',
  'split-name': 'split names, misplaced attribution',
  'sentence-break': 'sentence broken or joined',
  'lowercase-after-stop': 'sentence broken or joined',
  truncation: 'truncated words',
  preposition: 'prepositions',
  mojibake: 'encoding damage',
  doubled: 'doubled words',
  glued: 'glued words',
  spacing: 'spacing',
  punctuation: 'punctuation',
  untranslated: 'untranslated text',
};

const VERDICTS = ['artifact', 'debatable', 'false', 'unreviewed'];
const reviews = new Map();
/**
 * The hand verdict on a finding no label covers (`artifact`: one the labels missed; `debatable`; `false`), from a review
 * file of `file:line<TAB>rule<TAB>verdict<TAB>note` lines; `unreviewed` when it has none (or there is no file).
 */
function verdictOf(review, key) {
  if (!review) return 'unreviewed';
  if (!reviews.has(review)) {
    const lines = existsSync(review) ? readFileSync(review, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')) : [];
    reviews.set(review, new Map(lines.map((l) => l.split('\t')).map(([at, rule, verdict]) => [`${at}\t${rule}`, verdict])));
  }
  return reviews.get(review).get(key) ?? 'unreviewed';
}

/** Line start offsets of a text (lines end at \n). */
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * Score `lint(text, file)` on a labelled set in `dir` (its `.txt` pages and `labels.jsonl`; nothing else is read, so
 * wild-dev and bench/mt-pages score alike); returns the table rows and writes the lists to `out` as
 * `<prefix>-misses-dev.txt` (the first half's misses), `<prefix>-misses-confirm.txt` (the second's, held out) and
 * `<prefix>-unmatched.txt`. `name` titles the table, `halves` its two columns (files
 * numbered up to 20, and from 21).
 */
export function scoreWild(dir, lint, out, { name = 'wild-dev', prefix = 'wild', halves = ['files 01–20', 'files 21–40'], review } = {}) {
  const labels = readFileSync(path.join(dir, 'labels.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const stats = new Map(); // group → { half1: [found, total], half2: [...] }
  const misses = [[], []]; // by half: a file of each, so reading the development half's never shows the other's
  const unmatched = [];
  let words = 0;
  for (const file of files) {
    const half = Number(file.slice(0, 2)) <= 20 ? 0 : 1;
    const text = readFileSync(path.join(dir, file), 'utf8');
    words += text.split(/\s+/).filter(Boolean).length;
    const starts = lineStarts(text);
    const findings = lint(text, file);
    const spans = [];
    for (const label of labels.filter((l) => l.file === file)) {
      const lineStart = starts[label.line - 1];
      const lineEnd = label.line < starts.length ? starts[label.line] - 1 : text.length;
      const at = text.slice(lineStart, lineEnd).indexOf(label.text);
      if (at === -1) throw new Error(`${file}:${label.line}: label text not found: ${label.text}`);
      const span = [lineStart + at, lineStart + at + label.text.length];
      const group = GROUP[label.kind];
      spans.push({ span, inScope: !!group, label });
      if (!group) continue;
      const found = findings.some((f) => f.offset < span[1] && span[0] < f.offset + Math.max(1, f.length));
      const s = stats.get(group) ?? [[0, 0], [0, 0]];
      s[half][1]++;
      if (found) s[half][0]++;
      else misses[half].push(`${file}:${label.line}\t${label.kind}\t${JSON.stringify(label.text)}\t${label.note}`);
      stats.set(group, s);
    }
    for (const f of findings) {
      const over = spans.filter(({ span }) => f.offset < span[1] && span[0] < f.offset + Math.max(1, f.length));
      if (over.some((o) => o.inScope)) continue;
      const line = starts.findLastIndex((s) => s <= f.offset) + 1;
      const what = over.length ? `out-of-scope label ${over[0].label.kind}` : 'no label';
      unmatched.push(`${verdictOf(review, `${file}:${line}\t${f.rule}`)}\t${file}:${line}\t${f.rule}\t${what}\t${JSON.stringify(text.slice(Math.max(0, f.offset - 30), f.offset))} [[${text.slice(f.offset, f.offset + f.length).slice(0, 80)}]] ${JSON.stringify(text.slice(f.offset + f.length, f.offset + f.length + 20))}`);
    }
  }
  if (out) {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, `${prefix}-misses-dev.txt`), `${misses[0].join('\n')}\n`);
    writeFileSync(path.join(out, `${prefix}-misses-confirm.txt`), `# held out (${halves[1]}): measure with its totals; do not develop from these lines\n${misses[1].join('\n')}\n`);
    writeFileSync(path.join(out, `${prefix}-unmatched.txt`), `${unmatched.join('\n')}\n`);
  }
  const pct = ([found, total]) => (total ? `${((100 * found) / total).toFixed(1)} % (${found}/${total})` : '–');
  const sum = (i) => [...stats.values()].reduce((a, s) => [a[0] + s[i][0], a[1] + s[i][1]], [0, 0]);
  const rows = [`| ${name} kind | ${halves[0]} | ${halves[1]} | all |`, '|---|---|---|---|'];
  for (const group of [...new Set(Object.values(GROUP))]) {
    const s = stats.get(group);
    if (s) rows.push(`| ${group} | ${pct(s[0])} | ${pct(s[1])} | ${pct([s[0][0] + s[1][0], s[0][1] + s[1][1]])} |`);
  }
  const [a, b] = [sum(0), sum(1)];
  rows.push(`| **all in scope** | **${pct(a)}** | **${pct(b)}** | **${pct([a[0] + b[0], a[1] + b[1]])}** |`);
  rows.push('', `${name}: ${files.length} pages, ${words} words; findings on no in-scope label: ${unmatched.length} (bench/out/eval/${prefix}-unmatched.txt); misses: bench/out/eval/${prefix}-misses-dev.txt (${halves[0]}, to develop from) and ${prefix}-misses-confirm.txt (held out)`);
  if (review) {
    const counts = Object.fromEntries(VERDICTS.map((v) => [v, unmatched.filter((u) => u.startsWith(`${v}\t`)).length]));
    rows.push('', `Review of those ${unmatched.length} (${path.relative(ROOT, review)}): ${counts.artifact} artifacts the labels missed, ${counts.debatable} debatable, ${counts.false} false, ${counts.unreviewed} not reviewed yet.`);
  }
  return rows.join('\n');
}

// `node bench/wild.mjs` scores wild-dev; `node bench/wild.mjs bench/mt-pages` scores another labelled set.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const corpus = path.resolve(ROOT, process.env.MTLINT_CORPUS ?? '../shared/corpus');
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : path.join(corpus, 'wild-dev');
  if (!existsSync(path.join(dir, 'labels.jsonl'))) {
    console.error(`mtlint eval: no labelled set at ${dir} (set MTLINT_CORPUS or name a folder with labels.jsonl)`);
    process.exit(2);
  }
  const options = process.argv[2] ? { name: path.basename(dir), prefix: path.basename(dir), halves: ['files 01–10', 'files 21–30'] } : undefined;
  const { compileRules, lintDocuments, prepareSource } = await import('../dist/index.js');
  const { loadBuiltInRules } = await import('./built-in-rules.mjs');
  const compiled = compileRules(await loadBuiltInRules());
  // All pages in one batch, as one CLI run over a site's folder lints them.
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);
  const results = new Map(lintDocuments(texts.map(([f, t]) => prepareSource(t, f)), compiled).map((r, i) => [texts[i][0], r]));
  console.log(scoreWild(dir, (_text, file) => results.get(file), path.join(ROOT, 'bench/out/eval'), options));
}
