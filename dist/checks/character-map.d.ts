export declare const characterMap: import("./kind.js").RuleKind;
