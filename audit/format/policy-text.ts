import { CATALOGS, t, type Language, type MessageId } from '../../document/i18n';
import { readBack } from '../../document/read-back';

/**
 * What the policy pack writes, in the reader's language (issue #14). The pack runs under Pulumi too,
 * which takes its findings and its reasons for judging nothing as English strings; every one of them is
 * a catalog entry (`policy.finding.*`, `policy.not-applicable.*`), whose values are read back out of
 * the English (`{name}` matches any text) and said in Chinese from the Chinese entry. A value is itself
 * said again when it is one of the pack's phrases (`policy.part.*`: a system's name, a data label, a
 * tier); values named below must be such sentences or phrases, or the entry does not read the text.
 * Any other text stays as written.
 */
const ids = (...prefixes: string[]): MessageId[] =>
  (Object.keys(CATALOGS.en) as MessageId[])
    .filter((id) => prefixes.some((prefix) => id.startsWith(prefix)))
    // The most specific entry first: the one with the most words of its own around its placeholders.
    .sort((a, b) => literalLength(b) - literalLength(a));
const literalLength = (id: MessageId) => CATALOGS.en[id].replace(/\{\w+\}/g, '').length;

/** Findings and reasons: what a whole text is. */
const SENTENCES: readonly MessageId[] = ids(
  'policy.finding.',
  'policy.not-applicable.',
  'policy.dr.',
  'policy.nothing-to-judge',
);

/** The phrases inside them. */
const PARTS: readonly MessageId[] = ids('policy.part.');

/** The phrases a reason for judging nothing names (`what`, `other`), said in Chinese when known. */
const PHRASES: readonly MessageId[] = ids('policy.what.');

/** Values that are lists, with the separator the English joins them with: each item must be said. */
const LISTS: Readonly<Record<string, { separator: string; item: 'sentence' | 'part' }>> = {
  problems: { separator: '; ', item: 'sentence' },
  items: { separator: ', ', item: 'part' },
  grants: { separator: ', ', item: 'part' },
  scope: { separator: ', ', item: 'part' },
};
/** Values that must be one sentence, or one phrase. */
const SENTENCE_VALUES = ['problem'];
const PART_VALUES = ['label', 'waiver', 'which', 'basis', 'companion'];

function phrase(text: string, lang: Language): string {
  const id = PHRASES.find((candidate) => CATALOGS.en[candidate] === text);
  // Resource types are said as written; a space keeps them apart from the Chinese before them.
  return id ? t(lang, id) : ` ${text}`;
}

/** Says texts in one language, remembering what it said (a list is tried at each of its separators). */
class Sayer {
  private readonly said = new Map<string, string | undefined>();

  constructor(private readonly lang: Language) {}

  sentence(text: string): string | undefined {
    return this.remembered(`s\u0000${text}`, () => readBack(text, SENTENCES, this.lang, this.value));
  }

  part(text: string): string | undefined {
    return this.remembered(`p\u0000${text}`, () => readBack(text, PARTS, this.lang, this.value));
  }

  /** A list whose every item is said, joined as `lang` joins it; the shortest first item first. */
  list(text: string, separator: string, item: 'sentence' | 'part'): string | undefined {
    return this.remembered(`l${separator}${item}\u0000${text}`, () => {
      const one = (piece: string) => (item === 'sentence' ? this.sentence(piece) : this.part(piece));
      const joiner = t(this.lang, separator === '; ' ? 'policy.list.sentences' : 'policy.list.items', {
        first: '',
        rest: '',
      });
      for (let at = text.indexOf(separator); at > 0; at = text.indexOf(separator, at + 1)) {
        const head = one(text.slice(0, at));
        const rest = head === undefined ? undefined : this.list(text.slice(at + separator.length), separator, item);
        if (head !== undefined && rest !== undefined) return `${head}${joiner}${rest}`;
      }
      return one(text);
    });
  }

  private readonly value = (name: string, found: string): string | undefined => {
    const list = LISTS[name];
    if (list) return this.list(found, list.separator, list.item);
    if (SENTENCE_VALUES.includes(name)) return this.sentence(found);
    if (PART_VALUES.includes(name)) return this.part(found);
    if (name === 'what' || name === 'other') return phrase(found, this.lang);
    if (name === 'message') return this.sentence(found) ?? found;
    return this.part(found) ?? found;
  };

  private remembered(key: string, say: () => string | undefined): string | undefined {
    if (!this.said.has(key)) this.said.set(key, say());
    return this.said.get(key);
  }
}

/** A finding's message or a policy's reason for judging nothing, in `lang`. */
export function policyText(text: string, lang: Language): string {
  if (lang === 'en') return text;
  return new Sayer(lang).sentence(text) ?? text;
}

/** A policy's clause (its citations) in `lang`: Chinese names the documents as they are known in Chinese. */
export function clauseText(clause: string, lang: Language): string {
  if (lang === 'en') return clause;
  return clause
    .replace(/Sharing rules art\. (\d+)/g, (_, number: string) => t(lang, 'clause.sharing-rules', { number }))
    .replace(/\bart\. (\d+)/g, (_, number: string) => t(lang, 'clause.article', { number }))
    .replace(/\b[Pp]lan §/g, t(lang, 'clause.plan'))
    .replace(/\bAnnex (\d+)/g, (_, number: string) => t(lang, 'clause.annex', { number }))
    .replace(CATALOGS.en['clause.archived-first'], t(lang, 'clause.archived-first'))
    .replace(CATALOGS.en['clause.delete-keeps-data'], t(lang, 'clause.delete-keeps-data'))
    .replace(/ and /g, t(lang, 'clause.and'))
    .replace(/ with /g, t(lang, 'clause.with'));
}

/** A policy's severity (low, medium, high, critical: @pulumi/policy's words) in `lang`; any other word as written. */
export function severityText(severity: string, lang: Language): string {
  const id = `policy-severity.${severity}`;
  return id in CATALOGS.en ? t(lang, id as MessageId) : severity;
}
