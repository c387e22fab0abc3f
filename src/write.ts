// Atomic writes (fixed files, report files): a temporary file beside the target, then rename.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/**
 * Replace `file` with `text` unless its bytes differ from `expected` (what was read and linted):
 * a file edited during the run is left alone. Either the whole new file is in place or the old one is.
 */
export function writeFileAtomic(file: string, data: Uint8Array, expected: Uint8Array): void {
  const current = readFileSync(file);
  if (!Buffer.from(current).equals(Buffer.from(expected))) {
    throw new UsageError([{ file, message: 'changed on disk while mtlint ran; not overwritten (run again)' }]);
  }
  replaceFile(file, [data], statSync(file).mode, 'the fixed file');
}

/** Write a report given in pieces to `file`, whole or not at all. */
export function writeReportFile(file: string, pieces: Iterable<string>): void {
  replaceFile(file, pieces, 0o666, 'the report');
}

function replaceFile(file: string, pieces: Iterable<string | Uint8Array>, mode: number, what: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.mtlint-${process.pid}.tmp`);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      for (const piece of pieces) writeSync(fd, typeof piece === 'string' ? Buffer.from(piece) : piece);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    if (e instanceof UsageError) throw e;
    throw new UsageError([{ file, message: `cannot write ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }]);
  }
}
