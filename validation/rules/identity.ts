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

export const slugsNotNested = acrossManifests(
  {
    id: 'slugs-not-nested',
    severity: 'error',
    title: "No system's slug is another system's slug followed by a hyphen",
    clause:
      'Plan Annex 1 (序号): one entry per system; envcloud: a system names its cloud objects `<slug>-<part>`, so a slug that begins with another one and a hyphen could name the same object',
  },
  (entries, report) => {
    // Every object is `<slug>-<part>`: `s001-a` with a workload `x-app` and `s001-a-x` with `app` both made
    // Deployment `s001-a-x-app` (a duplicate URN the engine refuses, one object in the cluster). Two slugs
    // can make one name only when one is the other and a hyphen; flagging that is exact and cheap.
    const owners = new Map<string, { entry: ManifestEntry<ManifestSummary>; path: (string | number)[] }>();
    const claims = entries.map((entry) => ({
      entry,
      slugs: [
        { value: entry.manifest.metadata.slug, path: ['metadata', 'slug'] as (string | number)[] },
        ...(entry.manifest.metadata.previousSlugs ?? []).map((value, index) => ({
          value,
          path: ['metadata', 'previousSlugs', index] as (string | number)[],
        })),
      ],
    }));
    for (const { entry, slugs } of claims)
      for (const { value, path } of slugs) if (!owners.has(value)) owners.set(value, { entry, path });
    for (const { entry, slugs } of claims) {
      for (const { value, path } of slugs) {
        for (let at = value.indexOf('-'); at > 0; at = value.indexOf('-', at + 1)) {
          const prefix = value.slice(0, at);
          const owner = owners.get(prefix);
          if (!owner || owner.entry === entry) continue;
          report({
            entry,
            path,
            ...said(
              msg('rule.slugs-not-nested.message', { value, prefix, file: owner.entry.file }),
              msg('rule.slugs-not-nested.hint'),
            ),
            related: [
              { entry: owner.entry, path: owner.path, ...relatedSaid(msg('rule.slugs-not-nested.first', { prefix })) },
            ],
          });
          break;
        }
      }
    }
  },
);
