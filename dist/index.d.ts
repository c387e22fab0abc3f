export { Document } from './document.js';
export { compileRules, lintDocument, lintDocuments, lintSource, lintText, prepareSource, type CompiledRule } from './engine.js';
export { applyEdits, fixText, type EditResult, type FixResult } from './fix.js';
export { BUILT_IN_RULES, loadRules, parseRuleFile, type LoadResult, type RuleSource } from './rules/load.js';
export { KINDS } from './checks/index.js';
export type { Edit, Finding, RelatedSpan, Rule, RuleExample, Severity } from './types.js';
