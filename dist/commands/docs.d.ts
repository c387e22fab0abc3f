export declare function renderRuleSchema(): string;
/** docs/rules.md: the common keys, then each kind with its keys and a worked example from a built-in rule. */
export declare function renderRulesDoc(): Promise<string>;
