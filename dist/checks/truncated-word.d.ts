export declare const truncatedWord: import("./kind.js").RuleKind;
