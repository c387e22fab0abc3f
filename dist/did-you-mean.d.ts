/** ` (did you mean "x"?)` when a known name is close, else ''. */
export declare function didYouMean(word: string, candidates: string[]): string;
