import { localizedText, said, type Language, type Localized, type Message } from '../document/i18n';

/** One problem with a config key, named the way `pulumi config set --path` names it. */
export interface ConfigProblem {
  key: string;
  /** Path inside the namespace's value, for locating the key in Pulumi.<stack>.yaml. */
  path: (string | number)[];
  message: string;
  hint?: string;
  /** The message and hint as catalog messages, said in the reader's language. */
  localized?: Localized;
}

/** A problem with a key, its message and hint in English and as catalog messages. */
export function configProblem(key: string, path: (string | number)[], message: Message, hint?: Message): ConfigProblem {
  return { key, path, ...said(message, hint) };
}

/**
 * Config problems as one text in `lang`, a line each: the key, the message, and the hint in brackets. In
 * English it is ConfigError's message; the program (program-errors.ts) says it in the locale's language.
 */
export function configProblemsText(problems: readonly ConfigProblem[], lang: Language): string {
  return problems
    .map((problem) => {
      const { message, hint } = localizedText(problem, lang);
      const bracketed = hint ? (lang === 'zh' ? `（${hint}）` : ` (${hint})`) : '';
      return `${problem.key}: ${message}${bracketed}`;
    })
    .join('\n');
}

// The allowed values as the manifest rules list them, "… (N in all)" in the reader's language.
export { allowedList } from '../validation/rules/words';
