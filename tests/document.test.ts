import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isSpaceCode, wordsIn } from '../src/document.js';

describe('Document', () => {
  it('maps offsets to 1-based lines and UTF-16 columns', () => {
    const doc = new Document('ab\ncd 😀x\r\nlast');
    expect(doc.position(0)).toEqual({ line: 1, column: 1 });
    expect(doc.position(3)).toEqual({ line: 2, column: 1 });
    expect(doc.position(8)).toEqual({ line: 2, column: 6 }); // after the surrogate pair
    expect(doc.position(doc.text.length)).toEqual({ line: 3, column: 5 });
  });

  it('splits lines without their terminators, CRLF included', () => {
    const doc = new Document('one\r\ntwo\nthree');
    expect(doc.lines.map((l) => doc.text.slice(l.start, l.end))).toEqual(['one', 'two', 'three']);
  });

  it('finds paragraphs between blank lines', () => {
    const doc = new Document('a\nb\n\n  \nc\n');
    expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual(['a\nb', 'c']);
    expect(doc.paragraphAt(4)).toBeUndefined();
    expect(doc.paragraphAt(1)).toEqual({ start: 0, end: 3 });
    const unicodeBlank = new Document('a\n\u00A0\u3000\t\nb\n\u200Bc');
    expect(unicodeBlank.paragraphs.map((p) => unicodeBlank.text.slice(p.start, p.end))).toEqual(['a', 'b\n\u200Bc']); // a zero-width space is no space
  });

  it('tokenizes words with inner apostrophes and counts the vocabulary', () => {
    const doc = new Document('Xi’s visit, Xi’s plan: don\'t 2024! Ünïcödé—ok');
    expect(Array.from({ length: doc.words.count }, (_, i) => doc.word(i))).toEqual(['Xi’s', 'visit', 'Xi’s', 'plan', "don't", '2024', 'Ünïcödé', 'ok']);
    expect(doc.vocabulary.get('xi’s')).toBe(2);
  });

  it('tokenizes any text as the regex of its definition does', () => {
    const reference = (text: string) => Array.from(text.matchAll(/[\p{L}\p{N}]+(?:['’]\p{L}[\p{L}\p{N}]*)*/gu), (m) => m[0]);
    const pieces = fc.constantFrom('a', 'Z', '9', 'é', '٣', ' ', '\n', "'", '’', '-', '😀', '𝒜', '\ud800', '\udc00', '中', '.', '“');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const doc = new Document(parts.join(''));
        expect(Array.from({ length: doc.words.count }, (_, i) => doc.word(i))).toEqual(reference(parts.join('')));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a word and finds longer words, searching first and counting the vocabulary later, alike', () => {
    const text = 'The Consultation began; consult them. Consultation, consultations and consul.';
    const searched = new Document(text);
    const counted = new Document(text);
    counted.vocabulary; // forces the counted path
    for (const doc of [searched, counted]) {
      expect(doc.countOf('consultation')).toBe(2);
      expect(doc.countOf('consul')).toBe(1);
      expect(doc.hasWordStartingWith('consul')).toBe(true);
      expect(doc.hasWordStartingWith('consultations')).toBe(false);
    }
  });

  it('answers word look-ups alike by searching the text and from the counted vocabulary', () => {
    const pieces = fc.constantFrom('con', 'sul', 't', 'Con', ' ', '\n', '’s', "'", '-', 'é', 'É', '.', '2');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.constantFrom('con', 'consul', 'cont', 'é', 'con’s'), (parts, word) => {
        const searched = new Document(parts.join(''));
        const counted = new Document(parts.join(''));
        counted.vocabulary;
        expect([searched.countOf(word), searched.hasWordStartingWith(word), searched.wordsStartingWith(word)]).toEqual([
          counted.countOf(word),
          counted.hasWordStartingWith(word),
          counted.wordsStartingWith(word),
        ]);
      }),
      { numRuns: 2000 },
    );
  });

  it('knows which code units the text holds, whether the word index noted them or hasChar looked alone', () => {
    const pieces = fc.constantFrom('a', 'Z', '9', 'é', ' ', '\n', "'", '’', '😀', '𝒜', '\ud800', '\udc00', '中', '“', '\u0007');
    const asked = ['a', 'Z', ' ', '’', '“', '\ud835', '\udc9c', '\ud83d', '\ude00', '\ud800', '\udc00', '\u0007', '\u0000', 'q'].map((c) => c.charCodeAt(0));
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.boolean(), (parts, wordsFirst) => {
        const text = parts.join('');
        const doc = new Document(text);
        if (wordsFirst) void doc.words;
        for (const code of asked) expect(doc.hasChar(code)).toBe(text.includes(String.fromCharCode(code)));
      }),
      { numRuns: 300 },
    );
  });

  it('counts each word as written as a Map of the sliced words would', () => {
    // Up to a few hundred distinct words: the hash table starts at 16 slots and grows several times.
    const word = fc.stringMatching(/^[a-dA-D’]{1,4}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, fc.constantFrom(' ', '\n', ', ')), { maxLength: 400 }), (pairs) => {
        const doc = new Document(pairs.map(([w, gap]) => w + gap).join(''));
        const expected = new Map<string, number>();
        for (let i = 0; i < doc.words.count; i++) expected.set(doc.word(i), (expected.get(doc.word(i)) ?? 0) + 1);
        expect(new Map([...doc.writtenVocabulary].sort())).toEqual(new Map([...expected].sort()));
      }),
      { numRuns: 300 },
    );
  });
});

describe('isSpaceCode and wordsIn', () => {
  it('isSpaceCode is \\s for every code unit (read from a table after the first look)', () => {
    for (let pass = 0; pass < 2; pass++) for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
  });

  it('wordsIn counts runs of what is not white space, no further than the limit + 1', () => {
    const chunk = fc.constantFrom('a', 'b', ' ', '\u00a0', '\u2003', '\n', '’', 'é');
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 30 }).map((c) => c.join('')), fc.nat(12), (text, limit) => {
        expect(wordsIn(text, 0, text.length, limit)).toBe(Math.min((text.match(/\S+/g) ?? []).length, limit + 1));
      }),
    );
  });
});
