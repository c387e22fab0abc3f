import { describe, expect, it } from 'vitest';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

describe('pattern kind', () => {
  it('fills groups into message and fix', () => {
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: 'Space before "{2}"'\npattern: '(\\w)( +)(,)'\nfix: '{1}{3}'`);
    const [f] = lint(rule, 'support , roads');
    expect(f).toMatchObject({ message: 'Space before " "', offset: 6, length: 3, fix: { offset: 6, length: 3, text: 't,' } });
  });

  it('reports and replaces only the marker group', () => {
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: 'said( +),'\nmarker: 1\nfix: ''`);
    const [f] = lint(rule, 'he said , then');
    expect(f).toMatchObject({ offset: 7, length: 1, fix: { offset: 7, length: 1, text: '' } });
  });

  it('honours exceptions, antipatterns and ignoreCase', () => {
    const rule = ruleFrom(
      `kind: pattern\ndescription: d\nmessage: m\npattern: '\\bfoo\\w*'\nignoreCase: true\nexceptions: [foobar]\nantipatterns: ['the foo\\w+ case']`,
    );
    expect(flagged(rule, 'FOO, fooBAR, the fooz case, foox')).toEqual(['FOO', 'foox']);
  });

  it('gives named groups to templates and keeps suggestions apart from fixes', () => {
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: '{noun}'\npattern: 'the (?<noun>\\w+) the (?<adj>\\w+)'\nsuggestions: ['the {adj} {noun}']`);
    const [f] = lint(rule, 'the situation the international');
    expect(f.fix).toBeUndefined();
    expect(f.suggestions).toEqual(['the international situation']);
    expect(f.message).toBe('situation');
  });

  it('anchors ^ and $ at line ends', () => {
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: '^Read more$'`);
    expect(flagged(rule, 'Text.\nRead more\nRead more of it')).toEqual(['Read more']);
  });
});
