import { describe, expect, it } from 'vitest';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

describe('phrase kind', () => {
  const rule = ruleFrom(`kind: phrase\ndescription: d\nmessage: 'Furniture: {0}'\nphrases: [back to top, read more]\nfix: ''`);

  it('matches whole words, any case, any whitespace', () => {
    expect(flagged(rule, 'Back  to\ntop. Read more. readmore. Read mores')).toEqual(['Back  to\ntop', 'Read more']);
  });

  it('puts the match in the message and fix', () => {
    expect(lint(rule, 'x read more')[0]).toMatchObject({ message: 'Furniture: read more', fix: { offset: 2, length: 9, text: '' } });
  });

  it('can match case exactly', () => {
    const exact = ruleFrom(`kind: phrase\ndescription: d\nmessage: m\nphrases: [US]\ncaseSensitive: true`);
    expect(flagged(exact, 'us and US')).toEqual(['US']);
  });
});
