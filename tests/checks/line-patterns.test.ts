import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeLineMatcher } from '../../src/checks/line-patterns.js';
import { requiredStrings } from '../../src/rules/literals.js';
import { BUILT_IN_RULES, loadRules } from '../../src/index.js';

const patterns = ['leave a (?:reply|comment)', '(?=.*\\byour?\\b).*\\bcookies\\b.*\\b(?:accept|manage)\\b.*', '.*\\bsee [ßk]\\b.*', '\\d+ comments?'];
const joined = new RegExp(`^(?:${patterns.map((p) => `(?:${p})`).join('|')})$`, 'iu');

describe('wholeLineMatcher', () => {
  it('answers as the joined case-blind regex does, searching line-scanning patterns only where their strings stand', async () => {
    const requires = await Promise.all(patterns.map(async (p) => (await requiredStrings(p)) ?? null));
    expect(requires[1]).toEqual(['cookies']);
    const matcher = wholeLineMatcher(patterns, 'i', requires);
    for (const line of ['Leave a Reply', 'Your COOKIES: accept them', 'We accept cookies, you said', 'see K', 'SEE ẞ', '12 Comments', 'cookie', '']) {
      expect(matcher.test(line), line).toBe(joined.test(line));
    }
    // Words of the patterns, case changes (the Kelvin sign is a case-blind k, the long s an s) and other letters.
    const word = fc.constantFrom('leave', 'a', 'reply', 'you', 'your', 'cookies', 'COOKIES', 'cooKieſ', 'accept', 'manage', 'see', 'k', 'K', 'ß', 'ẞ', '12', 'comments', 'x', ',');
    const line = fc.array(word, { maxLength: 7 }).map((w) => w.join(' '));
    fc.assert(fc.property(line, (l) => matcher.test(l) === joined.test(l)), { numRuns: 2000 });
  });

  it('gives the same answers without strings, or when a string is not known', () => {
    for (const requires of [undefined, patterns.map(() => null)]) {
      const matcher = wholeLineMatcher(patterns, 'i', requires);
      for (const line of ['Leave a Reply', 'you cookies manage', 'nothing']) expect(matcher.test(line)).toBe(joined.test(line));
    }
  });

  it('knows the strings of the built-in furniture lines that scan the line', async () => {
    const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
    const rule = rules.find((r) => r.kind === 'trailing-block')!;
    expect(rule.derivedLines?.lines).toEqual(rule.options.lines);
    expect(rule.derivedLines?.requires.some((r) => r?.includes('cookies'))).toBe(true);
  });
});
