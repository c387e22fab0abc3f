import { type FileResult } from './result.js';
/**
 * The report as JSON.stringify(report, null, 2) would print it, in pieces: one string per finding,
 * so a run with millions of findings is not held back by the longest string V8 can make.
 */
export declare function formatJson(results: FileResult[]): Generator<string>;
