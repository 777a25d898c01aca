import { msg, render, type Message, type MessageValue } from '../../document/i18n';

/**
 * Lists in rule messages, in the reader's language: `a, b, c` in English is `a、b、c` in Chinese, so a
 * list is joined by catalog messages (`rule.join.*`), not by a string. With `or`, every pair is joined
 * by it: `a or b or c` (`a或b或c`).
 */
export function joined(items: readonly MessageValue[], by: 'comma' | 'or' = 'comma'): MessageValue {
  if (items.length === 0) return '';
  return items.reduce((first, second) => msg(by === 'comma' ? 'rule.join.comma' : 'rule.join.or', { first, second }));
}

/** The allowed values in code spans, as `listAllowed` lists them, with its "… (N in all)" in the reader's language. */
export function allowedList(values: readonly unknown[], max = 12): MessageValue {
  const shown = values
    .slice(0, max)
    .map((value) => `\`${String(value)}\``)
    .join(', ');
  return values.length > max ? msg('list.truncated', { shown, count: values.length }) : shown;
}

/** A related location's message: its English, and the catalog message printers render in the reader's language. */
export function relatedSaid(message: Message): { message: string; localized: Message } {
  return { message: render(message, 'en'), localized: message };
}
