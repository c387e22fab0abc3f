// The stretches of a text that --since lets findings and fixes touch, followed through the fixes applied.
import type { Edit } from './types.js';

/** Lines changed since a revision (1-based), or `all` for a file git does not track. */
export type ChangedLines = Set<number> | 'all';

export class ChangedRegions {
  /** Sorted, disjoint, non-adjacent [start, end) UTF-16 ranges: runs of changed lines, each with its line break. */
  private regions: [number, number][] = [];

  constructor(text: string, lines: ChangedLines | undefined) {
    if (lines === 'all') {
      this.regions.push([0, text.length]);
      return;
    }
    if (!lines?.size) return;
    let start = 0;
    for (let line = 1; start <= text.length; line++) {
      const newline = text.indexOf('\n', start);
      const end = newline === -1 ? text.length : newline + 1;
      if (lines.has(line)) {
        const last = this.regions.at(-1);
        if (last && last[1] === start) last[1] = end;
        else this.regions.push([start, end]);
      }
      if (newline === -1) break;
      start = end;
    }
  }

  /** Whether a span overlaps a changed line (a finding there is reported). */
  touches(offset: number, length: number): boolean {
    const end = offset + Math.max(length, 1);
    return this.regions.some(([s, e]) => offset < e && end > s);
  }

  /** Whether an edit lies wholly within changed lines (only such fixes apply). */
  covers(edit: Edit): boolean {
    return this.regions.some(([s, e]) => s <= edit.offset && edit.offset + edit.length <= e);
  }

  /** Follow applied edits, each of which `covers` allowed: the ranges move and grow or shrink with them. */
  follow(applied: readonly Edit[]): void {
    const shift = (position: number, includeAt: boolean) => {
      let delta = 0;
      for (const edit of applied) if (edit.offset < position || (includeAt && edit.offset === position)) delta += edit.text.length - edit.length;
      return position + delta;
    };
    // An edit at a range's start (an insertion) falls inside it, as does one at its end.
    this.regions = this.regions.map(([s, e]) => [shift(s, false), shift(e, true)]);
  }
}
