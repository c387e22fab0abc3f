// bench/mt-pages2 (a held-out set written by a helper who saw no detector) scores only if labels.jsonl matches its
// pages: bench/wild.mjs takes the first occurrence of a label's text in its line, so each label's text must occur in its
// line exactly once, and a furniture label must name its whole line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectPageLayout, loadLabelledPages } from './helpers/labelled-pages.js';

const DIR = path.resolve(import.meta.dirname, '../bench/mt-pages2');
const ARTIFACTS = ['sentence-break', 'punctuation', 'untranslated', 'split-name', 'preposition', 'truncation', 'doubled', 'glued', 'spacing', 'mojibake'];

const { pages, lines, labels } = loadLabelledPages(DIR);
const isOutOfScope = (kind: string) => /^out-of-scope:[a-z-]+$/.test(kind);

describe('bench/mt-pages2', () => {
  it('has one page per source language in each half (01–10 develop, 21–30 confirm), 10–20 lines, no blank line', () => {
    expectPageLayout(pages, lines, ['el', 'fa', 'hi', 'id', 'ja', 'nl', 'pl', 'sv', 'uk', 'vi']);
  });

  it('labels with the five fields and known kinds, on existing pages', () => {
    const bad = labels.filter(
      (l) =>
        !pages.includes(l.file) ||
        !Number.isInteger(l.line) ||
        typeof l.note !== 'string' ||
        !l.note ||
        !(ARTIFACTS.includes(l.kind) || l.kind === 'boilerplate' || isOutOfScope(l.kind)),
    );
    expect(bad).toEqual([]);
  });

  it('finds each label’s text exactly once in its line, and a furniture label’s text is its whole line', () => {
    const wrong = labels.filter((l) => {
      const line = lines.get(l.file)?.[l.line - 1];
      return line === undefined || !l.text || line.split(l.text).length !== 2 || (l.kind === 'boilerplate' && l.text !== line);
    });
    expect(wrong).toEqual([]);
  });

  it('gives every page 5–9 artifacts, 2–5 furniture lines and 1–3 out-of-scope labels', () => {
    for (const page of pages) {
      const own = labels.filter((l) => l.file === page);
      expect(own.filter((l) => ARTIFACTS.includes(l.kind)).length, page).toBeGreaterThanOrEqual(5);
      expect(own.filter((l) => ARTIFACTS.includes(l.kind)).length, page).toBeLessThanOrEqual(9);
      expect(own.filter((l) => l.kind === 'boilerplate').length, page).toBeGreaterThanOrEqual(2);
      expect(own.filter((l) => l.kind === 'boilerplate').length, page).toBeLessThanOrEqual(5);
      expect(own.filter((l) => isOutOfScope(l.kind)).length, page).toBeGreaterThanOrEqual(1);
      expect(own.filter((l) => isOutOfScope(l.kind)).length, page).toBeLessThanOrEqual(3);
    }
  });
});
