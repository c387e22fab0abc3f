// Test helpers: build a rule from YAML text and lint a string with it.
import { expect, it } from 'vitest';
import { Document } from '../../src/document.js';
import { compileRules, lintDocument } from '../../src/engine.js';
import { BUILT_IN_RULES, loadRules, parseRuleFile } from '../../src/rules/load.js';
import type { Finding, Rule } from '../../src/types.js';

/** A rule from YAML; `examples` may be left out (a placeholder pair is added). */
export function ruleFrom(yaml: string, id = 'test/rule'): Rule {
  const withExamples = /^examples:/m.test(yaml) ? yaml : `${yaml}\nexamples:\n  - bad: x\n  - good: y\n`;
  const { rule, problems } = parseRuleFile(`${id}.yaml`, withExamples, id);
  if (!rule) throw new Error(problems.map((p) => `${p.line}:${p.column} ${p.message}`).join('\n'));
  return rule;
}

export function lint(rule: Rule, text: string): Finding[] {
  return lintDocument(new Document(text), compileRules([rule]));
}

/** The flagged texts, for compact assertions. */
export function flagged(rule: Rule, text: string): string[] {
  return lint(rule, text).map((f) => text.slice(f.offset, f.offset + f.length));
}

/**
 * The built-in rules whose ids start with one of `prefixes` (all of them with none), compiled once: a function giving
 * a text's findings as `rule: text`, for compact assertions on several rules together.
 */
export async function builtInFindings(...prefixes: string[]): Promise<(text: string) => string[]> {
  const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
  const compiled = compileRules(prefixes.length ? rules.filter((r) => prefixes.some((p) => r.id.startsWith(p))) : rules);
  return (text) => lintDocument(new Document(text), compiled).map((f) => `${f.rule}: ${text.slice(f.offset, f.offset + f.length)}`);
}

/**
 * One test per clean passage, named by its first line, that asserts `flagged` reports nothing in it (the rule tests'
 * lists of prose that looks like an artifact and is none).
 */
export function eachPassageFlagsNothing(passages: string[], flagged: (text: string) => string[]): void {
  it.each(passages.map((p) => [p.split('\n')[0], p]))('%s', (_first, text) => {
    expect(flagged(text)).toEqual([]);
  });
}
