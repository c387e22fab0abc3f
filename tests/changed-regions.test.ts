import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChangedRegions } from '../src/changed-regions.js';
import { applyEdits } from '../src/fix.js';
import type { Edit } from '../src/types.js';

describe('ChangedRegions', () => {
  const text = 'one\ntwo\nthree\nfour';

  it('covers changed lines with their line breaks, adjacent ones as one stretch', () => {
    const regions = new ChangedRegions(text, new Set([2, 3]));
    expect(regions.covers({ offset: 4, length: 10, text: '' })).toBe(true); // "two\nthree\n"
    expect(regions.covers({ offset: 3, length: 2, text: '' })).toBe(false); // reaches into line 1
    expect(regions.touches(0, 4)).toBe(false);
    expect(regions.touches(3, 2)).toBe(true);
    expect(regions.touches(8, 0)).toBe(true);
    expect(new ChangedRegions(text, 'all').covers({ offset: 0, length: text.length, text: '' })).toBe(true);
    expect(new ChangedRegions(text, undefined).touches(0, 1)).toBe(false);
  });

  it('follows edits: the text outside the regions stays the same, pass after pass', () => {
    const line = fc.stringMatching(/^[ab ]{0,6}$/);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.stringMatching(/^[xy\n]{0,3}$/)), { maxLength: 12 }), (lines, picked, wanted) => {
        let current = lines.join('\n');
        const changed = new Set(picked.map((n) => (n % lines.length) + 1));
        const regions = new ChangedRegions(current, changed);
        const outside = (t: string, r: ChangedRegions) => [...t].filter((_, i) => !r.covers({ offset: i, length: 1, text: '' })).join('');
        const untouched = outside(current, regions);
        // Two passes of edits, each keeping only those the regions allow, as --since --fix does.
        for (const pass of [wanted.slice(0, 6), wanted.slice(6)]) {
          const edits: Edit[] = pass.map(([o, l, t]) => ({ offset: o % (current.length + 1), length: l, text: t })).filter((e) => regions.covers(e));
          const { text: next, applied } = applyEdits(current, edits);
          regions.follow(applied);
          current = next;
          expect(outside(current, regions)).toBe(untouched);
        }
      }),
    );
  });
});
