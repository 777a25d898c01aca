import type { Position } from './findings';

// Offsets in a text to lines and columns, counted as the `yaml` library's LineCounter counts them
// (lines end at `\n`, columns count UTF-16 units from 1), for code that locates without its parse.

/** Where each line of `text` starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The line and column of `offset`, by binary search: a file may hold thousands of positions asked. */
export function positionAt(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}
