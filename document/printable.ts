import { fieldPath, type Finding, type Position } from './findings';
import { msg, render, said, untranslated, type Message } from './i18n';
import { lineStartsOf, positionAt } from './line-starts';
import type { LoadedDocument } from './load';

/**
 * Characters a person cannot see but a terminal, a spreadsheet or a browser acts on: control
 * characters (ESC starts sequences that hide or recolour the rest of a terminal, BEL rings, CR
 * overwrites a line), format characters (U+202E reverses the text after it, zero-width characters
 * make two names that look alike differ), lone surrogates and the Unicode line separators. One
 * definition for the validate rule that refuses them in manifests and for every writer that escapes them.
 */
const NON_PRINTABLE_ALL = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/**
 * A first, cheap look: any code unit outside these ranges (all printable: ASCII, Latin to Hebrew,
 * dashes and quotes, CJK, full-width forms) may be non-printable and sends the text to the exact
 * search above. Tab and line feed are in it, so the common text (ASCII and Chinese on many lines)
 * is passed in one scan: the Unicode-property search stopped at every line feed, which was most of
 * the time `validate` spent on a clean file. Few ranges: V8 compiles a long negated class into a
 * slow decision tree (measured 7× slower with 17 ranges). tests/printable.test.ts checks every unit.
 */
export const SURELY_PRINTABLE_RANGES = '\t\n\x20-\x7e\u00a0-\u00ac\u00ae-\u05ff\u2010-\u2027\u3000-\u9fff\uff00-\uffef';
const SUSPECT = new RegExp(`[^${SURELY_PRINTABLE_RANGES}]`);

/** Names of the characters people paste by accident or an attacker picks on purpose. */
const NAMES: Readonly<Record<number, string>> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0xad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/**
 * `U+202E (RIGHT-TO-LEFT OVERRIDE)`: how a message names a character, in the reader's language. The
 * Unicode name stays as Unicode writes it; what envcloud says of it is translated (`a control character`
 * came through in Chinese findings).
 */
export function codePointMessage(codePoint: number): Message {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  if (codePoint === 0xfeff) return msg('text.char.bom', { hex, name: NAMES[codePoint]! });
  const name = NAMES[codePoint];
  if (name) return msg('text.char.named', { hex, name });
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) return msg('text.char.control', { hex });
  return untranslated(hex, hex);
}

/** The same in English: `U+202E (RIGHT-TO-LEFT OVERRIDE)`. */
export function describeCodePoint(codePoint: number): string {
  return render(codePointMessage(codePoint), 'en');
}

/**
 * The first character of `text` that must not be in free text, with its index, or undefined. Tab and
 * line feed are allowed: multi-line descriptions and block scalars carry them.
 */
export function firstNonPrintable(text: string): { index: number; codePoint: number } | undefined {
  const from = text.search(SUSPECT);
  if (from < 0) return undefined;
  NON_PRINTABLE_ALL.lastIndex = from;
  for (let match = NON_PRINTABLE_ALL.exec(text); match; match = NON_PRINTABLE_ALL.exec(text)) {
    const codePoint = match[0].codePointAt(0)!;
    if (codePoint !== 0x09 && codePoint !== 0x0a) return { index: match.index, codePoint };
  }
  return undefined;
}

/**
 * The text with every non-printable character written out as `\u{202E}`, so it is seen instead of
 * obeyed. Line feeds and tabs stay, and so does a CR right before a line feed (CSV records end in CRLF).
 * For text, Markdown, CSV, HTML and SVG: none gives `\u{…}` a meaning.
 */
export function escapeNonPrintable(text: string): string {
  if (text.search(SUSPECT) < 0) return text;
  return text.replace(NON_PRINTABLE_ALL, (char, offset: number) => {
    if (char === '\n' || char === '\t' || (char === '\r' && text[offset + 1] === '\n')) return char;
    return `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`;
  });
}

/**
 * For output of one line per item (a finding's location and message): a line break in a file's name or
 * in text quoted from a file is shown as `\u{A}`, like any other non-printable character. Printed raw,
 * a manifest's name with a newline in it wrote a line that read as another finding, located elsewhere.
 */
export function escapeOnOneLine(text: string): string {
  const escaped = escapeNonPrintable(text);
  return /[\n\r]/.test(escaped) ? escaped.replace(/\n/g, '\\u{A}').replace(/\r/g, '\\u{D}') : escaped;
}

/**
 * For JSON and JavaScript: only inside string literals can such a character stand, and there `\uXXXX`
 * is the same value written visibly, so the file holds no raw control bytes and parses to the same data.
 */
export function escapeNonPrintableJson(text: string): string {
  if (text.search(SUSPECT) < 0) return text;
  return text.replace(NON_PRINTABLE_ALL, (char) => {
    if (char === '\n' || char === '\t' || char === '\r') return char;
    // `\uXXXX` is one UTF-16 unit: an astral character (U+E0001, a tag) is two, written as its surrogate pair.
    let escaped = '';
    for (let unit = 0; unit < char.length; unit++)
      escaped += `\\u${char.charCodeAt(unit).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}

/** Whether a file's text may hold non-printable text in its data: a raw one, or an escape in a quoted scalar. */
export function mayHoldNonPrintable(text: string): boolean {
  if (text.includes('\\')) return true;
  return text.search(SUSPECT) >= 0 && firstNonPrintable(text.replace(/\r\n/g, '\n')) !== undefined;
}

export interface NonPrintableHit {
  path: (string | number)[];
  /** Whether the hit is in the key at `path` rather than its value. */
  inKey: boolean;
  codePoint: number;
  /** The index of the character in the key or value. */
  index: number;
}

/** Every key and string value in parsed data holding a non-printable character: the first in each. Walked without recursion. */
export function findNonPrintable(data: unknown): NonPrintableHit[] {
  const hits: NonPrintableHit[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const found = firstNonPrintable(value);
      if (found) hits.push({ path, inKey: false, ...found });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        stack.push({ value: value[index], path: [...path, index] });
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let index = entries.length - 1; index >= 0; index--) {
        const [key, child] = entries[index]!;
        const found = firstNonPrintable(key);
        if (found) hits.push({ path: [...path, key], inKey: true, ...found });
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return hits;
}

/**
 * A manifest's keys and free text may hold no non-printable character: validate refuses each, located
 * at the character itself when it is written raw, else (a YAML escape such as `"\e[8m"`) at the value.
 */
export function nonPrintableFindings(document: LoadedDocument): Finding[] {
  if (!mayHoldNonPrintable(document.text)) return [];
  const hits = findNonPrintable(document.data);
  if (hits.length === 0) return [];
  const lineStarts = lineStartsOf(document.text);
  return hits.map((hit) => {
    const at = document.locator.locate(hit.path, hit.inKey ? 'key' : 'value');
    const where = fieldPath(hit.path);
    // A block scalar's text runs over the lines after its indicator; a key or a flow value stays on its line.
    const lines = hit.inKey ? 1 : (getPath(document.data, hit.path) as string).split('\n').length + 1;
    const raw = rawPosition(document.text, lineStarts, at, lines, String.fromCodePoint(hit.codePoint));
    return {
      file: document.file,
      ...(raw ?? at),
      severity: 'error' as const,
      ruleId: 'text-non-printable',
      field: where,
      ...said(
        msg(hit.inKey ? 'text.non-printable.key' : 'text.non-printable', {
          field: where,
          char: codePointMessage(hit.codePoint),
        }),
        msg('text.non-printable.hint'),
      ),
    };
  });
}

/** Where the character is written raw in the `lines` lines from `from`, if it is. */
function rawPosition(
  text: string,
  lineStarts: readonly number[],
  from: Position,
  lines: number,
  char: string,
): Position | undefined {
  const start = (lineStarts[from.line - 1] ?? 0) + from.column - 1;
  const last = from.line - 1 + lines;
  const end = last < lineStarts.length ? lineStarts[last]! : text.length;
  const index = text.indexOf(char, start);
  if (index < 0 || index >= end) return undefined;
  return positionAt(lineStarts, index);
}

function getPath(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const segment of path) value = (value as Record<string | number, unknown>)[segment];
  return value;
}
