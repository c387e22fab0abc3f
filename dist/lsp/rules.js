// What the CLI would use for a document, from the document's folder: the rules of the config found above it (its
// rule directories and overrides) and the files it and .mtlintignore leave out. Kept until a watched file changes.
import path from 'node:path';
import { findConfig } from '../config.js';
import { compileRules } from '../engine.js';
import { ignoredBelow, loadIgnoreFile } from '../files.js';
import { loadConfiguredRules } from '../run.js';
export class RuleSets {
    root;
    /** By config file ('' for none); a promise, so documents opened together load it once. */
    byConfig = new Map();
    /** The config file of each folder asked about ('' for none): found once, not on every keystroke. */
    configOf = new Map();
    /** `root`: the workspace, where .mtlintignore is read and unsaved buffers find their config. */
    constructor(root) {
        this.root = root;
    }
    /** The rule set for a file (undefined: an unsaved buffer); rejects with a UsageError for a bad config or rule file. */
    forFile(file) {
        const dir = file ? path.dirname(file) : this.root;
        let config = this.configOf.get(dir);
        if (config === undefined)
            this.configOf.set(dir, (config = findConfig(dir) ?? ''));
        let set = this.byConfig.get(config);
        if (!set) {
            set = loadConfiguredRules({ config: config || false, cwd: dir, rulesDirs: [] }).then(({ rules, config: loaded }) => {
                const byIgnoreFile = loadIgnoreFile(this.root);
                const byConfig = loaded.file ? ignoredBelow(path.dirname(loaded.file), loaded.ignore) : () => false;
                return { rules: compileRules(rules), ignored: (file) => byIgnoreFile(file) || byConfig(file) };
            });
            this.byConfig.set(config, set);
        }
        return set;
    }
    /** Forget every loaded rule set: a config, rule or ignore file changed. */
    reload() {
        this.byConfig.clear();
        this.configOf.clear();
    }
}
