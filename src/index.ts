// The library API: lint and fix text without touching the file system or the process.
export { Document } from './document.js';
export { compileRules, lintDocument, lintDocuments, lintSource, lintText, prepareSource, type CompiledRule } from './engine.js';
export { applyEdits, fixText, type EditResult, type FixResult } from './fix.js';
export { BUILT_IN_RULES, loadRules, parseRuleFile, type LoadResult, type RuleSource } from './rules/load.js';
export { KINDS } from './checks/index.js';
export type { Edit, Finding, RelatedSpan, Rule, RuleExample, Severity } from './types.js';
