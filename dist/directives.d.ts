import type { Document } from './document.js';
import type { Finding } from './types.js';
export declare const UNUSED_DIRECTIVE_RULE = "mtlint/unused-directive";
/**
 * Drop the findings that directives turn off. With `reportUnused`, each disabling directive
 * that turned nothing off becomes a warning of its own (ESLint's --report-unused-disable-directives).
 */
export declare function applyDirectives(doc: Document, findings: Finding[], reportUnused: boolean): Finding[];
