import { msg, said, type Localized, type Message, type MessageValue } from '../document/i18n';

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

/** listAllowed's list, its "… (N in all)" in the reader's language. */
export function allowedList(values: readonly unknown[], max = 12): MessageValue {
  const shown = values
    .slice(0, max)
    .map((value) => `\`${String(value)}\``)
    .join(', ');
  return values.length > max ? msg('inputs.config.list', { shown, count: values.length }) : shown;
}
