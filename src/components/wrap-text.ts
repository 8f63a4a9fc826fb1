// Plot's text mark does not wrap: charts that place their own labels wrap
// them here, at a character count measured for the chart's text size.

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
