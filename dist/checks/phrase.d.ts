export declare const phrase: import("./kind.js").RuleKind;
