// Inputs: expand paths, directories and globs; read bytes; refuse binary and invalid UTF-8.
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, type Stats, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UsageError, type Problem } from './errors.js';
import { EXTENSIONS } from './formats/names.js';

export const STDIN = '-';
const SKIPPED_FOLDER = 'node_modules';
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export const IGNORE_FILE = '.mtlintignore';

/** Whether an absolute path is to be skipped. */
export type IgnorePredicate = (absolute: string) => boolean;

/** Gitignore-style patterns that apply below `base` (a file outside it is never matched). */
export function ignoredBelow(base: string, patterns: string | string[]): IgnorePredicate {
  // No pattern (no .mtlintignore, a config without `ignore`), nothing to ask: the matcher costs ~10 µs a file.
  const lines = typeof patterns === 'string' ? patterns.split(/\r?\n/) : patterns;
  if (lines.every((line) => line.trim() === '' || line.startsWith('#'))) return () => false;
  const ig: Ignore = ignore().add(patterns);
  const below = base.endsWith(path.sep) ? base : base + path.sep;
  const firstFolders = anchoredFirstFolders(lines);
  return (absolute) => {
    // Paths come normalised (path.resolve): one under `base`, as every file of a directory walk, needs no path.relative.
    const relative = absolute.startsWith(below) ? absolute.slice(below.length) : path.relative(base, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative) || relative === '') return false;
    // (A POSIX path is already '/'-separated: splitting and joining each of thousands cost more than the match.)
    const slashed = path.sep === '/' ? relative : relative.split(path.sep).join('/');
    // A path outside every folder the patterns start with is matched by none of them, and not asked about: the
    // matcher, run cold, cost ~3 µs a file, ~15 ms of a repeat run over 4,188 articles from the repo's root.
    if (firstFolders) {
      const cut = slashed.indexOf('/');
      if (!firstFolders.has((cut < 0 ? slashed : slashed.slice(0, cut)).toLowerCase())) return false;
    }
    return ig.ignores(slashed);
  };
}

/**
 * The first folders of the patterns that can ignore anything, lower-cased (the matcher ignores case), when each of
 * them is anchored to the base (a slash at its start or in its middle, as git reads it) and starts with a plain
 * name: `samples/*.fixed.txt`, `/build`, `tests/fixtures/`. Undefined when one of them may match at any depth or
 * starts with a wildcard (`*.md`, `drafts/`, `**` + `/x`, `*` + `/x`), or has an escape, white space (but the trailing
 * spaces git drops) or a character past ASCII: then every path is asked about. A negated pattern (`!x`) only takes a
 * path back, so it is not counted.
 */
export function anchoredFirstFolders(lines: readonly string[]): Set<string> | undefined {
  const folders = new Set<string>();
  for (const line of lines) {
    const pattern = line.replace(/ +$/, '');
    if (pattern === '' || pattern.startsWith('#') || pattern.startsWith('!')) continue;
    if (/[\\\s]|[^\x00-\x7f]/.test(pattern)) return undefined;
    const rest = pattern.startsWith('/') ? pattern.slice(1) : pattern;
    const slash = rest.indexOf('/');
    const anchored = pattern.startsWith('/') || (slash >= 0 && slash < rest.length - 1);
    const first = slash >= 0 ? rest.slice(0, slash) : rest;
    if (!anchored || first === '' || /[*?[\]]/.test(first)) return undefined;
    folders.add(first.toLowerCase());
  }
  return folders;
}

/** The nearest `.mtlintignore` (gitignore syntax, relative to its directory), found walking up from `cwd` as the config is. */
export function loadIgnoreFile(cwd = process.cwd()): IgnorePredicate {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const file = path.join(dir, IGNORE_FILE);
    if (existsSync(file)) return ignoredBelow(dir, readIgnoreFile(file));
    if (path.dirname(dir) === dir) return () => false;
  }
}

function readIgnoreFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError([{ file, message: `cannot read: ${readFailure(e)}` }]);
  }
}

/**
 * Expand the command-line paths into a sorted, de-duplicated list of files (or `-`). Every file passes
 * through `ignored`, a file named outright too (pre-commit names every staged file).
 */
export async function collectFiles(paths: string[], cwd = process.cwd(), ignored: IgnorePredicate = loadIgnoreFile(cwd), extensions?: string[]): Promise<string[]> {
  const { files, problems } = await expandPaths(paths, cwd, ignored, true, extensions);
  if (problems.length) throw new UsageError(problems);
  return files;
}

/**
 * As collectFiles, but a path that names nothing to lint (missing, an empty directory, a glob matching
 * nothing) is a problem returned beside the files, so the others are still linted; files named outright
 * that are ignored are returned too, to be told about.
 */
export async function expandPaths(
  paths: string[],
  cwd: string,
  ignored: IgnorePredicate,
  /** Whether a glob or directory that yields no file is a problem (--no-error-on-unmatched-pattern: it is not). */
  errorOnUnmatched = true,
  /** The extensions a directory walk takes (default: every input format's). */
  extensions = Object.keys(EXTENSIONS),
): Promise<{ files: string[]; problems: Problem[]; ignoredFiles: string[]; walked: (file: string) => boolean }> {
  const files: string[] = [];
  // The files not found by a walk of a folder (named outright, or matched by a glob): few, as a rule.
  const named = new Set<string>();
  // Both cases of each extension, as a glob `*.{html,HTML}` took them: names are matched case-sensitively, and `.HTML` is common enough.
  const cases = [...new Set(extensions.flatMap((e) => [e.toLowerCase(), e.toUpperCase()]))];
  const problems: Problem[] = [];
  const ignoredFiles: string[] = [];
  const kept = (found: string[]) => found.filter((f) => !ignored(path.resolve(cwd, f))).sort();
  // Not push(...found): a spread of some 120,000 names or more overflows the call stack.
  const add = (found: string[]) => found.forEach((f) => files.push(f));
  for (const p of paths) {
    if (p === STDIN) {
      files.push(STDIN);
    } else if (existsSync(path.resolve(cwd, p)) && statSync(path.resolve(cwd, p)).isDirectory()) {
      const dir = path.resolve(cwd, p);
      const prefix = p.replace(/\/+$/, '');
      // Joined, not path.join'ed: the walk's paths are already normal, and normalising thousands of them is measurable.
      const found = textFilesBelow(dir, cases).filter((f) => !ignored(`${dir}${path.sep}${f}`)).sort().map((f) => `${prefix}/${f}`);
      if (!found.length && errorOnUnmatched) problems.push({ file: p, message: `directory holds no text files (${extensions.map((e) => `*.${e}`).join(', ')}) that are not ignored` });
      add(found);
    } else if (existsSync(path.resolve(cwd, p))) {
      (ignored(path.resolve(cwd, p)) ? ignoredFiles : files).push(p);
      named.add(p);
    } else if ((tinyglobby ??= await import('tinyglobby')).isDynamicPattern(p)) {
      const found = kept(await tinyglobby.glob(p, { cwd, ignore: ALWAYS_IGNORED, absolute: path.isAbsolute(p) }));
      if (!found.length && errorOnUnmatched) problems.push({ file: p, message: 'no files match this pattern' });
      add(found);
      found.forEach((f) => named.add(f));
    } else {
      problems.push({ file: p, message: 'no such file or directory' });
    }
  }
  // A walk takes only what the folder listed as regular files (or links to them): they need no stat before they are read.
  return { files: onePerFile(files, cwd), problems, ignoredFiles, walked: (file) => file !== STDIN && !named.has(file) };
}

/** The first name of each file: `./x` and `x`, or a file reached through a symlinked directory, are one file. */
function onePerFile(files: string[], cwd: string): string[] {
  const seen = new Set<string>();
  // Each directory's real path once, found from its name as written (not a realpath, nor a path.resolve, per file: a
  // walk gives thousands of files in a few folders), and numbered: a file's key is that number and its name, short
  // strings (a walk of 561,192 files peaked at 380 MiB with a realpath, resolve and join per file). A file's own
  // symlink is a name of its own. A file's name is never `.` or `..`, so the folder and the name split at the last
  // separator.
  const dirNumbers = new Map<string, number>(); // as written
  const realNumbers = new Map<string, number>();
  const numberOf = (dir: string) => {
    let n = dirNumbers.get(dir);
    if (n === undefined) {
      const real = realPath(path.resolve(cwd, dir));
      n = realNumbers.get(real) ?? realNumbers.set(real, realNumbers.size).get(real)!;
      dirNumbers.set(dir, n);
    }
    return n;
  };
  return files.filter((f) => {
    const slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf(path.sep));
    const key = f === STDIN ? f : `${numberOf(f.slice(0, slash + 1))}/${f.slice(slash + 1)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

// The glob library (with its matcher) is loaded only for a glob on the command line: most runs name files and folders.
let tinyglobby: typeof import('tinyglobby') | undefined;

/**
 * The files with one of `extensions` (exactly as written, without the dot) at any depth below `dir`, '/'-separated and
 * relative to it, unsorted: what the glob library found before (hidden entries and node_modules skipped, links
 * followed), by a plain walk, faster than the glob. A folder that cannot be read is
 * passed over, as the glob does.
 */
export function textFilesBelow(dir: string, extensions: readonly string[]): string[] {
  const wanted = new Set(extensions);
  const hasWantedExtension = (name: string) => name.lastIndexOf('.') > 0 && wanted.has(name.slice(name.lastIndexOf('.') + 1));
  const found: string[] = [];
  const above = new Set<string>(); // real paths of the folders being walked: a link back up to one is not followed
  const walk = (absolute: string, relative: string) => {
    let entries;
    let real;
    try {
      real = realpathSync(absolute);
      if (above.has(real)) return;
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      return;
    }
    above.add(real);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = statSync(path.join(absolute, entry.name), { throwIfNoEntry: false });
        isDirectory = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDirectory && entry.name !== SKIPPED_FOLDER) walk(path.join(absolute, entry.name), `${relative}${entry.name}/`);
      else if (isFile && hasWantedExtension(entry.name)) found.push(relative + entry.name);
    }
    above.delete(real);
  };
  walk(dir, '');
  return found;
}

/** A file's text as read: UTF-8 decoded, BOM removed (and remembered so a fix can put it back). */
export interface SourceText {
  text: string;
  bom: boolean;
}

/** Decode bytes as strict UTF-8; binary data and invalid sequences are errors naming line and column. */
export function decode(bytes: Uint8Array, file: string): SourceText {
  const utf16 = utf16Encoding(bytes);
  // (Named at 1:1, the byte-order mark or first character, as every other read error names its place.)
  if (utf16) throw new UsageError([{ file, line: 1, column: 1, offset: 0, message: `${utf16} text; mtlint reads UTF-8 (convert it, e.g. iconv -f ${utf16} -t UTF-8)` }]);
  const nul = bytes.indexOf(0);
  if (nul !== -1 && nul < 8192) throw new UsageError([{ file, ...placeOf(bytes, nul), message: `binary file (a NUL byte at offset ${nul}); mtlint reads UTF-8 text` }]);
  const text = decodeStrict(bytes);
  if (text !== undefined) return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
  // Only on failure: find the first bad byte (a scan in JS) to say where it is.
  const bad = firstInvalidUtf8(bytes);
  throw new UsageError([{ file, ...placeOf(bytes, bad), message: `not valid UTF-8 (byte 0x${bytes[bad].toString(16).padStart(2, '0')} at offset ${bad})` }]);
}

/** The line, column and text offset of byte `at`, from the text before it. */
function placeOf(bytes: Uint8Array, at: number): { line: number; column: number; offset: number } {
  const before = new TextDecoder().decode(bytes.subarray(0, at));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n'), offset: before.length };
}

/**
 * `UTF-16LE` or `UTF-16BE` for text in UTF-16: a byte-order mark, or (without one) NUL bytes that all
 * stand on odd or all on even offsets and make up a quarter of the start, as Latin text in UTF-16 has.
 */
export function utf16Encoding(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  // Most files have no NUL byte in their first 8 KiB: one native search says so, without a view of them (counting
  // in a loop cost ~4 µs a file, a view ~1 µs).
  const nul = bytes.indexOf(0);
  if (nul === -1 || nul >= 8192) return undefined;
  const head = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 ? odd++ : even++;
  if (head.length < 4 || (even && odd) || (even + odd) * 4 < head.length) return undefined;
  return odd ? 'UTF-16LE' : 'UTF-16BE';
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeStrict(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The largest file read unless `--max-file-size` or the config's `maxFileSize` says otherwise: 50 MB. */
export const DEFAULT_MAX_FILE_SIZE = 50_000_000;

/**
 * Refuse what cannot be read as an article: a FIFO would block the run, a device such as /dev/zero
 * never ends, and a file over the size limit would take more memory than a lint is worth.
 */
export function checkReadable(stats: Stats, file: string, maxBytes: number): void {
  if (!stats.isFile()) throw new UsageError([{ file, message: 'not a regular file' }]);
  if (stats.size > maxBytes) throw new UsageError([{ file, message: tooLarge(stats.size, maxBytes) }]);
}

/** Why a rule or config file is not to be read (a FIFO would block the run, a device never end), or undefined; other errors are left to the read. */
export function readableProblem(file: string): Problem | undefined {
  try {
    checkReadable(statSync(file), file, DEFAULT_MAX_FILE_SIZE);
    return undefined;
  } catch (e) {
    return e instanceof UsageError ? e.problems[0] : undefined;
  }
}

const megabytes = (bytes: number) => `${Number((bytes / 1e6).toFixed(1))} MB`;
const tooLarge = (size: number | undefined, maxBytes: number) =>
  `larger${size === undefined ? '' : ` (${megabytes(size)})`} than the limit of ${megabytes(maxBytes)}; raise it with --max-file-size or maxFileSize in the config`;

/** Read a file or standard input (in pieces, so an endless input stops at the limit). */
export function readSource(file: string, maxBytes = DEFAULT_MAX_FILE_SIZE, listedAsRegular = false): SourceText {
  let bytes: Uint8Array;
  try {
    if (file === STDIN) bytes = readBounded(0, maxBytes, '<stdin>');
    else {
      // (A file a folder's walk just listed as a regular file is not stat'ed again: one stat a file of a run. Should it
      // have become something else since, the fstat below refuses it.)
      if (!listedAsRegular) checkReadable(statSync(file), file, maxBytes);
      // Non-blocking: should the path have become a FIFO since the stat, open does not wait for a writer.
      const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
      try {
        const stats = fstatSync(fd);
        checkReadable(stats, file, maxBytes);
        bytes = readRegular(fd, stats.size);
      } finally {
        closeSync(fd);
      }
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError([{ file, message: `cannot read: ${readFailure(e)}` }]);
  }
  return decode(bytes, file === STDIN ? '<stdin>' : file);
}

/**
 * A regular file's bytes, as many as its size (what readFileSync(fd) reads, without the fstat it makes again: one a
 * file); a file that says it is empty (some of /proc) is read to its end.
 */
function readRegular(fd: number, size: number): Uint8Array {
  if (size === 0) return readFileSync(fd);
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, buffer, filled, size - filled, null);
    if (n === 0) break; // it shrank since
    filled += n;
  }
  return filled < size ? buffer.subarray(0, filled) : buffer;
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

function readBounded(fd: number, maxBytes: number, name: string): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(1 << 16);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(PAUSE, 0, 0, 5); // a non-blocking pipe with nothing in it yet
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) throw new UsageError([{ file: name, message: tooLarge(undefined, maxBytes) }]);
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

/** The index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong 3- and 4-byte forms, UTF-16 surrogates and code points above U+10FFFF.
    const b1 = bytes[i + 1];
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 >= 0xa0) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 >= 0x90)) return i;
    i += size;
  }
  return -1;
}

/** Why a file could not be read, in words and with the system's code (`permission denied (EACCES)`). */
export function readFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const words = code && READ_FAILURES[code];
  return words ? `${words} (${code})` : (code ?? (e as Error).message);
}

const READ_FAILURES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  ENAMETOOLONG: 'name too long',
};
