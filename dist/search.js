// Binary search over anything indexed in order.
/** The first index in [0, count) at which `reached` holds, or `count`; `reached` must hold from some index on. */
export function firstIndex(count, reached) {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (reached(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
