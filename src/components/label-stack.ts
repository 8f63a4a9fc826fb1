// Labels in one column beside a chart, each as near the point it names as its
// neighbours allow (the opt-out timeline, the snapshots of the share with no
// conviction): kept in order, so the leaders joining them to their points
// never cross.

/**
 * Places labels of the given heights in one column, in order, each as near its
 * wanted top as it can be while keeping `gap` pixels from the one before and
 * staying within [top, bottom]: pushed down past crowded neighbours, then
 * pulled back up from the bottom if the column overflows. Returns the tops.
 */
export function stackLabels(wanted: number[], heights: number[], gap: number, top: number, bottom: number): number[] {
  const tops = wanted.map((w) => Math.max(top, w));
  for (let i = 1; i < tops.length; ++i) tops[i] = Math.max(tops[i], tops[i - 1] + heights[i - 1] + gap);
  for (let i = tops.length - 1; i >= 0; --i) {
    const limit = i === tops.length - 1 ? bottom - heights[i] : tops[i + 1] - gap - heights[i];
    tops[i] = Math.max(top, Math.min(tops[i], limit));
  }
  return tops;
}
