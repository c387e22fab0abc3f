// Bundle the CLI into one file (dist/mtlint.js): one module to load instead of ~80 cuts start-up time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/mtlint.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Loaded lazily, only to analyse user regexes: kept out of the start-up path.
  external: ['scslre', '@eslint-community/regexpp', 'regexp-ast-analysis'],
  // Some bundled CommonJS dependencies call require(); give them one in this ES module.
  banner: { js: "import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

// Parse the built-in rules once now, so that start-up reads one JSON file instead of many YAML files.
const { writeRuleCache } = await import('../dist/rules/load.js');
await writeRuleCache();

// Merge the dictionary's word lists once now, so that a run reads one file instead of forty.
const { writeDictionary } = await import('../dist/lexicon/dictionary.js');
writeDictionary();
