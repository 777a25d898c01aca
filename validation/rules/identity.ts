import { acrossManifests, type ManifestEntry, type ManifestSummary, type Violation } from './rule';

/** One value a manifest claims, and the field that claims it. */
interface Claim {
  value: string | number;
  path: readonly (string | number)[];
}

/** Reports every claim that repeats one seen earlier (in another manifest or the same), pointing back at the first. */
function uniqueBy(
  entries: readonly ManifestEntry<ManifestSummary>[],
  claims: (entry: ManifestEntry<ManifestSummary>) => readonly Claim[],
  describe: (value: string | number) => string,
  hint: string,
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
        owner.entry === entry ? 'this manifest' : `${owner.entry.file} (${owner.entry.manifest.metadata.name})`;
      report({
        entry,
        path: [...path],
        message: `${describe(value)} is already used by ${where}`,
        hint,
        related: [{ entry: owner.entry, path: [...owner.path], message: `first use of ${describe(value)}` }],
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
      (value) => `inventory number ${value}`,
      'Annex 1 systems keep their numbers 1–182; a new system takes the next free number (`envcloud new` picks it)',
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
      (value) => `slug \`${value}\``,
      'slugs (current and previous) name namespaces and cloud resources, so they must differ: add the inventory number or a qualifier; a renamed system lists its old slug only in previousSlugs',
      report,
    );
  },
);
