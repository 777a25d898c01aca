import { CATALOGS, t, type Language, type MessageId } from './i18n';

/**
 * English that crossed a boundary as a string (a policy's finding through Pulumi, a deploy's summary
 * through the deploy state), said in another language (issue #14): the text is matched against the
 * English catalog entries `ids` (each `{name}` matches any text, the shortest first), and the values
 * read back fill the entry of `lang`. `value` says each value in `lang`; when it answers undefined the
 * value is refused, and a longer one (or the next entry) is tried. Entries with plurals or selects are
 * never matched; an apostrophe is matched as the one ICU writes (`'s`, `''`), an entry that quotes
 * syntax with it (`'{'`) never. Undefined when no entry reads the text.
 */
export function readBack(
  text: string,
  ids: readonly MessageId[],
  lang: Language,
  value: (name: string, text: string) => string | undefined = (_, found) => found,
): string | undefined {
  for (const id of ids) {
    const known = patternOf(id);
    if (!known) continue;
    const values = matchOf(text, known, value);
    if (values) return t(lang, id, values);
  }
  return undefined;
}

/** An English entry as its literal pieces around its placeholders: `literals.length === names.length + 1`. */
interface Pattern {
  literals: string[];
  names: string[];
}

const patterns = new Map<MessageId, Pattern | undefined>();

function patternOf(id: MessageId): Pattern | undefined {
  if (patterns.has(id)) return patterns.get(id);
  const text = CATALOGS.en[id];
  let found: Pattern | undefined;
  if (!/\{\w+,/.test(text) && !/'[{}#|]/.test(text.replace(/''/g, ''))) {
    const pieces = text.split(/\{(\w+)\}/);
    found = {
      literals: pieces.filter((_, index) => index % 2 === 0).map((piece) => piece.replace(/''/g, "'")),
      names: pieces.filter((_, index) => index % 2 === 1),
    };
  }
  patterns.set(id, found);
  return found;
}

/**
 * The values of `text` read by `pattern`, each said by `value`, or undefined. Each value is one line,
 * never empty, the shortest that `value` takes and after which the rest matches.
 */
function matchOf(
  text: string,
  pattern: Pattern,
  value: (name: string, text: string) => string | undefined,
): Record<string, string> | undefined {
  const { literals, names } = pattern;
  const first = literals[0]!;
  const last = literals[literals.length - 1]!;
  if (names.length === 0) return text === first ? {} : undefined;
  if (!text.startsWith(first) || !text.endsWith(last) || text.length < first.length + last.length + names.length)
    return undefined;
  if (literals.some((literal) => !text.includes(literal))) return undefined;
  const values: Record<string, string> = {};
  const from = (index: number, position: number): boolean => {
    const name = names[index]!;
    const isLast = index === names.length - 1;
    const next = literals[index + 1]!;
    let end = isLast ? text.length - last.length : text.indexOf(next, position + 1);
    while (end > position) {
      const found = text.slice(position, end);
      if (found.includes('\n')) return false;
      const said = value(name, found);
      if (said !== undefined) {
        values[name] = said;
        if (isLast || from(index + 1, end + next.length)) return true;
      }
      if (isLast) return false;
      end = text.indexOf(next, end + 1);
    }
    return false;
  };
  return from(0, first.length) ? values : undefined;
}
