import type { FileResult } from './result.js';
export declare function formatCheckstyle(results: FileResult[]): string;
