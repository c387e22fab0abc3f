// Where a rule's antipatterns match in a text, and whether one of those spans holds a finding: shared by the kinds
// that take antipatterns (pattern, sequence).

/** Spans sorted by their start, with the furthest end of any span up to each (what `covers` asks). */
export interface Spans {
  starts: number[];
  furthestEnds: number[];
}

export function antipatternSpans(text: string, regexes: RegExp[]): Spans {
  return spansOf(regexes.flatMap((r) => Array.from(text.matchAll(r), (m): [number, number] => [m.index, m.index + m[0].length])));
}

/** Spans from [start, end) pairs in any order. */
export function spansOf(pairs: [number, number][]): Spans {
  const spans = pairs.sort((a, b) => a[0] - b[0]);
  let furthest = -1;
  return { starts: spans.map(([start]) => start), furthestEnds: spans.map(([, end]) => (furthest = Math.max(furthest, end))) };
}

/**
 * Whether one of the spans holds text[start, end): of those that start at or before it (found by binary search), one
 * ends at or after it. A long text's antipatterns match thousands of times (brackets in the 10 MB file: 8,235), and
 * each of its findings was compared with every span.
 */
export function covers(spans: Spans, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans.starts[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans.furthestEnds[lo - 1] >= end;
}
