export declare const bilingual: import("./kind.js").RuleKind;
