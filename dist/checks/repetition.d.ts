export declare const repetition: import("./kind.js").RuleKind;
