/** `flag`: true for --color, false for --no-color, undefined for neither. */
export declare function colorEnabled(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean): boolean;
/**
 * A progress line for a terminal's stderr (`mtlint: 640/4188 files`), for runs that last: it first shows
 * after `delay` ms, is redrawn at most every `interval` ms, and is erased when the run is done.
 */
export declare function progressLine(terminal: {
    write(text: string): unknown;
}, now?: () => number, delay?: number, interval?: number): (done: number, total: number) => void;
