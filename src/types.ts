// Core types shared by every stage of the pipeline.

export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A replacement of `length` UTF-16 code units at `offset` by `text`. */
export interface Edit {
  offset: number;
  length: number;
  text: string;
}

/**
 * A second span a finding stands on: for a bilingual check, the source the target is compared with. Its offsets are
 * the file's (not the projected text's), in the linted file itself or, with `path`, in another file (the original that
 * `--source` names).
 */
export interface RelatedSpan {
  offset: number;
  length: number;
  /** What the span is (`source`). */
  label: string;
  /** The file the span is in, when it is not the linted file. */
  path?: string;
}

/** One artifact found in a document. Offsets are UTF-16 indexes into Document.text. */
export interface Finding {
  rule: string;
  severity: Severity;
  category: string;
  message: string;
  offset: number;
  length: number;
  /** The one safe edit `--fix` applies. */
  fix?: Edit;
  /** Alternatives for a person; never applied automatically. */
  suggestions?: string[];
  /** The suggestions as edits, in the same order: what an editor applies when a person picks one. */
  suggestionEdits?: Edit[];
  /** The other span the finding stands on (bilingual checks: the source). */
  related?: RelatedSpan;
}

/** What a check returns before the engine stamps rule id, severity and category on it. */
export type RawFinding = Omit<Finding, 'rule' | 'severity' | 'category' | 'suggestionEdits'> & {
  /** What the suggestions replace, when it is not the finding's span. */
  suggestionRange?: { offset: number; length: number };
  /** The finding and its fix are whole lines (page furniture): they may hold what is not prose, such as an address. */
  wholeLines?: boolean;
  /**
   * Only the finding's first headLength characters must be prose; the rest shows an extent that may run over an address
   * or code (a quotation never closed, shown to its paragraph's end).
   */
  headLength?: number;
};

/** One `examples:` entry of a rule file. */
export interface RuleExample {
  bad?: string;
  good?: string;
  /** The expected text after applying the finding's fix; absent means "no fix expected". */
  fixed?: string;
  /** The substring of `bad` the finding must cover exactly. */
  span?: string;
  /** The expected first suggestion. */
  suggest?: string;
  /** The input format the text is read in (plain text when absent). */
  format?: string;
  /** The original of a plain-text example, as `--source` gives it. */
  original?: string;
  /** Every finding the bad text must give, in text order (instead of exactly one). */
  findings?: ExpectedFinding[];
  /** The glossary (CSV) the example is checked with, as `--glossary` gives it. */
  glossary?: string;
  line: number;
}

/** One finding a bad example expects (RuleTester-style): each key given must hold. */
export interface ExpectedFinding {
  /** The text the finding covers. */
  span?: string;
  message?: string;
  /** Where it starts, 1-based, as the CLI reports it. */
  line?: number;
  column?: number;
  /** Every suggestion, in order (`[]`: none). */
  suggestions?: string[];
  /** The text its fix puts in (`''`: a deletion). */
  fix?: string;
}

/** A rule as loaded from YAML: the common keys plus the kind's own options. */
export interface Rule {
  id: string;
  kind: string;
  severity: Severity;
  category: string;
  description: string;
  message: string;
  why?: string;
  examples: RuleExample[];
  options: Record<string, unknown>;
  /** Where the rule was loaded from. */
  file: string;
  builtIn: boolean;
  /**
   * Speed hints found when the rule was loaded: the literals a pattern rule without `requires` cannot match without
   * (`rules/literals.ts`), for the pattern they were derived from (a config may change the pattern).
   */
  derived?: { pattern: string; requires: string[] };
  /**
   * For a rule of whole-line patterns (`lines`), strings one of which each pattern's lines hold (null: not known),
   * found when the rule was loaded, for the patterns they were derived from.
   */
  derivedLines?: { lines: string[]; requires: (string[] | null)[] };
}
