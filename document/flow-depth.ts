import { lineColumn } from './json-position';

/**
 * How deep a YAML text's brackets nest, counted before the parser runs. The parser composes flow
 * collections by recursion and survives its own stack overflow, but an overflow can also land inside
 * V8's regular-expression compiler, which is a fatal error of the whole process ("RegExpCompiler
 * Allocation failed", seen once a 20,000-bracket file followed other parses in one process). A file
 * nested deeper than this is refused before the parser sees it.
 */
export const MAX_FLOW_DEPTH = 256;

/** The characters that can open or end something the count must know of. */
const SPECIAL = new Set(['#', '"', "'", '[', '{']);

/**
 * The offset of the first `[` or `{` that opens a collection nested deeper than `maxDepth`, or undefined.
 * A bracket counts where a value starts (at a line's start, after a space, right after a bracket that
 * counted, or after a `,` inside brackets): in a plain scalar (`a[[b`), a quoted one or a comment it is
 * text, and a count that misses one only leaves the file to the parser, as before. A manifest nests about
 * seven levels, so the default bound is far from anything real, and the brackets of a block scalar's text
 * (`|`) cannot reach it unless 256 of them are left open.
 */
export function firstTooDeepFlow(text: string, maxDepth = MAX_FLOW_DEPTH): number | undefined {
  let depth = 0;
  // The last bracket counted: a bracket right after it opens a value too (`[[`), one right after text does not (`x[[`).
  let opened = -1;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === ']' || char === '}') {
      if (depth > 0) depth--;
      continue;
    }
    if (!SPECIAL.has(char)) continue;
    const before = at === 0 ? '\n' : text[at - 1]!;
    if (char === '#') {
      if (/\s/.test(before)) at = lineEnd(text, at);
    } else if (/\s/.test(before) || at - 1 === opened || (before === ',' && depth > 0)) {
      if (char === '"' || char === "'") at = quotedEnd(text, at, char);
      else {
        if (++depth > maxDepth) return at;
        opened = at;
      }
    }
  }
  return undefined;
}

/** The offset of the end of the line `at` is on (its `\n`, or the end of the text). */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The offset of the quote that closes the scalar opened at `at` (the end of the text if none does). */
function quotedEnd(text: string, at: number, quote: string): number {
  for (let index = at + 1; index < text.length; index++) {
    const char = text[index];
    if (quote === '"' && char === '\\') index++;
    else if (char === quote) {
      // In single quotes, '' is an escaped quote, not the end.
      if (quote === "'" && text[index + 1] === "'") index++;
      else return index;
    }
  }
  return text.length;
}

/** Where the first too-deep bracket of `text` is, 1-based, or undefined when none is. */
export function tooDeepFlowPosition(text: string): { line: number; column: number } | undefined {
  const offset = firstTooDeepFlow(text);
  if (offset === undefined) return undefined;
  return lineColumn(text, offset);
}
