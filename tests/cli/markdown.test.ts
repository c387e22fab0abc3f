// Markdown and addresses through the real binary: code, front matter, HTML and addresses are not prose.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const ARTICLE = [
  '---',
  'title: "Talks attended by by ministers"',
  '---',
  '',
  'The talks were attended by by the ministers , officials said.',
  '',
  'Run `mtlint --fix by by` or see [the report](https://example.com/a,,b) <!-- the the -->.',
  '',
  '```',
  'x = f(a ,b)  # by by',
  '```',
  '',
].join('\n');

describe('Markdown files', () => {
  it('report only findings in prose, and --fix leaves code, front matter and links as they were', () => {
    const file = path.join(tempDir('mtlint-md-'), 'article.md');
    writeFileSync(file, ARTICLE);
    const report = JSON.parse(mtlint(['--format', 'json', file]).stdout);
    expect(report.files[0].findings.map((f: { line: number; text: string }) => [f.line, f.text])).toEqual([
      [5, 'by by'],
      [5, ' ,'],
    ]);
    mtlint(['--fix', file]);
    expect(readFileSync(file, 'utf8')).toBe(ARTICLE.replace('attended by by the ministers , officials', 'attended by the ministers, officials'));
  });

  it('still lose whole furniture lines that hold an address', () => {
    const r = mtlint(['--fix', '--format', 'json', '-'], { input: 'The talks ended.\n\nRead more: https://example.com/a,,b\n\nThey resume in May.\n' });
    expect(r.stdout).toBe('The talks ended.\n\nThey resume in May.\n');
  });

  it('are read as plain text under another name, where only addresses are left out', () => {
    const r = mtlint(['--format', 'json', '--stdin-filename', 'article.txt', '-'], { input: 'Run `f(a ,b)` or see https://example.com/a,,b.\n' });
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { text: string }) => f.text)).toEqual([' ,']);
  });
});
