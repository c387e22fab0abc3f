// The hand-made bilingual check set (tests/fixtures/bilingual/news-zh-en.xlf, a CAT tool's XLIFF 1.2): every unit's
// id names the check it is about, `.t` for a case the check must report and `.f` for one it must not; a unit is
// reported by exactly the checks its id names, so a check that fires elsewhere in the file fails the test too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRules, lintSource } from '../../src/engine.js';
import { parseGlossary, withGlossary } from '../../src/glossary.js';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';

const DIR = path.resolve(import.meta.dirname, '../fixtures/bilingual');
const xliff = readFileSync(path.join(DIR, 'news-zh-en.xlf'), 'utf8');
const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
const glossary = parseGlossary(readFileSync(path.join(DIR, 'desk-glossary.csv'), 'utf8'), 'desk-glossary.csv');
const bilingual = compileRules(withGlossary(rules.filter((r) => r.id.startsWith('bilingual/')), glossary));
const RULE_OF_CHECK: Record<string, string> = { empty: 'bilingual/empty-target', codes: 'bilingual/inline-codes' };
const ruleOf = (check: string) => RULE_OF_CHECK[check] ?? `bilingual/${check}`;
/** The unit a finding names at the end of its message: `(source at 12:67, unit numbers.t1)`. */
const unitOf = (message: string) => /, unit ([^)]+)\)$/.exec(message)![1];

describe('the bilingual check set', () => {
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
  const found = new Map<string, string[]>(units.map((id) => [id, []]));
  for (const f of lintSource(xliff, bilingual, 'news-zh-en.xlf')) found.get(unitOf(f.message))!.push(f.rule);

  it('holds at least 3 true and 3 false cases of every check', () => {
    const checks = ['numbers', 'addresses', 'codes', 'names', 'untranslated', 'empty', 'inconsistent', 'length', 'glossary'];
    for (const check of checks) {
      expect(units.filter((id) => id.startsWith(`${check}.t`)).length, check).toBeGreaterThanOrEqual(3);
      expect(units.filter((id) => id.startsWith(`${check}.f`)).length, check).toBeGreaterThanOrEqual(3);
    }
  });

  it('reports each true case with its check, once, and nothing else anywhere', () => {
    const expected = new Map(units.map((id) => [id, id.includes('.t') ? [ruleOf(id.split('.')[0])] : []]));
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(expected));
  });

  it('places every finding on its unit’s target, or on its source when the target is empty, with the source as related span', () => {
    for (const f of lintSource(xliff, bilingual, 'news-zh-en.xlf')) {
      const id = unitOf(f.message);
      const unit = xliff.slice(xliff.indexOf(`<trans-unit id="${id}"`), xliff.indexOf('</trans-unit>', xliff.indexOf(`<trans-unit id="${id}"`)));
      const source = unit.slice(unit.indexOf('<source'), unit.indexOf('</source>'));
      expect(source).toContain(xliff.slice(f.related!.offset, f.related!.offset + f.related!.length));
      expect(unit).toContain(xliff.slice(f.offset, f.offset + f.length));
    }
  });
});

describe('alignment of an article with its original (--source)', () => {
  const alignment = compileRules(rules.filter((r) => r.id === 'bilingual/alignment'));
  const pairs: [string, string, boolean][] = [
    // Merged, split and dropped paragraphs: reported.
    ['The board met on Monday, and sales fell 21%.\n', '董事会周一召开会议。\n\n销售额下降21%。\n', true],
    ['The board met.\n\nIt met on Monday.\n\nSales fell 21%.\n', '董事会周一召开会议。\n\n销售额下降21%。\n', true],
    ['Sales fell 21%.\n', '董事会周一召开会议。\n\n销售额下降21%。\n\n分析人士表示担忧。\n', true],
    // As many paragraphs: not reported, whatever the line breaks inside them and the blank lines between.
    ['The board met on Monday.\n\nSales fell 21%.\n', '董事会周一召开会议。\n\n销售额下降21%。\n', false],
    ['The board met\non Monday.\n\n\n\nSales fell 21%.', '董事会周一召开会议。\n\n销售额下降21%。\n', false],
    ['One paragraph only.\n', '只有一段。\n', false],
  ];
  it.each(pairs)('%j against its original: reported %s', (article, original, reported) => {
    const found = lintSource(article, alignment, 'article.txt', 'text', { original: { path: 'original.txt', text: original } });
    expect(found.map((f) => f.rule)).toEqual(reported ? ['bilingual/alignment'] : []);
  });
});
