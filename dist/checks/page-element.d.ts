export declare const pageElement: import("./kind.js").RuleKind;
