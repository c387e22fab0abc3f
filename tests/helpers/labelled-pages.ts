// The invented page sets of bench/ (mt-pages, mt-pages2): their pages, lines and labels, and the layout both sets keep
// (one page per source language in each half, 10–20 lines, no blank line), for the tests that check labels and pages
// agree (bench/wild.mjs scores only a set whose labels match its text).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

export interface Label {
  file: string;
  line: number;
  text: string;
  kind: string;
  note: string;
}

/** A set's pages (sorted), each page's lines, and its labels. */
export function loadLabelledPages(dir: string): { pages: string[]; lines: Map<string, string[]>; labels: Label[] } {
  const pages = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const lines = new Map(pages.map((p) => [p, readFileSync(path.join(dir, p), 'utf8').replace(/\n$/, '').split('\n')]));
  const labels: Label[] = readFileSync(path.join(dir, 'labels.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  return { pages, lines, labels };
}

/** One page per language of `languages` in each half (01–10 develop, 21–30 confirm), 10–20 lines each, no blank line. */
export function expectPageLayout(pages: string[], lines: Map<string, string[]>, languages: string[]): void {
  const langs = (from: number, to: number) => pages.filter((p) => Number(p.slice(0, 2)) >= from && Number(p.slice(0, 2)) <= to).map((p) => p.split('_')[1]).sort();
  expect(langs(1, 10)).toEqual(languages);
  expect(langs(21, 30)).toEqual(langs(1, 10));
  expect(pages.length).toBe(20);
  for (const [page, text] of lines) {
    expect(text.length, page).toBeGreaterThanOrEqual(10);
    expect(text.length, page).toBeLessThanOrEqual(20);
    expect(text.filter((l) => !l.trim()), page).toEqual([]);
  }
}
