import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderRuleSchema, renderRulesDoc } from '../../src/commands/docs.js';
import { BUILT_IN_RULES, parseRuleFile } from '../../src/rules/load.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'rules.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const yamlFiles = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f));

describe('rules.schema.json and docs/rules.md', () => {
  it('are up to date with the rule kinds (run `npm run generate`)', async () => {
    expect(readFileSync(path.join(ROOT, 'rules.schema.json'), 'utf8')).toBe(renderRuleSchema());
    expect(readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8')).toBe(await renderRulesDoc());
  });

  it('the README lists every built-in rule in its rules table', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const ids = yamlFiles(BUILT_IN_RULES).map((f) => path.relative(BUILT_IN_RULES, f).replace(/\.ya?ml$/, '').split(path.sep).join('/'));
    expect(ids.filter((id) => !readme.includes(`| \`${id}\` |`))).toEqual([]);
  });

  it.each(yamlFiles(BUILT_IN_RULES).map((f) => [path.relative(ROOT, f), f]))('the schema accepts %s', (_name, file) => {
    expect(validate(parse(readFileSync(file, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['unknown key', 'kind: pattern\ndescription: d\nmessage: m\npatern: x\nexamples: [{bad: x}, {good: y}]\n'],
    ['wrong type', 'kind: repetition\ndescription: d\nmessage: m\nmaxWords: three\nexamples: [{bad: x x}, {good: y}]\n'],
    ['unknown kind', 'kind: patern\ndescription: d\nmessage: m\nexamples: [{bad: x}, {good: y}]\n'],
    ['bad severity', 'kind: phrase\nseverity: fatal\ndescription: d\nmessage: m\nphrases: [x]\nexamples: [{bad: x}, {good: y}]\n'],
    ['missing required key', 'kind: phrase\ndescription: d\nmessage: m\nexamples: [{bad: x}, {good: y}]\n'],
    ['unknown example key', 'kind: phrase\ndescription: d\nmessage: m\nphrases: [x]\nexamples: [{bad: x, fixd: y}, {good: y}]\n'],
    ['example with bad and good', 'kind: phrase\ndescription: d\nmessage: m\nphrases: [x]\nexamples: [{bad: x, good: y}]\n'],
  ])('the schema and the loader both reject a rule with %s', (_name, yaml) => {
    expect(validate(parse(yaml))).toBe(false);
    expect(parseRuleFile('r.yaml', yaml, 'f/r').problems.length).toBeGreaterThan(0);
  });
});
