import { describe, expect, it } from 'vitest';
import { applyEdits, fixText } from '../src/fix.js';
import type { Finding } from '../src/types.js';

describe('applyEdits', () => {
  it('applies edits right to left without touching other text', () => {
    const r = applyEdits('by by the way , ok', [
      { offset: 13, length: 2, text: ',' },
      { offset: 0, length: 5, text: 'by' },
    ]);
    expect(r.text).toBe('by the way, ok');
    expect(r.applied).toHaveLength(2);
  });

  it('skips an overlapping edit and applies touching ones', () => {
    const r = applyEdits('abcdef', [
      { offset: 0, length: 3, text: 'X' },
      { offset: 2, length: 2, text: 'Y' },
      { offset: 3, length: 1, text: 'Z' },
    ]);
    expect(r.text).toBe('XZef');
    expect(r.skipped).toEqual([{ offset: 2, length: 2, text: 'Y' }]);
  });

  it('refuses edits out of range', () => {
    const r = applyEdits('abc', [{ offset: 2, length: 5, text: '' }]);
    expect(r.text).toBe('abc');
    expect(r.skipped).toHaveLength(1);
  });
});

describe('fixText', () => {
  const finding = (offset: number, length: number, text: string): Finding => ({
    rule: 'r', severity: 'warning', category: 'c', message: 'm', offset, length, fix: { offset, length, text },
  });

  it('repeats lint → fix until nothing is left to fix', () => {
    // Each pass removes one doubled "a"; three passes are needed.
    const lint = (t: string) => (t.includes('aa') ? [finding(t.indexOf('aa'), 2, 'a')] : []);
    const result = fixText('aaaa', lint);
    expect(result).toMatchObject({ text: 'a', fixed: 3, findings: [] });
  });

  it('stops on a circular fix', () => {
    const lint = (t: string) => [finding(0, 1, t[0] === 'x' ? 'y' : 'x')];
    const result = fixText('x', lint);
    expect(result.text).toBe('y');
    expect(result.fixed).toBe(1);
  });

  it('applies only the fixes it is asked to', () => {
    const lint = (t: string) => (t.includes('  ') ? [{ ...finding(t.indexOf('  '), 2, ' '), rule: 'spacing/x' }] : []);
    expect(fixText('a  b', lint, (f) => f.rule.startsWith('repetition/')).text).toBe('a  b');
  });
});
