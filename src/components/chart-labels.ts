// Placing a chart's own labels, which Plot leaves to the chart: wrapping a
// label to the room it has (Plot's text mark does not wrap at a pixel width),
// and stacking labels in one column beside a chart, each as near the point it
// names as its neighbours allow (the opt-out timeline, the snapshots of the
// share with no conviction), kept in order so that the leaders joining them to
// their points never cross. Character counts are measured for 12 px text.

/** Pixels per character of 12 px label text: a generous average for the system font. */
export const LABEL_CHAR = 6.6;

/**
 * The label column beside a chart's frame: where it starts (a gutter right of
 * the frame) and how many characters of 12 px text a line of it holds.
 */
export function labelColumn(width: number, frameRight: number, gutter: number): {labelLeft: number; maxChars: number} {
  const labelLeft = frameRight + gutter;
  return {labelLeft, maxChars: Math.max(12, Math.floor((width - labelLeft - 4) / LABEL_CHAR))};
}

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

/** Pixels per line of a 12 px label, and between two labels in a column. */
export const LABEL_LINE = 15;
export const LABEL_GAP = 6;

/** The height a column of labels needs: every line and gap, times `slack` (1.2: a fifth to spare), and at least `min`. */
export function columnHeight(lines: string[][], min: number, slack: number): number {
  return Math.max(min, Math.ceil(lines.reduce((sum, l) => sum + l.length * LABEL_LINE + LABEL_GAP, 0) * slack));
}

/**
 * Labels down a time column beside a chart, in the order given (by date): each
 * centred on its date where there is room (its first line's middle at the
 * date), pushed apart where there is not (stackLabels). Returns each label's
 * text and, as times on the y scale, where its text starts and where its leader meets it.
 */
export function placeDownColumn(times: Date[], lines: string[][], y: {(t: Date): number; invert(px: number): Date}, height: number): {text: string; labelTime: Date; anchorTime: Date}[] {
  const heights = lines.map((l) => l.length * LABEL_LINE);
  const tops = stackLabels(times.map((t) => y(t) - LABEL_LINE / 2), heights, LABEL_GAP, 2, height - 2);
  return tops.map((top, i) => ({text: lines[i].join("\n"), labelTime: y.invert(top), anchorTime: y.invert(top + LABEL_LINE / 2)}));
}
