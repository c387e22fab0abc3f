import { createRequire as mtlintCreateRequire } from 'node:module'; const require = mtlintCreateRequire(import.meta.url);

// src/errors.ts
function formatProblem(p) {
  if (!p.file) return p.message;
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where}: ${p.message}`;
}
var UsageError = class extends Error {
  exitCode = 2;
  problems;
  constructor(problems) {
    const list = typeof problems === "string" ? [{ message: problems }] : problems;
    super(list.map(formatProblem).join("\n"));
    this.problems = list;
  }
};
var RuleCrash = class extends Error {
  constructor(rule, file, cause) {
    super(`internal error: rule ${rule} crashed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.rule = rule;
    this.file = file;
  }
  /** The check's own stack, for `--debug`. */
  get detail() {
    return this.cause instanceof Error && this.cause.stack ? this.cause.stack : String(this.cause);
  }
};

export {
  formatProblem,
  UsageError,
  RuleCrash
};
