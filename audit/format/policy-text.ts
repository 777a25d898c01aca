import { CATALOGS, t, type Language, type MessageId } from '../../document/i18n';
import { readBack } from '../../document/read-back';

/**
 * What the policy pack writes, in the reader's language (issue #14). The pack runs under Pulumi too,
 * which takes its findings and its reasons for judging nothing as English strings; the messages known
 * here have an English catalog entry of the same words, from which the values are read back (`{name}`
 * matches any text), and are said in Chinese from the Chinese entry. Any other text stays as written.
 */
const SENTENCES: readonly MessageId[] = [
  'policy.dr.plan-copies',
  'policy.dr.database-replica',
  'policy.dr.bucket-replica',
  'policy.nothing-to-judge',
  'policy.nothing-to-judge-other',
];

/** The phrases a reason for judging nothing names (`what`, `other`), said in Chinese when known. */
const PHRASES: readonly MessageId[] = (Object.keys(CATALOGS.en) as MessageId[]).filter((id) =>
  id.startsWith('policy.what.'),
);

function phrase(text: string, lang: Language): string {
  const id = PHRASES.find((candidate) => CATALOGS.en[candidate] === text);
  // Resource types are said as written; a space keeps them apart from the Chinese before them.
  return id ? t(lang, id) : ` ${text}`;
}

/** A finding's message or a policy's reason for judging nothing, in `lang`. */
export function policyText(text: string, lang: Language): string {
  if (lang === 'en') return text;
  const said = readBack(text, SENTENCES, lang, (name, found) =>
    name === 'what' || name === 'other' ? phrase(found, lang) : found,
  );
  return said ?? text;
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
