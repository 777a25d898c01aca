import { t, type Language, type MessageId } from '../document/i18n';

/**
 * commander's own errors (unknown option, missing argument, a choice not allowed…) in the run's
 * language. commander writes them in English and offers no catalog, so each of its sentences is
 * recognized by its shape and said again from ours; one it does not recognize is left as it is.
 */
const SHAPES: readonly [RegExp, MessageId, readonly string[]][] = [
  [/^error: unknown option '(.+?)'$/, 'cli.unknown-option', ['option']],
  [/^error: unknown command '(.+?)'$/, 'cli.unknown-command', ['command']],
  [/^error: missing required argument '(.+?)'$/, 'cli.missing-argument', ['argument']],
  [/^error: option '(.+?)' argument missing$/, 'cli.option-missing-argument', ['option']],
  [/^error: required option '(.+?)' not specified$/, 'cli.missing-mandatory-option', ['option']],
  [
    /^error: option '(.+?)' argument '(.*?)' is invalid\. ?(.*)$/s,
    'cli.invalid-option-argument',
    ['option', 'value', 'reason'],
  ],
  [
    /^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\. ?(.*)$/s,
    'cli.invalid-argument',
    ['value', 'argument', 'reason'],
  ],
  [/^error: (.+) cannot be used with (.+)$/, 'cli.conflicting-options', ['first', 'second']],
];

const TOO_MANY = /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/;
const CHOICES = /^Allowed choices are (.+)\.$/;
const DID_YOU_MEAN = /^\(Did you mean (.+)\?\)$/;

/** One of commander's error messages (it may end with a `(Did you mean …?)` line) in `lang`. */
export function commanderMessage(message: string, lang: Language): string {
  if (lang === 'en') return message;
  const [first = '', ...rest] = message.replace(/\n$/, '').split('\n');
  const lines = [sentence(first, lang), ...rest.map((line) => suggestion(line, lang))];
  return `${lines.join('\n')}${message.endsWith('\n') ? '\n' : ''}`;
}

function sentence(text: string, lang: Language): string {
  const tooMany = TOO_MANY.exec(text);
  if (tooMany)
    return t(lang, 'cli.too-many-arguments', {
      command: tooMany[1] ?? 'none',
      expected: Number(tooMany[2]),
      got: Number(tooMany[3]),
    });
  for (const [shape, id, names] of SHAPES) {
    const match = shape.exec(text);
    if (!match) continue;
    const values: Record<string, string> = {};
    names.forEach((name, index) => (values[name] = match[index + 1] ?? ''));
    if (values.reason !== undefined) values.reason = reason(values.reason, lang);
    return t(lang, id, values);
  }
  return text;
}

/** Why a value was refused: commander's list of choices, or the message of our own parser (already in `lang`). */
function reason(text: string, lang: Language): string {
  const choices = CHOICES.exec(text);
  return choices ? t(lang, 'cli.allowed-choices', { choices: choices[1]! }) : text;
}

function suggestion(line: string, lang: Language): string {
  const match = DID_YOU_MEAN.exec(line);
  return match ? t(lang, 'cli.did-you-mean', { suggestion: match[1]! }) : line;
}
