import type { RuleKind } from './kind.js';
export declare const KINDS: ReadonlyMap<string, RuleKind>;
/**
 * Kinds that read a document as one page, top to bottom (furniture stands at its end): the engine does not run them
 * over files that are sets of units (formats/index.ts UNIT_FORMATS), whose last strings are no page's end.
 */
export declare const PAGE_KINDS: ReadonlySet<string>;
