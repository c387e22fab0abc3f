import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Piece, project } from '../../src/formats/projection.js';

describe('projection', () => {
  // `a <em>b</em> &amp; c <x/> d`: a tag that vanishes, an entity decoded, a tag blanked.
  const file = 'a <em>b</em> &amp; c <x/> d';
  const pieces: Piece[] = [
    { start: 2, end: 6, text: '' },
    { start: 7, end: 12, text: '' },
    { start: 13, end: 18, text: '&' },
    { start: 21, end: 25 },
  ];
  const p = project(file, pieces);

  it('builds the text the rules read and its ignore ranges', () => {
    expect(p.text).toBe('a b & c      d');
    expect(p.ignore).toEqual([[8, 12]]);
    expect(p.sameOffsets).toBe(false);
  });

  it('maps starts after, and ends before, a tag that vanished; a span inside a replaced piece to all of it', () => {
    expect(p.startInFile(2)).toBe(6); // `b` starts after <em>
    expect(p.endInFile(3)).toBe(7); // and ends before </em>
    expect(p.startInFile(4)).toBe(13); // `&` is the whole entity
    expect(p.endInFile(5)).toBe(18);
    expect(p.startInFile(13)).toBe(26); // `d`
    expect([0, 2, 4, 6, 13].map((d) => p.inText(p.startInFile(d)))).toEqual([0, 2, 4, 6, 13]);
    expect(p.inText(15)).toBe(4); // inside the entity: its start
  });

  it('lets an edit touch no replaced piece, an empty one only at its edges', () => {
    expect(p.editable(0, 2)).toBe(true); // `a ` up to <em>
    expect(p.editable(1, 3)).toBe(false); // through <em>
    expect(p.editable(4, 5)).toBe(false); // the entity
    expect(p.editable(5, 7)).toBe(true); // ` c`
    expect(p.editable(2, 2)).toBe(true); // an insertion at <em>'s place
  });

  it('maps every copied character back to itself, whatever the pieces', () => {
    const arbitraryPieces = fc.array(fc.tuple(fc.nat(40), fc.nat(6), fc.option(fc.string({ maxLength: 3 }))), { maxLength: 8 });
    fc.assert(
      fc.property(fc.string({ minLength: 40, maxLength: 60 }), arbitraryPieces, (text, raw) => {
        const sorted: Piece[] = [];
        let at = 0;
        for (const [offset, length, replacement] of raw.sort((a, b) => a[0] - b[0])) {
          if (offset < at) continue;
          sorted.push(replacement === null ? { start: offset, end: offset + length } : { start: offset, end: offset + length, text: replacement });
          at = offset + length;
        }
        const projected = project(text, sorted);
        const covered = (i: number) => sorted.some((s) => s.start <= i && i < s.end);
        for (let i = 0; i < text.length; i++) {
          if (covered(i)) continue;
          const d = projected.inText(i);
          expect(projected.text[d]).toBe(text[i]);
          expect(projected.startInFile(d)).toBe(i);
          expect(projected.endInFile(d + 1)).toBe(i + 1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
