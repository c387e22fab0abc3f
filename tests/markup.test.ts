import { describe, expect, it } from 'vitest';
import { blank, cutsInto, formatOf, nonProse, touches } from '../src/markup.js';

/** The non-prose stretches of a text, as the text they cover. */
const stretches = (text: string, format: 'text' | 'markdown' = 'markdown') => nonProse(text, format).map(([s, e]) => text.slice(s, e));

describe('markup', () => {
  it('tells Markdown by the extension', () => {
    expect(['a.md', 'a.MARKDOWN', 'a.mdx', 'a.txt', '<stdin>'].map(formatOf)).toEqual(['markdown', 'markdown', 'markdown', 'text', 'text']);
  });

  it('finds front matter, fenced code, code spans, comments, tags and link destinations in Markdown', () => {
    const text = '---\ntitle: the the\n---\n\nSee `a ,b` and <b>bold</b>.\n\n```js\nx ,y\n```\n\n[the site](https://x.org/a,,b "T") <!-- note -->\n\n[id]: https://y.org\n';
    expect(stretches(text)).toEqual(['---\ntitle: the the\n---\n', '`a ,b`', '<b>', '</b>', '```js\nx ,y\n```\n', '(https://x.org/a,,b "T")', '<!-- note -->', '[id]: https://y.org']);
  });

  it('keeps mtlint directives readable, and a code span inside its paragraph', () => {
    expect(stretches('a <!-- mtlint-disable-line --> b')).toEqual([]);
    expect(stretches('a `b\n\nc` d')).toEqual([]);
  });

  it('finds web and e-mail addresses in any text, without the mark that ends the sentence', () => {
    expect(stretches('See https://example.com/a,b. Or www.example.org, or mail press@example.com.', 'text')).toEqual(['https://example.com/a,b', 'www.example.org', 'press@example.com']);
    expect(stretches('Use `code` here.', 'text')).toEqual([]);
  });

  it('blanks stretches keeping length and line breaks, and tells what cuts into them', () => {
    expect(blank('ab\r\ncd ef', [[1, 6]])).toBe('a \r\n   ef');
    const ranges: [number, number][] = [[2, 4], [8, 9]];
    const cases: [number, number][] = [[0, 2], [3, 5], [4, 8], [8, 8], [9, 12], [1, 5], [0, 10]];
    expect(cases.map(([s, e]) => touches(ranges, s, e))).toEqual([false, true, false, true, false, true, true]);
    expect(cases.map(([s, e]) => cutsInto(ranges, s, e))).toEqual([false, true, false, true, false, false, false]);
  });
});
