// The language server's latency (part of npm run bench): how long after an edit the diagnostics of a
// ~5,000-word article arrive, through a real client over stdio, the server pinned to one core like the CLI.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startClient } from '../tests/helpers/lsp-client.mjs';

const WORDS = 5000;
const EDITS = 21;
/** Longer than the server's lint interval, so each edit comes after a pause, as one change by a person. */
const PAUSE_MS = 300;
/** Keystrokes of a typing burst, and the time between them (about 300 characters a minute). */
const KEYSTROKES = 20;
const KEYSTROKE_MS = 40;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** MT articles of the corpus, one after the other, until there are about WORDS words. */
function article(articlesDir) {
  const parts = [];
  let words = 0;
  for (const f of readdirSync(articlesDir).sort()) {
    const text = readFileSync(path.join(articlesDir, f), 'utf8');
    parts.push(text.trim());
    words += text.split(/\s+/).filter(Boolean).length;
    if (words >= WORDS) break;
  }
  return { text: `${parts.join('\n\n')}\n`, words };
}

/**
 * Opens the article, then (1) edits it after a pause, EDITS times: the time from sending the change to its
 * diagnostics; (2) types KEYSTROKES characters KEYSTROKE_MS apart: the time from the last one to its diagnostics.
 */
export async function benchLsp(articlesDir, outDir, pin) {
  const { text, words } = article(articlesDir);
  const client = await startClient(outDir, pin);
  const uri = pathToFileURL(path.join(outDir, 'lsp-article.txt')).href;
  let version = 1;
  const opened = client.diagnostics(uri);
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
  const findings = (await opened).diagnostics.length;
  // Inserting and removing a doubled word at the start: each edit changes the findings, so each lint is real.
  const edit = (i) => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: i % 2 ? 0 : 6 } }, text: i % 2 ? 'by by ' : '' });
  const single = [];
  for (let i = 1; i <= EDITS; i++) {
    await sleep(PAUSE_MS);
    const published = client.diagnostics(uri, ++version);
    const sent = performance.now();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit(i)] });
    const p = await published;
    if (p.version !== version) throw new Error(`bench: diagnostics for version ${p.version}, expected ${version}`);
    single.push(client.published.at(-1).at - sent);
  }
  await sleep(PAUSE_MS);
  let lastSent = 0;
  for (let k = 0; k < KEYSTROKES; k++) {
    if (k) await sleep(KEYSTROKE_MS);
    lastSent = performance.now();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: { line: 0, character: k }, end: { line: 0, character: k } }, text: 'x' }],
    });
  }
  const before = client.published.length;
  await client.diagnostics(uri, version);
  const burst = client.published.at(-1).at - lastSent;
  const lintsInBurst = client.published.length - before;
  await client.close();
  console.log(`\nlanguage server (mtlint lsp over stdio, one core): a ${words}-word article, ${findings} findings`);
  console.log(`  diagnostics after one edit: median ${median(single).toFixed(1)} ms, max ${Math.max(...single).toFixed(1)} ms (${EDITS} edits, ${PAUSE_MS} ms apart)`);
  console.log(`  after the last of ${KEYSTROKES} keystrokes ${KEYSTROKE_MS} ms apart: ${burst.toFixed(1)} ms (the lint interval included)`);
  console.log('  goal: < 100 ms after an edit');
}
