// The YAML library, loaded on first need: a run with neither a config file nor a changed rule file parses no YAML (the
// built-in rules come from the build's cache), and loading the library with the CLI cost ~14 ms of a 1 KB run.
// The build bundles it into one file (dist/vendor/yaml.cjs), which loads in ~10 ms; the package's own ~40 files took
// 40–55 ms. Without the build (tests from the sources) the package is loaded.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Yaml from 'yaml';
import { PACKAGE_ROOT } from './paths.js';

/** Where the build puts the bundled library (scripts/bundle.mjs). */
export const BUNDLED_YAML = path.join(PACKAGE_ROOT, 'dist', 'vendor', 'yaml.cjs');

let library: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  if (!library) {
    const load = createRequire(import.meta.url);
    library = (existsSync(BUNDLED_YAML) ? load(BUNDLED_YAML) : load('yaml')) as typeof Yaml;
  }
  return library;
}
