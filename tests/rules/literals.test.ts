import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';
import { requiredLiterals } from '../../src/rules/literals.js';

describe('requiredLiterals', () => {
  it('joins literals next to each other, through groups of alternatives and small classes', async () => {
    expect(await requiredLiterals('\\b(?:said|says)[,:]')).toEqual(['said,', 'said:', 'says,', 'says:']);
    expect(await requiredLiterals('\\uFFFD+')).toEqual(['\uFFFD']);
    expect(await requiredLiterals('[”"’»]([.,])(?<=”\\.)')).toEqual(['”.']);
  });

  it('gives nothing where a match needs no rare literal', async () => {
    expect(await requiredLiterals('\\p{L}+')).toBeUndefined();
    expect(await requiredLiterals('(?:”x)*y')).toBeUndefined(); // an optional part is not required
    expect(await requiredLiterals('(?!”)\\p{L}')).toBeUndefined(); // what a negative lookaround sees is not required
    expect(await requiredLiterals('”|\\p{L}')).toBeUndefined(); // one alternative requires nothing
    expect(await requiredLiterals('[.,]')).toBeUndefined(); // marks every text has: no gate
    expect(await requiredLiterals('”', true)).toBeUndefined(); // case-blind
  });

  it('is sound: a text the regex matches holds one of the literals', async () => {
    const alphabet = ['a', 'b', '”', '.', ',', ' ', 'X'];
    const sources = ['(?:a|b)”[.,]', 'a(?=”\\.)', '(?<=b”)X', '(?:ab|”b)+,', 'X”{2,}', '”(?:a|b)?\\.'];
    for (const source of sources) {
      const literals = await requiredLiterals(source);
      if (!literals) continue;
      const regex = new RegExp(source, 'u');
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (chars) => {
          const text = chars.join('');
          return !regex.test(text) || literals.some((l) => text.includes(l));
        }),
        { numRuns: 300 },
      );
    }
  });

  it('derives hints that every bad example of a built-in pattern rule holds', async () => {
    const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }], false);
    const derived = rules.filter((r) => r.derived);
    expect(derived.length).toBeGreaterThan(0);
    for (const rule of derived) {
      expect(rule.derived!.pattern).toBe(rule.options.pattern);
      for (const example of rule.examples.filter((e) => e.bad !== undefined)) {
        expect(rule.derived!.requires.some((hint) => example.bad!.includes(hint)), `${rule.id}: ${example.bad}`).toBe(true);
      }
    }
  });
});
