import { type FileResult } from './result.js';
/** The report a line at a time (a long run's report is never one string). */
export declare function formatStylish(results: FileResult[], color: boolean): Generator<string>;
