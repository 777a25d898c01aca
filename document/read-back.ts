import { CATALOGS, t, type Language, type MessageId } from './i18n';

/**
 * English that crossed a boundary as a string (a policy's finding through Pulumi, a deploy's summary
 * through the deploy state), said in another language (issue #14): the text is matched against the
 * English catalog entries `ids` (each `{name}` matches any text, the shortest first), and the values
 * read back fill the entry of `lang`. Entries with plurals, selects or apostrophes are never matched.
 * Undefined when no entry reads the text.
 */
export function readBack(
  text: string,
  ids: readonly MessageId[],
  lang: Language,
  value: (name: string, text: string) => string = (_, found) => found,
): string | undefined {
  for (const id of ids) {
    const known = patternOf(id);
    const match = known?.pattern.exec(text);
    if (!known || !match) continue;
    const values = Object.fromEntries(known.names.map((name, index) => [name, value(name, match[index + 1]!)]));
    return t(lang, id, values);
  }
  return undefined;
}

const patterns = new Map<MessageId, { pattern: RegExp; names: string[] } | undefined>();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English entry as a pattern: each `{name}` a lazy group. */
function patternOf(id: MessageId): { pattern: RegExp; names: string[] } | undefined {
  if (patterns.has(id)) return patterns.get(id);
  const text = CATALOGS.en[id];
  let found: { pattern: RegExp; names: string[] } | undefined;
  if (!/\{\w+,/.test(text) && !text.includes("'")) {
    const names: string[] = [];
    const source = text
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return escape(part);
        names.push(name);
        return '(.+?)';
      })
      .join('');
    found = { pattern: new RegExp(`^${source}$`), names };
  }
  patterns.set(id, found);
  return found;
}
