// Furniture recall on a directory of hand-made scraped pages (see each one's README), and prose lines flagged:
// bench/furniture-pages and bench/furniture-dev3 (used in development), bench/furniture-confirm (written held out, its misses since seen)
// or bench/furniture-holdout (held out: totals only, never its misses).
// Run alone with `node bench/furniture.mjs [--dir furniture-confirm] [--misses]` (after `npm run build`),
// or as part of `npm run eval`, which scores all three.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The page sets, as directory names under bench/. */
export const FURNITURE_SETS = { development: 'furniture-pages', development3: 'furniture-dev3', confirm: 'furniture-confirm', heldOut: 'furniture-holdout' };

/**
 * Score `lint(text, file)` (findings with offsets) on the pages of `bench/<dir>`;
 * returns { found, total, flaggedProse, proseLines, byForm, misses, flaggedLines }.
 */
export function scoreFurniture(lint, dir = FURNITURE_SETS.development) {
  const DIR = path.resolve(import.meta.dirname, dir);
  const labels = readFileSync(path.join(DIR, 'labels.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const result = { found: 0, total: 0, flaggedProse: 0, proseLines: 0, byForm: new Map(), misses: [], flaggedLines: [] };
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const furniture = lint(text, file).filter((f) => f.rule.startsWith('furniture/') || f.rule === 'encoding/html-remnant');
    const flagged = (line) => {
      const [start, end] = [starts[line - 1], (starts[line] ?? text.length + 1) - 1];
      return furniture.some((f) => f.offset < end && start < f.offset + Math.max(1, f.length));
    };
    for (const [name, line, kind, form, shown] of labels.filter((l) => l[0] === file)) {
      const hit = flagged(Number(line));
      if (kind === 'furniture') {
        const row = result.byForm.get(form) ?? [0, 0];
        result.byForm.set(form, [row[0] + Number(hit), row[1] + 1]);
        result.total++;
        if (hit) result.found++;
        else result.misses.push(`${name}:${line}\t${form}\t${shown}`);
      } else {
        result.proseLines++;
        if (hit) {
          result.flaggedProse++;
          result.flaggedLines.push(`${name}:${line}\t${kind}\t${shown}`);
        }
      }
    }
  }
  return result;
}

/** One sentence of a `scoreFurniture` result: lines found and non-furniture lines flagged. */
export const summarizeFurniture = (r) =>
  `furniture lines found ${r.found} of ${r.total} (${((100 * r.found) / r.total).toFixed(1)} %); prose, headline and deck lines flagged ${r.flaggedProse} of ${r.proseLines}`;

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { compileRules, lintText } = await import('../dist/index.js');
  const { loadBuiltInRules } = await import('./built-in-rules.mjs');
  const compiled = compileRules(await loadBuiltInRules());
  const dirAt = process.argv.indexOf('--dir');
  const dir = dirAt === -1 ? FURNITURE_SETS.development : process.argv[dirAt + 1];
  if (!dir || !existsSync(path.resolve(import.meta.dirname, dir, 'labels.tsv'))) {
    console.error(`furniture: --dir needs a directory under bench/ with a labels.tsv (${Object.values(FURNITURE_SETS).join(' or ')})`);
    process.exit(2);
  }
  const misses = process.argv.includes('--misses');
  // A held-out set measures what carries over only while nobody developing detectors has seen its misses.
  if (misses && path.basename(path.resolve(import.meta.dirname, dir)) === FURNITURE_SETS.heldOut) {
    console.error(`furniture: bench/${dir} is held out, so only its totals are printed (see its README); run without --misses`);
    process.exit(2);
  }
  const r = scoreFurniture((text) => lintText(text, compiled), dir);
  console.log(`bench/${dir}: ${summarizeFurniture(r)}`);
  for (const [form, [hit, n]] of [...r.byForm].sort((a, b) => b[1][1] - a[1][1])) console.log(`  ${form.padEnd(12)} ${hit}/${n}`);
  if (misses) console.log(['', 'missed:', ...r.misses, '', 'prose, headline and deck lines flagged:', ...r.flaggedLines].join('\n'));
}
