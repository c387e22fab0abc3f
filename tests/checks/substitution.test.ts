import { describe, expect, it } from 'vitest';
import { lint, ruleFrom } from '../helpers/rule.js';

describe('substitution kind', () => {
  const rule = ruleFrom(`kind: substitution\ndescription: d\nmessage: '"{0}" → "{1}"'\nswap:\n  according to with: according to\n  out from of: out of`);

  it('replaces each wrong wording, keeping its case', () => {
    const text = 'According to with Mao, OUT FROM OF stock and out from of time.';
    expect(lint(rule, text).map((f) => f.fix!.text)).toEqual(['According to', 'OUT OF', 'out of']);
    expect(lint(rule, text)[0].message).toBe('"According to with" → "According to"');
  });

  it('matches across line breaks and not inside words', () => {
    expect(lint(rule, 'according\nto with; according to without')).toHaveLength(1);
  });
});
