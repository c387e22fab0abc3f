import type { Problem } from '../errors.js';
import type { Rule } from '../types.js';
export interface RuleSource {
    dir: string;
    builtIn: boolean;
}
export interface LoadResult {
    rules: Rule[];
    problems: Problem[];
}
import { BUILT_IN_RULES } from '../paths.js';
export { BUILT_IN_RULES };
/** Load every `*.yaml` under each directory; the id is the path below it without the extension. */
export declare function loadRules(sources: RuleSource[], useCache?: boolean): Promise<LoadResult>;
/** The cached rules of `dir` when its files are those the cache was made from, path for path and text for text; else undefined. */
export declare function readRuleCache(dir: string, files: string[], cacheFile?: string): Rule[] | undefined;
/** Write the cache of the rules in `dir` (the build does it for the built-in rules); only rules without problems are cached. */
export declare function writeRuleCache(dir?: string, cacheFile?: string): Promise<void>;
/** The rule files below `dir`, relative to it, sorted. */
export declare function ruleFiles(dir: string): string[];
/** A regex written in a rule file, with where it stands. */
interface RegexSource {
    key: string;
    source: string;
    line: number;
    column: number;
}
/** Parse and validate one rule file; the rule is returned only when the file has no problem. */
export declare function parseRuleFile(file: string, text: string, id: string, builtIn?: boolean): {
    rule?: Rule;
    problems: Problem[];
    regexes: RegexSource[];
};
