import type { Position } from './findings';

/**
 * Slips of a Chinese input method: in full-width mode the colon, comma, quotes, space and digits typed
 * look like YAML's but are other characters, and YAML then reads something else (a key with a `：` is
 * no key, and the parser complained about the next line). Each is named with the fix, in Chinese first:
 * the people who make them write Chinese.
 */
const SLIPS: readonly { char: string; name: string; hint: string }[] = [
  {
    char: '：',
    name: 'a full-width colon `：` (U+FF1A)',
    hint: '把全角冒号 ： 改成半角冒号 : 并在后面加一个空格 (type a half-width colon and a space)',
  },
  {
    char: '\u00a0',
    name: 'a non-breaking space (U+00A0)',
    hint: '把不间断空格换成普通空格 (retype it as an ordinary space; it often comes with copy and paste)',
  },
  {
    char: '\u3000',
    name: 'a full-width space `　` (U+3000)',
    hint: '把全角空格 　 改成半角空格 (indent with ordinary spaces)',
  },
  {
    char: '，',
    name: 'a full-width comma `，` (U+FF0C)',
    hint: '把全角逗号 ， 改成半角逗号 , (type a half-width comma)',
  },
  {
    char: '“',
    name: 'a Chinese quotation mark `“` (U+201C)',
    hint: '把中文引号 “ ” 改成英文引号 " " (or leave the value unquoted)',
  },
  {
    char: '”',
    name: 'a Chinese quotation mark `”` (U+201D)',
    hint: '把中文引号 “ ” 改成英文引号 " " (or leave the value unquoted)',
  },
];

const FULL_WIDTH_DIGITS = /[０-９]/;
const DIGITS_HINT = '把全角数字（如 ２７）改成半角数字（27）(type the number with half-width digits)';

export interface Slip extends Position {
  message: string;
  hint: string;
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
    if (indent) return slipAt(index + 1, indent[1]!.length + 1, indent[2]!, 'in the indentation');
    const key = KEY_THEN_SLIP.exec(line);
    if (key) {
      const char = key[3] === '：' ? '：' : '\u00a0';
      // The match ends with the slip itself, the colon or the space after `:`.
      return slipAt(index + 1, key[0].length, char, `after the key \`${key[2]}\``);
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

function slipAt(line: number, column: number, char: string, where: string): Slip {
  const slip = SLIPS.find((candidate) => candidate.char === char)!;
  return {
    line,
    column,
    message: `${slip.name} ${where}: YAML does not read it as ${char === '：' ? 'the colon that ends a key' : 'a space'}`,
    hint: slip.hint,
  };
}

/** A hint for a value that an input-method slip made wrong (a schema error on `“merge”`, `２７`, `[2，4]`). */
export function valueSlipHint(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (FULL_WIDTH_DIGITS.test(value) && /^[\s０-９0-9.．,，-]+$/.test(value)) return DIGITS_HINT;
  for (const slip of SLIPS) if (value.includes(slip.char)) return slip.hint;
  return undefined;
}
