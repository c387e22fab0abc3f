import type { FileResult } from './result.js';
export declare function formatJunit(results: FileResult[]): string;
