import type { ExampleReport } from './examples.js';
import type { Rule } from '../types.js';
/** The stable JSON of `rules list --format json` (version 1). */
export declare function listRulesJson(rules: Rule[]): string;
export declare function listRulesText(rules: Rule[]): string;
export declare function findRule(rules: Rule[], id: string): Rule;
export declare function explainRule(rule: Rule): string;
/** Failures as a person reads them: where, what went wrong, and expected against actual, word by word. */
export declare function formatExampleReport(report: ExampleReport, color: boolean): string;
