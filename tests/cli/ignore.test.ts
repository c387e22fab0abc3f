// Ignore files apply to files named on the command line too, as pre-commit names every staged file: run() and
// printConfig() in this process; the real binary for --print-config's output.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mtlint } from '../helpers/cli.js';
import { lintInProcess } from '../helpers/in-process.js';
import { type RunOptions, printConfig } from '../../src/run.js';
import { tempDir } from '../helpers/temp.js';

const lint = (paths: string[], cwd: string, options: Partial<RunOptions> = {}) => lintInProcess(paths, { cwd, format: 'json', ...options });

const BAD = 'It was held by by them.\n';

function project() {
  const dir = tempDir('mtlint-ignore-');
  for (const sub of ['drafts', 'articles/old', 'articles/new']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, '.mtlintignore'), 'drafts/\n');
  writeFileSync(path.join(dir, 'mtlint.config.yaml'), 'ignore: [articles/old/]\n');
  for (const f of ['drafts/a.txt', 'articles/old/b.txt', 'articles/new/c.txt']) writeFileSync(path.join(dir, f), BAD);
  return dir;
}

describe('ignored files named outright', () => {
  it('are skipped with a note, exit 0, by .mtlintignore and by the config', async () => {
    const dir = project();
    const r = await lint(['drafts/a.txt', 'articles/old/b.txt'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files).toEqual([]);
    expect(r.stderr).toBe(
      "mtlint: drafts/a.txt: ignored by .mtlintignore or the config's ignore (--no-ignore lints it)\n" +
        "mtlint: articles/old/b.txt: ignored by .mtlintignore or the config's ignore (--no-ignore lints it)\n",
    );
  });

  it('.mtlintignore is found walking up from a subdirectory', async () => {
    const dir = project();
    const r = await lint(['../../drafts/a.txt', 'c.txt'], path.join(dir, 'articles/new'));
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['c.txt']);
    expect(r.code).toBe(1);
  });

  it('--print-config says which config, whether the file is ignored, and each rule with its severity', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'mtlint.config.yaml'), 'ignore: [articles/old/]\noverrides:\n  repetition/doubled-word: warning\nfailOn: warning\n');
    const printed = async (file: string) => JSON.parse(await printConfig(file, { cwd: dir, rulesDirs: [], only: [], disable: [] }));
    expect(JSON.parse(mtlint(['--print-config', 'articles/old/b.txt'], { cwd: dir }).stdout)).toEqual(await printed('articles/old/b.txt'));
    const old = await printed('articles/old/b.txt');
    expect(old).toMatchObject({ file: 'articles/old/b.txt', config: path.join(dir, 'mtlint.config.yaml'), ignored: true, failOn: 'warning', maxWarnings: null });
    expect(old.rules['repetition/doubled-word']).toEqual({ severity: 'warning', options: expect.any(Object) });
    expect((await printed('articles/new/c.txt')).ignored).toBe(false);
    expect((await printed('drafts/a.txt')).ignored).toBe(true);
    // One file: a path beside it is a usage error, not left out without a word.
    expect(mtlint(['--print-config', 'drafts/a.txt', 'c.txt'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'mtlint: --print-config takes one file and lints nothing; leave out c.txt\n' });
  });

  it('--no-ignore lints them', async () => {
    const dir = project();
    const r = await lint(['drafts/a.txt', 'articles/old/b.txt', 'drafts'], dir, { noIgnore: true });
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(['drafts/a.txt', 'articles/old/b.txt']);
    expect(r.code).toBe(1);
  });
});
