import { chmodSync, closeSync, mkdirSync, chownSync, linkSync, lstatSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BIN } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

// A rename that fails, as on a full or read-only disk; a directory the user may not create files in
// (the tests run as root, whom permissions do not stop).
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const fail = (code: string) => {
    throw Object.assign(new Error(code), { code });
  };
  return {
    ...fs,
    renameSync: (from: string, to: string) => (to.endsWith('fail-rename.txt') ? fail('ENOSPC') : fs.renameSync(from, to)),
    openSync: (file: string, ...rest: Parameters<typeof fs.openSync> extends [unknown, ...infer R] ? R : never) =>
      file.includes('/locked/') && file.endsWith('.tmp') ? fail('EACCES') : fs.openSync(file, ...rest),
  };
});

// The suite shares modules between test files (vitest.config.ts: isolate false): write.js is loaded afresh here, so it
// sees the mock, and loaded afresh again after this file, so no other file sees it.
vi.resetModules();
const { makeDirectory, removeStaleTempFiles, writeFileAtomic, writeReportFile } = await import('../src/write.js');
afterAll(() => {
  vi.doUnmock('node:fs');
  vi.resetModules();
});

describe('makeDirectory', () => {
  it('makes each missing level, and leaves existing ones alone', () => {
    const dir = tempDir('mtlint-mkdir-');
    makeDirectory(path.join(dir, 'a/b/c'));
    makeDirectory(path.join(dir, 'a/b/c'));
    expect(statSync(path.join(dir, 'a/b/c')).isDirectory()).toBe(true);
  });

  // Node 20's mkdirSync(…, { recursive: true }) loops for ever there.
  it.runIf(process.platform === 'linux')('fails at once under /proc', () => {
    expect(() => makeDirectory('/proc/mtlint-nope/x')).toThrow(/ENOENT/);
  });
});

describe('writeFileAtomic', () => {
  const dir = tempDir('mtlint-write-');

  it('replaces the file', () => {
    const file = path.join(dir, 'ok.txt');
    writeFileSync(file, 'old');
    writeFileAtomic(file, Buffer.from('new'), Buffer.from('old'));
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('keeps the original intact and removes the temporary file when the rename fails', () => {
    const file = path.join(dir, 'fail-rename.txt');
    writeFileSync(file, 'original');
    expect(() => writeFileAtomic(file, Buffer.from('fixed'), Buffer.from('original'))).toThrow('fail-rename.txt: cannot write the fixed file: ENOSPC');
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('does not overwrite a file that changed on disk during the run', () => {
    const file = path.join(dir, 'changed.txt');
    writeFileSync(file, 'edited by someone else');
    expect(() => writeFileAtomic(file, Buffer.from('fixed'), Buffer.from('what was read'))).toThrow(/changed on disk while mtlint ran/);
    expect(readFileSync(file, 'utf8')).toBe('edited by someone else');
  });

  it.each([0o664, 0o777, 0o600, 0o640])('keeps mode %o whatever the umask', (mode) => {
    const file = path.join(dir, `mode-${mode.toString(8)}.txt`);
    writeFileSync(file, 'old');
    chmodSync(file, mode);
    writeFileAtomic(file, Buffer.from('new'), Buffer.from('old'));
    expect(statSync(file).mode & 0o7777).toBe(mode);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it.runIf(process.getuid?.() === 0)('keeps the owner and group', () => {
    const file = path.join(dir, 'owned.txt');
    writeFileSync(file, 'old');
    chownSync(file, 1234, 5678);
    writeFileAtomic(file, Buffer.from('new'), Buffer.from('old'));
    expect(statSync(file)).toMatchObject({ uid: 1234, gid: 5678 });
  });

  it('writes through a symbolic link to its target, and the link stays a link', () => {
    const target = path.join(dir, 'target.txt');
    const link = path.join(dir, 'link.txt');
    writeFileSync(target, 'old');
    symlinkSync('target.txt', link);
    writeFileAtomic(link, Buffer.from('new'), Buffer.from('old'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('writes in place, keeping hard links, when a file has several names', () => {
    const file = path.join(dir, 'linked.txt');
    writeFileSync(file, 'old text');
    linkSync(file, path.join(dir, 'other-name.txt'));
    writeFileAtomic(file, Buffer.from('new'), Buffer.from('old text'));
    expect(readFileSync(path.join(dir, 'other-name.txt'), 'utf8')).toBe('new');
  });

  it('writes in place when the directory cannot be written but the file can', () => {
    const locked = path.join(tempDir('mtlint-write-'), 'locked');
    mkdirSync(locked);
    const file = path.join(locked, 'a.txt');
    writeFileSync(file, 'a longer old text');
    const inode = statSync(file).ino;
    writeFileAtomic(file, Buffer.from('short'), Buffer.from('a longer old text'));
    expect(readFileSync(file, 'utf8')).toBe('short');
    expect(statSync(file).ino).toBe(inode);
    expect(readdirSync(locked)).toEqual(['a.txt']);
  });
});

describe('writeReportFile', () => {
  it('writes a report through a link into the linked file, keeping its mode', () => {
    const dir = tempDir('mtlint-report-');
    writeFileSync(path.join(dir, 'report.txt'), 'old');
    chmodSync(path.join(dir, 'report.txt'), 0o640);
    symlinkSync('report.txt', path.join(dir, 'latest'));
    writeReportFile(path.join(dir, 'latest'), ['new ', 'report']);
    expect(lstatSync(path.join(dir, 'latest')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe('new report');
    expect(statSync(path.join(dir, 'report.txt')).mode & 0o7777).toBe(0o640);
  });

  // -o /dev/null as root once replaced the device with a regular file. Tested on a device node of our own.
  it.runIf(process.getuid?.() === 0)('writes into a device, and through a link to one, without replacing it', () => {
    const dir = tempDir('mtlint-report-');
    execFileSync('mknod', [path.join(dir, 'null'), 'c', '1', '3']);
    symlinkSync('null', path.join(dir, 'link'));
    writeReportFile(path.join(dir, 'null'), ['report']);
    writeReportFile(path.join(dir, 'link'), ['report']);
    expect(statSync(path.join(dir, 'null')).isCharacterDevice()).toBe(true);
    expect(lstatSync(path.join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['link', 'null']);
  });
});

describe('-o /dev/stdout', () => {
  // `{ echo before; mtlint -o /dev/stdout …; } > log.txt`: /dev/stdout names log.txt, which must not be replaced.
  it.runIf(process.platform === 'linux')('writes through standard output when it goes to a file, after what is there', () => {
    const dir = tempDir('mtlint-report-');
    writeFileSync(path.join(dir, 'story.txt'), 'He said it by by the way.\n');
    writeFileSync(path.join(dir, 'log.txt'), 'before\n');
    const fd = openSync(path.join(dir, 'log.txt'), 'a');
    spawnSync(process.execPath, [BIN, '--no-config', '-f', 'compact', '-o', '/dev/stdout', 'story.txt'], { cwd: dir, stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    expect(readFileSync(path.join(dir, 'log.txt'), 'utf8')).toBe('before\nstory.txt:1:12: error repetition/doubled-word: Doubled "by"\n');
  });

  it.runIf(process.platform === 'linux')('writes the file as any other when standard output is open on it for reading only', () => {
    const dir = tempDir('mtlint-report-');
    writeFileSync(path.join(dir, 'story.txt'), 'He said it by by the way.\n');
    writeFileSync(path.join(dir, 'report.txt'), 'old\n');
    const fd = openSync(path.join(dir, 'report.txt'), 'r');
    const r = spawnSync(process.execPath, [BIN, '--no-config', '-f', 'compact', '-o', 'report.txt', 'story.txt'], { cwd: dir, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect([r.status, r.stderr]).toEqual([1, '']);
    expect(readFileSync(path.join(dir, 'report.txt'), 'utf8')).toBe('story.txt:1:12: error repetition/doubled-word: Doubled "by"\n');
  });
});

describe('removeStaleTempFiles', () => {
  it("removes the temporary files of processes that are gone, and no one else's", () => {
    const dir = tempDir('mtlint-stale-');
    const dead = 2 ** 22 + 17; // above Linux's largest process id
    const names = [`.a.txt.mtlint-${dead}.tmp`, `.b.txt.mtlint-${process.pid}.tmp`, `.c.txt.mtlint-${process.ppid}.tmp`, 'a.txt', '.a.txt.tmp'];
    for (const name of names) writeFileSync(path.join(dir, name), 'x');
    removeStaleTempFiles(dir);
    expect(readdirSync(dir).sort()).toEqual(['.a.txt.tmp', `.c.txt.mtlint-${process.ppid}.tmp`, 'a.txt']);
  });
});
