import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix.js';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: mojibake\ndescription: d\nmessage: '"{0}" → "{1}"'`);
const fixed = (text: string) => applyEdits(text, lint(rule, text).map((f) => f.fix!)).text;

describe('mojibake kind', () => {
  it('decodes UTF-8 read as Windows-1252 back', () => {
    expect(fixed('the Kremlinâ€™s “planâ€\u009d, cafÃ© and naÃ¯ve, 5 â‚¬, Ã¼ber â€“ done')).toBe('the Kremlin’s “plan”, café and naïve, 5 €, über – done');
    expect(lint(rule, 'cafÃ©')[0].message).toBe('"Ã©" → "é"');
  });

  it('stops where the bytes stop decoding (a real accented letter after the damage)', () => {
    expect(flagged(rule, 'Ã©é')).toEqual(['Ã©']);
  });

  it('leaves accented text alone', () => {
    expect(flagged(rule, 'Café Müller, São Paulo, Ångström, Zoë, Þór, naïve, façade, “quotes” — ½ × ©')).toEqual([]);
  });
});
