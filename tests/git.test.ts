import { describe, expect, it } from 'vitest';
import { parseDiff, unquotePath } from '../src/git.js';

describe('diff headers', () => {
  it('unquotes paths as git quotes them', () => {
    expect(unquotePath('"b/caf\\303\\251.txt"')).toBe('b/café.txt');
    expect(unquotePath('b/my file.txt\t')).toBe('b/my file.txt');
    expect(unquotePath('"b/tab\\there \\"q\\" \\\\.txt"')).toBe('b/tab\there "q" \\.txt');
    expect(unquotePath('b/plain.txt')).toBe('b/plain.txt');
  });

  it('reads the new-side lines of each file, skipping deleted ones', () => {
    const diff = ['+++ "b/\\346\\226\\260.txt"', '@@ -1 +1,2 @@', '+x', '+y', '+++ /dev/null', '@@ -1 +0,0 @@', '+++ b/a.txt', '@@ -3,0 +4 @@'].join('\n');
    expect(parseDiff(diff)).toEqual(new Map([['新.txt', new Set([1, 2])], ['a.txt', new Set([4])]]));
  });
});
