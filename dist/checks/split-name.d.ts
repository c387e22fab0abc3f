export declare const splitName: import("./kind.js").RuleKind;
