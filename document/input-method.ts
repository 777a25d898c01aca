import type { Position } from './findings';
import { msg, said, type Localized, type Message, type MessageId } from './i18n';

/**
 * Slips of a Chinese input method: in full-width mode the colon, comma, quotes, space and digits typed
 * look like YAML's but are other characters, and YAML then reads something else (a key with a `：` is
 * no key, and the parser complained about the next line). Each is named with the fix, in the reader's
 * language (document/messages): the people who make them mostly read Chinese.
 */
const SLIPS: readonly { char: string; name: MessageId; hint: MessageId }[] = [
  { char: '：', name: 'slip.name.fullwidth-colon', hint: 'slip.fullwidth-colon.hint' },
  { char: '\u00a0', name: 'slip.name.nbsp', hint: 'slip.nbsp.hint' },
  { char: '\u3000', name: 'slip.name.fullwidth-space', hint: 'slip.fullwidth-space.hint' },
  { char: '，', name: 'slip.name.fullwidth-comma', hint: 'slip.fullwidth-comma.hint' },
  { char: '“', name: 'slip.name.left-quote', hint: 'slip.quotes.hint' },
  { char: '”', name: 'slip.name.right-quote', hint: 'slip.quotes.hint' },
];

const FULL_WIDTH_DIGITS = /[０-９]/;

export interface Slip extends Position {
  message: string;
  hint: string;
  localized: Localized;
}

/** Where YAML syntax is: a line's indentation, and just after a key (`key：`, `key:\u00a0`). */
const KEY_THEN_SLIP = /^([ \u3000\u00a0]*(?:-[ \u3000\u00a0]+)?)([A-Za-z_$][\w.$-]*)[ \t]*(：|:\u00a0)/;
const INDENT_SLIP = /^( *)([\u3000\u00a0])/;

/**
 * The first input-method slip in lines `from`..`to` (1-based) of `text` at a place YAML reads as
 * syntax, with its own line and column: the parser notices such a slip a line later, as an indentation error.
 */
export function syntaxSlip(text: string, from: number, to: number): Slip | undefined {
  const lines = linesOf(text);
  for (let index = Math.max(0, from - 1); index < Math.min(lines.length, to); index++) {
    const line = lines[index]!.replace(/\r$/, '');
    const indent = INDENT_SLIP.exec(line);
    if (indent) return slipAt(index + 1, indent[1]!.length + 1, indent[2]!, msg('slip.where.indentation'));
    const key = KEY_THEN_SLIP.exec(line);
    if (key) {
      const char = key[3] === '：' ? '：' : '\u00a0';
      // The match ends with the slip itself, the colon or the space after `:`.
      return slipAt(index + 1, key[0].length, char, msg('slip.where.after-key', { key: key[2]! }));
    }
  }
  return undefined;
}

/** The last text split into lines: a file with many YAML errors asks once per error, and splitting each time was quadratic. */
let split: { text: string; lines: string[] } | undefined;
function linesOf(text: string): string[] {
  if (split?.text !== text) split = { text, lines: text.split('\n') };
  return split.lines;
}

function slipAt(line: number, column: number, char: string, where: Message): Slip {
  const slip = SLIPS.find((candidate) => candidate.char === char)!;
  const what = char === '：' ? 'colon' : 'space';
  const text = said(msg('slip.message', { name: msg(slip.name), where, what }), msg(slip.hint));
  return { line, column, message: text.message, hint: text.hint!, localized: text.localized };
}

/** A hint for a value that an input-method slip made wrong (a schema error on `“merge”`, `２７`, `[2，4]`). */
export function valueSlipHint(value: unknown): Message | undefined {
  if (typeof value !== 'string') return undefined;
  if (FULL_WIDTH_DIGITS.test(value) && /^[\s０-９0-9.．,，-]+$/.test(value)) return msg('slip.digits.hint');
  for (const slip of SLIPS) if (value.includes(slip.char)) return msg(slip.hint);
  return undefined;
}
