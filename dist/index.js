// The library API: lint and fix text without touching the file system or the process.
export { Document } from './document.js';
export { compileRules, lintDocument, lintDocuments, lintSource, lintText, prepareSource } from './engine.js';
export { applyEdits, fixText } from './fix.js';
export { BUILT_IN_RULES, loadRules, parseRuleFile } from './rules/load.js';
export { KINDS } from './checks/index.js';
