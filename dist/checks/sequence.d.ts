export declare const sequence: import("./kind.js").RuleKind;
