import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/checks/index.js';
import { backtrackingProblem } from '../../src/rules/regex-safety.js';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';
import { mtlint } from '../helpers/cli.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/temp.js';

describe('regex safety', () => {
  it('rejects regexes that backtrack exponentially, naming the quantifier', async () => {
    expect(await backtrackingProblem('(a+)+$')).toMatch(/can backtrack catastrophically .* at "a\+"/);
    expect(await backtrackingProblem('(\\w+\\s?)+x')).toMatch(/catastrophically/);
  });

  it('accepts every regex of the built-in rules', async () => {
    const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
    const regexes = rules.flatMap((r) =>
      Object.entries(KINDS.get(r.kind)!.fields).flatMap(([key, f]) => {
        const value = r.options[key];
        return f.type === 'regex' && typeof value === 'string' ? [value] : f.type === 'regex[]' && Array.isArray(value) ? value : [];
      }),
    );
    expect(regexes.length).toBeGreaterThan(10);
    for (const source of regexes) expect(await backtrackingProblem(source), source).toBeUndefined();
  });

  it('a `(a+)+$` rule against a long line ends in under a second: it is refused before it runs', () => {
    const dir = tempDir('mtlint-redos-');
    mkdirSync(path.join(dir, 'user'));
    writeFileSync(path.join(dir, 'user/redos.yaml'), "kind: pattern\ndescription: d\nmessage: m\npattern: '(a+)+$'\nexamples:\n  - bad: aaa\n  - good: b\n");
    const start = performance.now();
    const r = mtlint(['--rules', dir, '-'], { input: `${'a'.repeat(100000)}!\n` });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/redos\.yaml:4:10: "pattern" can backtrack catastrophically/);
  });
});
