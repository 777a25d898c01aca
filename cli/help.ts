import { Help, type Argument, type Command, type Option } from 'commander';
import { msg, t, type Language, type MessageId } from '../document/i18n';
import { EXIT_FINDINGS, EXIT_INTERNAL, EXIT_USAGE, EXIT_VALID } from './exit-codes';

/**
 * Every `--help` in the run's language (issue #14): the commands give their descriptions, notes, exit
 * codes and examples from the catalogs (document/messages/en-help.ts, zh-help.ts), and this file says
 * commander's own words ("Usage:", "Options:", "(choices: …, default: …)", "[options]", the help and
 * version options and the help command) in the same language. The language is the one `run` read from
 * `--lang` or the locale before the program was built.
 */

/** The titles commander gives `styleTitle`, and their messages. */
const HEADINGS: Readonly<Record<string, MessageId>> = {
  'Usage:': 'help.heading.usage',
  'Arguments:': 'help.heading.arguments',
  'Options:': 'help.heading.options',
  'Global Options:': 'help.heading.global-options',
  'Commands:': 'help.heading.commands',
};

/** Characters a terminal shows two columns wide: Han, kana, Hangul, CJK and full-width punctuation. */
const WIDE =
  '\\u1100-\\u115F\\u2E80-\\u303E\\u3041-\\u33FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uAC00-\\uD7A3\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFF60\\uFFE0-\\uFFE6';
const WIDE_CHAR = new RegExp(`[${WIDE}]`, 'gu');
/** Punctuation that does not begin a line (it stays with the word before it) or end one (it goes with the next). */
const CLOSING = '，。、；：！？）》」』”’';
const OPENING = '（《「『“‘';
/** A unit of wrapping: a word without spaces, or one wide character, with the punctuation bound to it. */
const CHUNK = new RegExp(`\\s*[${OPENING}]*(?:[${WIDE}]|[^\\s${WIDE}]+)[${CLOSING}]*`, 'gu');

export class LocalizedHelp extends Help {
  constructor(private readonly lang: Language) {
    super();
  }

  override styleTitle(title: string): string {
    const id = HEADINGS[title];
    return super.styleTitle(id ? t(this.lang, id) : title);
  }

  override commandUsage(cmd: Command): string {
    return this.usageWords(super.commandUsage(cmd));
  }

  override subcommandTerm(cmd: Command): string {
    return this.usageWords(super.subcommandTerm(cmd));
  }

  /** `[options]` and `[command]` in a usage line or a command's term; arguments keep their names. */
  private usageWords(text: string): string {
    const words: Readonly<Record<string, MessageId>> = {
      '[options]': 'help.usage.options',
      '[command]': 'help.usage.command',
    };
    return text
      .split(' ')
      .map((word) => (words[word] ? t(this.lang, words[word]) : word))
      .join(' ');
  }

  override optionDescription(option: Option): string {
    if (this.lang === 'en') return super.optionDescription(option);
    const showDefault =
      option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
    return this.described(option.description, [
      ...(option.argChoices ? [this.choices(option.argChoices)] : []),
      ...(option.defaultValue !== undefined && showDefault
        ? [this.defaultValue(option.defaultValueDescription, option.defaultValue)]
        : []),
      ...(option.presetArg !== undefined && option.optional
        ? [t(this.lang, 'help.preset', { value: JSON.stringify(option.presetArg) })]
        : []),
      ...(option.envVar !== undefined ? [t(this.lang, 'help.env', { name: option.envVar })] : []),
    ]);
  }

  override argumentDescription(argument: Argument): string {
    if (this.lang === 'en') return super.argumentDescription(argument);
    return this.described(argument.description, [
      ...(argument.argChoices ? [this.choices(argument.argChoices)] : []),
      ...(argument.defaultValue !== undefined
        ? [this.defaultValue(argument.defaultValueDescription, argument.defaultValue)]
        : []),
    ]);
  }

  private choices(choices: readonly string[]): string {
    return t(this.lang, 'help.choices', { choices: choices.map((choice) => JSON.stringify(choice)).join('、') });
  }

  private defaultValue(description: string | undefined, value: unknown): string {
    return t(this.lang, 'help.default', { value: description || JSON.stringify(value) });
  }

  private described(description: string, extras: readonly string[]): string {
    if (extras.length === 0) return description;
    return `${description}${t(this.lang, 'help.extras', { extras: extras.join('；') })}`;
  }

  /** Wide characters count two columns, so the descriptions line up and wrap where the terminal does. */
  override displayWidth(str: string): number {
    return super.displayWidth(str) + (str.match(WIDE_CHAR)?.length ?? 0);
  }

  /** Chinese has no spaces between words: a line may break between two wide characters, not before a comma. */
  override boxWrap(str: string, width: number): string {
    if (this.lang === 'en' || width < this.minWidthToWrap) return super.boxWrap(str, width);
    const lines: string[] = [];
    for (const line of str.split(/\r\n|\n/)) {
      let current = '';
      for (const chunk of line.match(CHUNK) ?? []) {
        if (current !== '' && this.displayWidth(current) + this.displayWidth(chunk) > width) {
          lines.push(current);
          current = chunk.trimStart();
        } else current += chunk;
      }
      lines.push(current);
    }
    return lines.join('\n');
  }
}

/**
 * Says a command's help, and that of every command under it, in `lang`: commander's words, the help
 * option, the help command and (on the program) the version option.
 */
export function localizeHelp(command: Command, lang: Language): void {
  command.createHelp = () => Object.assign(new LocalizedHelp(lang), command.configureHelp());
  command.helpOption('-h, --help', t(lang, 'help.option.help'));
  if (command.commands.length > 0) command.helpCommand('help [command]', t(lang, 'help.command.help'));
  for (const sub of command.commands) localizeHelp(sub, lang);
}

/** What the exit codes 0, 1 and 2 mean for one command (70 is the same for all). */
export type ExitMeanings = {
  [EXIT_VALID]: MessageId;
  [EXIT_FINDINGS]?: MessageId;
  [EXIT_USAGE]: MessageId;
};

/** The "Exit status" paragraph of a command's --help: the given meanings of 0, 1 and 2, then 70. */
export function exitStatusHelp(lang: Language, meanings: ExitMeanings): string {
  const shared = {
    preflight: msg('help.exit.preflight'),
    stackInput: msg('help.exit.stack-input'),
    noManifests: msg('help.exit.no-manifests'),
  };
  const says = (id: MessageId) => t(lang, id, shared);
  const lines = [
    `  ${EXIT_VALID}   ${says(meanings[EXIT_VALID])}`,
    ...(meanings[EXIT_FINDINGS] ? [`  ${EXIT_FINDINGS}   ${says(meanings[EXIT_FINDINGS])}`] : []),
    `  ${EXIT_USAGE}   ${says(meanings[EXIT_USAGE])}`,
    `  ${EXIT_INTERNAL}  ${says('help.exit.internal')}`,
  ];
  return `${t(lang, 'help.exit-status')}\n${lines.join('\n')}`;
}

/** An example: the arguments after `envcloud`, and what it does when that needs saying. */
export type Example = readonly [args: string, note?: MessageId];

/**
 * Command lines, one a line, the notes lined up after the longest line with a note: in parentheses three
 * spaces after it (tests/cli/help-examples.test.ts runs every line under "Examples:", the note left
 * out), or as a column two spaces after it.
 */
export function commandLines(
  lang: Language,
  examples: readonly Example[],
  noteStyle: 'parenthesis' | 'column',
): string {
  const width = Math.max(...examples.filter(([, note]) => note).map(([args]) => args.length));
  return examples
    .map(([args, note]) => {
      if (!note) return `  envcloud ${args}`;
      const text = t(lang, note);
      const line = `  envcloud ${args.padEnd(width)}`;
      return noteStyle === 'parenthesis' ? `${line}   (${text})` : `${line}  ${text}`;
    })
    .join('\n');
}

/** The "Examples:" paragraph. */
export function examplesHelp(lang: Language, examples: readonly Example[]): string {
  return `${t(lang, 'help.examples')}\n${commandLines(lang, examples, 'parenthesis')}`;
}

/** A help text after commander's part: its paragraphs, separated by an empty line. */
export function afterHelp(...paragraphs: string[]): string {
  return `\n${paragraphs.join('\n\n')}`;
}
