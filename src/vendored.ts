// Libraries loaded on first need: most runs parse no YAML (the built-in rules come from the build's cache, and there
// may be no config file), no Markdown and no HTML or XLIFF, and loading these libraries with the CLI cost ~20 ms of a
// 1 KB run. The build bundles each into one file (dist/vendor/NAME.cjs, scripts/bundle.mjs), which loads as fast as its
// part of the CLI bundle did (YAML ~10 ms); a package's own files load slower (YAML's ~40 files took 40–55 ms), so they
// are only the fallback when there is no build (tests run from the sources).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Yaml from 'yaml';
import type * as Htmlparser2 from 'htmlparser2';
import type * as FromMarkdown from 'mdast-util-from-markdown';
import type * as MdastFrontmatter from 'mdast-util-frontmatter';
import type * as MicromarkFrontmatter from 'micromark-extension-frontmatter';
import { PACKAGE_ROOT } from './paths.js';

/** Where the build puts the bundled library `name`. */
export const vendorFile = (name: string) => path.join(PACKAGE_ROOT, 'dist', 'vendor', `${name}.cjs`);

/** The library the build bundled as `name`, loaded on the first call; without the build, what `fallback` loads. */
function vendored<T>(name: string, fallback: (load: NodeJS.Require) => T): () => T {
  let library: T | undefined;
  return () => {
    if (library === undefined) {
      const load = createRequire(import.meta.url);
      library = existsSync(vendorFile(name)) ? (load(vendorFile(name)) as T) : fallback(load);
    }
    return library;
  };
}

export const yaml = vendored<typeof Yaml>('yaml', (load) => load('yaml'));
export const htmlparser2 = vendored<Pick<typeof Htmlparser2, 'Parser'>>('htmlparser2', (load) => load('htmlparser2'));
/** Markdown to mdast, with front matter. */
export const markdown = vendored<Pick<typeof FromMarkdown, 'fromMarkdown'> & Pick<typeof MdastFrontmatter, 'frontmatterFromMarkdown'> & Pick<typeof MicromarkFrontmatter, 'frontmatter'>>(
  'markdown',
  (load) => ({ ...load('mdast-util-from-markdown'), ...load('mdast-util-frontmatter'), ...load('micromark-extension-frontmatter') }),
);

/** What the build bundles into dist/vendor/: each library's name and the module source that exports it. */
export const VENDORED: Record<string, string> = {
  yaml: "module.exports = require('yaml');",
  htmlparser2: "export { Parser } from 'htmlparser2';",
  markdown: "export { fromMarkdown } from 'mdast-util-from-markdown'; export { frontmatterFromMarkdown } from 'mdast-util-frontmatter'; export { frontmatter } from 'micromark-extension-frontmatter';",
};
