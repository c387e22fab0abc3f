// Lines changed since a git revision, for --since: only findings on them are reported (and fixed).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from './errors.js';

// The user's git config must not change what we parse: prefixes, quoting, colour, external diff tools.
const PINNED = ['-c', 'core.quotePath=true', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false', '-c', 'diff.relative=false', '--literal-pathspecs'];

function git(args: string[], cwd: string): string {
  return execFileSync('git', [...PINNED, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
}

/** The commit to compare with: where HEAD left `ref` (their merge base), as a pull request is reviewed. */
function mergeBase(ref: string, cwd: string): string {
  try {
    git(['rev-parse', '--is-inside-work-tree'], cwd);
  } catch {
    throw new UsageError(`--since ${ref}: ${cwd} is not inside a git repository`);
  }
  try {
    // --end-of-options: a revision that starts with "-" is a revision, never an option.
    git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--since ${ref}: no such git revision`);
  }
  try {
    return git(['merge-base', '--end-of-options', ref, 'HEAD'], cwd).trim();
  } catch {
    throw new UsageError(`--since ${ref}: no common ancestor with HEAD (in a shallow clone, fetch more history: fetch-depth: 0)`);
  }
}

/**
 * For each file (absolute path): the 1-based lines added or changed since the merge base of `ref`
 * and HEAD, in the working tree; `all` for files git does not track or that lie outside the work tree.
 */
export function changedLines(ref: string, files: string[], cwd: string): Map<string, Set<number> | 'all'> {
  const base = mergeBase(ref, cwd);
  // Paths below are relative to the top of the work tree; this leads there from cwd (symlinks and all).
  const top = path.resolve(cwd, git(['rev-parse', '--show-cdup'], cwd).trim());
  const changed = new Map<string, Set<number> | 'all'>();
  // A file outside the work tree has no history here: it is new to the change, as an untracked file is (git refuses
  // such a path, and its error would end the run).
  const inside: string[] = [];
  for (const f of files) {
    const relative = path.relative(top, path.resolve(cwd, f));
    if (relative.startsWith('..') || path.isAbsolute(relative)) changed.set(path.resolve(cwd, f), 'all');
    else inside.push(f);
  }
  files = inside;
  if (!files.length) return changed;
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--full-name', '-z', '--', ...files], cwd).split('\0').filter(Boolean);
  for (const f of untracked) changed.set(path.resolve(top, f), 'all');
  // A file renamed since the base is compared with its old path (git pairs the two only when both are in the pathspec).
  const renamedFrom = renameSources(base, files, top, cwd);
  const diff = git(['diff', '--no-color', '--no-ext-diff', '-M', '--src-prefix=a/', '--dst-prefix=b/', '-U0', '--end-of-options', base, '--', ...files, ...renamedFrom], cwd);
  for (const [file, lines] of parseDiff(diff)) changed.set(path.resolve(top, file), lines);
  return changed;
}

/** The old paths (from the top of the work tree) of the files among `files` that git finds renamed since `base`. */
function renameSources(base: string, files: string[], top: string, cwd: string): string[] {
  const wanted = new Set(files.map((f) => path.resolve(cwd, f)));
  // -z: each entry is its status and its path(s), NUL-separated, never quoted; a rename (`R086`) has two paths.
  const fields = git(['diff', '--no-color', '--no-ext-diff', '-M', '--name-status', '-z', '--end-of-options', base], cwd).split('\0');
  const sources: string[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i];
    if (status.startsWith('R') || status.startsWith('C')) {
      const [from, to] = [fields[i + 1], fields[i + 2]];
      if (status.startsWith('R') && wanted.has(path.resolve(top, to))) sources.push(path.resolve(top, from));
      i += 3;
    } else i += 2;
  }
  return sources;
}

/** The new-side lines of each file in a `git diff -U0` (paths as git wrote them after `b/`, unquoted). */
export function parseDiff(diff: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = unquotePath(line.slice(4));
      current = name.startsWith('b/') ? new Set() : undefined; // `+++ /dev/null`: a deleted file
      if (current) files.set(name.slice(2), current);
      continue;
    }
    // -U0: hunks without context; each `+start,count` names the lines as they are now.
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return files;
}

const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

/**
 * A path from a diff header. git C-quotes one with unusual bytes (`"b/caf\303\251.txt"`: octal
 * escapes of UTF-8 bytes) and ends one holding a space with a tab (`b/my file.txt<TAB>`).
 */
export function unquotePath(header: string): string {
  if (!header.startsWith('"')) return header.endsWith('\t') ? header.slice(0, -1) : header;
  const bytes: number[] = [];
  for (let i = 1; i < header.length && header[i] !== '"'; i++) {
    const c = header[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
    } else if (/[0-7]/.test(header[i + 1])) {
      bytes.push(parseInt(header.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[header[i + 1]] ?? header.charCodeAt(i + 1));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
