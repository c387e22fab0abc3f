// The language server through a real LSP client over stdio: `bin/mtlint lsp`, as an editor runs it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mtlint } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { startClient } from '../helpers/lsp-client.mjs';

const ARTICLE = 'The summit was attended by by the leaders , he said.\nIt ended.\n';
const rules = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('mtlint lsp', () => {
  let dir: string;
  let client: Awaited<ReturnType<typeof startClient>>;
  let version = 1;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).href;
  const open = (name: string, text: string) =>
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(name), languageId: 'plaintext', version: 1, text } });
  /** Replaces the whole text (a change any client may send), returning the diagnostics for it. */
  async function change(name: string, text: string) {
    const published = client.diagnostics(uriOf(name), ++version);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf(name), version }, contentChanges: [{ text }] });
    return published;
  }
  async function actions(name: string, text: string, d: Diagnostic): Promise<CodeAction[]> {
    return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: uriOf(name) }, range: d.range, context: { diagnostics: [d] } });
  }
  const apply = (name: string, text: string, action: CodeAction) =>
    TextDocument.applyEdits(TextDocument.create(uriOf(name), 'plaintext', 0, text), action.edit!.changes![uriOf(name)]);

  beforeAll(async () => {
    dir = tempDir('mtlint-lsp-');
    client = await startClient(dir);
  });
  afterAll(() => client?.close());

  it('publishes diagnostics on open, at the flagged words, and new ones on change', async () => {
    const opened = client.diagnostics(uriOf('a.txt'));
    await open('a.txt', ARTICLE);
    const { diagnostics } = await opened;
    expect(rules(diagnostics)).toEqual(['repetition/doubled-word', 'spacing/space-before-punctuation']);
    expect(diagnostics[0]).toMatchObject({ source: 'mtlint', severity: 1, message: 'Doubled "by"', range: { start: { line: 0, character: 24 }, end: { line: 0, character: 29 } } });
    expect(ARTICLE.slice(24, 29)).toBe('by by');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.published.filter((p: { uri: string }) => p.uri === uriOf('a.txt'))).toHaveLength(1); // linted once on open
    const changed = await change('a.txt', ARTICLE.replace('by by', 'by'));
    expect(rules(changed.diagnostics)).toEqual(['spacing/space-before-punctuation']);
    // Incremental changes are applied to the server's copy of the text, too.
    const next = client.diagnostics(uriOf('a.txt'), ++version);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uriOf('a.txt'), version },
      contentChanges: [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: 'the the ' }],
    });
    expect((await next).diagnostics.map((d) => [d.code, d.range.start])).toEqual([
      ['spacing/space-before-punctuation', { line: 0, character: 38 }],
      ['repetition/doubled-word', { line: 1, character: 3 }],
    ]);
  });

  it('offers the fix, each suggestion and disable directives; the fix gives what --fix gives', async () => {
    const text = 'Leaders met in Astana , he said.\n';
    const opened = client.diagnostics(uriOf('b.txt'));
    await open('b.txt', text);
    const [d] = (await opened).diagnostics;
    const offered = await actions('b.txt', text, d);
    expect(offered.map((a) => a.title)).toEqual([
      'Fix: " ," → ","',
      'Disable spacing/space-before-punctuation for this line',
      'Disable spacing/space-before-punctuation for this file',
    ]);
    expect(offered[0]).toMatchObject({ kind: 'quickfix', isPreferred: true, diagnostics: [d] });
    const linted = client.published.length;
    const fixed = apply('b.txt', text, offered[0]);
    expect(fixed).toBe(mtlint(['--fix', '-'], { input: text }).stdout);
    expect((await change('b.txt', fixed)).diagnostics).toEqual([]);
    for (const directive of offered.slice(1)) {
      const disabled = apply('b.txt', text, directive);
      expect(disabled).toContain('<!-- mtlint-disable');
      expect((await change('b.txt', disabled)).diagnostics).toEqual([]);
    }
    // A suggestion replaces the flagged text.
    const truncated = 'The minister said the talks were consi.\n';
    const [t] = (await change('b.txt', truncated)).diagnostics;
    const suggestions = (await actions('b.txt', truncated, t)).filter((a) => a.title.startsWith('Replace with'));
    expect(suggestions.length).toBeGreaterThan(0);
    expect(apply('b.txt', truncated, suggestions[0])).toMatch(/were \w+\.\n$/);
    // Only the changed document was linted again.
    expect(client.published.slice(linted).every((p: { uri: string }) => p.uri === uriOf('b.txt'))).toBe(true);
  });

  it('lints a burst of changes together, and ends with the diagnostics of the last text', async () => {
    const opened = client.diagnostics(uriOf('e.txt'));
    await open('e.txt', 'Calm text.\n');
    await opened;
    const before = client.published.length;
    const words = ['the', 'the', 'summit', 'was', 'attended', 'by', 'by', 'leaders', 'today', 'too'];
    let text = 'Calm text.\nSo ';
    for (const word of words) {
      text += `${word} `;
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uriOf('e.txt'), version: ++version }, contentChanges: [{ text }] });
    }
    const last = await client.diagnostics(uriOf('e.txt'), version);
    expect(rules(last.diagnostics)).toEqual(['repetition/doubled-word', 'repetition/doubled-word']);
    // Ten changes sent at once: the first is linted as it comes, the rest together once the interval has passed.
    expect(client.published.length - before).toBeLessThanOrEqual(3);
  });

  it('lints Markdown as the CLI does, and puts a file-wide directive after front matter', async () => {
    const text = '---\ntitle: by by\n---\nThe talks , he said. `by by`\n';
    const opened = client.diagnostics(uriOf('c.md'));
    await open('c.md', text);
    const { diagnostics } = await opened;
    expect(rules(diagnostics)).toEqual(['spacing/space-before-punctuation']);
    const disable = (await actions('c.md', text, diagnostics[0])).find((a) => a.title.endsWith('for this file'))!;
    expect(apply('c.md', text, disable)).toBe('---\ntitle: by by\n---\n<!-- mtlint-disable spacing/space-before-punctuation -->\nThe talks , he said. `by by`\n');
  });

  it('reloads the config when it changes, and says what is wrong with a broken one', async () => {
    expect(client.registrations).toEqual([expect.objectContaining({ method: 'workspace/didChangeWatchedFiles' })]);
    const text = 'It was attended by by the leaders , he said.\n';
    const opened = client.diagnostics(uriOf('d.txt'));
    await open('d.txt', text);
    expect(rules((await opened).diagnostics)).toContain('repetition/doubled-word');
    const config = path.join(dir, 'mtlint.config.yaml');
    const relinted = async (yaml: string) => {
      writeFileSync(config, yaml);
      const published = client.diagnostics(uriOf('d.txt'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
      return (await published).diagnostics;
    };
    expect(rules(await relinted('overrides:\n  repetition: off\n'))).toEqual(['spacing/space-before-punctuation']);
    expect(await relinted('overrides:\n  repetiton: off\n')).toEqual([]);
    expect(client.messages.at(-1)).toBe(`mtlint: ${config}:2:3: unknown rule or family "repetiton" in overrides (did you mean "repetition"?)`);
    expect(rules(await relinted('failOn: warning\n'))).toEqual(['repetition/doubled-word', 'spacing/space-before-punctuation']);
    // A file the config leaves out is left out in the editor too.
    expect(await relinted('ignore: [d.txt]\n')).toEqual([]);
  });
});
