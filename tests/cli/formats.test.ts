// Input formats: detection by extension, --format-in and its config key, --ext, directory walks, --fix, --source: run()
// in this process with the options the CLI would give it; the real binary for standard input and argument checks.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, mtlint } from '../helpers/cli.js';
import { lintInProcess } from '../helpers/in-process.js';
import type { RunOptions } from '../../src/run.js';
import { tempDir } from '../helpers/temp.js';

const tmp = tempDir('mtlint-formats-');
const FIXTURES = path.join(ROOT, 'tests/fixtures/formats');
mkdirSync(path.join(tmp, 'site/sub'), { recursive: true });
writeFileSync(path.join(tmp, 'site/story.html'), '<html><body><script>var s = "by by";</script><p>The talks , ended.</p></body></html>\n');
writeFileSync(path.join(tmp, 'site/sub/strings.po'), 'msgid "Hello world"\nmsgstr "Hallo hallo Welt"\n');
writeFileSync(path.join(tmp, 'site/sub/notes.txt'), 'The the end.\n');
writeFileSync(path.join(tmp, 'story.txt'), '<p>The talks , ended.</p><script>var s = "by by";</script>\n');

const lines = (out: string) => out.trim().split('\n').filter(Boolean);
const lint = (paths: string[], options: Partial<RunOptions> = {}) => lintInProcess(paths, { cwd: tmp, config: false, format: 'compact', ...options });

describe('input formats on the command line', () => {
  it('walks a directory through every format, each read by its extension', async () => {
    const r = await lint(['site']);
    expect(r.code).toBe(1);
    expect(lines(r.stdout)).toEqual([
      'site/story.html:1:58: warning spacing/space-before-punctuation: Space before ","',
      'site/sub/notes.txt:1:1: error repetition/doubled-word: Doubled "The"',
      'site/sub/strings.po:2:9: error repetition/doubled-word: Doubled "Hallo"',
    ]);
  });

  it('--ext limits the walk to the extensions named', async () => {
    const r = mtlint(['--no-config', '-f', 'compact', '--ext', 'po,.txt', 'site'], { cwd: tmp }); // the CLI takes `.txt` for `txt`
    expect(lines(r.stdout).map((l) => l.split(':')[0])).toEqual(['site/sub/notes.txt', 'site/sub/strings.po']);
    expect((await lint(['site'], { extensions: ['xlf'] })).stderr).toMatch(/site: directory holds no text files \(\*\.xlf\)/);
  });

  it('--format-in and the formatIn config key read a file in another format', async () => {
    const asText = await lint(['story.txt']);
    expect(lines(asText.stdout).some((l) => l.includes('repetition/doubled-word'))).toBe(true);
    const asHtml = await lint(['story.txt'], { formatIn: 'html' });
    expect(lines(asHtml.stdout)).toEqual(['story.txt:1:13: warning spacing/space-before-punctuation: Space before ","']);
    writeFileSync(path.join(tmp, 'html.yaml'), 'formatIn: html\n');
    expect((await lint(['story.txt'], { config: 'html.yaml' })).stdout).toBe(asHtml.stdout);
    expect(mtlint(['--no-config', '--format-in', 'docx', 'story.txt'], { cwd: tmp }).stderr).toMatch(/argument 'docx' is invalid/);
  });

  it('reads standard input in the format --stdin-filename names', () => {
    const r = mtlint(['--no-config', '-f', 'compact', '--stdin-filename', 'page.html', '-'], { input: '<p>The talks , ended.</p><pre>by by</pre>\n' });
    expect(lines(r.stdout)).toEqual(['page.html:1:13: warning spacing/space-before-punctuation: Space before ","']);
  });

  it('--fix on a page removes its furniture and fixes its prose, nothing else', async () => {
    const file = path.join(tmp, 'news-page.html');
    copyFileSync(path.join(FIXTURES, 'news-page.html'), file);
    const r = await lint(['news-page.html'], { format: 'stylish', fix: true, only: ['furniture/html-element', 'spacing', 'repetition'] });
    expect(r.code).toBe(0);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('agreed a new contract, ending');
    expect(fixed).not.toContain('class="share-bar"');
    expect(fixed).toContain('<script>window.dataLayer = window.dataLayer || []; var by = "by by";</script>');
  });

  it('--source pairs an article with its original by paragraph, and says when they do not pair up', async () => {
    writeFileSync(path.join(tmp, 'original.txt'), '董事会周一召开会议。\n\n销售额下降21%，至34亿元。\n');
    writeFileSync(path.join(tmp, 'article.txt'), 'The board met on Monday.\n\nSales fell 12% to 3.4 billion yuan.\n');
    writeFileSync(path.join(tmp, 'merged.txt'), 'The board met on Monday, and sales fell 21% to 3.4 billion yuan.\n');
    const r = await lint(['article.txt'], { only: ['bilingual'], source: 'original.txt' });
    expect(lines(r.stdout)).toEqual(['article.txt:3:12: error bilingual/numbers: Number: 12 does not match the source\'s 21 (source at original.txt:3:1, unit ¶2)']);
    const merged = await lint(['merged.txt'], { only: ['bilingual'], source: 'original.txt' });
    expect(lines(merged.stdout)).toEqual(['merged.txt:1:1: warning bilingual/alignment: Not aligned: the original has 2 paragraphs and this text 1; no paragraph was compared (source original.txt:1:1)']);
    expect((await lint(['article.txt', 'merged.txt'], { source: 'original.txt' })).stderr).toBe('mtlint: --source pairs one article with its original, not 2 files\n');
  });

  it('--glossary (CSV or TBX) and the config key `glossary` give bilingual/glossary its terms; a bad glossary exits 2 with its position', async () => {
    writeFileSync(path.join(tmp, 'desk.xlf'), '<xliff version="1.2"><file><body>\n<trans-unit id="1"><source>国务院周三开会。</source><target>The Cabinet met on Wednesday.</target></trans-unit>\n</body></file></xliff>\n');
    writeFileSync(path.join(tmp, 'desk.tbx'), '<martif xml:lang="zh"><text><body><termEntry><langSet xml:lang="zh"><tig><term>国务院</term></tig></langSet><langSet xml:lang="en"><tig><term>State Council</term></tig></langSet></termEntry></body></text></martif>\n');
    const r = mtlint(['--no-config', '-f', 'compact', '--rule', 'bilingual/glossary', '--glossary', 'desk.tbx', 'desk.xlf'], { cwd: tmp }); // the CLI's option
    expect(lines(r.stdout)).toEqual(['desk.xlf:2:53: warning bilingual/glossary: Terminology: the source\'s "国务院" is to be translated "State Council" (source at 2:28, unit 1)']);
    mkdirSync(path.join(tmp, 'desk'), { recursive: true });
    writeFileSync(path.join(tmp, 'desk/terms.csv'), '国务院,State Council\n央行\n');
    writeFileSync(path.join(tmp, 'desk/mtlint.config.yaml'), 'glossary: terms.csv\n');
    const bad = await lint(['../desk.xlf'], { cwd: path.join(tmp, 'desk'), config: undefined, only: ['bilingual/glossary'] });
    expect([bad.code, bad.stderr]).toEqual([2, `mtlint: ${path.join(tmp, 'desk/terms.csv')}:2:1: a glossary row needs a source term and at least one target term\n`]);
  });

  it('a malformed file is a one-line error with its position; the other files are still reported', async () => {
    writeFileSync(path.join(tmp, 'bad.po'), 'msgid "a"\nmsgstr "b\n');
    writeFileSync(path.join(tmp, 'bad.vtt'), 'not webvtt\n');
    const r = await lint(['bad.po', 'bad.vtt', 'story.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mtlint: bad.po:2:8: unterminated string\nmtlint: bad.vtt:1:1: a WebVTT file starts with "WEBVTT"\n');
    // Each bad file stands in the report with its problem, and the good file's findings are all there.
    const report = lines(r.stdout);
    expect(report.slice(0, 2)).toEqual(['bad.po:2:8: error mtlint/file-error: unterminated string', 'bad.vtt:1:1: error mtlint/file-error: a WebVTT file starts with "WEBVTT"']);
    const good = await lint(['story.txt']);
    expect(report.slice(2)).toEqual(lines(good.stdout));
    expect(report.length).toBeGreaterThan(2);
  });
});
