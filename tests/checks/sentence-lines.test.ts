import { describe, expect, it } from 'vitest';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const broken = ruleFrom(`kind: sentence-lines\ndescription: d\nmessage: 'broken at {0}'\nparticles: [von]`);

describe('sentence-lines kind', () => {
  it('reports a line that breaks a sentence in a text whose lines end sentences', () => {
    const text = 'The parade dedicated to\nthe Navy has ended.\nIt was held on Sunday.\nThe ships left.';
    const [f] = lint(broken, text);
    expect(f).toMatchObject({ offset: text.indexOf('to\n'), length: 2, message: 'broken at to / the' });
    // A number ends the line too (`magnitude 7.5` / `in Peru`).
    expect(flagged(broken, 'Quakes hit.\nThey measured magnitude 7.5\nin Peru, officials said.\nNobody died.')).toEqual(['7.5']);
    // A name ends a line of prose too; not a title-case line or a credit.
    expect(flagged(broken, 'The residents of Brovary and Fastiv\nwill be without light, it said.\nThe cuts start at noon.\nIt rained.')).toEqual(['Fastiv']);
    expect(flagged(broken, 'Power cuts go on.\nPhoto by John Smith\nvia the agency archive.\nThe cuts start at noon.\nIt rained.')).toEqual([]);
  });

  it('takes a text that breaks many lines so for hard-wrapped prose', () => {
    expect(flagged(broken, 'The talks went on and\nthe sides met at last in\nthe capital, where they\nsigned a deal.\nIt rained.')).toEqual([]);
  });

  it('passes over particles, brands, addresses and breaks at blank lines', () => {
    expect(flagged(broken, 'It ended.\nThe plan was presented by\nvon der Leyen on Monday.\nSales of\niPhone rose.\nVisit the site\nwww.example.com now.\nIt went on\n\nand on.\nIt rained.\nWe left.')).toEqual([]);
  });

  it('leaves a sentence of exactly two lines, and a long line, to split-paragraph', () => {
    expect(flagged(broken, 'It ended.\nThe Main Naval Parade dedicated to\nthe Navy Day has ended.\nIt rained.')).toEqual([]);
    expect(flagged(broken, `It ended.\nThe parade ${'went on and on '.repeat(8)}to\nthe end of the day, and more.\nIt rained.`)).toEqual([]);
  });
});
