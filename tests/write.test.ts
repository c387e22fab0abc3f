import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from './helpers/temp.js';

// A rename that fails, as on a full or read-only disk.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, renameSync: (from: string, to: string) => (to.endsWith('fail-rename.txt') ? (() => { throw Object.assign(new Error('no space'), { code: 'ENOSPC' }); })() : fs.renameSync(from, to)) };
});

const { writeFileAtomic } = await import('../src/write.js');

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
});
