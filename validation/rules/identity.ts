import type { ManifestEntry, Rule, Violation } from './rule';

/** Reports every manifest whose key repeats one seen earlier, pointing back at the first. */
function uniqueBy(
  entries: readonly ManifestEntry[],
  key: (entry: ManifestEntry) => string | number,
  path: readonly string[],
  describe: (value: string | number) => string,
  hint: string,
  report: (violation: Violation) => void,
): void {
  const first = new Map<string | number, ManifestEntry>();
  for (const entry of entries) {
    const value = key(entry);
    const owner = first.get(value);
    if (!owner) {
      first.set(value, entry);
      continue;
    }
    report({
      entry,
      path,
      message: `${describe(value)} is already used by ${owner.file} (${owner.manifest.metadata.name})`,
      hint,
      related: [{ entry: owner, path, message: `first use of ${describe(value)}` }],
    });
  }
}

export const uniqueNumber: Rule = {
  id: 'unique-number',
  severity: 'error',
  title: 'Each system has its own inventory number',
  clause: 'Plan Annex 1 (附1): one inventory number (序号) per system',
  check(entries, report) {
    uniqueBy(
      entries,
      (entry) => entry.manifest.metadata.number,
      ['metadata', 'number'],
      (value) => `inventory number ${value}`,
      'Annex 1 systems keep their numbers 1–182; a new system takes the next free number (`envcloud new` picks it)',
      report,
    );
  },
};

export const uniqueSlug: Rule = {
  id: 'unique-slug',
  severity: 'error',
  title: 'Each system has its own slug',
  clause: 'Plan §三(二).6: one identity per system on the platform',
  check(entries, report) {
    uniqueBy(
      entries,
      (entry) => entry.manifest.metadata.slug,
      ['metadata', 'slug'],
      (value) => `slug \`${value}\``,
      'slugs name namespaces and cloud resources, so they must differ: add the inventory number or a qualifier',
      report,
    );
  },
};
