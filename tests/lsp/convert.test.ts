import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/fix.js';
import { codeActionsFor, toDiagnostic } from '../../src/lsp/convert.js';
import type { Finding } from '../../src/types.js';

const finding = (text: string, span: string, over: Partial<Finding> = {}): Finding => ({
  rule: 'repetition/doubled-word',
  severity: 'warning',
  category: 'repetition',
  message: 'm',
  offset: text.indexOf(span),
  length: span.length,
  ...over,
});
const doc = (text: string) => TextDocument.create('file:///a.md', 'markdown', 1, text);
/** The text after the action with the given title ending. */
function applied(text: string, f: Finding, title: string, format: 'text' | 'markdown' = 'text'): string {
  const d = doc(text);
  const action = codeActionsFor(d, f, format).find((a) => a.title.endsWith(title))!;
  return TextDocument.applyEdits(d, action.edit!.changes!['file:///a.md']);
}

describe('LSP conversion', () => {
  it('places diagnostics in UTF-16 positions, lines from 0', () => {
    const text = 'one\n😀 by by\n';
    expect(toDiagnostic(doc(text), finding(text, 'by by'))).toEqual({
      range: { start: { line: 1, character: 3 }, end: { line: 1, character: 8 } },
      severity: 2,
      code: 'repetition/doubled-word',
      source: 'mtlint',
      message: 'm',
    });
  });

  it('gives a bilingual finding’s source as related information', () => {
    const text = '<source>21%</source>\n<target>12%</target>';
    const f = finding(text, '12', { rule: 'bilingual/numbers', related: { offset: text.indexOf('21'), length: 2, label: 'source' } });
    expect(toDiagnostic(doc(text), f).relatedInformation).toEqual([
      { location: { uri: 'file:///a.md', range: { start: { line: 0, character: 8 }, end: { line: 0, character: 10 } } }, message: 'source' },
    ]);
  });

  it('turns a rule off at the end of the line, before a CRLF', () => {
    const text = 'a by by b\r\nnext\r\n';
    expect(applied(text, finding(text, 'by by'), 'for this line')).toBe('a by by b <!-- mtlint-disable-line repetition/doubled-word -->\r\nnext\r\n');
  });

  it('turns a rule off for the file at the top, after a BOM, in the file’s line breaks', () => {
    const text = '\uFEFFa by by b\r\n';
    expect(applied(text, finding(text, 'by by'), 'for this file')).toBe('\uFEFF<!-- mtlint-disable repetition/doubled-word -->\r\na by by b\r\n');
  });

  it('keeps Markdown front matter first, also when it ends the file', () => {
    const text = '---\ntitle: x\n---';
    expect(applied(text, finding(text, 'x'), 'for this file', 'markdown')).toBe('---\ntitle: x\n---\n<!-- mtlint-disable repetition/doubled-word -->\n');
  });

  it('changes exactly the fix’s characters at a line break, and offers no fix that --fix would skip', () => {
    const text = 'the\r\nthe\r\ntalks';
    const f = finding(text, 'the\r\nthe', { fix: { offset: 3, length: 5, text: '' } });
    expect(applied(text, f, 'remove "\\r\\nthe"')).toBe(applyEdits(text, [f.fix!]).text);
    // An edit between the \r and \n splits a grapheme cluster: --fix leaves it out, and so does the server.
    const g = finding(text, 'the\r\nthe', { fix: { offset: 5, length: 4, text: '' } });
    expect(codeActionsFor(doc(text), g, 'text').map((a) => a.title).filter((t) => t.startsWith('Fix'))).toEqual([]);
  });

  it('offers a fix that removes text, and suggestions in place of the span', () => {
    const text = 'a by by b';
    const f = finding(text, 'by by', { fix: { offset: 4, length: 3, text: '' }, suggestions: ['by'] });
    expect(codeActionsFor(doc(text), f, 'text').map((a) => a.title)).toEqual([
      'Fix: remove " by"',
      'Replace with "by"',
      'Disable repetition/doubled-word for this line',
      'Disable repetition/doubled-word for this file',
    ]);
    expect(applied(text, f, 'remove " by"')).toBe('a by b');
    expect(applied(text, f, 'with "by"')).toBe('a by b');
  });
});
