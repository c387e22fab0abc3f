import { describe, expect, it } from 'vitest';
import { lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: dropped-letters\ndescription: d\nmessage: '{0} -> {1}'`);

describe('dropped-letters kind', () => {
  it('reports a name written elsewhere without its letters outside ASCII, suggesting the full name', () => {
    const text = 'Mariusz Błaszczak spoke. Do you think Baszczak did well? Vučić left; Vui stayed, as Baszczak’s aides said.';
    expect(lint(rule, text).map((f) => [text.slice(f.offset, f.offset + f.length), f.message, f.suggestions])).toEqual([
      ['Baszczak', 'Baszczak -> Błaszczak', ['Błaszczak']],
      ['Vui', 'Vui -> Vučić', ['Vučić']],
      ['Baszczak', 'Baszczak -> Błaszczak', ['Błaszczak']],
    ]);
  });

  it('leaves transliterations, English words, short words, lower-case words and more than maxDropped letters alone', () => {
    expect(lint(rule, 'Vucic is Vučić; Muller is Müller; the prez is Pérez; Zo is Zoë; élan and lan; Łódź and Ódź; Wałęsą met Wasa.')).toEqual([]);
    expect(lint(ruleFrom(`kind: dropped-letters\ndescription: d\nmessage: m\nmaxDropped: 1`), 'Vučić and Vui.')).toEqual([]);
    expect(lint(rule, 'A text with no such letter at all.')).toEqual([]);
  });
});
