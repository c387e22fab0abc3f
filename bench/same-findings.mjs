// Whether a change kept every finding: `node bench/same-findings.mjs save DIR` writes this build's JSON reports on the
// corpora to DIR; `node bench/same-findings.mjs check DIR` lints them again and compares, byte for byte, each report
// (the bench's articles and 10 MiB file, plain, HTML and XLIFF, samples/, and the shared corpus: clean, mt, wild-dev).
// Speed work (issue 15) must leave every report identical. Needs `npm run build` and the bench's files (npm run bench).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(ROOT, process.env.MTLINT_CORPUS ?? '../shared/corpus');
const [mode, dir] = process.argv.slice(2);
if (!['save', 'check'].includes(mode) || !dir) {
  console.error('usage: node bench/same-findings.mjs save|check DIR');
  process.exit(2);
}
const inputs = {
  articles: 'bench/out/articles',
  big: 'bench/out/big.txt',
  'big-html': 'bench/out/big.html',
  'big-xliff': 'bench/out/big.xlf',
  samples: 'samples',
  clean: path.join(CORPUS, 'clean'),
  mt: path.join(CORPUS, 'mt'),
  'wild-dev': path.join(CORPUS, 'wild-dev'),
};
mkdirSync(dir, { recursive: true });
let differ = 0;
for (const [name, input] of Object.entries(inputs)) {
  if (!existsSync(path.resolve(ROOT, input))) {
    console.error(`${name}: ${input} not found`);
    process.exit(2);
  }
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/mtlint'), '--format', 'json', input], { cwd: ROOT, maxBuffer: 1 << 30 });
  if (![0, 1].includes(r.status)) throw new Error(`${name}: exit ${r.status}: ${r.stderr}`);
  const file = path.join(dir, `${name}.json`);
  if (mode === 'save') {
    writeFileSync(file, r.stdout);
    console.log(`${name}: saved (${r.stdout.length} bytes)`);
  } else {
    const same = readFileSync(file).equals(r.stdout);
    if (!same) differ++;
    console.log(`${name}: ${same ? 'identical' : 'DIFFERENT'}`);
  }
}
if (differ) process.exit(1);
