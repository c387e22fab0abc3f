import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix.js';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const homoglyph = ruleFrom(`kind: character-map\ndescription: d\nmessage: '{0} → {1}'\nwithin: latin-word\nmap: { Н: H, С: C, В: B, о: o }`);
const fullWidth = ruleFrom(`kind: character-map\ndescription: d\nmessage: '{0} → {1}'\nmap: { '，': ',', '】': ']', '【': '[' }`);

describe('character-map kind', () => {
  it('fixes a word that mixes Latin letters with mapped ones, reporting the whole word', () => {
    const text = 'Data from the WНO and the Wоrld Bank.';
    expect(lint(homoglyph, text).map((f) => f.message)).toEqual(['WНO → WHO', 'Wоrld → World']);
    expect(applyEdits(text, lint(homoglyph, text).map((f) => f.fix!)).text).toBe('Data from the WHO and the World Bank.');
  });

  it('only suggests for a lone mapped letter between Latin words, and leaves words of the other script alone', () => {
    const [f] = lint(homoglyph, 'It was 22°С at noon.');
    expect(f).toMatchObject({ message: 'С → C', suggestions: ['C'] });
    expect(f.fix).toBeUndefined();
    expect(flagged(homoglyph, 'They wrote “В Москве” and Сочи.')).toEqual([]);
  });

  it('gives a mark the space its full-width form carried, where a word stands beside it', () => {
    const spaced = ruleFrom(`kind: character-map\ndescription: d\nmessage: m\nspaceAfter: '，】'\nspaceBefore: '【'\nmap: { '，': ',', '】': ']', '【': '[' }`);
    const fix = (text: string) => applyEdits(text, lint(spaced, text).map((f) => f.fix!)).text;
    expect(fix('trade，investment and the【Tokyo】talks')).toBe('trade, investment and the [Tokyo] talks');
    expect(fix('trade， investment 【Tokyo】.')).toBe('trade, investment [Tokyo].');
  });

  it('maps characters wherever they stand by default, a run of them as one finding', () => {
    expect(flagged(fullWidth, 'trade，investment 【Tokyo】')).toEqual(['，', '【', '】']);
    expect(applyEdits('a，b', lint(fullWidth, 'a，b').map((f) => f.fix!)).text).toBe('a,b');
  });
});
