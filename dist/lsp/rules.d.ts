import { type CompiledRule } from '../engine.js';
export interface RuleSet {
    rules: CompiledRule[];
    /** Whether a file (an absolute path) is one the config's `ignore` or the workspace's .mtlintignore leaves out. */
    ignored: (file: string) => boolean;
}
export declare class RuleSets {
    private readonly root;
    /** By config file ('' for none); a promise, so documents opened together load it once. */
    private readonly byConfig;
    /** The config file of each folder asked about ('' for none): found once, not on every keystroke. */
    private readonly configOf;
    /** `root`: the workspace, where .mtlintignore is read and unsaved buffers find their config. */
    constructor(root: string);
    /** The rule set for a file (undefined: an unsaved buffer); rejects with a UsageError for a bad config or rule file. */
    forFile(file: string | undefined): Promise<RuleSet>;
    /** Forget every loaded rule set: a config, rule or ignore file changed. */
    reload(): void;
}
