// The stack's side of issue #13 §2: which sharing requests it reads, on which day, and a DataAccess
// per system whose data the catalog or a live grant opens to another system.
import type * as k8s from '@pulumi/kubernetes';
import type * as pulumi from '@pulumi/pulumi';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { accessSet, RESOURCE_CENTER, type AccessPath, type GrantSource } from '../components/access-set';
import { DataAccess, type AwsDataHandle } from '../components/data-access';
import type { SystemMigration } from '../model/domain';
import { today, validatePaths } from '../validation/validate';

/** The sharing requests a plan follows, and the day their grants must be live on. */
export interface SharingInput {
  requests: readonly GrantSource[];
  /** YYYY-MM-DD. */
  asOf: string;
}

/** The folder of sharing requests beside the manifests. */
export const SHARING_FOLDER = 'sharing';

/**
 * The requests in `<root>/sharing/` that pass their schema, for a plan made on `asOf` (default: today
 * in China). A request with schema errors opens nothing; `envcloud validate` reports it. No folder, no grants.
 */
export async function loadSharing(root: string, asOf: string = today()): Promise<SharingInput> {
  if (!existsSync(join(root, SHARING_FOLDER))) return { requests: [], asOf };
  const report = await validatePaths([SHARING_FOLDER], { cwd: root, asOf });
  return { requests: report.requests.map(({ file, request }) => ({ file, request })), asOf };
}

/** Where the stack realises a provider's access: the registry's cluster, its database's cluster, its AWS data. */
export interface AccessTargets {
  registry: k8s.Provider;
  /** On the ministry's clusters, where CloudNativePG runs the databases. */
  kubernetes?: k8s.Provider;
  /** On AWS, each system's buckets and database by inventory number. */
  aws?: ReadonlyMap<number, AwsDataHandle>;
  options?: pulumi.ComponentResourceOptions;
}

/**
 * A DataAccess for each system of the stack that others may read: its paths from accessSet over every
 * manifest of the repository (consumers may be deployed by another stack). A system holding
 * not-shared data is opened to no one: its database and buckets are not split by resource, so any
 * path into them would reach that data too (rules art. 15(三)); it shares through the resource center's
 * onboarding instead. For the same reason the resource center reads only a store whose data is all
 * unconditional; conditional data is reached only by the holders of a live grant. Returns the paths realised.
 */
export function registerDataAccess(
  selected: readonly SystemMigration[],
  all: readonly SystemMigration[],
  sharing: SharingInput,
  targets: AccessTargets,
): AccessPath[] {
  const consumers = new Map(all.map((manifest) => [manifest.metadata.number, manifest]));
  const paths = accessSet(all, sharing.requests, sharing.asOf);
  const realised: AccessPath[] = [];
  for (const manifest of selected) {
    const placement = manifest.spec.placement;
    if (!placement?.database && !placement?.storage?.object?.length) continue;
    if ((manifest.spec.dataResources ?? []).some((resource) => resource.sharing.type === 'not-shared')) continue;
    // The resource center reads a system's store only when everything in it is unconditional (rules art. 20).
    const open = (manifest.spec.dataResources ?? []).every((resource) => resource.sharing.type === 'unconditional');
    const own = paths.filter(
      (path) => path.provider === manifest.metadata.number && (open || path.consumer !== RESOURCE_CENTER),
    );
    const handle = targets.aws?.get(manifest.metadata.number);
    if (own.length === 0 || (!targets.kubernetes && !handle)) continue;
    new DataAccess(
      `${manifest.metadata.slug}-data-access`,
      {
        manifest,
        paths: own,
        consumers,
        registry: targets.registry,
        ...(targets.kubernetes ? { kubernetes: targets.kubernetes } : {}),
        ...(handle ? { aws: handle } : {}),
      },
      {
        ...targets.options,
        aliases: (manifest.metadata.previousSlugs ?? []).map((old) => ({ name: `${old}-data-access` })),
      },
    );
    realised.push(...own);
  }
  return realised;
}
