// Bundle the CLI (dist/mtlint.js and its chunks): one module to load instead of ~80 cuts start-up time.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a content hash: an earlier build's chunks would stay behind.
rmSync('dist/chunks', { recursive: true, force: true });

/** What the CLI and the pool's worker are bundled with. */
const NODE_ESM = {
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Loaded lazily, only to analyse user regexes: kept out of the start-up path.
  external: ['scslre', '@eslint-community/regexpp', 'regexp-ast-analysis'],
  // Some bundled CommonJS dependencies call require(); give them one in this ES module.
  banner: { js: "import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);" },
  logLevel: 'warning',
};

await build({
  ...NODE_ESM,
  entryPoints: { mtlint: 'src/cli.ts' },
  // What is loaded on demand (each report format, --fix-dry-run's patch, git for --since, the subcommands, the glob
  // library) goes into chunks of its own, loaded when asked for: in the one file, a run on 1 KB parsed and ran code
  // it never used (ARCHITECTURE.md, "Measurements behind the code").
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyChildProcessForCommander()],
});

/**
 * commander loads child_process (and with it net, dgram and the streams) when it loads, for subcommands that are
 * programs of their own, which mtlint has none of: the module is loaded when first used instead (~5 ms of every start).
 */
function lazyChildProcessForCommander() {
  return {
    name: 'lazy-child-process-for-commander',
    setup(build) {
      build.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
        contents: "let loaded; const load = () => (loaded ??= require('node:child_process')); module.exports = { spawn: (...args) => load().spawn(...args) };",
        loader: 'js',
      }));
    },
  };
}

// The worker threads of a run's pool run lint-worker.js, one file of its own: sharing chunks with the CLI would split
// the CLI's start-up code into more files to load for every run, pool or not.
await build({ ...NODE_ESM, entryPoints: { 'lint-worker': 'src/lint-worker.ts' } });

// The libraries only some runs need (YAML, Markdown, HTML), each as one file loaded on first need (src/vendored.ts):
// bundled into the CLI, every run paid for loading them.
const { VENDORED } = await import('../dist/vendored.js');
for (const [name, contents] of Object.entries(VENDORED)) {
  await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    outfile: `dist/vendor/${name}.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
}

// Parse the built-in rules once now, so that start-up reads one JSON file instead of many YAML files.
const { writeRuleCache } = await import('../dist/rules/load.js');
await writeRuleCache();

// Merge the dictionary's word lists once now, so that a run reads one file instead of forty.
const { writeDictionary } = await import('../dist/lexicon/dictionary.js');
writeDictionary();
