/**
 * Where things are in a JSON text, found by linear scans that build no tree. A baseline plan can be
 * hundreds of megabytes: parsing it again as YAML to locate one error took minutes and the whole heap.
 */

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * The offset of the first `[` or `{` nested deeper than `maxDepth`, or undefined. Brackets inside
 * strings do not count. Run before JSON.parse, so that nothing after it recurses without bound.
 */
export function firstTooDeep(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text.charCodeAt(at);
    if (char === QUOTE) at = stringEnd(text, at) - 1;
    else if (char === OPEN_BRACKET || char === OPEN_BRACE) {
      if (++depth > maxDepth) return at;
    } else if (char === CLOSE_BRACKET || char === CLOSE_BRACE) depth--;
  }
  return undefined;
}

/**
 * The offset of the value at `path` in a JSON text that parses, or of the deepest value on the way
 * that exists (a missing field is reported at the object that should hold it). One pass over the
 * text at most: siblings before the wanted one are skipped by counting brackets.
 */
export function offsetOfPath(text: string, path: readonly (string | number)[]): number {
  let at = skipSpace(text, 0);
  for (const segment of path) {
    const inner = childOffset(text, at, segment);
    if (inner === undefined) return at;
    at = inner;
  }
  return at;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;

/** The offset of the member or item `segment` of the container at `at`, if it has one. */
function childOffset(text: string, at: number, segment: string | number): number | undefined {
  const open = text.charCodeAt(at);
  if (open !== OPEN_BRACE && open !== OPEN_BRACKET) return undefined;
  const close = open === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
  let index = 0;
  let i = skipSpace(text, at + 1);
  while (i < text.length && text.charCodeAt(i) !== close) {
    let matches: boolean;
    if (open === OPEN_BRACE) {
      const keyEnd = stringEnd(text, i);
      matches = (JSON.parse(text.slice(i, keyEnd)) as string) === String(segment);
      i = skipSpace(text, skipSpace(text, keyEnd) + 1);
    } else {
      matches = index === segment;
    }
    if (matches) return i;
    i = skipSpace(text, valueEnd(text, i));
    if (text.charCodeAt(i) === COMMA) i = skipSpace(text, i + 1);
    index++;
  }
  return undefined;
}

/** The offset just after the value starting at `at`. */
function valueEnd(text: string, at: number): number {
  const char = text.charCodeAt(at);
  if (char === QUOTE) return stringEnd(text, at);
  if (char === OPEN_BRACE || char === OPEN_BRACKET) {
    let depth = 0;
    for (let i = at; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) i = stringEnd(text, i) - 1;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return i + 1;
    }
    return text.length;
  }
  // A number, true, false or null: up to the next delimiter.
  let i = at;
  while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  return i;
}

/** The offset just after the string whose opening quote is at `at`. */
function stringEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === BACKSLASH) i++;
    else if (char === QUOTE) return i + 1;
  }
  return text.length;
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}
