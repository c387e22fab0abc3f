import { describe, expect, it } from 'vitest';
import { parseRuleFile } from '../../src/rules/load.js';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const yaml = (tokens: string) => `kind: sequence\ndescription: d\nmessage: 'Seq {0} ({1}|{2})'\ntokens:\n${tokens}`;

describe('sequence kind', () => {
  it('matches words by case, word lists, tier and pattern, with what stands between them', () => {
    const rule = ruleFrom(yaml(`  - case: lower\n  - case: capitalised\n    words: [the, it]\n    before: ',?[^\\S\\n]+'\n    report: true\n  - case: lower`));
    expect(flagged(rule, 'admire others The era; goes on, It is; in The Hague; said. The end')).toEqual(['The', 'It']);
    expect(lint(rule, 'admire others The era')[0].message).toBe('Seq The (others|The)');
  });

  it('holds the first token to what stands before it only when the rule says what (a quotation\'s end here)', () => {
    const rule = ruleFrom(yaml(`  - case: capitalised\n    before: '[,.]?[”"][^\\S\\n]+'\n  - case: lower\n    words: [said]`));
    expect(flagged(rule, '“We go,” Pere said so. Then Pere said no.')).toEqual(['Pere said']);
    expect(lint(rule, 'Pere said it')).toEqual([]);
    const anywhere = ruleFrom(yaml(`  - case: capitalised\n  - case: lower\n    words: [said]`));
    expect(flagged(anywhere, 'Pere said it. “Go,” Ana said.')).toEqual(['Pere said', 'Ana said']);
  });

  it('can refuse a word that a given text follows', () => {
    const rule = ruleFrom(yaml(`  - case: capitalised\n    matches: '\\p{L}+ing'\n    report: true\n  - case: lower\n    notFollowedBy: '(?<=the)[^\\S\\n]+\\p{Lu}'`));
    expect(flagged(rule, 'a guide, Making the Most of it; then Making the most of it')).toEqual(['Making']);
    expect(lint(rule, 'a guide, Making the Most of it')).toEqual([]);
  });

  it('matches listed words whatever case the list writes them in, one-letter words too', () => {
    const rule = ruleFrom(yaml(`  - case: lower\n  - case: lower\n    words: [Les, Y]\n    report: true\n  - case: lower`));
    expect(flagged(rule, 'voici les nouvelles; agua y sal; LES are capitals')).toEqual(['les', 'y']);
    // Listed words are first looked for by their first two letters and length: `lesson` shares the one, not the other.
    const long = ruleFrom(yaml(`  - case: lower\n  - words: [como, les]\n    report: true\n  - case: lower`));
    expect(flagged(long, 'a lesson learnt; a company grows; y como no; voici Les gens; so LES are')).toEqual(['como', 'Les', 'LES']);
  });

  it('tells names, which recur as written, from slips, which do not', () => {
    const rule = ruleFrom(yaml(`  - case: lower\n  - case: capitalised\n    seenElsewhere: false\n  - case: lower`));
    expect(flagged(rule, 'the talks with Rose went well and Rose said so. he spoke Plainly today')).toEqual(['spoke Plainly today']);
  });

  it('asks the dictionary for tiers and membership', () => {
    const rule = ruleFrom(yaml(`  - case: any\n    inDictionary: false\n    report: true\n  - words: [said]`));
    expect(flagged(rule, 'the house said, and Xqzt said')).toEqual(['Xqzt']);
    const common = ruleFrom(yaml(`  - maxTier: 10\n    matches: '\\p{L}+ing'`));
    expect(flagged(common, 'going zorbing')).toEqual(['going']);
  });

  it('checks each token\'s keys when the rule is loaded, with the line of the key', () => {
    const { rule, problems } = parseRuleFile('x.yaml', `${yaml('  - case: lower\n  - cas: lower')}\nexamples:\n  - bad: x\n  - good: y\n`, 'x');
    expect(rule).toBeUndefined();
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([expect.stringMatching(/^5: "tokens" item 2: unknown key "cas"; keys: case, words, /)]);
  });
});
