import { describe, expect, it } from 'vitest';
import { decodeOptions, defineKind } from '../../src/checks/kind.js';
import { ruleFrom } from '../helpers/rule.js';

describe('typed kind options', () => {
  const fields = {
    limit: { type: 'integer', default: 3, description: 'd' },
    words: { type: 'string[]', description: 'd' },
    items: { type: 'records', fields: { flag: { type: 'boolean', default: false, description: 'd' }, name: { type: 'string', description: 'd' } }, description: 'd' },
  } as const;

  it('fills each field\'s default, keeps given values, and decodes records item by item', () => {
    expect(decodeOptions(fields, { words: ['a'], items: [{ name: 'x' }, { flag: true }] })).toEqual({
      limit: 3,
      words: ['a'],
      items: [{ flag: false, name: 'x' }, { flag: true, name: undefined }],
    });
    expect(decodeOptions(fields, { limit: 0 })).toEqual({ limit: 0, words: undefined, items: undefined });
  });

  it('hands compile and fixable the decoded options of the rule, after overrides', () => {
    const seen: unknown[] = [];
    const kind = defineKind({
      name: 'probe',
      summary: 's',
      fields,
      fixable: (options) => options.limit > 2,
      compile: (options) => {
        seen.push(options.limit, options.words);
        return () => [];
      },
    });
    const rule = ruleFrom(`kind: pattern\ndescription: d\nmessage: m\npattern: x`);
    expect(kind.fixable({ ...rule, options: {} })).toBe(true);
    expect(kind.fixable({ ...rule, options: { limit: 1 } })).toBe(false);
    kind.compile({ ...rule, options: { words: ['w'] } });
    expect(seen).toEqual([3, ['w']]);
  });
});
