/**
 * Why a JSON text is not JSON, and where: for the JSON inputs (a baseline plan, the pack config, the
 * deploy state), whose refusal must say so at a line and column, in the reader's language, without
 * quoting the text.
 */
import { ParseErrorCode, visit } from 'jsonc-parser';
import { msg, type Message } from './i18n';

/** What is wrong at the first error of a text that is not JSON, in words a message can say (`inputs.json.*`). */
export type JsonErrorKind =
  | 'unknown-word'
  | 'bad-number'
  | 'name-expected'
  | 'value-expected'
  | 'colon-expected'
  | 'comma-expected'
  | 'brace-expected'
  | 'bracket-expected'
  | 'trailing-text'
  | 'comment'
  | 'open-string'
  | 'bad-escape'
  | 'control-character';

const KIND_OF_CODE: Record<ParseErrorCode, JsonErrorKind> = {
  [ParseErrorCode.InvalidSymbol]: 'unknown-word',
  [ParseErrorCode.InvalidNumberFormat]: 'bad-number',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'bad-number',
  [ParseErrorCode.PropertyNameExpected]: 'name-expected',
  [ParseErrorCode.ValueExpected]: 'value-expected',
  [ParseErrorCode.ColonExpected]: 'colon-expected',
  [ParseErrorCode.CommaExpected]: 'comma-expected',
  [ParseErrorCode.CloseBraceExpected]: 'brace-expected',
  [ParseErrorCode.CloseBracketExpected]: 'bracket-expected',
  [ParseErrorCode.EndOfFileExpected]: 'trailing-text',
  [ParseErrorCode.InvalidCommentToken]: 'comment',
  [ParseErrorCode.UnexpectedEndOfComment]: 'comment',
  [ParseErrorCode.UnexpectedEndOfString]: 'open-string',
  [ParseErrorCode.InvalidUnicode]: 'bad-escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'bad-escape',
  [ParseErrorCode.InvalidCharacter]: 'control-character',
};

/**
 * The offset and kind of the first error in a text JSON.parse refused, from a strict scan by jsonc-parser
 * (no comments, no trailing commas, no empty text) that builds no tree and stops at that error. Node 20's
 * own message gives no position for an unknown word and quotes the text around it instead, which may be
 * a credential. Undefined when the scan finds nothing (the two parsers disagree).
 */
export function firstJsonError(text: string): { offset: number; kind: JsonErrorKind } | undefined {
  let found: { offset: number; kind: JsonErrorKind } | undefined;
  const stop = new Error('first error found');
  try {
    visit(
      text,
      {
        onError: (code, offset) => {
          found = { offset, kind: KIND_OF_CODE[code] };
          throw stop;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (error) {
    if (error !== stop) throw error;
  }
  return found;
}

/**
 * Where a text JSON.parse refused goes wrong (undefined when the scan finds nothing) and why, as a
 * catalog message: what every JSON input says in place of the parser's English.
 */
export function jsonRefusal(text: string): { offset?: number; detail: Message } {
  const error = firstJsonError(text);
  return error
    ? { offset: error.offset, detail: msg(`inputs.json.${error.kind}`) }
    : { detail: msg('inputs.json.unknown') };
}
