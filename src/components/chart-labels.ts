// Placing a chart's own labels, which Plot leaves to the chart: wrapping a
// label to the room it has (Plot's text mark does not wrap at a pixel width),
// and stacking labels in one column beside a chart, each as near the point it
// names as its neighbours allow (the opt-out timeline, the snapshots of the
// share with no conviction), kept in order so that the leaders joining them to
// their points never cross. Character counts are measured for 12 px text.

/** Splits text into lines of at most maxChars characters, breaking between words (a longer word keeps its own line). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

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
