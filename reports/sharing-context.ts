import type { SystemMigration } from '../model/domain';
import { requestContext, type RequestContext } from '../validation/rules/requests';
import { summarizeManifest, type ManifestEntry, type ManifestSummary } from '../validation/rules/rule';

// What the sharing figures (requests, corrections) read the manifests through: the context the rules
// use, built from whole manifests. A report locates no finding, so every position is the file's start.

/** The rules' catalog and grants as of `asOf`, from the manifests a report reads. */
export function reportContext(systems: readonly SystemMigration[], asOf: string): RequestContext {
  const entries: ManifestEntry<ManifestSummary>[] = systems.map((manifest) => ({
    file: `manifests/${manifest.metadata.slug}.yaml`,
    manifest: summarizeManifest(manifest),
    locator: { locate: () => ({ line: 1, column: 1 }) },
  }));
  return requestContext(entries, asOf);
}

/** A count of 0 for each key: the figures list every state, counted or not. */
export const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
