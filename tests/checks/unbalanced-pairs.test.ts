import { describe, expect, it } from 'vitest';
import { flagged, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: '"{0}" without "{1}"'\npairs: ['“”', '()']`);

describe('unbalanced-pairs kind', () => {
  it('flags an unclosed quote or bracket and a stray closer', () => {
    expect(flagged(rule, 'He said “it works and (left.\n\nThen) he')).toEqual(['“', '(', ')']);
  });

  it('accepts balanced pairs, spaced quotes and quotes running into the next paragraph', () => {
    expect(flagged(rule, 'He said “it works” (twice) and “ more ”.\n\n“A quote runs on\n\n“and ends here.”')).toEqual([]);
  });

  it('reads a quote’s direction from where it stands', () => {
    expect(flagged(rule, 'the album “Rumours“ sold well. He said: “Yes. “\nNext.')).toEqual([]);
  });

  it('lets loose quote marks pair with curly ones, and never reports them', () => {
    const mixed = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: m\npairs: ['“”', '()']\nlooseQuotes: '"„'`);
    expect(flagged(mixed, 'He said "the plan works.” Then „Puck“ left, "alone" and “sad.')).toEqual(['“']);
    expect(flagged(mixed, 'A stray " mark and a "dangling one.')).toEqual([]);
    expect(flagged(rule, 'He said "the plan works.”')).toEqual(['”']);
  });

  it('lets alternate characters stand for pair marks', () => {
    const wide = ruleFrom(`kind: unbalanced-pairs\ndescription: d\nmessage: m\npairs: ['()']\nalternates: ['）)', '（(']`);
    expect(flagged(wide, 'The photo (provided）shows it. （Left）and (right) and （lone.')).toEqual(['（']);
  });

  it('pairs marks line by line in a text written a paragraph a line, and by runs of lines in a hard-wrapped one', () => {
    const long = (s: string) => s + ' The talks went on for hours in the capital, and officials said little about what had been agreed.'.repeat(2);
    // (As one run of lines the two marks would pair; each line is a paragraph, and each has a mark without its partner.)
    const page = `${long('He said, “This is a personal opinion.')}\n${long('Adding trouble to the audience,” the agency wrote.')}\n${long('Then he said “nothing” more.')}\n`;
    expect(flagged(rule, page)).toEqual(['“', '”']);
    // A quotation over the lines of a hard-wrapped paragraph is closed where the paragraph goes on.
    expect(flagged(rule, 'He said, “This is a personal\nopinion,” and left.\n')).toEqual([]);
  });
});
