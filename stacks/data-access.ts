// The stack's side of issue #13 §2: which sharing requests it reads, on which day, and a DataAccess
// per system whose data the catalog or a live grant opens to another system.
import type * as k8s from '@pulumi/kubernetes';
import type * as pulumi from '@pulumi/pulumi';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { accessSet, RESOURCE_CENTER, type AccessPath, type GrantSource } from '../components/access-set';
import { DataAccess, type AwsDataHandle } from '../components/data-access';
import type { StoreGrant } from '../components/grant-credentials';
import type { Finding } from '../document/findings';
import type { SystemMigration } from '../model/domain';
import { today, validatePaths } from '../validation/validate';
import { isFault } from '../validation/rules';
import { ManifestErrors } from './program-errors';

/** The sharing requests a plan follows, and the day their grants must be live on. */
export interface SharingInput {
  requests: readonly GrantSource[];
  /** YYYY-MM-DD. */
  asOf: string;
}

/** The folder of sharing requests beside the manifests. */
export const SHARING_FOLDER = 'sharing';

/**
 * The requests in `<root>/sharing/` for a plan made on `asOf` (default: today in China), and the errors
 * `envcloud validate` finds in them on that day (an unknown party, a deadline past the working-day
 * calendar), judged against the manifests the plan reads (`manifestsDir`: `preview --manifests m2` was
 * judged against `manifests/`). How late a unit answered is counted by the reports, not an error here.
 * No folder, no grants.
 */
export async function readSharing(
  root: string,
  asOf: string = today(),
  manifestsDir = 'manifests',
): Promise<{ sharing: SharingInput; errors: Finding[] }> {
  if (!existsSync(join(root, SHARING_FOLDER))) return { sharing: { requests: [], asOf }, errors: [] };
  const paths = existsSync(join(root, manifestsDir)) ? [manifestsDir, SHARING_FOLDER] : [SHARING_FOLDER];
  const report = await validatePaths(paths, { cwd: root, asOf });
  // The manifests' own findings are validate's to report: only the requests' are this plan's.
  const inSharing = (file: string) => !relative(SHARING_FOLDER, file).startsWith('..');
  return {
    sharing: { requests: report.requests.map(({ file, request }) => ({ file, request })), asOf },
    errors: report.findings.filter((finding) => inSharing(finding.file) && isFault(finding)),
  };
}

/**
 * The grants a plan follows, as `readSharing` reads them. A request `validate` refuses stops the plan,
 * located, as a manifest with errors does: grants were computed from requests validate refused (one to a
 * system that does not exist, one whose deadline the calendar cannot tell).
 */
export async function loadSharing(root: string, asOf: string = today()): Promise<SharingInput> {
  const { sharing, errors } = await readSharing(root, asOf);
  if (errors.length > 0) throw new ManifestErrors(errors);
  return sharing;
}

/** Where the stack realises a provider's access: the registry's cluster, its database's cluster (its AWS data comes with each system). */
export interface AccessTargets {
  registry: k8s.Provider;
  /** On the ministry's clusters, where CloudNativePG runs the databases. */
  kubernetes?: k8s.Provider;
  options?: pulumi.ComponentResourceOptions;
}

/**
 * A DataAccess for each system of the stack that others may read: its paths from accessSet over every
 * manifest of the repository (consumers may be deployed by another stack). A system holding
 * not-shared data is opened to no one: its database and buckets are not split by resource, so any
 * path into them would reach that data too (rules art. 15(三)); it shares through the resource center's
 * onboarding instead. For the same reason the resource center reads only a store whose data is all
 * unconditional; conditional data is reached only by the holders of a live grant.
 *
 * Registers one system at a time: the program registers each system's DataAccess right after the
 * system, in the system's batch. Registered after the last batch, the DataAccess of thousands of systems
 * were in flight at once, outside the pacing, and each system's AWS data handle stayed held until
 * then: the heap of a 5,000-system run grew by 0.9 GiB in that last step (#16).
 */
export function dataAccessRegistrar(
  all: readonly SystemMigration[],
  sharing: SharingInput,
  targets: AccessTargets,
): (manifest: SystemMigration, handle: AwsDataHandle | undefined) => void {
  const consumers = new Map(all.map((manifest) => [manifest.metadata.number, manifest]));
  const paths = accessSet(all, sharing.requests, sharing.asOf);
  return (manifest, handle) => {
    const placement = manifest.spec.placement;
    if (!placement?.database && !placement?.storage?.object?.length) return;
    const own = pathsInto(manifest, paths);
    if (own.length === 0 || (!targets.kubernetes && !handle)) return;
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
  };
}

/**
 * The paths a stack may realise into a system's store: none when it holds not-shared data (its store is
 * not split by resource, rules art. 15(三)); the resource center's only when all its data is
 * unconditional (rules art. 20); every live grant's otherwise.
 */
export function pathsInto(manifest: SystemMigration, paths: readonly AccessPath[]): AccessPath[] {
  const resources = manifest.spec.dataResources ?? [];
  if (resources.some((resource) => resource.sharing.type === 'not-shared')) return [];
  const open = resources.every((resource) => resource.sharing.type === 'unconditional');
  return paths.filter(
    (path) => path.provider === manifest.metadata.number && (open || path.consumer !== RESOURCE_CENTER),
  );
}

/** The answer a request would open a path with whatever its real answer: where it leads, not whether it is live. */
const EVER_GRANTED = { answeredOn: '0001-01-01', decision: 'granted' } as const;

/**
 * Every sharing request of `sharing` that leads into a system, by the providing system's number, as that
 * system's per-grant credentials render it on the plan's day (components/grant-credentials.ts): live
 * when the stack realises its path (pathsInto), else kept so its database role is listed absent. Where a
 * request leads is resolved as accessSet resolves a grant, whatever its answer, so a refused, expired or
 * withdrawn grant still names the role to drop.
 */
export function storeGrants(all: readonly SystemMigration[], sharing: SharingInput): Map<number, StoreGrant[]> {
  const bySystem = new Map(all.map((manifest) => [manifest.metadata.number, manifest]));
  const live = accessSet(all, sharing.requests, sharing.asOf);
  const grants = new Map<number, StoreGrant[]>();
  for (const { file, request } of sharing.requests) {
    const ever = { ...request, spec: { ...request.spec, answer: EVER_GRANTED } };
    const led = accessSet(all, [{ file, request: ever }], sharing.asOf).find((path) => path.basis.kind === 'grant');
    const provider = led && bySystem.get(led.provider);
    const consumer = led && bySystem.get(led.consumer as number);
    if (!provider || !consumer) continue;
    const id = request.metadata.id;
    const paths = pathsInto(provider, live).filter((path) => path.basis.kind === 'grant' && path.basis.id === id);
    const expiresOn = request.spec.answer?.expiresOn;
    const grant: StoreGrant = {
      id,
      consumer,
      live: paths.length > 0,
      paths,
      ...(paths.length > 0 && expiresOn ? { expiresOn } : {}),
    };
    grants.set(provider.metadata.number, [...(grants.get(provider.metadata.number) ?? []), grant]);
  }
  return grants;
}
