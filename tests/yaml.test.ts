import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/paths.js';
import { yaml } from '../src/yaml.js';

describe('the YAML library', () => {
  it('loads on first need and parses', () => {
    expect(yaml().parseDocument('a: [1, two]').toJS()).toEqual({ a: [1, 'two'] });
    expect(yaml()).toBe(yaml());
  });

  it('is no part of the CLI bundle, which every run loads (npm test builds it first)', () => {
    const dist = path.join(PACKAGE_ROOT, 'dist');
    const bundle = ['mtlint.js', ...readdirSync(path.join(dist, 'chunks')).map((f) => `chunks/${f}`)];
    for (const file of bundle) expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toContain('node_modules/yaml/');
    expect(readFileSync(path.join(dist, 'vendor', 'yaml.cjs'), 'utf8')).toContain('node_modules/yaml/');
  });
});
