// Terminal output: whether to color (--color/--no-color, NO_COLOR, FORCE_COLOR, a terminal), and a progress line.
/** `flag`: true for --color, false for --no-color, undefined for neither. */
export function colorEnabled(flag, env, isTTY) {
    if (flag !== undefined)
        return flag;
    if (env.NO_COLOR)
        return false;
    // FORCE_COLOR as chalk and Node read it: 0 or false turns color off even on a terminal; another value turns it on.
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
        return !['0', 'false'].includes(env.FORCE_COLOR);
    return isTTY;
}
/**
 * A progress line for a terminal's stderr (`mtlint: 640/4188 files`), for runs that last: it first shows
 * after `delay` ms, is redrawn at most every `interval` ms, and is erased when the run is done.
 */
export function progressLine(terminal, now = Date.now, delay = 1000, interval = 100) {
    const start = now();
    let drawn = 0;
    let shown = false;
    return (done, total) => {
        const time = now();
        if (done >= total) {
            if (shown)
                terminal.write('\r\u001b[K');
            return;
        }
        if (time - start < delay || time - drawn < interval)
            return;
        terminal.write(`\rmtlint: ${done}/${total} files`);
        [drawn, shown] = [time, true];
    };
}
