import { describe, expect, it } from 'vitest';
import { blank, cutsInto, nonProse, touches } from '../src/markup.js';

/** The non-prose stretches of a text, as the text they cover. */
const stretches = (text: string) => nonProse(text).map(([s, e]) => text.slice(s, e));

describe('markup', () => {
  it('finds web and e-mail addresses in any text, without the mark that ends the sentence', () => {
    expect(stretches('See https://example.com/a,b. Or www.example.org, or mail press@example.com.')).toEqual(['https://example.com/a,b', 'www.example.org', 'press@example.com']);
    expect(stretches('详见 https://example.cn/report。')).toEqual(['https://example.cn/report']);
    expect(stretches('Use `code` here.')).toEqual([]);
  });

  it('blanks stretches keeping length and line breaks, and tells what cuts into them', () => {
    expect(blank('ab\r\ncd ef', [[1, 6]])).toBe('a \r\n   ef');
    const ranges: [number, number][] = [[2, 4], [8, 9]];
    const cases: [number, number][] = [[0, 2], [3, 5], [4, 8], [8, 8], [9, 12], [1, 5], [0, 10]];
    expect(cases.map(([s, e]) => touches(ranges, s, e))).toEqual([false, true, false, true, false, true, true]);
    expect(cases.map(([s, e]) => cutsInto(ranges, s, e))).toEqual([false, true, false, true, false, false, false]);
  });
});
