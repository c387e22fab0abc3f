import type { Rule } from '../types.js';
export interface ExampleFailure {
    rule: string;
    file: string;
    line: number;
    problem: string;
    expected?: string;
    actual?: string;
    /** Expected and actual are two versions of one text, worth a word-by-word diff. */
    comparable?: boolean;
}
export interface ExampleReport {
    rules: number;
    examples: number;
    failures: ExampleFailure[];
}
export declare function testRuleExamples(rules: Rule[]): ExampleReport;
