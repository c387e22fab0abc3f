// Golden tests: each sample's findings and fixed text are exactly the committed ones (run() in this process, as the CLI
// runs it).
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { lintInProcess } from './helpers/in-process.js';
import { tempDir } from './helpers/temp.js';

const samples = readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.txt') && !f.endsWith('.fixed.txt'));

describe.each(samples)('samples/%s', (sample) => {
  const base = path.join(ROOT, 'samples', sample.replace(/\.txt$/, ''));

  it('reports exactly the golden findings', async () => {
    const result = await lintInProcess([`samples/${sample}`], { format: 'json', cwd: ROOT });
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(readFileSync(`${base}.json`, 'utf8')));
  });

  it('fixes to exactly the golden fixed text, which holds only findings without a safe fix', async () => {
    const dir = tempDir('mtlint-sample-');
    copyFileSync(`${base}.txt`, path.join(dir, sample));
    await lintInProcess([sample], { fix: true, format: 'json', cwd: dir });
    expect(readFileSync(path.join(dir, sample), 'utf8')).toBe(readFileSync(`${base}.fixed.txt`, 'utf8'));
    const remaining = JSON.parse((await lintInProcess([sample], { format: 'json', cwd: dir })).stdout).files[0].findings;
    expect(remaining.filter((f: { fix: unknown }) => f.fix !== null)).toEqual([]);
  });
});

describe('the seed article', () => {
  const findings = JSON.parse(readFileSync(path.join(ROOT, 'samples/xi-kazakhstan-sco.json'), 'utf8')).files[0].findings as { line: number; rule: string }[];

  it('has every artifact of ARTIFACTS.md at its line and nothing else', () => {
    expect(findings.map((f) => [f.line, f.rule])).toEqual([
      [3, 'repetition/doubled-word'],
      [5, 'attribution/split-name'],
      [11, 'attribution/garbled-preposition'],
      [19, 'word-order/postposed-adjective'],
      [21, 'truncation/truncated-word'],
      [25, 'truncation/truncated-word'],
      [33, 'spacing/space-before-punctuation'],
      [35, 'sentence/lowercase-after-stop'],
      [40, 'furniture/trailing-block'],
    ]);
  });
});
