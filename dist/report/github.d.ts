import type { FileResult } from './result.js';
export declare function formatGithub(results: FileResult[]): Generator<string>;
