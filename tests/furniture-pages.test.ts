// The hand-made scraped pages of bench/ (development, confirmation and held-out sets) score only if labels.tsv labels every
// line of every page with the line's own text: a page edited without its labels would score the wrong lines.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const KINDS = new Set(['furniture', 'prose', 'headline', 'deck', 'subhead']);

describe.each(['furniture-pages', 'furniture-dev3', 'furniture-confirm', 'furniture-holdout'])('bench/%s', (set) => {
  const dir = path.resolve(import.meta.dirname, '../bench', set);
  const [header, ...rows] = readFileSync(path.join(dir, 'labels.tsv'), 'utf8').trimEnd().split('\n');
  const labels = rows.map((row) => row.split('\t'));

  it('has the five columns and known kinds', () => {
    expect(header).toBe('file\tline\tkind\tcategory\ttext');
    expect(labels.filter((l) => l.length !== 5 || !KINDS.has(l[2]) || !l[3])).toEqual([]);
  });

  it('labels every line of every page but the blank ones, in order, with that line’s text', () => {
    const pages = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    expect([...new Set(labels.map((l) => l[0]))].sort()).toEqual(pages);
    for (const page of pages) {
      const lines = readFileSync(path.join(dir, page), 'utf8').replace(/\n$/, '').split('\n');
      const own = labels.filter((l) => l[0] === page);
      expect(own.map((l) => [Number(l[1]), l[4]])).toEqual(lines.map((text, i) => [i + 1, text]).filter(([, text]) => text !== ''));
    }
  });
});
