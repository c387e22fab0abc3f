import { type Config } from './config.js';
import { type Format } from './report/index.js';
import { type Rule, type Severity } from './types.js';
import { type InputFormat } from './formats/index.js';
export interface RunOptions {
    paths: string[];
    format: Format;
    color: boolean;
    rulesDirs: string[];
    /** Rule ids or families to run (all when empty). */
    only: string[];
    disable: string[];
    fix: boolean;
    fixDryRun: boolean;
    /** Rule ids, families or categories whose fixes apply (all when empty). */
    fixOnly: string[];
    failOn?: Severity;
    maxWarnings?: number;
    /** The largest file read, in bytes (default: the config's, else DEFAULT_MAX_FILE_SIZE). */
    maxFileSize?: number;
    /** Fail when a document's quality score is below this. */
    minScore?: number;
    quiet: boolean;
    /** A config file to use, `false` for none, undefined to search from the working directory. */
    config?: string | false;
    outputFile?: string;
    stdinFilename?: string;
    reportUnusedDirectives: boolean;
    since?: string;
    shard?: string;
    /** --no-ignore: lint what .mtlintignore and the config's `ignore` would skip. */
    noIgnore?: boolean;
    /** --no-error-on-unmatched-pattern: a glob or directory with no file to lint is no error. */
    allowUnmatched?: boolean;
    /** Read every file in this format instead of the one its extension names. */
    formatIn?: InputFormat;
    /** File extensions a directory walk takes (default: every format's). */
    extensions?: string[];
    /** The original of the one plain-text article linted, for the bilingual rules. */
    source?: string;
    /** A glossary (CSV or TBX) for bilingual/glossary; overrides the config's `glossary`. */
    glossary?: string;
    /** --cache: reuse the findings of files unchanged since the last run (undefined: no cache). */
    cache?: {
        location?: string;
    };
    /** --debug: an internal error (a check that crashed) is followed by its stack. */
    debug?: boolean;
    cwd: string;
}
export interface Io {
    stdout(text: string): void;
    stderr(text: string): void;
    /** How many of the files are done, after each file or batch; `done === total` at the end. */
    progress?(done: number, total: number): void;
}
export declare function selectRules(rules: Rule[], only: string[], disable: string[]): Rule[];
/** `--fix-only` names rules, families or categories, and only means something with --fix or --fix-dry-run. */
export declare function checkFixOnly(rules: Rule[], fixOnly: string[], fixing: boolean): void;
/**
 * The rules a run uses: built-in, the config's rule directories and `rulesDirs`, with the config's
 * overrides applied. The config's problems, the rule files' and the overrides' are reported together.
 */
export declare function loadConfiguredRules(options: Pick<RunOptions, 'config' | 'cwd' | 'rulesDirs' | 'glossary'>): Promise<{
    rules: Rule[];
    config: Config;
}>;
/**
 * `--print-config FILE`: what a run would use for FILE: the config file, whether FILE is ignored, the
 * failing thresholds, and each rule that runs with its severity and options after overrides.
 */
export declare function printConfig(file: string, options: Pick<RunOptions, 'config' | 'cwd' | 'rulesDirs' | 'glossary' | 'only' | 'disable' | 'noIgnore'>): Promise<string>;
/** `--shard 2/3`: keeps the files whose path hashes to the second of three buckets; a file keeps its shard as others come and go. */
export declare function shardFilter(shard: string): (file: string) => boolean;
export declare function run(given: RunOptions, io: Io): Promise<number>;
