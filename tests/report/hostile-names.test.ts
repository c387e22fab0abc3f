// Issue 13's hostile-name test: file names and text that try to drive a terminal or inject a line, in every
// format. No raw control character reaches the output, and every machine format reads back the name.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { Document } from '../../src/document.js';
import { compileRules, lintDocument } from '../../src/engine.js';
import { fixText } from '../../src/fix.js';
import { fixPatch } from '../../src/patch.js';
import { FORMATS, formatReport } from '../../src/report/index.js';
import { positionFindings, type FileResult } from '../../src/report/result.js';
import { BUILT_IN_RULES, loadRules } from '../../src/rules/load.js';
import { mtlint } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const NAMES = [
  'issue #12?.txt',
  'a b%20c&d.txt',
  'évian ☕ 日本.txt',
  'new\nline.txt',
  'title\x1b]0;pwned\x07.txt',
  'clear\x1b[2J\x1b[H.txt',
  'cr\rover.txt',
  'bidi\u202Etxt.exe',
  'c1\x9b31m.txt',
  'tab\tname.txt',
  '::error file=x::y.txt',
  'q"&<>\'.txt',
  'comma,colon:%.txt',
  'dir/sub dir/a.txt',
  'del\x7f\u2028sep.txt',
];
const TEXT = 'The the \x1b[2J screen\x07 went\u202E on on, said \x1b]8;;http://x\x07link\x1b]8;;\x07 ok.\n';

const { rules } = await loadRules([{ dir: BUILT_IN_RULES, builtIn: true }]);
const compiled = compileRules(rules);
const results: FileResult[] = NAMES.map((name) => {
  const doc = new Document(TEXT, name);
  return { path: name, source: TEXT, findings: positionFindings(doc, lintDocument(doc, compiled)) };
});
const findings = results.reduce((n, r) => n + r.findings.length, 0);
const report = async (format: (typeof FORMATS)[number]) => [...(await formatReport(format, results, { rules, color: false, version: '0' }))].join('');

/** C0 and C1 controls but LF, DEL, bidi controls, line and paragraph separators. */
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
/** How the terminal formats show a name: controls as `\x1b`, `\u202e`. */
const visible = (s: string) => s.replace(new RegExp(RAW_CONTROL.source, 'g'), (c) => (c.charCodeAt(0) <= 0xff ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)).replace(/\n/g, '\\x0a');

describe('hostile file names and text', () => {
  it('give findings in every file', () => {
    expect(results.every((r) => r.findings.length >= 3)).toBe(true);
  });

  it.each(FORMATS)('%s: no raw control or bidi character in the output', async (format) => {
    const out = await report(format);
    expect(out.match(RAW_CONTROL)?.[0]).toBeUndefined();
  });

  it('stylish: a header line per file with the name shown visibly', async () => {
    const lines = (await report('stylish')).split('\n');
    for (const name of NAMES) expect(lines).toContain(visible(name));
  });

  it('compact: one line per finding, each starting with the visible name', async () => {
    const lines = (await report('compact')).trimEnd().split('\n');
    expect(lines).toHaveLength(findings);
    // compact sorts its lines by path (code points), as sort(1) would.
    const sorted = [...results].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const expected = sorted.flatMap((r) => r.findings.map(() => `${visible(r.path)}:`));
    lines.forEach((line, i) => expect(line.startsWith(expected[i])).toBe(true));
  });

  it('github: one command per finding, and the runner reads back the file name', async () => {
    const lines = (await report('github')).trimEnd().split('\n');
    expect(lines).toHaveLength(findings);
    // The runner's unescaping of a property: %0D, %0A, %3A, %2C, then %25.
    const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
    const files = lines.map((l) => unescape(/^::(?:error|warning|notice) file=([^,]*),/.exec(l)![1]));
    // Names keep CR, LF, % , and :; other controls are shown as escapes.
    expect(files).toEqual(results.flatMap((r) => r.findings.map(() => githubName(r.path))));
  });

  it('json: the name and the text read back exactly', async () => {
    const json = JSON.parse(await report('json'));
    expect(json.files.map((f: { path: string }) => f.path)).toEqual(NAMES);
    expect(json.files[0].findings.map((f: { text: string }) => f.text)).toContain('\x1b');
  });

  it('sarif: every artifact URI is percent-encoded and decodes to the name', async () => {
    const sarif = JSON.parse(await report('sarif'));
    const uris: string[] = sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri);
    for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9\-_.!~*'()%/]+$/);
    expect([...new Set(uris.map(decodeURIComponent))]).toEqual(NAMES);
    expect(uris[0]).toBe('issue%20%2312%3F.txt');
  });

  it.each([
    ['junit', (x: any) => x.testsuites.testsuite.map((s: any) => s['@_name'])],
    ['checkstyle', (x: any) => x.checkstyle.file.map((f: any) => f['@_name'])],
  ] as const)('%s: valid XML that keeps every name (visibly escaped where XML 1.0 cannot hold a character)', async (format, names) => {
    const out = await report(format);
    expect(XMLValidator.validate(out)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, htmlEntities: true }).parse(out);
    // XML 1.0 has no place for ESC or BEL: they are written `\x1b`, `\x07`; everything else comes back as it was.
    const xmlName = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    expect(names(parsed)).toEqual(NAMES.map(xmlName));
  });

  it('the command line: a name with escape sequences and a newline is shown visibly', () => {
    const dir = tempDir('mtlint-hostile-');
    const name = 'evil\x1b]0;pwned\x07\nname.txt';
    writeFileSync(path.join(dir, name), TEXT);
    const r = mtlint(['--no-config', name], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.match(RAW_CONTROL)).toBeNull();
    expect(r.stdout.split('\n')[0]).toBe('evil\\x1b]0;pwned\\x07\\x0aname.txt');
  });
});

/** What the runner reads back from a github `file=` property: CR and LF kept, other controls as escapes. */
function githubName(name: string): string {
  return name.split(/(\r|\n)/).map((part) => (part === '\r' || part === '\n' ? part : visible(part))).join('');
}

describe('--diff of hostile names', () => {
  it('quotes names as git does: no raw control in a header line, and git apply fixes every file', () => {
    const dir = tempDir('mtlint-hostile-diff-');
    const lint = (text: string) => lintDocument(new Document(text), compiled);
    const fixed = fixText(TEXT, lint).text;
    expect(fixed).not.toBe(TEXT);
    const patches = NAMES.map((name) => {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), TEXT);
      return fixPatch(name, TEXT, fixed);
    });
    const headers = patches.flatMap((p) => p.split('\n').filter((l) => /^(---|\+\+\+) /.test(l)));
    expect(headers).toHaveLength(2 * NAMES.length);
    for (const line of headers) expect(line.match(RAW_CONTROL)?.[0], line).toBeUndefined();
    writeFileSync(path.join(dir, 'all.diff'), patches.join(''));
    execFileSync('git', ['apply', 'all.diff'], { cwd: dir });
    for (const name of NAMES) expect(readFileSync(path.join(dir, name), 'utf8'), name).toBe(fixed);
  });
});

describe('--diff on a file with a BOM', () => {
  it('gives a patch that git apply takes, with the same result as --fix', () => {
    const dir = tempDir('mtlint-bom-');
    const original = '\uFEFFThe the talks went on.\r\nSecond line.\rThird , line\n';
    writeFileSync(path.join(dir, 'a.txt'), original);
    const diff = mtlint(['--no-config', '--diff', 'a.txt'], { cwd: dir }).stdout;
    writeFileSync(path.join(dir, 'a.diff'), diff);
    execFileSync('git', ['apply', 'a.diff'], { cwd: dir });
    const applied = readFileSync(path.join(dir, 'a.txt'), 'utf8');
    writeFileSync(path.join(dir, 'a.txt'), original);
    mtlint(['--no-config', '--fix', 'a.txt'], { cwd: dir });
    expect(applied).not.toBe(original);
    expect(applied).toBe(readFileSync(path.join(dir, 'a.txt'), 'utf8'));
  });
});
