export declare const repeatedLine: import("./kind.js").RuleKind;
