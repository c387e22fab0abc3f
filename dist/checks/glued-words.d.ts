export declare const gluedWords: import("./kind.js").RuleKind;
