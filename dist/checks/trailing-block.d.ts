export declare const trailingBlock: import("./kind.js").RuleKind;
