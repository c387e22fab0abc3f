// config.schema.json: what editors check mtlint.config.yaml against; it must take what mtlint takes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../src/config.js';
import { tempDir } from './helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const validate = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(ROOT, 'config.schema.json'), 'utf8')));
const readmeConfig = /```yaml\n(rules: \[mtlint-rules\][\s\S]*?)```/.exec(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))![1];

describe('config.schema.json', () => {
  it("accepts the README's example, which mtlint loads without a problem", () => {
    expect(validate(parse(readmeConfig)), JSON.stringify(validate.errors)).toBe(true);
    const dir = tempDir('mtlint-config-');
    // (The rule folders it names are the project's own.)
    for (const folder of (parse(readmeConfig) as { rules?: string[] }).rules ?? []) mkdirSync(path.join(dir, folder), { recursive: true });
    const file = path.join(dir, 'mtlint.config.yaml');
    writeFileSync(file, readmeConfig);
    expect(loadConfig(file).problems).toEqual([]);
  });

  it.each([
    ['an unknown key', 'failon: warning\n'],
    ['a bad level', 'overrides:\n  spacing: fatal\n'],
    ['a bad failOn', 'failOn: never\n'],
    ['a negative maxWarnings', 'maxWarnings: -1\n'],
    ['an unknown override key', 'overrides:\n  spacing:\n    level: off\n'],
  ])('rejects %s, as mtlint does', (_name, yaml) => {
    expect(validate(parse(yaml))).toBe(false);
    const file = path.join(tempDir('mtlint-config-'), 'mtlint.config.yaml');
    writeFileSync(file, yaml);
    expect(loadConfig(file).problems.length).toBeGreaterThan(0);
  });
});
