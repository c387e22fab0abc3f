export declare const unbalancedPairs: import("./kind.js").RuleKind;
