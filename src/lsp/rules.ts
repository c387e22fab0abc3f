// The compiled rules for a document, as the CLI would use them from the document's folder: found config, its
// rule directories and overrides. Kept per config file until a config or rule file changes.
import path from 'node:path';
import { findConfig } from '../config.js';
import { type CompiledRule, compileRules } from '../engine.js';
import { loadConfiguredRules } from '../run.js';

export class RuleSets {
  /** Compiled rules by config file ('' for none); a promise, so documents opened together load them once. */
  private readonly byConfig = new Map<string, Promise<CompiledRule[]>>();
  /** The config file of each folder asked about ('' for none): found once, not on every keystroke. */
  private readonly configOf = new Map<string, string>();

  constructor(private readonly fallbackDir: string) {}

  /** The rules for a file (or, for an unsaved buffer, for the workspace); rejects with a UsageError for a bad config or rule file. */
  rulesFor(file: string | undefined): Promise<CompiledRule[]> {
    const dir = file ? path.dirname(file) : this.fallbackDir;
    let config = this.configOf.get(dir);
    if (config === undefined) this.configOf.set(dir, (config = findConfig(dir) ?? ''));
    let rules = this.byConfig.get(config);
    if (!rules) {
      rules = loadConfiguredRules({ config: config || false, cwd: dir, rulesDirs: [] }).then(({ rules }) => compileRules(rules));
      this.byConfig.set(config, rules);
    }
    return rules;
  }

  /** Forget every loaded rule set: a config or rule file changed. */
  reload(): void {
    this.byConfig.clear();
    this.configOf.clear();
  }
}
