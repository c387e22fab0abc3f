import type { Rule } from '../types.js';
import { type FileResult } from './result.js';
/**
 * A path as a SARIF artifact location: an absolute one as a `file:///` URI, a relative one as a relative
 * reference from the directory mtlint ran in (%SRCROOT%); each segment percent-encoded (`#`, `?`, `%` too).
 */
export declare function artifactLocation(file: string): {
    uri: string;
    uriBaseId?: string;
};
export declare function formatSarif(results: FileResult[], rules: Rule[], version: string, cwd?: string): string;
