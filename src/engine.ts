// The engine: compile rules once, run them all over a document, stamp and sort the findings.
import { KINDS } from './checks/index.js';
import type { CheckFn } from './checks/kind.js';
import { Document } from './document.js';
import { applyDirectives } from './directives.js';
import { UsageError } from './errors.js';
import type { Finding, Rule } from './types.js';

export interface CompiledRule {
  rule: Rule;
  check: CheckFn;
}

/** Compile each rule into its check function; done once per run, shared by every document. */
export function compileRules(rules: Rule[]): CompiledRule[] {
  return rules.map((rule) => ({ rule, check: KINDS.get(rule.kind)!.compile(rule) }));
}

export interface LintOptions {
  /** Report disabling directives that turned nothing off. */
  reportUnusedDirectives?: boolean;
}

/**
 * Every finding of every rule, in document order, less those inline directives turn off.
 * Checks share the document's cached views.
 */
export function lintDocument(doc: Document, rules: CompiledRule[], options: LintOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const { rule, check } of rules) {
    let raw;
    try {
      raw = check(doc);
    } catch (e) {
      throw new UsageError([{ file: doc.path, message: `rule ${rule.id} failed: ${(e as Error).message}` }]);
    }
    for (const f of raw) {
      const finding: Finding = { rule: rule.id, severity: rule.severity, category: rule.category, message: f.message, offset: f.offset, length: f.length };
      if (f.fix) finding.fix = f.fix;
      if (f.suggestions) finding.suggestions = f.suggestions;
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.offset - b.offset || a.length - b.length || a.rule.localeCompare(b.rule));
  return applyDirectives(doc, findings, options.reportUnusedDirectives ?? false);
}

/** Lint a string (the library entry point, no file system). */
export function lintText(text: string, rules: CompiledRule[], path?: string): Finding[] {
  return lintDocument(new Document(text, path), rules);
}
