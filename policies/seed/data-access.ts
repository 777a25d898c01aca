// Issue #13 §2: every cross-system data path in the plan is backed by the catalog and a live grant,
// and none reaches not-shared data. Read from the plan alone: the system records (the catalog), the
// grant records, and every object that opens a system's data (a NetworkPolicy on its database pods, an
// IAM role tagged as reading it), whoever wrote it.
import type { PolicyResource, StackValidationPolicy } from '@pulumi/policy';
import { RESOURCE_CENTER } from '../../components/access-set';
import { ACCESS_PROVIDER_TAG, readGrantRecord, type GrantRecord } from '../../components/data-access';
import { LABEL_PREFIX } from '../../components/labels';
import { label, namespaceOf, systemOf, tagsOf } from '../../components/resource-facts';
import type { SystemRecord } from '../../components/system-record';
import { today } from '../../validation/validate';
import { foldForComparison } from '../../validation/rules/fold';
import { definePolicy, type JudgedResource } from '../meta';
import { judgeAll } from '../unknowns';
import { CONFIG_MAP_TYPE, recordOf } from './records';
import { msg, t } from '../../document/i18n';
import {
  BUCKET_CLAIM_TYPE,
  credentialPaths,
  DATABASE_CLUSTER_TYPE,
  isCredential,
  OBJECT_USER_TYPE,
} from './data-access-credentials';

export const NETWORK_POLICY_TYPE = 'kubernetes:networking.k8s.io/v1:NetworkPolicy';
export const ROLE_TYPE = 'aws:iam/role:Role';
const DATABASE_POD_LABEL = 'cnpg.io/cluster';
/** Namespaces whose pods reach a database without being a consumer: the CloudNativePG operator's. */
const OPERATOR_NAMESPACES = ['cnpg-system'];

/** Who a path admits: a system, the resource center, or something no grant can name (a whole namespace, an address range). */
export type Consumer =
  { kind: 'system'; number?: number; slug: string } | { kind: 'resource-center' } | { kind: 'unnamed'; what: string };

/** One cross-system data path an object of the plan opens. */
export interface PlanPath {
  provider: { number: number; slug: string };
  consumer: Consumer;
  via: PolicyResource;
}

interface Peer {
  namespaceSelector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
  podSelector?: { matchLabels?: Record<string, string>; matchExpressions?: unknown[] };
  ipBlock?: { cidr?: string };
}

function namespaceNamed(peer: Peer): string | undefined {
  const selector = peer.namespaceSelector;
  if (!selector || (selector.matchExpressions?.length ?? 0) > 0) return undefined;
  return selector.matchLabels?.['kubernetes.io/metadata.name'];
}

/** What one `from` peer of a database's NetworkPolicy admits, or undefined when it is the system itself or the operator. */
export function peerConsumer(peer: Peer, own: { slug: string; namespace: string | undefined }): Consumer | undefined {
  if (peer.ipBlock)
    return {
      kind: 'unnamed',
      what: t('en', 'policy.part.consumer.addresses', { cidr: peer.ipBlock.cidr ?? msg('policy.part.any') }),
    };
  const namespace = peer.namespaceSelector ? namespaceNamed(peer) : own.namespace;
  const podLabels = peer.podSelector?.matchLabels ?? {};
  const podSystem =
    (peer.podSelector?.matchExpressions?.length ?? 0) > 0 ? undefined : podLabels[`${LABEL_PREFIX}/system`];
  if (peer.namespaceSelector && !namespace)
    return { kind: 'unnamed', what: t('en', 'policy.part.consumer.other-labels') };
  if (!peer.podSelector && namespace && OPERATOR_NAMESPACES.includes(namespace)) return undefined;
  if (!peer.podSelector && namespace === RESOURCE_CENTER) return { kind: 'resource-center' };
  if (podSystem === own.slug && namespace === own.namespace) return undefined;
  if (podSystem) return { kind: 'system', slug: podSystem };
  return {
    kind: 'unnamed',
    what: t('en', 'policy.part.consumer.namespace', { namespace: namespace ?? msg('policy.part.any') }),
  };
}

/**
 * Every cross-system data path of the plan: ingress into a system's database pods, IAM roles reading a
 * system's data, and the per-grant credentials of the ministry's stores (data-access-credentials.ts).
 */
export function planPaths(resources: readonly PolicyResource[]): PlanPath[] {
  const paths: PlanPath[] = [];
  for (const resource of resources) {
    if (resource.type === NETWORK_POLICY_TYPE) {
      const database = resource.props.spec?.podSelector?.matchLabels?.[DATABASE_POD_LABEL];
      const owner = systemOf(resource.props);
      if (database === undefined || !owner) continue;
      const own = { slug: owner.slug, namespace: namespaceOf(resource.props) };
      for (const rule of (resource.props.spec?.ingress ?? []) as { from?: Peer[] }[]) {
        // An ingress rule without `from` admits every source.
        const peers: Peer[] = rule.from ?? [{ ipBlock: { cidr: '0.0.0.0/0' } }];
        for (const peer of peers) {
          const consumer = peerConsumer(peer, own);
          if (consumer) paths.push({ provider: owner, consumer, via: resource });
        }
      }
    }
    if (resource.type === ROLE_TYPE) {
      const provider = Number(tagsOf(resource.props)[ACCESS_PROVIDER_TAG]);
      if (!Number.isInteger(provider) || provider <= 0) continue;
      const consumer = systemOf(resource.props);
      paths.push({
        provider: { number: provider, slug: '' },
        consumer: consumer
          ? { kind: 'system', number: consumer.number, slug: consumer.slug }
          : { kind: 'resource-center' },
        via: resource,
      });
    }
  }
  return [...paths, ...credentialPaths(resources)];
}

/** What the plan says about systems and grants, read once. */
interface Catalog {
  records: Map<number, { record: SystemRecord; resource: PolicyResource }>;
  bySlug: Map<string, number>;
  grants: GrantRecord[];
}

function catalogOf(resources: readonly PolicyResource[]): Catalog {
  const catalog: Catalog = { records: new Map(), bySlug: new Map(), grants: [] };
  for (const resource of resources) {
    if (resource.type !== CONFIG_MAP_TYPE) continue;
    const record = recordOf(resource);
    const system = systemOf(resource.props);
    if (record && system) {
      catalog.records.set(record.number, { record, resource });
      catalog.bySlug.set(system.slug, record.number);
    }
    const grant = readGrantRecord(resource.props);
    if (grant) catalog.grants.push(grant);
  }
  return catalog;
}

/** Why a path is not backed, or undefined when it is; `on` is the day grants must be live on. */
export function pathProblem(path: PlanPath, catalog: Catalog, on: string): string | undefined {
  const provider = catalog.records.get(path.provider.number);
  const what = { kind: path.via.type.split(':').pop()!, name: path.via.name, provider: path.provider.number };
  if (!provider) return t('en', 'policy.finding.data-access-follows-grants.no-record', what);
  const resources = provider.record.dataResources;
  const secret = resources.find((resource) => resource.sharing.type === 'not-shared');
  if (secret) return t('en', 'policy.finding.data-access-follows-grants.not-shared', { ...what, data: secret.name });
  if (path.consumer.kind === 'unnamed')
    return t('en', 'policy.finding.data-access-follows-grants.unnamed', { ...what, consumer: path.consumer.what });
  if (path.consumer.kind === 'resource-center') {
    if (resources.length === 0) return t('en', 'policy.finding.data-access-follows-grants.empty-catalog', what);
    const held = resources.find((resource) => resource.sharing.type !== 'unconditional');
    return held
      ? t('en', 'policy.finding.data-access-follows-grants.resource-center', {
          ...what,
          data: held.name,
          type: held.sharing.type,
        })
      : undefined;
  }
  const consumer = path.consumer.number ?? catalog.bySlug.get(path.consumer.slug);
  const who = t('en', 'policy.part.system-number', { number: consumer ?? path.consumer.slug });
  const grants = catalog.grants.filter(
    (grant) => grant.consumer === consumer && grant.provider === path.provider.number,
  );
  const live = grants.filter(
    (grant) => grant.answeredOn <= on && (grant.expiresOn === undefined || on <= grant.expiresOn),
  );
  if (live.length === 0)
    return grants.length > 0
      ? t('en', 'policy.finding.data-access-follows-grants.not-live', {
          ...what,
          who,
          grants: grants
            .map((grant) =>
              t('en', 'policy.part.grant', { id: grant.id, expires: grant.expiresOn ?? msg('policy.part.never') }),
            )
            .join(', '),
          on,
        })
      : t('en', 'policy.finding.data-access-follows-grants.no-grant', { ...what, who });
  const names = new Map(resources.map((resource) => [foldForComparison(resource.name), resource]));
  const granted = live.find(
    (grant) => names.get(foldForComparison(grant.resource.name))?.sharing.type !== 'not-shared',
  );
  return granted
    ? undefined
    : t('en', 'policy.finding.data-access-follows-grants.granted-not-shared', { ...what, who });
}

/** The resource a finding is located at: the consuming system's record (its manifest), else the object itself. */
function locatedAt(path: PlanPath, catalog: Catalog): string {
  if (path.consumer.kind !== 'system') return path.via.urn;
  const number = path.consumer.number ?? catalog.bySlug.get(path.consumer.slug);
  return (number !== undefined ? catalog.records.get(number)?.resource.urn : undefined) ?? path.via.urn;
}

function judged(resource: JudgedResource): boolean {
  if (resource.type === NETWORK_POLICY_TYPE)
    return (
      resource.props.spec?.podSelector?.matchLabels?.[DATABASE_POD_LABEL] !== undefined &&
      label(resource.props, 'system') !== undefined
    );
  if (resource.type === ROLE_TYPE) return tagsOf(resource.props)[ACCESS_PROVIDER_TAG] !== undefined;
  return isCredential(resource);
}

export const dataAccessFollowsGrants = definePolicy<StackValidationPolicy>(
  {
    name: 'data-access-follows-grants',
    // The day grants must be live on: today in China unless the pack config names one (a plan judged again later).
    // `format: date` refuses a day that does not exist (2027-02-30 was judged on), here and in the Pulumi CLI.
    configSchema: {
      properties: {
        asOf: {
          type: 'string',
          format: 'date',
          pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
          description:
            '授权须在其上有效的日期，格式 YYYY-MM-DD（须是日历上存在的日子）；默认今天（中国时间）。\n\nThe day grants must be live on, YYYY-MM-DD (a day of the calendar). Default: today in China.',
        },
      },
    },
    validateStack: (args, reportViolation) =>
      judgeAll((gaps) => {
        const catalog = catalogOf(args.resources);
        const on = args.getConfig<{ asOf?: string }>().asOf ?? today();
        for (const path of planPaths(args.resources.filter(judged)))
          gaps.judge(path.via.name, () => {
            const problem = pathProblem(path, catalog, on);
            if (problem) reportViolation(problem, locatedAt(path, catalog));
          });
      }),
  },
  {
    severity: 'critical',
    judges: {
      types: [NETWORK_POLICY_TYPE, ROLE_TYPE, OBJECT_USER_TYPE, BUCKET_CLAIM_TYPE, DATABASE_CLUSTER_TYPE],
      what: "NetworkPolicy on a system's database pods, IAM role, RGW user, bucket policy or database role reading a system's data",
      where: judged,
    },
    clause:
      'Sharing rules art. 20 (使用单位通过共享平台直接获取), art. 21 (按答复意见使用共享政务信息资源) and art. 15 (按照共享程度分为三种类型)',
    en: {
      description:
        'Every cross-system data path is backed by the catalog (unconditional data, through the resource center) or a live grant, and none reaches not-shared data',
      remediation:
        'Ask the providing unit for the data with a SharingRequest in sharing/ (or renew an expired grant); remove access objects written by hand.',
    },
    zh: {
      description: '跨系统的数据访问须有目录（无条件共享，经共享平台）或有效的共享答复为依据，不得触及不予共享数据',
      remediation: '在 sharing/ 中提交共享申请（或续期已过期的答复）；删除手工编写的访问对象。',
    },
  },
);
