/** The first index in [0, count) at which `reached` holds, or `count`; `reached` must hold from some index on. */
export declare function firstIndex(count: number, reached: (index: number) => boolean): number;
