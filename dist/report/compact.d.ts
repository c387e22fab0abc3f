import type { FileResult } from './result.js';
export declare function formatCompact(results: FileResult[]): Generator<string>;
