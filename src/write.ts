// Safe writes (fixed files, report files): a temporary file beside the target, then rename; in place where that cannot be done.
import {
  closeSync,
  existsSync,
  mkdirSync,
  fchmodSync,
  fstatSync,
  fchownSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/**
 * `mkdir -p`: each missing directory, from the nearest one that exists down. (Node 20's recursive mkdirSync loops for
 * ever on a path under /proc, where every level fails with ENOENT; one level at a time, the first failure is the error.)
 */
export function makeDirectory(dir: string): void {
  const missing: string[] = [];
  for (let d = path.resolve(dir); !existsSync(d) && path.dirname(d) !== d; d = path.dirname(d)) missing.push(d);
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      // (Another run may have made it meanwhile.)
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/**
 * Replace `file` with `data` unless its bytes differ from `expected` (what was read and linted):
 * a file edited during the run is left alone. A symbolic link is written through to its target.
 * The file keeps its mode and owner: it is replaced by a rename (either the whole new file is in place
 * or the old one is) when the directory can be written and the new file can be given the old one's owner,
 * and written in place otherwise (a directory the user cannot write, a file of another owner, hard links).
 */
export function writeFileAtomic(file: string, data: Uint8Array, expected: Uint8Array): void {
  const target = resolveTarget(file);
  const current = readFileSync(target);
  if (!Buffer.from(current).equals(Buffer.from(expected))) {
    throw new UsageError([{ file, message: 'changed on disk while mtlint ran; not overwritten (run again)' }]);
  }
  const stats = statSync(target);
  try {
    if (stats.nlink > 1 || !replaceFile(target, [data], stats)) writeInPlace(target, data);
  } catch (e) {
    throw writeError(file, 'the fixed file', e);
  }
}

/**
 * Write a report given in pieces to `file`, whole or not at all. A link is written through; a device or FIFO
 * (`-o /dev/stdout`, `-o /dev/null`) is written to as it is, never replaced by a regular file; and so is the file
 * standard output or error is open on (`-o /dev/stdout` under `> log.txt`), through that descriptor, after what is there.
 */
export function writeReportFile(file: string, pieces: Iterable<string>): void {
  const stats = statSync(file, { throwIfNoEntry: false });
  // `-o /dev/stdout` while stdout goes to a file (`> log.txt`, `>> log.txt`) names that file: the report is written
  // through the open descriptor, after what the shell and others wrote there, not over the file.
  const stdio = stats?.isFile() ? STDIO.find((fd) => isSameFile(fd, stats)) : undefined;
  try {
    if (stdio !== undefined && writesThrough(stdio, pieces)) return;
    // Opened by the name given: /dev/stdout leads to a pipe that has no path of its own.
    if (stats && !stats.isFile()) writeStream(file, pieces);
    else {
      const target = resolveTarget(file);
      removeStaleTempFiles(path.dirname(target));
      if (!replaceFile(target, pieces, stats)) throw Object.assign(new Error('directory not writable'), { code: 'EACCES' });
    }
  } catch (e) {
    throw writeError(file, 'the report', e);
  }
}

/**
 * Write pieces through descriptor `fd`; false, with nothing written, when it is not open for writing (`-o f 1<f`: the
 * file is then written as any other). An empty write asks first, so that no piece of a stream is spent on the test.
 */
function writesThrough(fd: number, pieces: Iterable<string>): boolean {
  try {
    writeSync(fd, EMPTY);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EBADF') return false;
    throw e;
  }
  writePieces(fd, pieces);
  return true;
}
const EMPTY = Buffer.alloc(0);

/** Standard output and standard error. */
const STDIO = [1, 2];

/** Whether descriptor `fd` is open on the file `stats` describes. */
function isSameFile(fd: number, stats: { dev: number; ino: number }): boolean {
  try {
    const open = fstatSync(fd);
    return open.dev === stats.dev && open.ino === stats.ino;
  } catch {
    return false;
  }
}

/** Write pieces to what is not a regular file (a device, a FIFO), in order. */
function writeStream(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    writePieces(fd, pieces);
  } finally {
    closeSync(fd);
  }
}

/** Write pieces, in order, at descriptor `fd`'s own position. */
function writePieces(fd: number, pieces: Iterable<string>): void {
  for (const piece of pieces) writeAll(fd, Buffer.from(piece), -1);
}

/** `.NAME.mtlint-PID.tmp`: the temporary file a run with process id PID writes beside NAME. */
const TEMP_FILE = /^\..+\.mtlint-(\d+)\.tmp$/;
const tempFileOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.mtlint-${process.pid}.tmp`);

const cleaned = new Set<string>();

/**
 * Remove the temporary files a run that was killed mid-write left in `dir` (those whose process is gone).
 * Each directory is looked at once per run.
 */
export function removeStaleTempFiles(dir: string): void {
  if (cleaned.has(dir)) return;
  cleaned.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // an unreadable directory: nothing we could clean
  }
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid === undefined || isRunning(Number(pid))) continue;
    try {
      unlinkSync(path.join(dir, name));
    } catch {
      // removed by someone else, or not ours to remove
    }
  }
}

/** The file a write to `file` must change: through symbolic links, so the link stays a link. */
export function resolveTarget(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file; // a file that does not exist yet (a report) is written where it is named
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false; // our own: left by an earlier process that had the same id
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, but another user's
  }
}

/**
 * Write a temporary file beside `file` and rename it over `file`, with `like`'s mode and owner.
 * Returns false, having changed nothing, when that cannot be done: the directory cannot be written,
 * or the owner cannot be kept.
 */
function replaceFile(file: string, pieces: Iterable<string | Uint8Array>, like?: Stats): boolean {
  const temp = tempFileOf(file);
  let fd: number;
  try {
    unlinkSync(temp); // left by a killed earlier process with our id
  } catch {
    // the usual case: there is none
  }
  try {
    fd = openSync(temp, 'wx', 0o600);
  } catch (e) {
    if (['EACCES', 'EPERM'].includes((e as NodeJS.ErrnoException).code ?? '')) return false;
    throw e;
  }
  try {
    try {
      if (like) {
        // fchmod is not narrowed by the umask, as the mode given to open is: 664 stays 664.
        if (like.uid !== process.getuid?.() || like.gid !== process.getgid?.()) fchownSync(fd, like.uid, like.gid);
        fchmodSync(fd, like.mode & 0o7777);
      } else fchmodSync(fd, 0o666 & ~process.umask());
      let position = 0;
      for (const piece of pieces) position = writeAll(fd, typeof piece === 'string' ? Buffer.from(piece) : piece, position);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    return true;
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    if (like && (e as NodeJS.ErrnoException).code === 'EPERM' && (e as NodeJS.ErrnoException).syscall === 'fchown') return false;
    throw e;
  }
}

/** Overwrite `file`'s bytes: the inode, and with it mode, owner and links, stays. */
function writeInPlace(file: string, data: Uint8Array): void {
  const fd = openSync(file, 'r+');
  try {
    writeAll(fd, data, 0);
    ftruncateSync(fd, data.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Write all of `data` at `position` (one write may take only part of it); returns the position after it.
 * A negative position writes where the file is (a device or FIFO has no positions).
 */
function writeAll(fd: number, data: Uint8Array, position: number): number {
  for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done, position < 0 ? null : position + done);
  return position < 0 ? position : position + data.length;
}

function writeError(file: string, what: string, e: unknown): UsageError {
  if (e instanceof UsageError) return e;
  return new UsageError([{ file, message: `cannot write ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` }]);
}
