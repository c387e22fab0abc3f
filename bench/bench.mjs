// npm run bench: mtlint against a naive regex scanner on the same files in the same run, as ratios.
// Machines are shared and noisy, so each case alternates the two commands (A B, B A, A B, ...) and reports the
// median of the per-round ratios: both sides of a ratio saw the same load. Absolute times are printed for context only.
//   BENCH_ROUNDS=n   rounds per throughput case (default 5); start-up runs 3× as many.
//   MTLINT_CORPUS, MTLINT_NAIVE   the corpus folder and the naive scanner (defaults: ../shared/...).
//   MTLINT_BIN       the mtlint executable to measure (default: this checkout's bin/mtlint), e.g. an installed copy.
//   BENCH_BIG_DIR=0  leaves out the peak RSS on ~100 MB of articles in a folder (one run of ~40 s).
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { benchLsp } from './lsp.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(ROOT, process.env.MTLINT_CORPUS ?? '../shared/corpus');
const NAIVE = path.resolve(ROOT, process.env.MTLINT_NAIVE ?? '../shared/bench/naive-scanner.mjs');
const BIN = path.resolve(process.env.MTLINT_BIN ?? path.join(ROOT, 'bin/mtlint'));
const OUT = path.join(ROOT, 'bench/out');
const BIG_BYTES = 10 * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

for (const [what, p] of [['corpus', CORPUS], ['naive scanner', NAIVE], ['mtlint', BIN]]) {
  if (!existsSync(p)) {
    console.error(`bench: ${what} not found at ${p}`);
    process.exit(2);
  }
}

/** Every .txt under a folder. */
function textFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
}

function buildCorpus() {
  rmSync(OUT, { recursive: true, force: true });
  const articles = path.join(OUT, 'articles');
  mkdirSync(articles, { recursive: true });
  // Many articles: every MT output document, as separate files in one folder (the naive scanner does not recurse).
  const mt = textFiles(path.join(CORPUS, 'mt'));
  mt.forEach((file, i) => writeFileSync(path.join(articles, `${String(i).padStart(5, '0')}.txt`), readFileSync(file)));
  // One big file of ~10 MiB: clean and MT documents, one after the other, a blank line between them.
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

// Both sides of every ratio run on the same single core when taskset exists: a fair, steadier comparison.
const PIN = spawnSync('taskset', ['--version']).status === 0 ? ['taskset', '-c', '0'] : [];
const RSS_PRELOAD = path.join(ROOT, 'bench/rss.mjs');

/**
 * Runs `node [--import rss.mjs] ...args` and returns its wall time in seconds (and peak RSS in MiB when asked).
 * The preload that reads the peak RSS is left out of timed runs, as users run without it.
 */
function timeNode(args, { rss = false, ok = [0] } = {}) {
  const rssFile = path.join(OUT, 'rss.txt');
  rmSync(rssFile, { force: true });
  const [cmd, ...rest] = [...PIN, process.execPath, ...(rss ? ['--import', RSS_PRELOAD] : []), ...args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, rest, { env: { ...process.env, MTLINT_BENCH_RSS: rssFile, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!ok.includes(r.status)) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { seconds, stdout: r.stdout, rssMiB: rss ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Alternates `ours` and `theirs` for `rounds` rounds (the order flips each round) and returns the median of the
 * per-round ratios theirs ÷ ours of the times — ours' throughput ÷ theirs' — with the median times.
 */
function interleaved(ours, theirs, rounds, before = () => {}) {
  const ratios = [];
  const oursTimes = [];
  const theirsTimes = [];
  for (let i = 0; i < rounds; i++) {
    before();
    let a;
    let b;
    if (i % 2 === 0) {
      a = ours();
      b = theirs();
    } else {
      b = theirs();
      a = ours();
    }
    oursTimes.push(a);
    theirsTimes.push(b);
    ratios.push(b / a);
  }
  return { ratio: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios), ours: median(oursTimes), theirs: median(theirsTimes) };
}

/**
 * mtlint installed from its package (npm pack, then npm install from the tarball, offline: its dependencies are in
 * npm's cache after npm ci) into bench/out; undefined, with the reason printed, when that fails.
 */
function installedCopy() {
  const into = path.join(OUT, 'installed');
  mkdirSync(into, { recursive: true });
  const npm = (args, cwd) => spawnSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' });
  const pack = npm(['pack', '--ignore-scripts', '--pack-destination', into], ROOT); // built already by npm run bench
  const tarball = pack.status === 0 && path.join(into, pack.stdout.trim().split('\n').pop());
  writeFileSync(path.join(into, 'package.json'), '{"name":"mtlint-bench-install","private":true}\n');
  const install = tarball && npm(['install', '--offline', '--ignore-scripts', tarball], into);
  const bin = path.join(into, 'node_modules/mtlint/bin/mtlint');
  if (install?.status === 0 && existsSync(bin)) return bin;
  console.error(`bench: could not install the package (${(install || pack).stderr.trim().split('\n')[0]}); start-up is measured on this checkout`);
  return undefined;
}

/** Copies of the articles (hard links where the file system allows) in subfolders, up to about `bytes`. */
function articleCopies(from, bytes) {
  const dir = path.join(OUT, 'articles-copies');
  const names = readdirSync(from);
  const size = names.reduce((sum, f) => sum + statSync(path.join(from, f)).size, 0);
  const copies = Math.max(1, Math.round(bytes / size));
  for (let c = 0; c < copies; c++) {
    const sub = path.join(dir, String(c).padStart(3, '0'));
    mkdirSync(sub, { recursive: true });
    for (const f of names) {
      try {
        linkSync(path.join(from, f), path.join(sub, f));
      } catch {
        writeFileSync(path.join(sub, f), readFileSync(path.join(from, f)));
      }
    }
  }
  return { dir, megabytes: (copies * size) / 1e6 };
}

/** Whether this mtlint has --cache and --cache-strategy (the bench also measures older builds). */
const help = String(timeNode([BIN, '--help']).stdout);
const hasCache = help.includes('--cache');
const hasCacheStrategy = help.includes('--cache-strategy');

const { articles, count } = buildCorpus();
const big = path.join(OUT, 'big.txt');
const small = path.join(OUT, 'small.txt');
const articleMB = readdirSync(articles).reduce((sum, f) => sum + statSync(path.join(articles, f)).size, 0) / 1e6;
const bigMB = statSync(big).size / 1e6;
// mtlint exits 1 when it finds errors; its report is JSON, as a tool would read it. The naive scanner prints totals.
const mtlint = (input, extra = []) => () => timeNode([BIN, '--format', 'json', ...extra, input], { ok: [0, 1] }).seconds;
const naive = (input) => () => timeNode([NAIVE, '--count', input]).seconds;

const cacheDir = mkdtempSync(path.join(tmpdir(), 'mtlint-bench-cache-'));
const rows = [];
const row = (name, input, r, unit = 'throughput') => rows.push([name, input, `${r.ratio.toFixed(2)}×`, `${r.low.toFixed(2)}–${r.high.toFixed(2)}`, `${r.ours.toFixed(3)} s`, `${r.theirs.toFixed(3)} s`, unit]);

const manyInput = `${count} files, ${articleMB.toFixed(1)} MB`;
const bigInput = `1 file, ${bigMB.toFixed(1)} MB`;
row('many articles, cold', manyInput, interleaved(mtlint(articles), naive(articles), ROUNDS));
row('one big file, cold', bigInput, interleaved(mtlint(big), naive(big), ROUNDS));
// The same documents as HTML pages and as XLIFF units: mtlint reads the prose out of the markup, the naive scanner
// scans the file as it is.
const formatRows = [];
for (const [name, file] of [['one big HTML file, cold', path.join(OUT, 'big.html')], ['one big XLIFF file, cold', path.join(OUT, 'big.xlf')]]) {
  const input = `1 file, ${(statSync(file).size / 1e6).toFixed(1)} MB`;
  row(name, input, interleaved(mtlint(file), naive(file), ROUNDS));
  // mtlint's own throughput on the format against plain text, MB per second each (goal: at least half).
  const r = interleaved(mtlint(file), mtlint(big), ROUNDS);
  const perMB = statSync(file).size / statSync(big).size;
  formatRows.push([`${name.replace(', cold', '')} ÷ plain text`, input, `${(r.ratio * perMB).toFixed(2)}×`, `${(r.low * perMB).toFixed(2)}–${(r.high * perMB).toFixed(2)}`, `${r.ours.toFixed(3)} s`, `${r.theirs.toFixed(3)} s`, 'MB/s of mtlint on big.txt']);
}
rows.push(...formatRows);
if (hasCache) {
  // Repeat runs: the cache is filled once, then every timed run finds all files unchanged. With the default strategy
  // (metadata: the files' sizes and times, the files written over 2 s before the cache is filled, so trusted), and
  // with --cache-strategy content (every file read and hashed) on the articles.
  const cases = [['many articles, cached', articles, manyInput, []], ['one big file, cached', big, bigInput, []]];
  if (hasCacheStrategy) cases.push(['many articles, cached, content', articles, manyInput, ['--cache-strategy', 'content']]);
  for (const [name, input, label, strategy] of cases) {
    const location = path.join(cacheDir, path.basename(input));
    const cached = mtlint(input, ['--cache', '--cache-location', location, ...strategy]);
    cached();
    row(name, label, interleaved(cached, naive(input), ROUNDS));
  }
}
// Start-up: mtlint on 1 KB against bare node; the ratio is mtlint's time ÷ node's (lower is better). Measured on a copy
// installed from the package, as users run it (the checkout's own files differ: sources beside the bundle).
const installed = process.env.MTLINT_BIN ? undefined : installedCopy();
const startupBin = installed ?? BIN;
const startup = interleaved(() => timeNode(['-e', '']).seconds, () => timeNode([startupBin, '--format', 'json', small], { ok: [0, 1] }).seconds, ROUNDS * 3);
rows.push([`start-up, 1 KB${installed ? ', installed' : ''}`, 'vs node -e ""', `${startup.ratio.toFixed(2)}×`, `${startup.low.toFixed(2)}–${startup.high.toFixed(2)}`, `${startup.theirs.toFixed(3)} s`, `${startup.ours.toFixed(3)} s`, 'time ÷ bare node']);
rmSync(cacheDir, { recursive: true, force: true });

const memory = [
  ['many articles', timeNode([BIN, '--format', 'json', articles], { rss: true, ok: [0, 1] }).rssMiB, timeNode([NAIVE, '--count', articles], { rss: true }).rssMiB],
  ['one big file', timeNode([BIN, '--format', 'json', big], { rss: true, ok: [0, 1] }).rssMiB, timeNode([NAIVE, '--count', big], { rss: true }).rssMiB],
];
// ~100 MB of articles in a folder (the articles again and again, hard links): the run's memory stays that of a batch.
// The naive scanner reads one folder level only, so it has no number here.
if (process.env.BENCH_BIG_DIR !== '0') {
  const { dir, megabytes } = articleCopies(articles, 100e6);
  memory.push([`${megabytes.toFixed(0)} MB folder`, timeNode([BIN, '--format', 'json', dir], { rss: true, ok: [0, 1] }).rssMiB, NaN]);
}

console.log(`mtlint ÷ naive scanner (${path.relative(process.cwd(), NAIVE) || NAIVE}), same files, same run, ${PIN.length ? 'one core' : 'unpinned'};`);
console.log(`median of ${ROUNDS} alternating rounds (start-up ${ROUNDS * 3}); ratio > 1 means mtlint is faster, except start-up.${hasCache ? '' : ' (no --cache in this build)'}\n`);
const header = ['case', 'input', 'ratio', 'range', 'mtlint', 'other', 'ratio of'];
const table = [header, ...rows];
const widths = header.map((_, c) => Math.max(...table.map((r) => r[c].length)));
for (const r of table) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd());
console.log('\npeak RSS      mtlint     naive');
for (const [name, ours, theirs] of memory) console.log(`${name.padEnd(14)}${`${ours.toFixed(0)} MiB`.padEnd(11)}${Number.isNaN(theirs) ? '–' : `${theirs.toFixed(0)} MiB`}`);
console.log('\ngoals (issue 15): many ≥ 1.5×, big ≥ 2×, cached ≥ 3×, start-up ≤ 1.5× (installed), peak RSS ≤ 100 MiB on 10 MiB, ≤ 250 MiB on 100 MB');
console.log('goals (issue 16): HTML and XLIFF ÷ plain text ≥ 0.5× (MB/s)');

await benchLsp(articles, OUT, PIN);
