import { said, type Localized, type Message } from '../document/i18n';

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

// The allowed values as the manifest rules list them, "… (N in all)" in the reader's language.
export { allowedList } from '../validation/rules/words';
