// Lines changed since a git revision, for --since: only findings on them are reported.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from './errors.js';

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
}

/** For each file (absolute path): the 1-based lines added or changed since `ref`; `all` for files git does not track. */
export function changedLines(ref: string, files: string[], cwd: string): Map<string, Set<number> | 'all'> {
  try {
    git(['rev-parse', '--is-inside-work-tree'], cwd);
  } catch {
    throw new UsageError(`--since ${ref}: ${cwd} is not inside a git repository`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--since ${ref}: no such git revision`);
  }
  const changed = new Map<string, Set<number> | 'all'>();
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z', '--', ...files], cwd).split('\0').filter(Boolean);
  for (const f of untracked) changed.set(path.resolve(cwd, f), 'all');
  // -U0: hunks without context; each `+start,count` names the lines as they are now.
  const diff = git(['diff', '--no-color', '--no-ext-diff', '--relative', '-U0', ref, '--', ...files], cwd);
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    const file = /^\+\+\+ b\/(.*)$/.exec(line);
    if (file) {
      current = new Set();
      changed.set(path.resolve(cwd, file[1]), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return changed;
}
