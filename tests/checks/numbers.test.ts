import { describe, expect, it } from 'vitest';
import { isRequired, numbersIn, sameNumber, writesOne } from '../../src/checks/numbers.js';

const values = (text: string) => numbersIn(text).map((n) => [n.written, n.values, Boolean(n.spelled)]);
const same = (a: string, b: string) => sameNumber(numbersIn(a)[0], numbersIn(b)[0]);

describe('numbers as written', () => {
  it('reads locale forms: a lone separator before three digits may group or mark decimals', () => {
    expect(values('3,5 and 1.234 and 1,234.5 and 1.234,5 and 1\u202f234\u202f567 (thin spaces)')).toEqual([
      ['3,5', [3.5], false],
      ['1.234', [1234, 1.234], false],
      ['1,234.5', [1234.5], false],
      ['1.234,5', [1234.5], false],
      ['1\u202f234\u202f567', [1234567], false],
    ]);
    expect(same('3,5', '3.5')).toBe(true);
    expect(same('1.234', '1,234')).toBe(true);
    expect(same('1.234', '1234')).toBe(true);
    expect(same('3.5', '35')).toBe(false);
  });

  it('multiplies by scale words, CJK ones without a space and before more CJK text', () => {
    expect(same('3万人', '30,000 people')).toBe(true);
    expect(same('3,5 млн', '3.5 million')).toBe(true);
    expect(same('315.1亿美元', '$31.51 billion')).toBe(true);
    expect(same('1,234.5 Mio', '1.234,5 million')).toBe(true);
    expect(same('3万', '3,000')).toBe(false);
  });

  it('finds numbers in CJK text; digits of a name are partners, never required', () => {
    const read = (text: string) => numbersIn(text).map((n) => [n.written, isRequired(n)]);
    expect(read('上涨了3%，G7峰会')).toEqual([['3', true], ['7', false]]);
    expect(read('COVID-19, Hwasong-17, post-90s, RM476.5, MP3')).toEqual([['19', false], ['17', false], ['90', true], ['476.5', true], ['3', false]]);
  });

  it('reads decades, ranges that share a scale word, and approximate Chinese numerals', () => {
    expect(same('80年代', 'the 1980s')).toBe(true);
    expect(same('80年代', 'the 1970s')).toBe(false);
    expect(values('1.27 and 2.5 million').map(([, v]) => v)).toEqual([[1.27, 1.27e6], [2.5e6]]);
    expect(values('一万六七千').map(([, v]) => v)).toEqual([[16000], [17000]]);
    expect(values('三亿五千万 十万').map(([, v]) => v)).toEqual([[3.5e8], [1e5]]);
    expect(values('26万亿元 500余万 3千米').map(([, v]) => v)).toEqual([[26e12], [5e6], [3]]);
    expect(same('九二共识', 'the 1992 consensus')).toBe(true);
  });

  it('reads multiples and fractions as numbers in words; the article is one only where a 1 asks', () => {
    expect(values('twice, tenfold, ten-fold, three and a half, a quarter of a million, a dog').map(([, v]) => v)).toEqual([[2], [10], [10], [3.5], [250000]]);
    expect([writesOne('a research institute'), writesOne('Vitamin A.')]).toEqual([true, false]);
    expect(values('10 Feb, Feb 10, the Feb').map(([w]) => w)).toEqual(['10', '10', 'Feb', 'Feb']);
  });

  it('reads numbers in words, marked as spelled: English words, ordinals, months, Chinese numerals', () => {
    expect(values('seven, twenty-five, two million, the fifth, Feb. 11, in May')).toEqual([
      ['11', [11], false],
      ['seven', [7], true],
      ['twenty-five', [25], true],
      ['two million', [2e6], true],
      ['fifth', [5], true],
      ['Feb', [2], true],
      ['May', [5], true],
    ]);
    expect(values('八百 十五 三千五百 两万 二〇二三').map(([, v]) => v)).toEqual([[800], [15], [3500], [20000], [2023]]);
  });
});
