import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testRuleExamples } from '../../src/commands/examples.js';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';

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
