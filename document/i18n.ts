import type { Formatters, IntlMessageFormat } from 'intl-messageformat';
import { EN, type MessageId } from './messages/en';
import { ZH } from './messages/zh';
import { UsageError, type EnvcloudError } from '../model/errors';

/**
 * Every message a person reads, in Chinese and English (issue #14). A message is an id of the catalogs
 * (document/messages/en.ts, zh.ts) with its values; it is rendered with ICU MessageFormat
 * (intl-messageformat) in the reader's language when printed. Catalogs are TypeScript modules: the
 * compiler refuses a Chinese catalog that lacks an id of the English one, and a test compares their
 * placeholders.
 */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type { MessageId };

/** A message of the catalogs with its values; a value may itself be a message, rendered in the same language. */
export interface Message {
  id: MessageId;
  values?: Readonly<Record<string, MessageValue>>;
}
export type MessageValue = string | number | Message;

export const CATALOGS: Readonly<Record<Language, Readonly<Record<MessageId, string>>>> = { en: EN, zh: ZH };

const LOCALES: Readonly<Record<Language, string>> = { en: 'en', zh: 'zh-CN' };

/**
 * The catalogs' locales, resolved once. intl-messageformat resolves each message's locale through
 * Intl.NumberFormat.supportedLocalesOf, whose first call loads ICU's list of every locale: 20 ms of
 * each command's start (measured 2026-12-02). Node ships full ICU, so both are supported as written
 * (tests/i18n.test.ts compares with the library's answer); any other locale goes the library's way.
 */
const RESOLVED = new Map(Object.values(LOCALES).map((locale) => [locale, new Intl.Locale(locale)]));

let library: typeof IntlMessageFormat | undefined;

/**
 * intl-messageformat, loaded the first time a message needs ICU (a plural, a select, a quote): loading
 * it and its parsers took about 30 ms of each command's start (measured 2026-12-02), and a run whose
 * messages are plain or simple (`{name}` only) needs none of it.
 */
export function intlMessageFormat(): typeof IntlMessageFormat {
  if (!library) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, as said above
    const loaded = (require('intl-messageformat') as typeof import('intl-messageformat')).IntlMessageFormat;
    const resolveLocale = loaded.resolveLocale;
    loaded.resolveLocale = (locales) =>
      (typeof locales === 'string' ? RESOLVED.get(locales) : undefined) ?? resolveLocale(locales);
    library = loaded;
  }
  return library;
}

export function msg(id: MessageId, values?: Record<string, MessageValue>): Message {
  return values ? { id, values } : { id };
}

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Message).id === 'string' &&
    Object.hasOwn(EN, (value as Message).id)
  );
}

/**
 * Numbers as written, without grouping: a byte offset, a line or a count of files reads `12345`, as the
 * messages printed before they had catalogs (and as machine readers of the text output expect).
 */
const formatters: Formatters = {
  getNumberFormat: (locales, options) =>
    new Intl.NumberFormat(locales, { ...(options as Intl.NumberFormatOptions), useGrouping: false }),
  getDateTimeFormat: (locales, options) => new Intl.DateTimeFormat(locales, options),
  getPluralRules: (locales, options) => new Intl.PluralRules(locales, options),
};

const compiled = new Map<string, IntlMessageFormat>();

function formatOf(id: MessageId, lang: Language): IntlMessageFormat {
  const key = `${lang}\u0000${id}`;
  let format = compiled.get(key);
  if (!format) {
    // ignoreTag: `Pulumi.<stack>.yaml` is text, not a rich-text tag.
    const IcuFormat = intlMessageFormat();
    format = new IcuFormat(CATALOGS[lang][id], LOCALES[lang], undefined, { formatters, ignoreTag: true });
    compiled.set(key, format);
  }
  return format;
}

/**
 * Text with no brace and no apostrophe is its own rendering in ICU MessageFormat (`#` counts only
 * inside a plural, tags are off): most help texts. Parsing each of them cost 40 ms of every command's start.
 */
const PLAIN = /^[^{}']*$/;

/**
 * Text whose only ICU syntax is simple arguments (`{name}`): ICU writes each value as `String(value)`
 * (a number is not formatted there, only in a plural's `#`), which `simpleRendering` does without
 * loading the library. A value not given goes the library's way (it throws).
 */
const SIMPLE = /^(?:[^{}']|\{[A-Za-z_][A-Za-z0-9_]*\})*$/;
const ARGUMENT = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

function simpleRendering(text: string, values: Record<string, string | number>): string | undefined {
  let missing = false;
  const rendered = text.replace(ARGUMENT, (_, name: string) => {
    if (!Object.hasOwn(values, name)) missing = true;
    return String(values[name] ?? '');
  });
  return missing ? undefined : rendered;
}

/** The message in `lang`, its values (messages among them) rendered in the same language. */
export function render(message: Message, lang: Language): string {
  const text = CATALOGS[lang][message.id];
  if (PLAIN.test(text)) return text;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {}))
    values[name] = typeof value === 'object' ? render(value, lang) : value;
  return (
    (SIMPLE.test(text) ? simpleRendering(text, values) : undefined) ?? String(formatOf(message.id, lang).format(values))
  );
}

/**
 * English from elsewhere (a schema description, a parser's own error) that no catalog translates: shown
 * as is in English, and as `fallback` (a message, or nothing) in Chinese, so no English sentence reaches
 * a Chinese reader.
 */
export function untranslated(text: string, fallback: Message | string = ''): Message {
  return msg('text.untranslated', { text, fallback });
}

/**
 * What an error says, as a message: its catalog message when it has one, else its English as it is, in
 * Chinese too (an untranslated text with no Chinese fallback rendered as nothing there).
 */
export function messageOf(error: { message: string; localized?: unknown }): Message {
  return isMessage(error.localized) ? error.localized : untranslated(error.message, error.message);
}

/** An error of envcloud's that the CLI prints in the reader's language: `make` builds it from its English. */
export function localizedError<E extends EnvcloudError>(make: (english: string) => E, message: Message): E {
  const error = make(render(message, 'en'));
  error.localized = message;
  return error;
}

/** A usage error (exit 2) whose message the CLI prints in the reader's language. */
export function usageError(message: Message): UsageError {
  return localizedError((english) => new UsageError(english), message);
}

/** Shorthand for `render(msg(id, values), lang)`. */
export function t(lang: Language, id: MessageId, values?: Record<string, MessageValue>): string {
  return render(msg(id, values), lang);
}

/** The message and hint of a finding as catalog entries, kept beside their English rendering. */
export interface Localized {
  message: Message;
  hint?: Message;
}

/**
 * The fields a finding (or anything with a message and a hint) takes from catalog messages: `message` and
 * `hint` in English, as every finding carried them before there were catalogs (tests, the cache and
 * readers of the JSON rely on them), and `localized`, from which the printers render the reader's language.
 */
export function said(message: Message, hint?: Message): { message: string; hint?: string; localized: Localized } {
  return {
    message: render(message, 'en'),
    ...(hint ? { hint: render(hint, 'en') } : {}),
    localized: hint ? { message, hint } : { message },
  };
}

/**
 * A finding's (or a related location's) message and hint in `lang`: English as it was stored, another
 * language rendered from its catalog messages; what no catalog message describes yet keeps its English.
 */
export function localizedText(
  item: { message: string; hint?: string; localized?: Localized | Message },
  lang: Language,
): { message: string; hint?: string } {
  const english = item.hint ? { message: item.message, hint: item.hint } : { message: item.message };
  const localized = item.localized;
  if (lang === 'en' || !localized) return english;
  if (isMessage(localized)) return { ...english, message: render(localized, lang) };
  if (!isMessage(localized.message)) return english;
  const hint = localized.hint && isMessage(localized.hint) ? render(localized.hint, lang) : item.hint;
  return { message: render(localized.message, lang), ...(hint ? { hint } : {}) };
}

/** The catalog id of a finding's message, for machine readers (JSON, SARIF), when it has one. */
export function messageIdOf(item: { localized?: Localized | Message }): MessageId | undefined {
  const localized = item.localized;
  if (!localized) return undefined;
  return isMessage(localized) ? localized.id : isMessage(localized.message) ? localized.message.id : undefined;
}

/**
 * The language of the locale: `LC_ALL`, else `LC_MESSAGES`, else `LANG` (the first set and not empty, as
 * POSIX orders them); `zh`, `zh_CN.UTF-8`, `zh_TW`… are Chinese, anything else (C, POSIX, en_US) English.
 */
export function languageOfLocale(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh(?:[_.@-]|$)/i.test(locale) ? 'zh' : 'en';
}

/** `--lang zh`, `--lang=en` among the arguments (before a `--`), if given: read before the CLI parses them, so its own errors and help are in that language. */
export function languageOfArguments(argv: readonly string[]): Language | undefined {
  let found: Language | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[index + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value === 'zh' || value === 'en') found = value;
  }
  return found;
}

let current: Language | undefined;

/** The language of this run's messages outside the reports (errors, progress, help): set by the CLI, else the locale's. */
export function currentLanguage(): Language {
  return (current ??= languageOfLocale());
}

export function setLanguage(lang: Language): void {
  current = lang;
}
