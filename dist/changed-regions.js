export class ChangedRegions {
    /** Sorted, disjoint, non-adjacent [start, end) UTF-16 ranges: runs of changed lines, each with its line break. */
    regions = [];
    constructor(text, lines) {
        if (lines === 'all') {
            this.regions.push([0, text.length]);
            return;
        }
        if (!lines?.size)
            return;
        let start = 0;
        for (let line = 1; start <= text.length; line++) {
            const newline = text.indexOf('\n', start);
            const end = newline === -1 ? text.length : newline + 1;
            if (lines.has(line)) {
                const last = this.regions.at(-1);
                if (last && last[1] === start)
                    last[1] = end;
                else
                    this.regions.push([start, end]);
            }
            if (newline === -1)
                break;
            start = end;
        }
    }
    /** Whether a span overlaps a changed line (a finding there is reported). */
    touches(offset, length) {
        const end = offset + Math.max(length, 1);
        return this.regions.some(([s, e]) => offset < e && end > s);
    }
    /** Whether an edit lies wholly within changed lines (only such fixes apply). */
    covers(edit) {
        return this.regions.some(([s, e]) => s <= edit.offset && edit.offset + edit.length <= e);
    }
    /** Follow applied edits, each of which `covers` allowed: the ranges move and grow or shrink with them. */
    follow(applied) {
        const shift = (position, includeAt) => {
            let delta = 0;
            for (const edit of applied)
                if (edit.offset < position || (includeAt && edit.offset === position))
                    delta += edit.text.length - edit.length;
            return position + delta;
        };
        // An edit at a range's start (an insertion) falls inside it, as does one at its end.
        this.regions = this.regions.map(([s, e]) => [shift(s, false), shift(e, true)]);
    }
}
