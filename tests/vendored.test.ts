import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/paths.js';
import { VENDORED, htmlparser2, markdown, vendorFile, yaml } from '../src/vendored.js';

describe('libraries loaded on first need', () => {
  it('load and work', () => {
    expect(yaml().parseDocument('a: [1, two]').toJS()).toEqual({ a: [1, 'two'] });
    expect(yaml()).toBe(yaml());
    const { fromMarkdown, frontmatter, frontmatterFromMarkdown } = markdown();
    const tree = fromMarkdown('---\na: 1\n---\n# Title', { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] });
    expect(tree.children.map((n) => n.type)).toEqual(['yaml', 'heading']);
    const texts: string[] = [];
    const parser = new (htmlparser2().Parser)({ ontext: (t) => texts.push(t) });
    parser.end('<p>a &amp; b</p>');
    expect(texts.join('')).toBe('a & b');
  });

  it('are no part of the CLI bundle, which every run loads, but each a file of its own (npm test builds them first)', () => {
    const dist = path.join(PACKAGE_ROOT, 'dist');
    const bundle = ['mtlint.js', ...readdirSync(path.join(dist, 'chunks')).map((f) => `chunks/${f}`)];
    const library = /node_modules\/(?:yaml|htmlparser2|entities|micromark|mdast-util-from-markdown|character-entities)\//;
    for (const file of bundle) expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toMatch(library);
    for (const name of Object.keys(VENDORED)) expect(readFileSync(vendorFile(name), 'utf8'), name).toMatch(library);
  });
});
