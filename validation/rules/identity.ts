import { msg, said, type MessageId } from '../../document/i18n';
import { acrossManifests, type ManifestEntry, type ManifestSummary, type Violation } from './rule';
import { relatedSaid } from './words';

/** One value a manifest claims, and the field that claims it. */
interface Claim {
  value: string | number;
  path: readonly (string | number)[];
}

/** Reports every claim that repeats one seen earlier (in another manifest or the same), pointing back at the first. */
function uniqueBy(
  entries: readonly ManifestEntry<ManifestSummary>[],
  claims: (entry: ManifestEntry<ManifestSummary>) => readonly Claim[],
  messages: { message: MessageId; first: MessageId; hint: MessageId },
  report: (violation: Violation<ManifestSummary>) => void,
): void {
  const first = new Map<
    string | number,
    { entry: ManifestEntry<ManifestSummary>; path: readonly (string | number)[] }
  >();
  for (const entry of entries) {
    for (const { value, path } of claims(entry)) {
      const owner = first.get(value);
      if (!owner) {
        first.set(value, { entry, path });
        continue;
      }
      const where =
        owner.entry === entry
          ? msg('rule.used-by', { where: 'self', file: '', name: '' })
          : msg('rule.used-by', { where: 'other', file: owner.entry.file, name: owner.entry.manifest.metadata.name });
      report({
        entry,
        path: [...path],
        ...said(msg(messages.message, { value, where }), msg(messages.hint)),
        related: [{ entry: owner.entry, path: [...owner.path], ...relatedSaid(msg(messages.first, { value })) }],
      });
    }
  }
}

export const uniqueNumber = acrossManifests(
  {
    id: 'unique-number',
    severity: 'error',
    title: 'Each system has its own inventory number',
    clause: 'Plan Annex 1 (附1): one inventory number (序号) per system',
  },
  (entries, report) => {
    uniqueBy(
      entries,
      (entry) => [{ value: entry.manifest.metadata.number, path: ['metadata', 'number'] }],
      { message: 'rule.unique-number.message', first: 'rule.unique-number.first', hint: 'rule.unique-number.hint' },
      report,
    );
  },
);

export const uniqueSlug = acrossManifests(
  {
    id: 'unique-slug',
    severity: 'error',
    title: 'Each system has its own slug, and keeps its earlier ones',
    clause:
      'Plan Annex 1 (序号, 系统名称): one entry per system; envcloud: the slug names its cloud objects, so no two systems share one',
  },
  (entries, report) => {
    uniqueBy(
      entries,
      // A slug a system had before still names its cloud objects, so it stays taken.
      (entry) => [
        { value: entry.manifest.metadata.slug, path: ['metadata', 'slug'] },
        ...(entry.manifest.metadata.previousSlugs ?? []).map((value, index) => ({
          value,
          path: ['metadata', 'previousSlugs', index],
        })),
      ],
      { message: 'rule.unique-slug.message', first: 'rule.unique-slug.first', hint: 'rule.unique-slug.hint' },
      report,
    );
  },
);
