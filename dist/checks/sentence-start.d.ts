export declare const sentenceStart: import("./kind.js").RuleKind;
