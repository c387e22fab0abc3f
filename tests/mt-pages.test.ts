// bench/mt-pages scores only if labels.jsonl matches its pages: a page edited without its labels would score the wrong
// text (bench/wild.mjs takes the first occurrence of a label's text in its line), so each label's text must occur in its
// line exactly once.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectPageLayout, loadLabelledPages } from './helpers/labelled-pages.js';

const DIR = path.resolve(import.meta.dirname, '../bench/mt-pages');
const IN_SCOPE = ['sentence-break', 'punctuation', 'untranslated', 'split-name', 'preposition', 'truncation', 'doubled', 'glued', 'spacing', 'boilerplate'];

const { pages, lines, labels } = loadLabelledPages(DIR);

describe('bench/mt-pages', () => {
  it('has one page per source language in each half (01–10 develop, 21–30 confirm), 10–20 lines, no blank line', () => {
    expectPageLayout(pages, lines, ['ar', 'de', 'es', 'fr', 'it', 'ko', 'pt', 'ru', 'tr', 'zh']);
  });

  it('labels with the five fields and known kinds', () => {
    const bad = labels.filter(
      (l) => typeof l.note !== 'string' || !l.note || !(IN_SCOPE.includes(l.kind) || /^out-of-scope:[a-z-]+$/.test(l.kind)),
    );
    expect(bad).toEqual([]);
  });

  it('finds each label’s text exactly once in its line', () => {
    const wrong = labels.filter((l) => {
      const line = lines.get(l.file)?.[l.line - 1];
      return line === undefined || !l.text || line.split(l.text).length !== 2;
    });
    expect(wrong).toEqual([]);
  });

  it('gives every page 4–8 in-scope artifacts besides its furniture lines', () => {
    for (const page of pages) {
      const own = labels.filter((l) => l.file === page && IN_SCOPE.includes(l.kind) && l.kind !== 'boilerplate');
      expect(own.length, page).toBeGreaterThanOrEqual(4);
      expect(own.length, page).toBeLessThanOrEqual(8);
    }
  });
});
