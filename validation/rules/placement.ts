import { BUCKET_REPLICA_SUFFIX, type SystemMigration } from '../../model/domain';
import { DEFAULT_APPROVED_REGISTRY, isFromRegistry, registryOf } from '../../model/registry';
import { msg, said } from '../../document/i18n';
import { perManifest, type ManifestRule } from './rule';
import { relatedSaid } from './words';

export const IMAGE_RULE_ID = 'image-from-approved-registry';

/**
 * Images come only from the approved registry. `validate` has no stack, so it judges against the
 * ministry's default (or `--registry`); a stack that names another registry repeats the check in its
 * preflight (stacks/preflight.ts), with the same predicate and rule id.
 */
export function imageFromApprovedRegistry(registry: string = DEFAULT_APPROVED_REGISTRY): ManifestRule {
  return perManifest(
    {
      id: IMAGE_RULE_ID,
      severity: 'error',
      title: 'Workload images come from the approved registry',
      clause:
        'Plan §三(三).9 (统一利用环保云平台的机房、网络、计算、存储、安全等资源); GB/T 22239-2019 8.1.4.4 (入侵防范: 软件来源可信)',
    },
    ({ manifest }, report) => {
      (manifest.spec.placement?.workloads ?? []).forEach((workload, index) => {
        if (isFromRegistry(workload.image, registry)) return;
        report({
          path: ['spec', 'placement', 'workloads', index, 'image'],
          ...said(
            msg('rule.image-from-approved-registry.message', {
              workload: workload.name,
              image: workload.image,
              from: registryOf(workload.image),
              registry,
            }),
            msg('rule.image-from-approved-registry.hint', { registry }),
          ),
        });
      });
    },
  );
}

/** Names of a system's parts, each becoming the name of its cloud objects: two alike would be one object twice. */
const NAMED_PARTS = [
  { path: ['workloads'], what: 'workload' },
  { path: ['storage', 'block'], what: 'volume' },
  { path: ['storage', 'object'], what: 'bucket' },
] as const;

/** The workloads, block volumes or buckets of a placement, at one of NAMED_PARTS' paths. */
function namedParts(placement: SystemMigration['spec']['placement'], path: readonly string[]): { name: string }[] {
  return ((path.length === 1 ? placement?.workloads : placement?.storage?.[path[1] as 'block' | 'object']) ?? []) as {
    name: string;
  }[];
}

export const placementNamesUnique = perManifest(
  {
    id: 'placement-names-unique',
    severity: 'error',
    title: "A system's workloads, volumes and buckets each have their own name",
    clause:
      'Plan §三(三).9 (统一利用环保云平台的机房、网络、计算、存储、安全等资源); envcloud: each name becomes the name of its Deployment, volume or bucket on the platform',
  },
  (entry, report) => {
    const placement = entry.manifest.spec.placement;
    for (const { path, what } of NAMED_PARTS) {
      const parts = namedParts(placement, path);
      const first = new Map<string, number>();
      parts.forEach((part, index) => {
        const earlier = first.get(part.name);
        if (earlier === undefined) {
          first.set(part.name, index);
          return;
        }
        report({
          path: ['spec', 'placement', ...path, index, 'name'],
          ...said(
            msg('rule.placement-names-unique.twice', { what, name: part.name }),
            msg('rule.placement-names-unique.twice.hint', { what }),
          ),
          related: [
            {
              entry,
              path: ['spec', 'placement', ...path, earlier, 'name'],
              ...relatedSaid(msg('rule.placement-names-unique.first', { what, name: part.name })),
            },
          ],
        });
      });
      if (what !== 'bucket') continue;
      parts.forEach((part, index) => {
        if (!part.name.endsWith(BUCKET_REPLICA_SUFFIX) || !first.has(part.name.slice(0, -BUCKET_REPLICA_SUFFIX.length)))
          return;
        report({
          path: ['spec', 'placement', ...path, index, 'name'],
          ...said(
            msg('rule.placement-names-unique.replica', {
              name: part.name,
              bucket: part.name.slice(0, -BUCKET_REPLICA_SUFFIX.length),
            }),
            msg('rule.placement-names-unique.replica.hint', { suffix: BUCKET_REPLICA_SUFFIX }),
          ),
          related: [
            {
              entry,
              path: [
                'spec',
                'placement',
                ...path,
                first.get(part.name.slice(0, -BUCKET_REPLICA_SUFFIX.length))!,
                'name',
              ],
              ...relatedSaid(msg('rule.placement-names-unique.replica-of')),
            },
          ],
        });
      });
    }
    // With a database, CloudNativePG names its own objects `<slug>-db-rw`, `-db-ro`, `-db-1`, `-db-app`…
    // in the system's namespace: a workload `db-rw` or a volume `db-1` took the same name.
    if (!placement?.database) return;
    for (const { path, what } of NAMED_PARTS) {
      const parts = namedParts(placement, path);
      parts.forEach((part, index) => {
        if (part.name !== 'db' && !part.name.startsWith('db-')) return;
        report({
          path: ['spec', 'placement', ...path, index, 'name'],
          ...said(
            msg('rule.placement-names-unique.database', { what, name: part.name }),
            msg('rule.placement-names-unique.database.hint'),
          ),
        });
      });
    }
  },
);
