// Furniture recall on the hand-made scraped pages of bench/furniture-pages (see its README), and prose lines flagged.
// Run alone with `node bench/furniture.mjs` (after `npm run build`), or as part of `npm run eval`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const DIR = path.resolve(import.meta.dirname, 'furniture-pages');

/** Score `lint(text, file)` (findings with offsets) on the pages; returns { found, total, flaggedProse, proseLines, byForm }. */
export function scoreFurniture(lint) {
  const labels = readFileSync(path.join(DIR, 'labels.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const result = { found: 0, total: 0, flaggedProse: 0, proseLines: 0, byForm: new Map(), misses: [] };
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
        if (hit) result.flaggedProse++;
      }
    }
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { compileRules, lintText } = await import('../dist/index.js');
  const { loadBuiltInRules } = await import('./built-in-rules.mjs');
  const compiled = compileRules(await loadBuiltInRules());
  const r = scoreFurniture((text) => lintText(text, compiled));
  console.log(`furniture lines found: ${r.found} of ${r.total} (${((100 * r.found) / r.total).toFixed(1)} %); prose, headline and deck lines flagged: ${r.flaggedProse} of ${r.proseLines}`);
  for (const [form, [hit, n]] of [...r.byForm].sort((a, b) => b[1][1] - a[1][1])) console.log(`  ${form.padEnd(12)} ${hit}/${n}`);
  if (process.argv.includes('--misses')) console.log(r.misses.join('\n'));
}
