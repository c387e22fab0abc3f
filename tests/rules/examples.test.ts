import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testRuleExamples } from '../../src/commands/examples.js';
import { BUILT_IN_RULES, loadRules, parseRuleFile } from '../../src/rules/load.js';
import { ruleFrom } from '../helpers/rule.js';

const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);

describe('built-in rule examples', () => {
  it.each(rules.map((r) => [r.id, r]))('%s: every example holds', (_id, rule) => {
    const report = testRuleExamples([rule]);
    expect(report.failures).toEqual([]);
    expect(report.examples).toBeGreaterThanOrEqual(2);
  });
});

describe('the example runner', () => {
  it('fails broken examples with what was expected and what happened', async () => {
    const loaded = await loadRules([{ dir: path.join(import.meta.dirname, '../fixtures/broken-examples'), builtIn: false }]);
    const { failures } = testRuleExamples(loaded.rules);
    expect(failures.map((f) => [f.rule, f.problem, f.expected, f.actual])).toEqual([
      ['family/does-not-fire', 'bad example gave 0 findings', '1 finding', 'none'],
      ['family/good-fires', 'good example was flagged', 'no finding', '"back to top"'],
      ['family/missing-examples', 'a rule needs at least one bad and one good example', undefined, undefined],
      ['family/wrong-fix', 'the fix gives a different text', 'a, b', 'a; b'],
    ]);
  });
});

describe('examples run as the CLI lints a file', () => {
  const failuresOf = (yaml: string) => testRuleExamples([ruleFrom(yaml)]).failures.map((f) => [f.problem, f.expected, f.actual]);
  const doubled = `kind: repetition\ndescription: d\nmessage: 'Doubled "{1}"'\n`;

  it('leaves addresses out and obeys directives, as a run does', () => {
    const rule = `kind: phrase\ndescription: d\nmessage: m\nphrases: [example]\nexamples:\n  - bad: 'an example here'\n  - good: 'see https://example.com today'\n  - good: 'an example <!-- mtlint-disable-line -->'\n`;
    expect(failuresOf(rule)).toEqual([]);
  });

  it('asserts several findings: span, message, line, column, every suggestion and fix, and the text after all fixes', () => {
    const rule = `${doubled}examples:
  - bad: "by by a\\nthe the b"
    fixed: "by a\\nthe b"
    findings:
      - { span: by by, message: 'Doubled "by"', line: 1, column: 1, fix: '', suggestions: [] }
      - { span: the the, line: 2, column: 1 }
  - good: by a\n`;
    expect(failuresOf(rule)).toEqual([]);
  });

  it('says which finding differs, and how', () => {
    const rule = `${doubled}examples:
  - bad: "by by a\\nthe the b"
    findings:
      - { message: 'Doubled "the"', column: 2 }
      - { line: 1, suggestions: [x] }
  - bad: by by a
    findings: [{ span: by by }, { span: a }]
  - good: by a\n`;
    expect(failuresOf(rule)).toEqual([
      ['finding 1: a different message', 'Doubled "the"', 'Doubled "by"'],
      ['finding 1: a different column', '2', '1'],
      ['finding 2: a different line', '1', '2'],
      ['finding 2: a different list of suggestions', '["x"]', '[]'],
      ['the finding has a fix but the example expects none', 'by by a\nthe the b', 'by a\nthe b'],
      ['bad example gave 1 findings', '2 findings', '"by by"'],
    ]);
  });

  it('refuses "findings" beside "span" or "suggest", and on a good example', () => {
    const { problems } = parseRuleFile('x.yaml', `${doubled}examples:\n  - bad: by by\n    span: by by\n    findings: [{ span: by by }]\n  - good: a\n    findings: [{ span: a }]\n`, 'x');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('an example with "findings" gives each finding\'s span and suggestions there'),
      expect.stringContaining('a good example takes no "fixed", "span", "suggest" or "findings"'),
    ]);
  });
});
