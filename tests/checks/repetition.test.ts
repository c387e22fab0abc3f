import fc from 'fast-check';
import { applyEdits, fixText, splitsCluster } from '../../src/fix.js';
import { describe, expect, it } from 'vitest';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: repetition\ndescription: d\nmessage: 'Doubled "{1}"'\nmaxWords: 3\nseparator: either\nexceptions: [had]\nlinkWords: [to]`);
const fixed = (text: string) => applyEdits(text, lint(rule, text).map((f) => f.fix!)).text;

describe('repetition kind', () => {
  it('finds doubled words and phrases, any case', () => {
    expect(flagged(rule, 'attended by by him. The the summit of the council of the council of ministers')).toEqual(['by by', 'The the', 'of the council of the council']);
  });

  it('deletes the second copy', () => {
    expect(fixed('attended by by the leaders')).toBe('attended by the leaders');
    expect(fixed('the policy, policy and')).toBe('the policy and');
    expect(fixed('leaders of the\nthe states')).toBe('leaders of the\nstates');
    // A copy that ends its line goes with the line break before it: a CR LF is never cut, no empty line is left.
    expect(fixed('leaders of the\r\nthe\r\nstates')).toBe('leaders of the\r\nstates');
    expect(fixed('the  \nthe \nstates')).toBe('the\nstates');
    expect(fixed('by\r\nby')).toBe('by');
    // --fix's engine (which leaves out a fix that would split a CR LF) applies it.
    expect(fixText('the\r\nthe\r\nstates', (t) => lint(rule, t))).toMatchObject({ text: 'the\r\nstates', fixed: 1 });
    expect(lint(rule, 'by by')[0].message).toBe('Doubled "by"');
  });

  it('looks at what stands around the copies when asked, and can take a run of three for rhetoric', () => {
    const comma = ruleFrom(`kind: repetition\ndescription: d\nmessage: m\nseparator: comma\nruns: false\nprecededBy: '[\\p{L},][^\\S\\n]*'\nfollowedBy: '[^\\S\\n]*(?:[,.]|and )'`);
    expect(flagged(comma, 'They keep the lives, lives and homes safe.')).toEqual(['lives, lives']);
    expect(flagged(comma, 'They held meetings, meetings of the board.')).toEqual([]); // the second copy goes on
    expect(flagged(comma, 'Friend, friend and foe.')).toEqual([]); // opens the line
    expect(flagged(comma, 'It went jingle, jingle, jingle, and then stopped.')).toEqual([]);
    expect(flagged(rule, 'It went jingle jingle jingle.')).toEqual(['jingle jingle']); // runs are reported by default
  });

  it('with a comma between the copies, finds phrases and a comma after spaces, never across a line break before it', () => {
    const comma = ruleFrom(`kind: repetition\ndescription: d\nmessage: m\nseparator: comma\nmaxWords: 2`);
    expect(flagged(comma, 'They backed the plan, the plan and more, a policy , policy too.')).toEqual(['the plan, the plan', 'policy , policy']);
    expect(flagged(comma, 'It was a policy\n, policy too.')).toEqual([]);
  });

  it('spares exceptions, names, numbers, compounds, idioms and paragraph breaks', () => {
    expect(flagged(rule, 'He had had enough. Duran Duran played. 10 10 a head-on on bend. from time to time to go. the\n\nthe end')).toEqual([]);
  });

  it('across line breaks (LF, CR LF), removes exactly the second copy, never cutting a CR LF or leaving an empty line', () => {
    const line = fc.array(fc.constantFrom('the', 'by', 'talks', 'the ', 'by  '), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const text = fc.tuple(fc.array(line, { minLength: 2, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean()).map(([lines, eol, final]) => ({ eol, text: lines.join(eol) + (final ? eol : '') }));
    const words = (t: string) => t.split(/\s+/).filter(Boolean);
    const emptyLines = (t: string) => t.split(/\r\n|\n/).filter((l) => l.trim() === '').length;
    fc.assert(
      fc.property(text, ({ eol, text }) => {
        for (const f of lint(rule, text)) {
          const { offset, length } = f.fix!;
          expect(splitsCluster(text, offset) || splitsCluster(text, offset + length)).toBe(false);
          const after = applyEdits(text, [f.fix!]).text;
          const copy = words(text.slice(f.offset, f.offset + f.length));
          const before = words(text.slice(0, f.offset));
          expect(words(after)).toEqual([...before, ...copy.slice(0, copy.length / 2), ...words(text.slice(f.offset + f.length))]);
          expect(after.replaceAll(eol, '')).not.toMatch(/[\r\n]/);
          expect(emptyLines(after)).toBeLessThanOrEqual(emptyLines(text));
        }
      }),
      { numRuns: 150 },
    );
  });
});
