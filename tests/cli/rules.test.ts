// `mtlint rules list|explain|test` and `mtlint init` through the real binary.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

describe('mtlint rules', () => {
  it('list --format json gives every rule with its documented fields', () => {
    const r = mtlint(['rules', 'list', '--format', 'json']);
    expect(r.code).toBe(0);
    const { version, rules } = JSON.parse(r.stdout);
    expect(version).toBe(1);
    expect(rules.length).toBeGreaterThanOrEqual(15);
    expect(rules.find((x: { id: string }) => x.id === 'repetition/doubled-word')).toEqual({
      id: 'repetition/doubled-word',
      kind: 'repetition',
      severity: 'error',
      category: 'repetition',
      fixable: true,
      description: expect.stringContaining('twice in a row'),
      builtIn: true,
      file: expect.stringMatching(/rules\/repetition\/doubled-word\.yaml$/),
    });
    expect(rules.find((x: { id: string }) => x.id === 'truncation/truncated-word').fixable).toBe(false);
  });

  it('list shows user rules with where they come from', () => {
    const out = mtlint(['rules', 'list', '--rules', 'tests/fixtures/broken-examples']).stdout;
    expect(out).toMatch(/^family\/wrong-fix +warning +fix +The fix does not give the expected text\. +\(tests\/fixtures\/broken-examples\/family\/wrong-fix\.yaml\)$/m);
  });

  it('explain shows description, why, message, examples and options', () => {
    const out = mtlint(['rules', 'explain', 'attribution/split-name']).stdout;
    expect(out).toContain('attribution/split-name  (error, attribution, kind split-name, fixable)');
    expect(out).toContain('Why: MT that reorders');
    expect(out).toContain('  ✖ "“We oppose it,” said Mao. Ning, at a press conference in Beijing."\n    → "“We oppose it,” said Mao Ning at a press conference in Beijing."');
    expect(out).toMatch(/ {2}maxTrailingWords: 12\n {6}The longest displaced phrase/);
  });

  it('a missing or unknown subcommand option is a usage error, exit 2; --help is not', () => {
    expect(mtlint(['rules']).code).toBe(2);
    expect(mtlint(['rules', 'list', '--format', 'xml']).code).toBe(2);
    expect(mtlint(['rules', 'list', '--help']).code).toBe(0);
  });

  it('explain of an unknown rule is a usage error with a hint', () => {
    const r = mtlint(['rules', 'explain', 'repetition/doubled-wrd']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mtlint: unknown rule "repetition/doubled-wrd" (did you mean "repetition/doubled-word"?)\n');
  });

  it('test passes on the built-in rules', () => {
    const r = mtlint(['rules', 'test']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✔ \d+ rules, \d+ examples, 0 failures\n$/);
  });

  it('test fails on broken rules with a readable diff', () => {
    const r = mtlint(['rules', 'test', 'tests/fixtures/broken-examples']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ family/wrong-fix (tests/fixtures/broken-examples/family/wrong-fix.yaml:7): the fix gives a different text\n    - expected: a, b\n    + actual:   a; b\n      diff:     a[-,-]{+;+} b\n');
    expect(r.stdout).toContain('family/does-not-fire (tests/fixtures/broken-examples/family/does-not-fire.yaml:6): bad example gave 0 findings');
    expect(r.stdout).toContain('family/good-fires (tests/fixtures/broken-examples/family/good-fires.yaml:7): good example was flagged');
    expect(r.stdout).toContain('family/missing-examples (tests/fixtures/broken-examples/family/missing-examples.yaml:1): a rule needs at least one bad and one good example');
    expect(r.stdout).toMatch(/✖ 4 rules, 7 examples, 4 failures\n$/);
  });

  it('test on invalid rule files lists every problem and exits 2', () => {
    const r = mtlint(['rules', 'test', 'tests/fixtures/invalid-rules']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(8);
  });
});

describe('mtlint init', () => {
  it('writes a starter config and an example rule that passes its own test, and never overwrites', () => {
    const dir = tempDir('mtlint-init-');
    const r = mtlint(['init'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(path.join(dir, 'mtlint.config.yaml'))).toBe(true);
    expect(readFileSync(path.join(dir, 'mtlint-rules/house/example.yaml'), 'utf8')).toContain('kind: substitution');
    expect(mtlint(['rules', 'test', 'mtlint-rules'], { cwd: dir }).stdout).toMatch(/✔ 1 rule, 2 examples, 0 failures/);
    const again = mtlint(['init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/mtlint\.config\.yaml: already exists; not overwritten/);
  });
});
