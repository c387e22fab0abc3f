import { describe, expect, it } from 'vitest';
import { applyEdits, fixText, splitsCluster } from '../src/fix.js';
import type { Finding } from '../src/types.js';

describe('splitsCluster', () => {
  const cuts = (text: string) => Array.from({ length: text.length + 1 }, (_, i) => i).filter((i) => splitsCluster(text, i));

  it('finds the inside of surrogate pairs, emoji sequences, combining marks, CR LF and flags', () => {
    expect(cuts('a😀b')).toEqual([2]);
    expect(cuts('👨\u200D👩')).toEqual([1, 2, 3, 4]);
    expect(cuts('e\u0301 ❤\uFE0F')).toEqual([1, 4]);
    expect(cuts('x\r\ny')).toEqual([2]);
    expect(cuts('🇫🇷🇩🇪')).toEqual([1, 2, 3, 5, 6, 7]);
  });

  it('lets a fix remove joiners that end a cluster and join it to nothing', () => {
    expect(cuts('a\u200D\u200C b')).toEqual([]);
    expect(cuts('😀\u200D x')).toEqual([1]);
  });

  it('looks only at a window before the offset, so a long text costs no more', () => {
    const long = `${'word '.repeat(100_000)}👨\u200D👩`;
    expect(cuts(long.slice(-6)).length).toBe(4);
    expect(splitsCluster(long, long.length - 3)).toBe(true);
    expect(splitsCluster(long, long.length - 6)).toBe(false);
  });
});

describe('applyEdits', () => {
  it('never splits a grapheme cluster', () => {
    const text = 'The family 👨\u200D👩\u200D👧 went, e\u0301 ok';
    const zwj = text.indexOf('\u200D');
    const r = applyEdits(text, [
      { offset: zwj, length: 1, text: '' },
      { offset: text.indexOf('\u0301'), length: 1, text: '' },
      { offset: text.indexOf(','), length: 1, text: '' },
    ]);
    expect(r.text).toBe(text.replace(',', ''));
    expect(r.skipped).toHaveLength(2);
  });

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

  it('fixes the findings it is told to fix as first given only, and reports what a later pass finds', () => {
    // Each pass would remove one doubled "a" (a page's furniture judged by what is left around it).
    const lint = (t: string) => (t.includes('aa') ? [finding(t.indexOf('aa'), 2, 'a')] : []);
    const result = fixText('aaaa', lint, () => true, () => true);
    expect(result.text).toBe('aaa');
    expect(result.fixed).toBe(1);
    expect(result.findings).toHaveLength(1);
  });
});
