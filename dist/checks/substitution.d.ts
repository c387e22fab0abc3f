export declare const substitution: import("./kind.js").RuleKind;
