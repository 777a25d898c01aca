import type { LineCounter, YAMLError } from 'yaml';
import type { Position } from './findings';
import { syntaxSlip } from './input-method';
import { msg, said, type Localized, type MessageId } from './i18n';

/** Where a person should look for a YAML error, and what to tell them when the parser's words would mislead. */
export interface RelocatedError extends Position {
  message?: string;
  hint?: string;
  localized?: Localized;
}

function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}

/**
 * The line where a quoted scalar first opens and is never closed. A quote opens a scalar only where a
 * value starts (at the start of a line or after its `- ` and `? ` indicators, after `key: `, `[`, `{` or
 * `,`, and after an anchor or a tag there: `&x "`, `!!str "`): inside a plain scalar (`name: a 'b`,
 * `a: x - "y`) or a comment it is text. Escaped quotes (`''` in single quotes, `\"` in double) close nothing.
 */
function openingQuote(text: string, quote: '"' | "'"): Position | undefined {
  const lines = text.split('\n');
  const opens = new RegExp(`(?:^\\s*(?:[?-]\\s+)*|:\\s+|[[{,]\\s*)(?:[&!]\\S*\\s+)*${quote}`, 'g');
  const escaped = quote === "'" ? /''/g : /\\./g;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    opens.lastIndex = 0;
    for (let match = opens.exec(line), from = 0; match; match = opens.exec(line)) {
      const at = match.index + match[0].length - 1;
      // Between the last closed scalar and this quote, a `#` at a line's start or after a space starts a
      // comment, and nothing after it opens a scalar (read from the closing quote before, if any, so a `#`
      // right after it is not taken for one).
      if (/(?:^|\s)#/.test(line.slice(Math.max(0, from - 1), at))) break;
      const close = line
        .slice(at + 1)
        .replace(escaped, '  ')
        .indexOf(quote);
      if (close < 0) return { line: index + 1, column: at + 1 };
      from = at + close + 2;
      opens.lastIndex = from;
    }
  }
  return undefined;
}

/**
 * The errors worth reporting: a key indented deeper than its siblings makes the parser report both
 * MULTILINE_IMPLICIT_KEY (which relocateYamlError moves to the deeper line) and, at the same place on the
 * line above, BLOCK_AS_IMPLICIT_KEY ("Nested mappings are not allowed in compact mappings"), the same
 * mistake in the parser's words at the wrong line. The echo is dropped.
 */
export function withoutEchoes<E extends YAMLError>(errors: readonly E[]): E[] {
  const multiline = new Set(
    errors.filter((error) => error.code === 'MULTILINE_IMPLICIT_KEY').map((error) => error.pos[0]),
  );
  return errors.filter((error) => error.code !== 'BLOCK_AS_IMPLICIT_KEY' || !multiline.has(error.pos[0]));
}

/**
 * The parser's MISSING_CHAR is several mistakes; these are said in their own words (by its code alone,
 * a glued `#` would be told to close a quote).
 */
const MISSING: readonly { says: RegExp; message: MessageId; hint: MessageId }[] = [
  {
    says: /^Comments must be separated/,
    message: 'yaml.missing.comment-space',
    hint: 'yaml.missing.comment-space.hint',
  },
  {
    says: /^Tags and anchors must be separated/,
    message: 'yaml.missing.props-space',
    hint: 'yaml.missing.props-space.hint',
  },
  { says: /^Missing , or : between/, message: 'yaml.missing.comma', hint: 'yaml.missing.comma.hint' },
  { says: /^Implicit map keys need to be followed/, message: 'yaml.missing.value', hint: 'yaml.missing.value.hint' },
];

/**
 * The parser points where it noticed a problem, which can be far from the mistake: an unclosed quote
 * is noticed at the end of the file, an over-indented key on the line above it. This moves the
 * position to the mistake.
 */
export function relocateYamlError(error: YAMLError, text: string, lineCounter: LineCounter): RelocatedError {
  const start = lineCounter.linePos(error.pos[0]);
  const here = { line: start.line, column: start.col };
  // A full-width colon or a non-breaking space after a key, or a full-width space in the indentation, is
  // noticed on the line after it ("line 10 is indented deeper …"): report the character itself.
  const end = lineCounter.linePos(error.pos[1]);
  const slip = syntaxSlip(text, Math.max(1, start.line - 1), end.line);
  if (slip) return slip;
  // A quoted key written over two lines is that mistake, said by the parser, not an indentation.
  if (error.code === 'MULTILINE_IMPLICIT_KEY' && end.line > start.line && !/["']/.test(text.charAt(error.pos[0]))) {
    const line = start.line + 1;
    const content = text.slice(lineStart(text, line)).split('\n')[0] ?? '';
    return {
      line,
      column: content.search(/\S|$/) + 1,
      ...said(msg('yaml.indented-deeper', { line, previous: start.line }), msg('yaml.indented-deeper.hint')),
    };
  }
  // The parser's words: `Missing closing "quote` or `Missing closing 'quote`.
  const quote = error.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(error.message)?.[1] : undefined;
  if (quote === '"' || quote === "'") {
    const opened = openingQuote(text, quote);
    if (opened)
      return {
        ...opened,
        ...said(msg('yaml.unclosed-quote', { quote }), msg('yaml.unclosed-quote.hint', { quote })),
      };
  }
  const missing = error.code === 'MISSING_CHAR' ? MISSING.find(({ says }) => says.test(error.message)) : undefined;
  if (missing) return { ...here, ...said(msg(missing.message), msg(missing.hint)) };
  return here;
}
