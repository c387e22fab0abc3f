// Each input format over a realistic file: what the rules read, and where findings and fixes land in the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document.js';
import { compileRules, lintSource } from '../../src/engine.js';
import { INPUT_FORMATS, type InputFormat, formatOf, readFormat } from '../../src/formats/index.js';
import { fixText } from '../../src/fix.js';
import { positionFindings } from '../../src/report/result.js';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';

const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
const compiled = compileRules(rules);
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/formats');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** `line:column rule` for every finding of a fixture, read in the format its extension names. */
function findings(name: string, format?: InputFormat): string[] {
  const text = fixture(name);
  const found = lintSource(text, compiled, name, format);
  return positionFindings(new Document(text), found).map((f) => `${f.line}:${f.column} ${f.rule} ${f.text}`);
}

/** The prose the rules read, each run of it trimmed and on its own line. */
function prose(text: string, format: Exclude<InputFormat, 'text'>): string[] {
  return readFormat(text, format, 'x')
    .projection.text.split(/\n\s*\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('format detection', () => {
  it('goes by the extension, case-insensitively, and falls back to plain text', () => {
    const paths = ['a.md', 'a.MDX', 'b/page.html', 'c.htm', 'd.xlf', 'e.xliff', 'f.po', 'g.pot', 'h.srt', 'i.vtt', 'j.txt', 'k', 'dir.md/k', '<stdin>'];
    expect(paths.map(formatOf)).toEqual(['markdown', 'markdown', 'html', 'html', 'xliff', 'xliff', 'po', 'po', 'srt', 'vtt', 'text', 'text', 'text', 'text']);
  });

  it('config.schema.json offers every format for formatIn', () => {
    const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../config.schema.json'), 'utf8'));
    expect(schema.properties.formatIn.enum).toEqual([...INPUT_FORMATS]);
  });
});

describe('Markdown', () => {
  it('reads prose only: front matter, fenced, tilde and indented code, HTML, autolinks, images, destinations and definitions left out', () => {
    const text = fixture('page.md');
    const read = readFormat(text, 'markdown', 'page.md').projection.text;
    expect(read.length).toBe(text.length);
    for (const hidden of ['title:', 'total = base', 'indented code', 'tilde fence', 'html block', 'https://example.org', 'chart of', 'the,,the', 'https://example.com/a,,b']) {
      expect(read, hidden).not.toContain(hidden);
    }
    expect(read).toContain('[the full text]'.slice(1, -1));
    expect(read).toContain('<!-- mtlint-disable-next-line -->');
  });

  it('reports at the line and column of the file, nothing from code, and honours directives', () => {
    expect(findings('page.md')).toEqual(['8:41 spacing/space-before-punctuation  ,', '10:23 repetition/doubled-word by by']);
  });
});

describe('HTML', () => {
  const page = fixture('news-page.html');

  it('reads text in order, entities decoded, inline tags gone, each block its own paragraph', () => {
    const paragraphs = prose(page, 'html');
    expect(paragraphs).toContain('The operators said the new contract would run until 2027.');
    expect(paragraphs).toContain('By Ana Reyes · 12 March 2024');
    expect(paragraphs.some((p) => p.startsWith('Dock workers at the city’s main port'))).toBe(true);
    // Two paragraphs on one line of the file stay two.
    expect(prose('<p>One ends.</p><p>another starts.</p>', 'html')).toEqual(['One ends.', 'another starts.']);
    const read = paragraphs.join('\n');
    for (const hidden of ['dataLayer', 'margin', 'wages = base', 'Port strike ends after talks |', 'href']) expect(read).not.toContain(hidden);
  });

  it('reports furniture by structure and artifacts at the line and column of the file', () => {
    expect(findings('news-page.html').filter((f) => !f.includes('trailing-block')).map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([
      '11:1 furniture/html-element',
      '21:1 furniture/html-element',
      '28:136 spacing/space-before-punctuation',
      '29:65 repetition/doubled-word',
      '33:1 furniture/html-element',
      '41:1 furniture/html-element',
      '48:1 furniture/html-element',
      '57:1 furniture/html-element',
      '58:1 furniture/html-element',
    ]);
  });

  it('furniture inside an element that goes whole is reported once, by the element', () => {
    const page = '<body>\n<nav><a href="/">Home</a> | <a href="/w">World</a> | <a href="/p">Politics</a></nav>\n<p>The coalition failed to agree on the budget on Monday, officials said.</p>\n<footer><p>Share this article</p><p>Copyright 2024 Rome Daily. All rights reserved.</p></footer>\n</body>\n';
    const found = lintSource(page, compiled, 'page.html');
    expect(found.map((f) => f.rule)).toEqual(['furniture/html-element', 'furniture/html-element']);
    // Alone in a plain-text file, the same lines are found line by line.
    expect(lintSource('Home | World | Politics\nThe coalition failed to agree on the budget on Monday, officials said.\nShare this article\n', compiled, 'page.txt').some((f) => f.rule === 'furniture/trailing-block')).toBe(true);
  });

  it('--fix removes the furniture whole and fixes prose, keeping the story byte for byte', () => {
    const fixed = fixText(page, (text) => lintSource(text, compiled, 'news-page.html')).text;
    for (const gone of ['class="site-header"', 'class="breadcrumb"', 'class="share-bar"', 'related-posts', 'id="comments"', '<aside', 'site-footer']) expect(fixed).not.toContain(gone);
    const story = (text: string) => text.slice(text.indexOf('<main>'), text.indexOf('</main>'));
    const expected = story(page)
      .replace('contract , ending', 'contract, ending')
      .replace('and by by 3', 'and by 3')
      .replace(/ *<div class="share-bar">[\s\S]*?<\/div>\n/, '')
      .replace(/ *<section[\s\S]*<\/section>\n/, '');
    expect(story(fixed)).toBe(expected);
    expect(fixed.slice(0, fixed.indexOf('<body'))).toBe(page.slice(0, page.indexOf('<body')));
  });

  it('keeps the finding but drops a fix that would cut through a tag, and fixes beside one', () => {
    const text = '<p>The the <b>talks</b> ended &amp; resumed.</p><p>It was <i>the</i> the end, by <b>by</b> then.</p>';
    const found = lintSource(text, compiled, 'a.html').filter((f) => f.rule === 'repetition/doubled-word');
    expect(found.map((f) => [text.slice(f.offset, f.offset + f.length), Boolean(f.fix)])).toEqual([
      ['The the', true],
      ['the</i> the', true],
      ['by <b>by', false],
    ]);
    expect(fixText(text, (t) => lintSource(t, compiled, 'a.html')).text).toBe('<p>The <b>talks</b> ended &amp; resumed.</p><p>It was <i>the</i> end, by <b>by</b> then.</p>');
  });
});

describe('XLIFF', () => {
  it('reads the targets only, one paragraph each, codes protected', () => {
    const paragraphs = prose(fixture('catalogue.xlf'), 'xliff');
    expect(paragraphs[0]).toBe('Port strike ends after three days of talks');
    expect(paragraphs).toContain('“We are relieved,” said the head of a freight company.');
    expect(paragraphs).toContain('Editing by Li Wei & Ana Reyes');
    expect(paragraphs.join('\n')).not.toMatch(/码头|Machine translated|by by Reuters reported/);
  });

  it('reads XLIFF 2 segments, with their unit and segment ids', () => {
    const text = '<xliff version="2.0" srcLang="en" trgLang="de"><file id="f"><unit id="u1"><segment id="s1"><source>Hi <ph id="1"/>.</source><target>Hallo <ph id="1"/>.</target></segment><segment id="s2"><source>Bye.</source><target>Tschüss.</target></segment></unit></file></xliff>';
    const view = readFormat(text, 'xliff', 'x');
    expect(view.units.map((u) => [u.id, u.source?.text, u.target?.text, u.target?.codes])).toEqual([
      ['u1/s1', 'Hi  .', 'Hallo  .', ['ph#1']],
      ['u1/s2', 'Bye.', 'Tschüss.', []],
    ]);
  });

  it('reports target artifacts and bilingual checks at the line and column of the file', () => {
    expect(findings('catalogue.xlf').map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([
      '15:60 spacing/space-before-punctuation',
      '19:66 bilingual/numbers',
      '19:84 repetition/doubled-word',
      '31:36 bilingual/inline-codes',
      '34:17 bilingual/empty-target',
      '47:36 bilingual/inline-codes',
    ]);
  });

  it('names the line and column of an unclosed target, and refuses a file that is not XLIFF', () => {
    expect(() => readFormat('<xliff>\n<file><body><trans-unit id="1"><source>a</source><target>b</trans-unit></body></file></xliff>', 'xliff', 'a.xlf')).toThrow(
      /a\.xlf:2:50: <target> is not closed/,
    );
    expect(() => readFormat('<html><p>Hi</p></html>', 'xliff', 'a.xlf')).toThrow(/a\.xlf:1:1: not an XLIFF file \(no <xliff> element\)/);
  });
});

describe('PO', () => {
  it('reads msgstr only, joining its lines and decoding escapes; the header is not a unit', () => {
    const view = readFormat(fixture('messages.po'), 'po', 'messages.po');
    expect(view.units.map((u) => u.id)).toEqual(['Read the full story', '%d comments on "%s"', 'Share by email', 'Visit www.harbour.example for more', 'One article', 'One article[1]', 'Business news']);
    // `%d` and `%s` blanked, `\"` decoded, the two string lines joined.
    expect(prose(fixture('messages.po'), 'po')).toContain('Kommentare zu "  " , heute');
  });

  it('reports at the line and column of the file', () => {
    // trailing-block takes short UI strings at the end of a catalogue (`Ein Artikel`) for furniture; not this test's concern.
    const found = findings('messages.po').filter((f) => !f.includes('furniture/trailing-block'));
    // (`zu "%s" , heute`: a space before the comma after the placeholder's quotes.)
    expect(found.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['18:25 spacing/space-before-punctuation', '23:9 repetition/doubled-word', '33:12 bilingual/inline-codes', '36:8 bilingual/empty-target']);
  });

  it('names the line and column of a malformed line', () => {
    expect(() => readFormat('msgid "a"\nmsgstr "b\n', 'po', 'm.po')).toThrow(/m\.po:2:8: unterminated string/);
    expect(() => readFormat('msgid "a"\nmsgstring "b"\n', 'po', 'm.po')).toThrow(/m\.po:2:1: expected msgid/);
  });
});

describe('subtitles', () => {
  it('SRT: cue text only, tags gone, each cue a paragraph', () => {
    expect(prose(fixture('episode.srt'), 'srt')).toEqual([
      'Dock workers returned to work\non Tuesday , the union said.',
      'The deal raises wages by by 4.5 per cent.',
      '- We are relieved.\n- So are we.',
    ]);
    expect(findings('episode.srt').map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['4:11 spacing/space-before-punctuation', '8:29 repetition/doubled-word']);
  });

  it('WebVTT: header, STYLE and NOTE blocks, identifiers and settings left out, entities decoded', () => {
    expect(prose(fixture('episode.vtt'), 'vtt')).toEqual(['Dock workers returned to work on Tuesday , the union said.', 'The deal raises wages by by 4.5 per cent & more.']);
    expect(findings('episode.vtt').map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual(['10:54 spacing/space-before-punctuation', '13:23 repetition/doubled-word']);
    expect(() => readFormat('1\n00:00:01.000 --> 00:00:02.000\nHi\n', 'vtt', 'a.vtt')).toThrow(/a\.vtt:1:1: a WebVTT file starts with "WEBVTT"/);
  });
});

describe('both spans of a bilingual finding', () => {
  const xliff = [
    '<xliff version="1.2"><file source-language="zh" target-language="en"><body>',
    '<trans-unit id="7"><source>销售额下降21%，至34亿元。</source>',
    '<target>Sales fell 12% to 3.4 billion yuan.</target></trans-unit>',
    '</body></file></xliff>',
  ].join('\n');
  const bilingual = compileRules(rules.filter((r) => r.id === 'bilingual/numbers'));

  it('carries the source span as its related span, in the library API and the JSON and SARIF reports', async () => {
    const found = lintSource(xliff, bilingual, 'sales.xlf');
    expect(found.map((f) => [xliff.slice(f.offset, f.offset + f.length), f.related && xliff.slice(f.related.offset, f.related.offset + f.related.length)])).toEqual([['12', '21']]);
    const positioned = positionFindings(new Document(xliff), found);
    const { formatJson } = await import('../../src/report/json.js');
    const { formatSarif } = await import('../../src/report/sarif.js');
    const json = JSON.parse([...formatJson([{ path: 'sales.xlf', source: xliff, findings: positioned }])].join(''));
    expect(json.files[0].findings[0]).toMatchObject({ line: 3, column: 20, text: '12', related: { label: 'source', line: 2, column: 33, endLine: 2, endColumn: 35, text: '21' } });
    const sarif = JSON.parse(formatSarif([{ path: 'sales.xlf', source: xliff, findings: positioned }], rules, '0'));
    expect(sarif.runs[0].results[0].relatedLocations).toEqual([
      { id: 1, message: { text: 'source' }, physicalLocation: { artifactLocation: { uri: 'sales.xlf', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 33, endLine: 2, endColumn: 35, snippet: { text: '21' } } } },
    ]);
  });

  it('places a related span in the original that --source names', () => {
    const original = { path: 'original.txt', text: '董事会周一召开会议。\n\n销售额下降21%，至34亿元。\n' };
    const article = 'The board met on Monday.\n\nSales fell 12% to 3.4 billion yuan.\n';
    const found = lintSource(article, bilingual, 'article.txt', 'text', { original });
    const [f] = positionFindings(new Document(article), found, new Document(original.text, original.path));
    expect([f.text, f.related]).toMatchObject(['12', { path: 'original.txt', line: 3, column: 6, text: '21' }]);
  });
});

describe('files that are sets of units', () => {
  it('are not read as pages: trailing-block does not take a PO file’s last strings for a page’s end', () => {
    const po = ['Home', 'Share this article on Facebook and Twitter', 'Subscribe', 'All rights reserved'].map((s) => `msgid "${s}"\nmsgstr "${s}!"\n`).join('\n');
    const trailing = compileRules(rules.filter((r) => r.kind === 'trailing-block'));
    expect(lintSource(po, trailing, 'site.po')).toEqual([]);
    // The same lines as a page's end are furniture.
    const page = `The council approved the budget on Monday after a long debate about schools and roads.\n\n${['Home', 'Share this article on Facebook and Twitter', 'Subscribe', 'All rights reserved'].join('\n')}\n`;
    expect(lintSource(page, trailing, 'page.txt').map((f) => f.rule)).toContain('furniture/trailing-block');
  });
});
