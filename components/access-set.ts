// Who may read whose data (issue #13 §2), worked out from the catalog and the sharing requests alone:
// unconditionally shared data is readable by every government system through the resource center
// (rules art. 19, art. 20), conditionally shared data only by a system holding a grant that is live on
// the stack's as-of day, not-shared data by no other system. Pure: no Pulumi, no files.
import type { DataResource, SharingType, SystemMigration } from '../model/domain';
import type { SharingRequest } from '../model/sharing-request.generated';
import { isLiveGrant } from '../model/sharing';
import { foldForComparison } from '../validation/rules/fold';

// The liveness of a grant is a fact of the sharing rules, kept in model/sharing.ts; re-exported for this module's callers.
export { isLiveGrant } from '../model/sharing';

/** A sharing request as the stack reads it: the file it is written in, and its content. */
export interface GrantSource {
  file: string;
  request: SharingRequest;
}

/** Unconditional data is read through the resource center, on behalf of every government system. */
export const RESOURCE_CENTER = 'resource-center';

export type AccessBasis =
  { kind: 'unconditional' } | { kind: 'grant'; id: string; file: string; answeredOn: string; expiresOn?: string };

/** The resource a path reaches: a catalog entry (with its code and class), or data outside the catalog that a grant names. */
export interface AccessResource {
  name: string;
  catalogCode?: string;
  sharing?: SharingType;
}

/** One data path: a consumer reads a resource of a provider system, on a basis. */
export interface AccessPath {
  /** The consuming system's inventory number, or the resource center. */
  consumer: number | typeof RESOURCE_CENTER;
  provider: number;
  resource: AccessResource;
  basis: AccessBasis;
}

/** The provider and resource a request names, or undefined when no system of the catalog has it. */
function resolve(
  request: SharingRequest,
  bySystem: ReadonlyMap<number, SystemMigration>,
  byCode: ReadonlyMap<string, { owner: SystemMigration; resource: DataResource }>,
): { provider: SystemMigration; resource: AccessResource } | undefined {
  const wanted = request.spec.resource;
  if (wanted.catalogCode !== undefined) {
    const found = byCode.get(wanted.catalogCode);
    if (!found) return undefined;
    if (wanted.system !== undefined && wanted.system !== found.owner.metadata.number) return undefined;
    return { provider: found.owner, resource: catalogResource(found.resource) };
  }
  if (wanted.system === undefined || wanted.name === undefined) return undefined;
  const provider = bySystem.get(wanted.system);
  if (!provider) return undefined;
  const folded = foldForComparison(wanted.name);
  const listed = (provider.spec.dataResources ?? []).find((resource) => foldForComparison(resource.name) === folded);
  return { provider, resource: listed ? catalogResource(listed) : { name: wanted.name } };
}

function catalogResource(resource: DataResource): AccessResource {
  return { name: resource.name, catalogCode: resource.catalogCode, sharing: resource.sharing.type };
}

/**
 * Every data path the catalog and the grants allow on `asOf`: one from the resource center per
 * unconditionally shared resource, one from the requesting system per live grant of data that is not
 * `not-shared` (a grant never opens not-shared data, rules art. 15(三)), outside the catalog too
 * (plan §三(一).4). A grant of a system's own data, or to a requester with no system in the inventory
 * (another national department), gives no path on the platform. Ordered by provider, then consumer.
 */
export function accessSet(
  manifests: readonly SystemMigration[],
  grants: readonly GrantSource[],
  asOf: string,
): AccessPath[] {
  const bySystem = new Map(manifests.map((manifest) => [manifest.metadata.number, manifest]));
  const byCode = new Map<string, { owner: SystemMigration; resource: DataResource }>();
  for (const owner of manifests)
    for (const resource of owner.spec.dataResources ?? [])
      if (!byCode.has(resource.catalogCode)) byCode.set(resource.catalogCode, { owner, resource });
  const paths: AccessPath[] = [];
  for (const provider of manifests)
    for (const resource of provider.spec.dataResources ?? [])
      if (resource.sharing.type === 'unconditional')
        paths.push({
          consumer: RESOURCE_CENTER,
          provider: provider.metadata.number,
          resource: catalogResource(resource),
          basis: { kind: 'unconditional' },
        });
  for (const { file, request } of grants) {
    if (!isLiveGrant(request, asOf)) continue;
    const consumer = request.spec.requester.system;
    if (consumer === undefined || !bySystem.has(consumer)) continue;
    const found = resolve(request, bySystem, byCode);
    if (!found || found.provider.metadata.number === consumer || found.resource.sharing === 'not-shared') continue;
    const answer = request.spec.answer!;
    paths.push({
      consumer,
      provider: found.provider.metadata.number,
      resource: found.resource,
      basis: {
        kind: 'grant',
        id: request.metadata.id,
        file,
        answeredOn: answer.answeredOn,
        ...(answer.expiresOn !== undefined ? { expiresOn: answer.expiresOn } : {}),
      },
    });
  }
  const rank = (consumer: AccessPath['consumer']) => (consumer === RESOURCE_CENTER ? -1 : consumer);
  return paths.sort((a, b) => a.provider - b.provider || rank(a.consumer) - rank(b.consumer));
}

/** A path as one line (annotations, messages): `57 → 49 "name" (grant sr-2017-001)`. */
export function pathText(path: AccessPath): string {
  const basis = path.basis.kind === 'unconditional' ? 'unconditional' : `grant ${path.basis.id}`;
  const code = path.resource.catalogCode ? ` ${path.resource.catalogCode}` : ' (outside the catalog)';
  return `${path.consumer} → ${path.provider}${code} "${path.resource.name}" (${basis})`;
}
