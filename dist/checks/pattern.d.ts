export declare const pattern: import("./kind.js").RuleKind;
