import type { LineCounter, YAMLError } from 'yaml';
import type { Position } from './findings';
import { syntaxSlip } from './input-method';
import { msg, said, type Localized } from './i18n';

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

/** The line where a quoted scalar opens and is never closed: the first line with an odd count of that quote. */
function openingQuote(text: string, quote: string, beforeLine: number): Position | undefined {
  const lines = text.split('\n');
  for (let index = 0; index < Math.min(lines.length, beforeLine); index++) {
    const content = lines[index]!.replace(/\s#.*$/, '');
    const count =
      content.split(quote).length -
      1 -
      (quote === "'" ? (content.match(/''/g)?.length ?? 0) * 2 : (content.match(/\\"/g)?.length ?? 0));
    if (count % 2 === 1) return { line: index + 1, column: content.indexOf(quote) + 1 };
  }
  return undefined;
}

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
  if (error.code === 'MULTILINE_IMPLICIT_KEY') {
    const end = lineCounter.linePos(error.pos[1]);
    if (end.line > start.line) {
      const line = start.line + 1;
      const content = text.slice(lineStart(text, line)).split('\n')[0] ?? '';
      return {
        line,
        column: content.search(/\S|$/) + 1,
        ...said(msg('yaml.indented-deeper', { line, previous: start.line }), msg('yaml.indented-deeper.hint')),
      };
    }
  }
  if (error.code === 'MISSING_CHAR' && /closing "?(["'])?quote/i.test(error.message)) {
    const quote = /closing (["'])/.exec(error.message)?.[1] ?? (error.message.includes("'") ? "'" : '"');
    const opened = openingQuote(text, quote, start.line);
    if (opened)
      return {
        ...opened,
        ...said(msg('yaml.unclosed-quote', { quote }), msg('yaml.unclosed-quote.hint', { quote })),
      };
  }
  return here;
}
