import { describe, expect, it } from 'vitest';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: glued-words\ndescription: d\nmessage: '{0} → {1}'\njoiners: [which, said, the, and, on, in]`);

describe('glued-words kind', () => {
  it('splits a token into a dictionary word and a joiner', () => {
    expect(lint(rule, 'The governmentsaid so.')[0]).toMatchObject({ message: 'governmentsaid → government said', fix: { text: 'government said' } });
    expect(flagged(rule, 'We went aboutthe town.')).toEqual(['aboutthe']);
  });

  it('accepts a glued name only when the document uses the name on its own', () => {
    expect(flagged(rule, 'It was Merkelwhich decided.')).toEqual([]);
    expect(flagged(rule, 'Merkel spoke. It was Merkelwhich decided.')).toEqual(['Merkelwhich']);
  });

  it('leaves dictionary words, names and tokens used twice alone', () => {
    expect(flagged(rule, 'Wherein the townhouse and Harrison, Bethe Correia, Gandhinagar. Xyzsaid and Xyzsaid.')).toEqual([]);
  });

  it('takes a token one letter off a word for a misspelling, unless the letter is at the seam', () => {
    expect(flagged(rule, 'It is rich in muchin, they have been lookin on.')).toEqual([]); // mucin, looking
    expect(flagged(rule, 'She agreed to look backand talk.')).toEqual(['backand']); // not backhand
  });

  it('only suggests when the token splits more than one way', () => {
    const twoWays = ruleFrom(`kind: glued-words\ndescription: d\nmessage: m\njoiners: [on, son]`);
    const [f] = lint(twoWays, 'They put the cupson the table.');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions).toEqual(['cup son', 'cups on']);
  });

  it('on a page that glues words, takes other splits at a small word too, but no compound nor misspelling', () => {
    const page = ruleFrom(`kind: glued-words\ndescription: d\nmessage: '{0} → {1}'\njoiners: [the, and, with, has]\nleaders: [the, of, with]\ngluedOnPage: 2`);
    const glued = 'The floods hit thecity on Monday, and the head ofthe agency';
    expect(flagged(page, `${glued} hasordered schools closed withno delay.`)).toEqual(['thecity', 'ofthe', 'hasordered', 'withno']);
    // Not without two sure ones on the page.
    expect(flagged(page, 'The agency hasordered schools closed withno delay.')).toEqual([]);
    // A compound of two content words is the dictionary's gap; a swapped letter, a misspelling (`theif`, `thief`).
    expect(flagged(page, `${glued} livestreamed the housebuilder and theif.`)).toEqual(['thecity', 'ofthe']);
  });
});

