// npm run bench: builds a corpus from ../shared/corpus/ and times the real CLI on it.
// Prints throughput (MB/s), start-up time on a 1 KB file, and peak memory on the 10 MB file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { benchLsp } from './lsp.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(ROOT, process.env.MTLINT_CORPUS ?? '../shared/corpus');
const OUT = path.join(ROOT, 'bench/out');
const BIN = path.join(ROOT, 'bin/mtlint');
const BIG_BYTES = 10 * 1024 * 1024;
const STARTUP_RUNS = 15;
// Each throughput case runs this often and reports the median: one run on a shared machine varies by ±5 %.
const THROUGHPUT_RUNS = 5;

if (!existsSync(CORPUS)) {
  console.error(`bench: corpus not found at ${CORPUS} (set MTLINT_CORPUS)`);
  process.exit(2);
}

/** Every .txt under a folder. */
function textFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

function buildCorpus() {
  rmSync(OUT, { recursive: true, force: true });
  const articles = path.join(OUT, 'articles');
  mkdirSync(articles, { recursive: true });
  // Many articles: every MT output document, as separate files.
  const mt = textFiles(path.join(CORPUS, 'mt'));
  mt.forEach((file, i) => writeFileSync(path.join(articles, `${String(i).padStart(5, '0')}.txt`), readFileSync(file)));
  // One big file of ~10 MB: clean and MT documents, one after the other, a blank line between them.
  const sources = [...textFiles(path.join(CORPUS, 'clean')), ...mt];
  const parts = [];
  let size = 0;
  for (let i = 0; size < BIG_BYTES; i = (i + 1) % sources.length) {
    const text = readFileSync(sources[i], 'utf8');
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  writeFileSync(path.join(OUT, 'big.txt'), parts.join('\n\n'));
  writeMarkupCases(parts);
  // A 1 KB file of ordinary news text for start-up time.
  const first = readFileSync(textFiles(path.join(CORPUS, 'clean/original_en'))[0], 'utf8');
  writeFileSync(path.join(OUT, 'small.txt'), first.slice(0, first.lastIndexOf(' ', 1024)));
  return { articles, count: mt.length };
}

/**
 * The same documents as ~10 MB of HTML (each a page: a menu, an <article> of <p>s, a share bar) and of XLIFF 1.2 (each
 * paragraph a unit, its source the paragraph before it), for the input formats' cost against plain text.
 */
function writeMarkupCases(documents) {
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paragraphs = (doc) => doc.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const build = (head, tail, piece) => {
    const out = [head];
    let size = 0;
    for (let i = 0; size < BIG_BYTES; i = (i + 1) % documents.length) {
      out.push(piece(documents[i], i));
      size += Buffer.byteLength(out[out.length - 1]);
    }
    return out.join('') + tail;
  };
  const page = (doc) => `<nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>\n<article>\n${paragraphs(doc).map((p) => `<p>${escape(p)}</p>\n`).join('')}</article>\n<div class="share-bar"><a href="#">Share</a></div>\n`;
  writeFileSync(path.join(OUT, 'big.html'), build('<!DOCTYPE html>\n<html><body>\n', '</body></html>\n', page));
  const units = (doc, i) => paragraphs(doc).map((p, k, all) => `<trans-unit id="${i}-${k}"><source>${escape(all[k - 1] ?? p)}</source><target state="translated">${escape(p)}</target></trans-unit>\n`).join('');
  writeFileSync(path.join(OUT, 'big.xlf'), build('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="zh" target-language="en" datatype="plaintext" original="bench"><body>\n', '</body></file></xliff>\n', units));
}

const PIN = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '0'] : [];

/** Run the CLI pinned to one core when taskset exists; returns seconds, findings and peak RSS (when measured). */
function runCli(args, { measureMemory = true } = {}) {
  const rssFile = path.join(OUT, 'rss.txt');
  rmSync(rssFile, { force: true });
  // Peak memory comes from a small preload; start-up is timed without it, as users run mtlint.
  const preload = measureMemory ? ['--import', path.join(ROOT, 'bench/rss.mjs')] : [];
  const [cmd, ...rest] = [...PIN, process.execPath, ...preload, BIN, ...args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, rest, { env: { ...process.env, MTLINT_BENCH_RSS: rssFile, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`mtlint ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { seconds, findings: JSON.parse(r.stdout).summary, rssMiB: measureMemory ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN };
}

const megabytes = (p) => statSync(p).size / 1e6;
const { articles, count } = buildCorpus();
const articleBytes = readdirSync(articles).reduce((sum, f) => sum + statSync(path.join(articles, f)).size, 0) / 1e6;
const big = path.join(OUT, 'big.txt');

/** Times a case THROUGHPUT_RUNS times without the memory preload (as users run mtlint), then once more for its peak memory. */
function throughput(args) {
  const times = Array.from({ length: THROUGHPUT_RUNS }, () => runCli(args, { measureMemory: false }).seconds).sort((a, b) => a - b);
  const { findings, rssMiB } = runCli(args);
  return { seconds: times[Math.floor(THROUGHPUT_RUNS / 2)], min: times[0], max: times[THROUGHPUT_RUNS - 1], findings, rssMiB };
}

const many = throughput(['--format', 'json', articles]);
const single = throughput(['--format', 'json', big]);
const html = throughput(['--format', 'json', path.join(OUT, 'big.html')]);
const xliff = throughput(['--format', 'json', path.join(OUT, 'big.xlf')]);
const startups = Array.from({ length: STARTUP_RUNS }, () => runCli(['--format', 'json', path.join(OUT, 'small.txt')], { measureMemory: false }).seconds).sort((a, b) => a - b);
const median = startups[Math.floor(STARTUP_RUNS / 2)];

const rate = (mb, r) => `${(mb / r.seconds).toFixed(1)} MB/s (${(mb / r.max).toFixed(1)}–${(mb / r.min).toFixed(1)})`;
const rows = [
  ['many articles', `${count} files, ${articleBytes.toFixed(1)} MB`, rate(articleBytes, many), `${many.seconds.toFixed(2)} s`, `${many.rssMiB.toFixed(0)} MiB`],
  ['one big file', `${megabytes(big).toFixed(1)} MB`, rate(megabytes(big), single), `${single.seconds.toFixed(2)} s`, `${single.rssMiB.toFixed(0)} MiB`],
  ['one big HTML file', `${megabytes(path.join(OUT, 'big.html')).toFixed(1)} MB`, rate(megabytes(path.join(OUT, 'big.html')), html), `${html.seconds.toFixed(2)} s`, `${html.rssMiB.toFixed(0)} MiB`],
  ['one big XLIFF file', `${megabytes(path.join(OUT, 'big.xlf')).toFixed(1)} MB`, rate(megabytes(path.join(OUT, 'big.xlf')), xliff), `${xliff.seconds.toFixed(2)} s`, `${xliff.rssMiB.toFixed(0)} MiB`],
  ['start-up, 1 KB', `median of ${STARTUP_RUNS}`, '', `${(median * 1000).toFixed(0)} ms (min ${(startups[0] * 1000).toFixed(0)} ms)`, ''],
];
console.log(`mtlint benchmark (real CLI, --format json, one core; throughput: median of ${THROUGHPUT_RUNS} runs, range in brackets)\n`);
console.log(['case', 'input', 'throughput', 'time', 'peak memory'].join(' | '));
for (const row of rows) console.log(row.join(' | '));
console.log(`\nfindings: many articles ${JSON.stringify(many.findings)}; big file ${JSON.stringify(single.findings)}; HTML ${JSON.stringify(html.findings)}; XLIFF ${JSON.stringify(xliff.findings)}`);
console.log(`goals: ≥ 10 MB/s, start-up < 150 ms, peak memory < 200 MiB on the 10 MB file; HTML and XLIFF at least half the plain file's throughput`);

await benchLsp(articles, OUT, PIN);
