export declare const mojibake: import("./kind.js").RuleKind;
