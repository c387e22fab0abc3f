import { describe, expect, it } from 'vitest';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: sentence-start\ndescription: d\nmessage: 'Lower-case "{2}"'\nabbreviations: [sept., no., vs.]\njoinWithComma: [as well as, which]`);

describe('sentence-start kind', () => {
  it('fixes with a comma before continuing phrases', () => {
    const [f] = lint(rule, 'energy security. as well as stability');
    expect(f).toMatchObject({ offset: 15, length: 4, fix: { offset: 15, length: 4, text: ', as' }, message: 'Lower-case "as"' });
  });

  it('elsewhere suggests dropping the stop or a capital, the likelier first', () => {
    const [f] = lint(rule, 'the meeting. was attended');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions).toEqual([' was', '. Was']);
    // (A word that opens sentences has more likely lost its capital.)
    expect(lint(rule, 'on Friday afternoon. the president then left')[0].suggestions).toEqual(['. The', ' the']);
  });

  it('knows abbreviations, initials and brand names', () => {
    expect(flagged(rule, 'In the U.S. and at 5 p.m. on Sept. 10, No. 5 vs. no one. J. doe. The iPhone. eBay sales.')).toEqual([]);
  });

  it('takes a lower-case word in no dictionary before the stop for an abbreviation, when told to', () => {
    const text = 'Prices (incl. taxes) rose. The note (pozn. překladatelky) says so. The coronavirus. is back. as well as';
    const unknownAbbreviate = ruleFrom(`kind: sentence-start\ndescription: d\nmessage: m\nunknownWordsAbbreviate: true`);
    expect(flagged(unknownAbbreviate, text)).toEqual(['. is', '. as']);
    expect(flagged(rule, text)).toEqual(['. taxes', '. překladatelky', '. is', '. as']);
  });
});
