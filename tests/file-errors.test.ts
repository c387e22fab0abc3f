// A file that cannot be linted is a fatal finding in every format; the rest of the report is written, exit 2. run() in
// this process, as the CLI runs it.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { RunOptions } from '../src/run.js';
import { lintInProcess } from './helpers/in-process.js';
import { canActAsNobody, mtlintAsNobody, whyNotNobody } from './helpers/nobody.js';
import { xmlEntries } from './helpers/xml.js';
import { validateSarif } from './helpers/sarif.js';
import { tempDir } from './helpers/temp.js';

const mtlint = (paths: string[], options: Partial<RunOptions> & { cwd: string }) => lintInProcess(paths, options);

const dir = tempDir('mtlint-bad-');
mkdirSync(path.join(dir, 'articles'));
const write = (name: string, data: string | Buffer) => writeFileSync(path.join(dir, 'articles', name), data);
write('a-good.txt', 'The summit was attended by by the leaders.\n');
write('b-latin1.txt', Buffer.from('Line one.\ncaf\xe9 au lait\n', 'latin1'));
write('c-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x00, 0x00, 0xff]));
write('d-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello\n', 'utf16le')]));
write('e-utf16-no-bom.txt', Buffer.from('Hello there, world\n', 'utf16le'));
write('z-good.txt', 'It ended , they said.\n');
const ARGS = ['articles', 'missing.txt'];

const STDERR = [
  'mtlint: missing.txt: no such file or directory',
  'mtlint: articles/b-latin1.txt:2:4: not valid UTF-8 (byte 0xe9 at offset 13)',
  'mtlint: articles/c-binary.txt:1:5: binary file (a NUL byte at offset 4); mtlint reads UTF-8 text',
  'mtlint: articles/d-utf16.txt:1:1: UTF-16LE text; mtlint reads UTF-8 (convert it, e.g. iconv -f UTF-16LE -t UTF-8)',
  'mtlint: articles/e-utf16-no-bom.txt:1:1: UTF-16LE text; mtlint reads UTF-8 (convert it, e.g. iconv -f UTF-16LE -t UTF-8)',
];

describe('files that cannot be linted', () => {
  it('json: an ESLint-style fatal finding per bad file, every other file reported, exit 2', async () => {
    const r = await mtlint(ARGS, { format: 'json', cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(STDERR);
    const files = JSON.parse(r.stdout).files as { path: string; findings: { rule: string; fatal?: boolean; line: number; column: number; offset: number }[] }[];
    const byPath = Object.fromEntries(files.map((f) => [f.path, f.findings]));
    expect(byPath['articles/a-good.txt'].map((f) => f.rule)).toEqual(['repetition/doubled-word']);
    expect(byPath['articles/z-good.txt'].map((f) => f.rule)).toEqual(['spacing/space-before-punctuation']);
    expect(byPath['articles/b-latin1.txt']).toEqual([expect.objectContaining({ rule: 'mtlint/file-error', fatal: true, line: 2, column: 4, offset: 13 })]);
    expect(byPath['missing.txt']).toEqual([expect.objectContaining({ rule: 'mtlint/file-error', fatal: true, severity: 'error' })]);
    // A path that names nothing comes first, then the files in order: a file that cannot be read keeps its place.
    expect(files.map((f) => f.path)).toEqual(['missing.txt', ...['a-good', 'b-latin1', 'c-binary', 'd-utf16', 'e-utf16-no-bom', 'z-good'].map((n) => `articles/${n}.txt`)]);
  });

  it('sarif: tool execution notifications beside the results, valid against the schema, written with -o', async () => {
    const r = await mtlint(ARGS, { format: 'sarif', outputFile: 'out/report.sarif', cwd: dir });
    expect(r.code).toBe(2);
    const log = JSON.parse(readFileSync(path.join(dir, 'out/report.sarif'), 'utf8'));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const [run] = log.runs;
    expect(run.results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['repetition/doubled-word', 'spacing/space-before-punctuation']);
    expect(run.invocations[0].executionSuccessful).toBe(false);
    const notes = run.invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(5);
    expect(notes[1]).toEqual({
      level: 'error',
      message: { text: 'not valid UTF-8 (byte 0xe9 at offset 13)' },
      descriptor: { id: 'mtlint/file-error' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'articles/b-latin1.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 4 } } }],
    });
  });

  it('a report read on the terminal holds the errors; they are not told again on stderr, but with -o they are', async () => {
    const shown = await lintInProcess(ARGS, { cwd: dir }, true);
    expect(shown.code).toBe(2);
    expect(shown.stderr).toBe('');
    expect(shown.stdout).toContain('binary file (a NUL byte at offset 4)');
    const written = await lintInProcess(ARGS, { cwd: dir, outputFile: 'out/report.txt' }, true);
    expect(written.code).toBe(2);
    expect(written.stderr.trim().split('\n')).toEqual(STDERR);
  });

  it.each([
    ['stylish', (out: string) => out.includes('articles/b-latin1.txt\n  2:4     error   not valid UTF-8') && out.includes('Doubled "by"')],
    ['compact', (out: string) => out.includes('articles/c-binary.txt:1:5: error mtlint/file-error: binary file') && out.includes('articles/z-good.txt:1:9: warning')],
    ['github', (out: string) => out.includes('::error file=articles/d-utf16.txt,line=1,col=1') && out.includes('title=repetition/doubled-word')],
  ] as const)('%s: the bad files and the good ones', async (format, holds) => {
    const r = (await mtlint(ARGS, { format, cwd: dir }));
    expect(r.code).toBe(2);
    expect(holds(r.stdout), r.stdout).toBe(true);
  });

  it.each(['junit', 'checkstyle'] as const)('%s: well-formed, an entry per bad file and per finding', async (format) => {
    const xml = (await mtlint(ARGS, { format, cwd: dir })).stdout;
    expect(xmlEntries(format, xml)).toHaveLength(7);
  });

  it('junit: a bad file is an error, a finding a failure, a clean file a passing test case', async () => {
    const clean = tempDir('mtlint-clean-');
    writeFileSync(path.join(clean, 'ok.txt'), 'The ministers met on Monday.\n');
    const xml = (await mtlint([path.join(clean, 'ok.txt'), ...ARGS], { format: 'junit', cwd: dir })).stdout;
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(xml);
    expect([doc.testsuites['@_tests'], doc.testsuites['@_failures'], doc.testsuites['@_errors']]).toEqual(['8', '2', '5']);
    const ok = doc.testsuites.testsuite.find((s: { '@_name': string }) => s['@_name'].endsWith('ok.txt'));
    expect(ok.testcase).toEqual([{ '@_classname': path.join(clean, 'ok.txt'), '@_name': 'mtlint' }]);
  });

  it('--fix fixes the other files and reports the bad one', async () => {
    const work = tempDir('mtlint-fix-bad-');
    writeFileSync(path.join(work, 'a.txt'), 'It was held by by them.\n');
    writeFileSync(path.join(work, 'b.txt'), Buffer.from('caf\xe9\n', 'latin1'));
    const r = await mtlint(['.'], { fix: true, format: 'compact', cwd: work });
    expect(r.code).toBe(2);
    expect(readFileSync(path.join(work, 'a.txt'), 'utf8')).toBe('It was held by them.\n');
    expect(r.stdout).toBe('./b.txt:1:4: error mtlint/file-error: not valid UTF-8 (byte 0xe9 at offset 3)\n');
  });

  // Root reads any file whatever its mode: as root (how CI runs), mtlint runs as nobody, in a process of its own.
  const root = process.getuid?.() === 0;
  it.skipIf(root && !canActAsNobody)(`an unreadable file is one too${root && !canActAsNobody ? ` (skipped: ${whyNotNobody})` : ''}`, async () => {
    const locked = tempDir('mtlint-locked-');
    chmodSync(locked, 0o755);
    writeFileSync(path.join(locked, 'a.txt'), 'x by by y\n');
    writeFileSync(path.join(locked, 'b.txt'), 'fine\n');
    chmodSync(path.join(locked, 'b.txt'), 0o000);
    const r = root ? mtlintAsNobody(['--format', 'json', '.'], locked) : await mtlint(['.'], { format: 'json', cwd: locked });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mtlint: ./b.txt: cannot read: permission denied (EACCES)\n');
    expect(JSON.parse(r.stdout).summary.errors).toBe(2);
  });
});

describe('positions after --fix', () => {
  it('a finding left after the fixes is placed by the file\'s lines in every format (HTML, PO, XLIFF)', async () => {
    const d = tempDir('mtlint-fixpos-');
    writeFileSync(path.join(d, 'page.html'), '<html><body>\n<p>The talks went well.</p>\n<p>It will last <b>last</b> days.</p>\n</body></html>\n');
    const plain = await lintInProcess(['page.html'], { cwd: d, format: 'compact' });
    const fixed = await lintInProcess(['page.html'], { cwd: d, format: 'compact', fixDryRun: true });
    expect(plain.stdout).toContain('page.html:3:12: error repetition/doubled-word');
    // (--fix-dry-run writes the report to stderr; the fix over markup is not taken, the finding stays where it was.)
    expect(fixed.stderr).toContain('page.html:3:12: error repetition/doubled-word');
  });
});

describe('--fix-dry-run patch paths', () => {
  it('a path given as ./name goes into the patch as name, as git apply wants it', async () => {
    const d = tempDir('mtlint-patchpath-');
    writeFileSync(path.join(d, 'art.txt'), 'The the talks went well.\n');
    const r = await lintInProcess(['./art.txt'], { cwd: d, format: 'compact', fixDryRun: true });
    expect(r.stdout).toContain('--- a/art.txt\n+++ b/art.txt\n');
  });
});
