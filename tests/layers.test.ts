// The layers of src/ (ARCHITECTURE.md, "Layers"): a module imports from its own layer or the ones below, never above.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

/** Bottom first; each entry a file or a folder (ending in `/`) below src/. */
export const LAYERS: readonly (readonly string[])[] = [
  ['types.ts', 'errors.ts', 'paths.ts', 'vendored.ts', 'search.ts', 'did-you-mean.ts', 'pool.ts', 'ascii-json.ts'],
  ['document.ts', 'markup.ts', 'formats/', 'lexicon/', 'fix.ts', 'patch.ts', 'changed-regions.ts', 'score.ts', 'files.ts', 'glossary.ts'],
  ['checks/'],
  ['rules/'],
  ['engine.ts', 'directives.ts'],
  ['report/'],
  ['config.ts', 'run.ts', 'cache.ts', 'batch.ts', 'kernel.ts', 'lint-worker.ts', 'git.ts', 'write.ts', 'terminal.ts'],
  ['commands/', 'lsp/', 'cli.ts', 'index.ts'],
];

/** The layer of a module (a path below src/, `/`-separated), or -1 when no layer names it. */
export function layerOf(module: string): number {
  return LAYERS.findIndex((layer) => layer.some((entry) => (entry.endsWith('/') ? module.startsWith(entry) : module === entry)));
}

/** The src/ modules a source file imports by a relative path (static, type-only, re-exports and literal dynamic imports). */
export function importsOf(module: string, source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    found.push(path.posix.normalize(path.posix.join(path.posix.dirname(module), m[1])).replace(/\.js$/, '.ts'));
  }
  return found;
}

/** Every import that goes up a layer, as `from → to (layer a → b)`; modules no layer names are listed too. */
export function upwardImports(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  for (const [module, source] of files) {
    const from = layerOf(module);
    if (from < 0) {
      problems.push(`${module} is in no layer`);
      continue;
    }
    for (const target of importsOf(module, source)) {
      const to = layerOf(target);
      if (to > from) problems.push(`${module} → ${target} (layer ${from + 1} → ${to + 1})`);
    }
  }
  return problems;
}

function sources(): Map<string, string> {
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/'));
  return new Map(files.sort().map((f) => [f, readFileSync(path.join(SRC, f), 'utf8')]));
}

describe('layers', () => {
  it('no module of src/ imports from a layer above its own, and every module has a layer', () => {
    expect(upwardImports(sources())).toEqual([]);
  });

  it('finds an import that goes up, in every import form', () => {
    const files = new Map([
      ['checks/x.ts', "import { run } from '../run.js';\nimport type { Rule } from '../types.js';"],
      ['document.ts', "export { KINDS } from './checks/index.js';"],
      ['rules/y.ts', "const e = await import('../engine.js');\nimport './fields.js';"],
      ['stray.ts', ''],
    ]);
    expect(upwardImports(files)).toEqual([
      'checks/x.ts → run.ts (layer 3 → 7)',
      'document.ts → checks/index.ts (layer 2 → 3)',
      'rules/y.ts → engine.ts (layer 4 → 5)',
      'stray.ts is in no layer',
    ]);
  });
});
