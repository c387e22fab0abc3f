import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES, loadRules, parseRuleFile, readRuleCache, ruleFiles, writeRuleCache } from '../../src/rules/load.js';
import { tempDir } from '../helpers/temp.js';

const fixtures = path.join(import.meta.dirname, '../fixtures');

describe('loadRules', () => {
  it('loads every built-in rule with ids from their paths', async () => {
    const { rules, problems } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
    expect(problems).toEqual([]);
    expect(rules.map((r) => r.id)).toContain('repetition/doubled-word');
    expect(rules.find((r) => r.id === 'spacing/space-before-punctuation')).toMatchObject({ kind: 'pattern', category: 'spacing', builtIn: true });
  });

  it('reports every problem of every file at once, each with file:line:col', async () => {
    const dir = path.join(fixtures, 'invalid-rules');
    const { rules, problems } = await loadRules([{ dir, builtIn: false }]);
    const lines = problems.map((p) => `${path.relative(dir, p.file)}:${p.line ?? ''}:${p.column ?? ''} ${p.message}`);
    expect(lines).toEqual([
      expect.stringMatching(/^family\/bad-regex\.yaml:4:10 "pattern" is not a valid regular expression: .*Unterminated group/),
      expect.stringMatching(/^family\/catastrophic-regex\.yaml:4:10 "pattern" can backtrack catastrophically .* at "a\+"/),
      expect.stringMatching(/^family\/dup\.yml:1:1 duplicate rule id "family\/dup"/),
      expect.stringMatching(/^family\/unknown-key\.yaml:4:1 unknown key "patern" \(did you mean "pattern"\?\): patern: 'x'/),
      'family/unknown-key.yaml:1:1 missing required key "pattern"',
      expect.stringMatching(/^family\/unknown-kind\.yaml:1:7 unknown kind "patern" \(did you mean "pattern"\?\); kinds: pattern, phrase/),
      expect.stringMatching(/^family\/wrong-type\.yaml:4:11 "maxWords" must be an integer, not string "three"/),
      expect.stringMatching(/^family\/yaml-syntax\.yaml:\d+:\d+ Missing closing 'quote/),
    ]);
    expect(rules.map((r) => r.id)).toEqual(['family/catastrophic-regex', 'family/dup']); // parsed, though the run stops on the problems
  });

  it('gives the same rules from the build-time cache as from the YAML files', async () => {
    const cached = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }], true);
    const parsed = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }], false);
    expect(cached).toEqual(parsed);
  });

  describe('the rule cache, keyed on content', () => {
    // A copy of the built-in rules, cached in one place and read from another (as after `npm install` elsewhere).
    const made = tempDir('mtlint-rule-cache-');
    const built = path.join(made, 'built');
    const installed = path.join(made, 'installed');
    const cacheFile = path.join(made, 'rules.json');
    cpSync(BUILT_IN_RULES, built, { recursive: true });

    it('is used from another path with new modification times, its rules pointing at the files there', async () => {
      await writeRuleCache(built, cacheFile);
      cpSync(built, installed, { recursive: true, preserveTimestamps: false });
      const cached = readRuleCache(installed, ruleFiles(installed), cacheFile);
      const parsed = await loadRules([{ dir: installed, builtIn: true }], false);
      expect(cached).toEqual(parsed.rules);
    });

    it('is not used when a rule file changed, even by one byte at the same size', async () => {
      await writeRuleCache(built, cacheFile);
      const copy = path.join(made, 'edited');
      cpSync(built, copy, { recursive: true });
      const [first] = ruleFiles(copy);
      const text = readFileSync(path.join(copy, first), 'utf8');
      writeFileSync(path.join(copy, first), text.replace('a', 'b'));
      expect(readRuleCache(copy, ruleFiles(copy), cacheFile)).toBeUndefined();
    });

    it('is not used when a rule file was added or renamed', async () => {
      await writeRuleCache(built, cacheFile);
      const copy = path.join(made, 'renamed');
      cpSync(built, copy, { recursive: true });
      const [first] = ruleFiles(copy);
      cpSync(path.join(copy, first), path.join(copy, first.replace(/\.yaml$/, '-2.yaml')));
      expect(readRuleCache(copy, ruleFiles(copy), cacheFile)).toBeUndefined();
    });

    it('is ignored when damaged or missing', () => {
      writeFileSync(cacheFile, '{"files": [["x", 1');
      expect(readRuleCache(built, ruleFiles(built), cacheFile)).toBeUndefined();
      expect(readRuleCache(built, ruleFiles(built), path.join(made, 'none.json'))).toBeUndefined();
    });
  });

  it('reports a missing directory', async () => {
    const { problems } = await loadRules([{ dir: path.join(fixtures, 'nope'), builtIn: false }]);
    expect(problems[0].message).toMatch(/cannot read rule directory: ENOENT/);
  });
});

describe('parseRuleFile', () => {
  const parse = (yaml: string) => parseRuleFile('r.yaml', yaml, 'f/r');

  it('reports missing required keys and bad severities', () => {
    const { problems } = parse('kind: phrase\nseverity: fatal\nphrases: [x]\n');
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^"severity" must be one of error, warning, info, not "fatal"/),
      'missing required key "description"',
      'missing required key "message"',
      'missing required key "examples"',
    ]);
  });

  it('checks examples strictly', () => {
    const { problems } = parse('kind: phrase\ndescription: d\nmessage: m\nphrases: [x]\nexamples:\n  - bad: x\n    fixd: y\n  - good: y\n    fixed: z\n  - bad: x\n    span: q\n');
    expect(problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      expect.stringMatching(/^6 unknown example key "fixd" \(did you mean "fixed"\?\)/),
      expect.stringMatching(/^8 a good example takes no "fixed"/),
      expect.stringMatching(/^10 example "span" is not part of its "bad" text/),
    ]);
  });

  it('gives the category from the family and keeps kind options apart', () => {
    const { rule } = parse('kind: phrase\ndescription: d\nmessage: m\nphrases: [x]\nexamples:\n  - bad: x\n  - good: y\n');
    expect(rule).toMatchObject({ id: 'f/r', category: 'f', severity: 'warning', options: { phrases: ['x'] } });
  });
});
