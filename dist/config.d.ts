import { type InputFormat } from './formats/index.js';
import type { Problem } from './errors.js';
import { type ScoreWeights } from './score.js';
import { type Rule, type Severity } from './types.js';
export declare const CONFIG_NAMES: string[];
/** A change to the rules an id or a family selects: `spacing/*`, `spacing`, or a rule id. */
export interface Override {
    selector: string;
    severity?: Severity | 'off';
    options?: Record<string, unknown>;
    line: number;
    column: number;
}
export interface Config {
    file?: string;
    /** What was wrong with the file; the valid parts are still in the other fields. */
    problems: Problem[];
    /** Rule directories, resolved against the config file's directory. */
    rules: string[];
    overrides: Override[];
    /** Globs (gitignore syntax) of files to skip, relative to the config file's directory. */
    ignore: string[];
    failOn?: Severity;
    /** Read every file in this format, whatever its extension. */
    formatIn?: InputFormat;
    /** The glossary (CSV or TBX) the bilingual glossary rule checks, resolved against the config file's directory. */
    glossary?: string;
    maxWarnings?: number;
    /** The largest file read, in bytes (`maxFileSize` is written in MB). */
    maxFileSize?: number;
    /** Penalty points per finding of each severity, for the quality score (defaults filled in). */
    scoreWeights: ScoreWeights;
    /** Fail the run when a document scores below this. */
    minScore?: number;
}
export declare const EMPTY_CONFIG: Config;
/** The nearest config file in `cwd` or a directory above it. */
export declare function findConfig(cwd: string): string | undefined;
export declare function loadConfig(file: string): Config;
/**
 * Apply overrides in order (later ones win): `off` drops rules, a severity replaces theirs, options
 * are merged and checked against the kind's fields. An override that selects no rule is a problem,
 * returned with the config file's own so that all are reported at once.
 */
export declare function applyOverrides(rules: Rule[], config: Config): {
    rules: Rule[];
    problems: Problem[];
};
