/**
 * One part of a list order that SQL can page on its own (e.g. "students with ready references, by count",
 * then "the rest, by name"). Used where one ORDER BY over the whole office would sort every row.
 */
export interface Segment {
  count(): number;
  ids(limit: number, offset: number): number[];
}

/**
 * One page of ids across segments read in order. Only the segments the page touches are read, and a
 * segment is counted only when the page starts beyond it (an empty read with an offset says so).
 */
export function pageAcrossSegments(segments: readonly Segment[], offset: number, pageSize: number): number[] {
  const page: number[] = [];
  let skip = offset;
  for (const [index, segment] of segments.entries()) {
    const room = pageSize - page.length;
    if (room <= 0) break;
    const found = segment.ids(room, skip);
    if (found.length > 0 || skip === 0) {
      page.push(...found);
      skip = 0;
    } else if (index < segments.length - 1) {
      skip -= segment.count();
    }
  }
  return page;
}
