// The contract every rule kind implements: its YAML fields and a compiler to a check function.
import type { Document } from '../document.js';
import type { Fields } from '../rules/fields.js';
import type { RawFinding, Rule } from '../types.js';

/**
 * The documents linted together (a run's files, in batches): evidence that needs more than one page, such as the lines
 * of a site's template that every page repeats.
 */
export interface Batch {
  documents: readonly Document[];
}

/** A compiled rule: a pure function of a document (and of the batch it is linted with). */
export type CheckFn = (doc: Document, batch: Batch) => RawFinding[];

export interface RuleKind {
  name: string;
  summary: string;
  /** The kind's own YAML keys, beside the common ones. */
  fields: Fields;
  /** Whether findings of this rule carry a fix (some of them, at least). */
  fixable(rule: Rule): boolean;
  compile(rule: Rule): CheckFn;
}

/** A rule option with the kind's declared default applied. */
export function option<T>(rule: Rule, kind: RuleKind, key: string): T {
  return (rule.options[key] ?? kind.fields[key]?.default) as T;
}
