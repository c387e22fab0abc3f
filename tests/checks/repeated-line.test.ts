import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix.js';
import { flagged, lint, ruleFrom } from '../helpers/rule.js';

const rule = ruleFrom(`kind: repeated-line\ndescription: d\nmessage: 'Repeats line {1}: {0}'\nminWords: 2\nmaxDistance: 3\nprefixWords: 4`);

describe('repeated-line kind', () => {
  it('finds a line repeated close below its copy, and removes one right below it with its line break', () => {
    const text = 'Leave your comment\r\nLeave your comment\r\nAll comments\r\n';
    const [f] = lint(rule, text);
    expect(f.message).toBe('Repeats line 1: Leave your comment');
    expect(applyEdits(text, [f.fix!]).text).toBe('Leave your comment\r\nAll comments\r\n');
  });

  it('compares words, not spacing or case, and takes lines that start alike; those get no fix', () => {
    const text = 'The talks  went on today.\nOther text here.\nThe TALKS went on today\nThe talks went on for days and days.\n';
    expect(lint(rule, text).map((f) => [text.slice(f.offset, f.offset + f.length), f.fix])).toEqual([
      ['The TALKS went on today', undefined],
      ['The talks went on for days and days.', undefined],
    ]);
  });

  it('leaves a line that starts in lower case alone: it goes on a sentence, and two may end alike', () => {
    const text = '“We will win,”\nsaid Zhao Xiaochuan.\n“We will stay,”\nsaid Zhao Xiaochuan.\n';
    expect(lint(rule, text)).toEqual([]);
  });

  it('leaves short lines and far repeats alone', () => {
    expect(flagged(rule, 'Yes.\nYes.\n')).toEqual([]);
    expect(flagged(rule, 'The talks went on.\na\nb\nc\nd\nThe talks went on.\n')).toEqual([]);
  });
});
