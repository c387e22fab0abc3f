// bench/mt-pages scores only if labels.jsonl matches its pages: a page edited without its labels would score the wrong
// text (bench/wild.mjs takes the first occurrence of a label's text in its line), so each label's text must occur in its
// line exactly once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../bench/mt-pages');
const IN_SCOPE = ['sentence-break', 'punctuation', 'untranslated', 'split-name', 'preposition', 'truncation', 'doubled', 'glued', 'spacing', 'boilerplate'];

interface Label {
  file: string;
  line: number;
  text: string;
  kind: string;
  note: string;
}

const pages = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const lines = new Map(pages.map((p) => [p, readFileSync(path.join(DIR, p), 'utf8').replace(/\n$/, '').split('\n')]));
const labels: Label[] = readFileSync(path.join(DIR, 'labels.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));

describe('bench/mt-pages', () => {
  it('has one page per source language in each half (01–10 develop, 21–30 confirm), 10–20 lines, no blank line', () => {
    const langs = (from: number, to: number) => pages.filter((p) => Number(p.slice(0, 2)) >= from && Number(p.slice(0, 2)) <= to).map((p) => p.split('_')[1]).sort();
    expect(langs(1, 10)).toEqual(['ar', 'de', 'es', 'fr', 'it', 'ko', 'pt', 'ru', 'tr', 'zh']);
    expect(langs(21, 30)).toEqual(langs(1, 10));
    expect(pages.length).toBe(20);
    for (const [page, text] of lines) {
      expect(text.length, page).toBeGreaterThanOrEqual(10);
      expect(text.length, page).toBeLessThanOrEqual(20);
      expect(text.filter((l) => !l.trim()), page).toEqual([]);
    }
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
