import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-6D7FCG5H.js";
import "./chunk-GGOSB4CG.js";

// src/git.ts
import { execFileSync } from "node:child_process";
import path from "node:path";
var PINNED = ["-c", "core.quotePath=true", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false", "-c", "diff.relative=false", "--literal-pathspecs"];
function git(args, cwd) {
  return execFileSync("git", [...PINNED, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 28 });
}
function mergeBase(ref, cwd) {
  try {
    git(["rev-parse", "--is-inside-work-tree"], cwd);
  } catch {
    throw new UsageError(`--since ${ref}: ${cwd} is not inside a git repository`);
  }
  try {
    git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--since ${ref}: no such git revision`);
  }
  try {
    return git(["merge-base", "--end-of-options", ref, "HEAD"], cwd).trim();
  } catch {
    throw new UsageError(`--since ${ref}: no common ancestor with HEAD (in a shallow clone, fetch more history: fetch-depth: 0)`);
  }
}
function changedLines(ref, files, cwd) {
  const base = mergeBase(ref, cwd);
  const top = path.resolve(cwd, git(["rev-parse", "--show-cdup"], cwd).trim());
  const changed = /* @__PURE__ */ new Map();
  const untracked = git(["ls-files", "--others", "--exclude-standard", "--full-name", "-z", "--", ...files], cwd).split("\0").filter(Boolean);
  for (const f of untracked) changed.set(path.resolve(top, f), "all");
  const diff = git(["diff", "--no-color", "--no-ext-diff", "--src-prefix=a/", "--dst-prefix=b/", "-U0", "--end-of-options", base, "--", ...files], cwd);
  for (const [file, lines] of parseDiff(diff)) changed.set(path.resolve(top, file), lines);
  return changed;
}
function parseDiff(diff) {
  const files = /* @__PURE__ */ new Map();
  let current;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const name = unquotePath(line.slice(4));
      current = name.startsWith("b/") ? /* @__PURE__ */ new Set() : void 0;
      if (current) files.set(name.slice(2), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return files;
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquotePath(header) {
  if (!header.startsWith('"')) return header.endsWith("	") ? header.slice(0, -1) : header;
  const bytes = [];
  for (let i = 1; i < header.length && header[i] !== '"'; i++) {
    const c = header[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
    } else if (/[0-7]/.test(header[i + 1])) {
      bytes.push(parseInt(header.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[header[i + 1]] ?? header.charCodeAt(i + 1));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
export {
  changedLines,
  parseDiff,
  unquotePath
};
