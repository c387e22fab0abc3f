import fc from 'fast-check';
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

  it('reports a marker group that stands in a lookbehind, and the whole match where the group took no part', () => {
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: '^x|,(?<=\\w( +,))'\nmarker: 1\nfix: ','`);
    expect(lint(rule, 'support  , roads')[0]).toMatchObject({ offset: 7, length: 3, fix: { offset: 7, length: 3, text: ',' } });
    expect(lint(rule, 'x')[0]).toMatchObject({ offset: 0, length: 1 });
  });

  it('reports from the marker group to the end of markerEnd, both in lookarounds, and from the match without a marker', () => {
    const both = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: '\\n(?<=(to)\\n)(?=(\\w+))'\nmarker: 1\nmarkerEnd: 2\nfix: '{1} {2}'`);
    expect(lint(both, 'go to\nRome.')[0]).toMatchObject({ offset: 3, length: 7, fix: { offset: 3, length: 7, text: 'to Rome' } });
    const endOnly = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: 'to\\n(?=(\\w+))'\nmarkerEnd: 1`);
    expect(flagged(endOnly, 'go to\nRome.')).toEqual(['to\nRome']);
    // A markerEnd group that ends before the marker starts is no span: the marker is reported alone.
    const backwards = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: '(?<=(a))b(c)'\nmarker: 2\nmarkerEnd: 1`);
    expect(lint(backwards, 'xx abc yy')[0]).toMatchObject({ offset: 5, length: 1 });
  });

  it('passes over a text made only of wordExceptions, between spaces and separators', () => {
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: '[A-Z]+(?: [A-Z]+)*'\nwordExceptions: [EN, fr]`);
    expect(flagged(rule, 'EN FR, then EN DE')).toEqual(['EN DE']);
  });

  it('searches a text only when it holds one of the required strings', () => {
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: '\\w+ [.]'\nrequires: [' ;', '(?']`);
    expect(flagged(rule, 'a (? b .')).toEqual(['b .']);
    expect(flagged(rule, 'a ; b .')).toEqual(['b .']);
    expect(flagged(rule, 'the end .')).toEqual([]); // would match, but holds no required string
  });

  it('moves on after an empty match', () => {
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: '(?=b)'`);
    expect(lint(rule, 'abab').map((f) => f.offset)).toEqual([1, 3]);
  });

  it('steps over a whole surrogate pair after an empty match before it', () => {
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: ' *(?=\\p{Extended_Pictographic})'`);
    const text = 'news 😀 today 😀😀';
    // As String.prototype.matchAll finds them (it steps by code point in `u` mode).
    expect(lint(rule, text).map((f) => [f.offset, f.length])).toEqual([[4, 1], [5, 0], [13, 1], [14, 0], [16, 0]]);
  });

  it('honours exceptions, antipatterns and ignoreCase', () => {
    const rule = ruleFrom(
      `kind: pattern\ndescription: d\nmessage: m\npattern: '\\bfoo\\w*'\nignoreCase: true\nexceptions: [foobar]\nantipatterns: ['the foo\\w+ case']`,
    );
    expect(flagged(rule, 'FOO, fooBAR, the fooz case, foox')).toEqual(['FOO', 'foox']);
  });

  it('drops a finding inside any antipattern match, of several antipatterns whose matches overlap', () => {
    // Each antipattern's matches, found as matchAll finds them; a finding inside one of them (any, of any antipattern) is
    // dropped. Two antipatterns make spans that nest and overlap; findings start where spans do; a pattern of empty matches makes findings of no length.
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: 'x+|a|\\(|(?=y)'\nantipatterns: ['\\([^()]*\\)', 'a[^b]*b']`);
    const spans = (text: string) => ['\\([^()]*\\)', 'a[^b]*b'].flatMap((p) => Array.from(text.matchAll(new RegExp(p, 'gu')), (m) => [m.index, m.index + m[0].length]));
    const all = (text: string) => Array.from(text.matchAll(/x+|a|\(|(?=y)/gu), (m) => [m.index, m.index + m[0].length]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('x', 'y', '(', ')', 'a', 'b', ' '), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        const expected = all(text).filter(([start, end]) => !spans(text).some(([s, e]) => s <= start && end <= e));
        expect(lint(rule, text).map((f) => [f.offset, f.offset + f.length])).toEqual(expected);
      }),
      { numRuns: 500 },
    );
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
