// The monthly restore test judged (#12; AWS's restore-testing plan): on the ministry's own clusters, every
// cluster holding data of the restore test's tier runs the monthly restore-test CronJob (a Velero restore of
// the restore-test Schedule's backup), and each of the tier's databases has its recovery Cluster in a ConfigMap
// that CronJob mounts, reading the very barman store the database archives into.
import type { PolicyResource, StackValidationPolicy } from '@pulumi/policy';
import { parseAllDocuments } from 'yaml';
import { label, labelsOf, systemOf } from '../../components/resource-facts';
import { RESTORE_TEST_LABEL, RESTORE_TEST_NAME, SCRATCH_SUFFIX } from '../../components/restore-test-spec';
import { BACKUP_TIER_LABEL, RESTORE_TEST } from '../../model/tiers';
import { ofType, providerOf } from '../cluster';
import { definePolicy } from '../meta';
import { recordOf, systemName } from '../seed/records';
import { judgeAll, type PreviewGaps } from '../unknowns';
import { BUCKET_CLAIM_TYPE, CLAIM_TYPE, isReplicaCluster, PG_CLUSTER_TYPE } from './declared-data';
import { msg, t } from '../../document/i18n';

export const CRON_JOB_TYPE = 'kubernetes:batch/v1:CronJob';
const CONFIG_MAP_TYPE = 'kubernetes:core/v1:ConfigMap';
/** What the policy judges: the tier's databases and buckets, which only kubeconfig stacks hold on clusters. */
const JUDGED_TYPES = [PG_CLUSTER_TYPE, BUCKET_CLAIM_TYPE];
/** The resources that hold a system's data on a cluster: with those, its volumes. */
const HOLDING_TYPES = [...JUDGED_TYPES, CLAIM_TYPE];
const TIER_ZH: Readonly<Record<string, string>> = { gold: '金级', silver: '银级', bronze: '铜级' };

/** A cluster as messages name it: its provider's name (`same-city-k8s`). */
function clusterName(provider: string): string {
  return provider.split('::').pop() ?? provider;
}

/** Why a CronJob labelled as the restore test is not the monthly one, or undefined. */
export function cronJobProblem(props: Record<string, any>): string | undefined {
  const spec = props.spec ?? {};
  const name = props.metadata?.name == null ? msg('policy.part.unnamed') : String(props.metadata.name);
  if (spec.suspend === true) return t('en', 'policy.finding.k8s-restore-test-monthly.suspended', { name });
  const cron = typeof spec.schedule === 'string' ? spec.schedule.trim().replace(/\s+/g, ' ') : spec.schedule;
  if (cron !== RESTORE_TEST.restoreCron)
    return t('en', 'policy.finding.k8s-restore-test-monthly.cron', {
      name,
      schedule: String(spec.schedule),
      cron: RESTORE_TEST.restoreCron,
    });
  if (spec.concurrencyPolicy !== 'Forbid')
    return t('en', 'policy.finding.k8s-restore-test-monthly.overlap', {
      name,
      policy: String(spec.concurrencyPolicy ?? 'Allow'),
    });
  const pod = spec.jobTemplate?.spec?.template?.spec ?? {};
  const commands = ((pod.containers ?? []) as { command?: string[]; args?: string[] }[])
    .flatMap((container) => [...(container.command ?? []), ...(container.args ?? [])])
    .join('\n');
  if (!commands.includes('velero restore create') || !commands.includes(`--from-schedule ${RESTORE_TEST_NAME}`))
    return t('en', 'policy.finding.k8s-restore-test-monthly.command', { name, schedule: RESTORE_TEST_NAME });
  return undefined;
}

/** The barman store fields a recovery must read as its database writes them. */
const STORE_FIELDS = ['destinationPath', 'endpointURL', 'serverName'] as const;

/** Why a recovery Cluster does not restore `live` from the store it archives into, or undefined. */
export function recoveryProblem(recovery: Record<string, any>, live: Record<string, any>): string | undefined {
  const name = String(recovery.metadata?.name);
  const source = recovery.spec?.bootstrap?.recovery?.source;
  const origin = ((recovery.spec?.externalClusters ?? []) as Record<string, any>[]).find(
    (external) => external.name === source,
  );
  if (recovery.kind !== 'Cluster' || !origin?.barmanObjectStore)
    return t('en', 'policy.finding.k8s-restore-test-monthly.no-bootstrap', { name });
  const written = live.spec?.backup?.barmanObjectStore ?? {};
  const differs = STORE_FIELDS.filter((field) => origin.barmanObjectStore[field] !== written[field]);
  if (differs.length > 0)
    return t('en', 'policy.finding.k8s-restore-test-monthly.other-store', {
      name,
      read: differs.map((field) => `${field} ${origin.barmanObjectStore[field]}`).join(', '),
      written: differs.map((field) => String(written[field])).join(', '),
    });
  return undefined;
}

/** The restore tests of a stack: per cluster, its CronJobs' problems (none: it has a monthly one) and the recovery Clusters they mount. */
class RestoreTests {
  /** provider → problems of its restore-test CronJobs; an empty list means one of them is the monthly test. */
  private readonly jobs = new Map<string, string[]>();
  /** `provider|namespace|name` of a recovery Cluster a passing CronJob mounts → the Cluster. */
  private readonly recoveries = new Map<string, Record<string, any>>();
  /** Providers with a CronJob or ConfigMap an unknown value left unjudged. */
  private readonly open = new Set<string>();

  constructor(
    resources: readonly PolicyResource[],
    private readonly gaps: PreviewGaps,
  ) {
    const mounted = new Set<string>();
    const judged = (resource: PolicyResource, kind: string, judgement: () => void) => {
      let settled = false;
      gaps.judge(`${kind} ${resource.name}`, () => {
        judgement();
        settled = true;
      });
      if (!settled) this.open.add(providerOf(resource));
    };

    for (const job of ofType(resources, CRON_JOB_TYPE)) {
      judged(job, 'CronJob', () => {
        if (labelsOf(job.props)[RESTORE_TEST_LABEL] !== 'true') return;
        const provider = providerOf(job);
        const problem = cronJobProblem(job.props);
        const problems = this.jobs.get(provider) ?? [];
        if (problems.length > 0 || !this.jobs.has(provider))
          this.jobs.set(provider, problem ? [...problems, problem] : []);
        if (problem) return;
        const pod = job.props.spec?.jobTemplate?.spec?.template?.spec ?? {};
        type Source = { configMap?: { name?: string } };
        for (const volume of (pod.volumes ?? []) as (Source & { projected?: { sources?: Source[] } })[])
          for (const source of [volume, ...(volume.projected?.sources ?? [])])
            if (source.configMap?.name)
              mounted.add(`${provider}|${job.props.metadata?.namespace}|${source.configMap.name}`);
      });
    }
    for (const map of ofType(resources, CONFIG_MAP_TYPE)) {
      judged(map, 'ConfigMap', () => {
        const provider = providerOf(map);
        if (!mounted.has(`${provider}|${map.props.metadata?.namespace}|${map.props.metadata?.name}`)) return;
        for (const text of Object.values((map.props.data ?? {}) as Record<string, string>))
          for (const document of parseAllDocuments(text)) {
            const object = document.toJS() as Record<string, any> | null;
            if (object?.metadata?.name)
              this.recoveries.set(`${provider}|${object.metadata.namespace}|${object.metadata.name}`, object);
          }
      });
    }
  }

  /** Whether a cluster's problem waits for values not known yet (then it is left open, not reported). */
  private leftOpen(provider: string, subject: string): boolean {
    return (
      this.open.has(provider) &&
      this.gaps.leaveOpen(subject, `a restore-test object of cluster ${clusterName(provider)} is not known yet`)
    );
  }

  /** Why `provider`'s cluster has no monthly restore test, or undefined. */
  clusterProblem(provider: string): string | undefined {
    if (this.jobs.get(provider)?.length !== 0 && this.leftOpen(provider, `cluster ${clusterName(provider)}`))
      return undefined;
    const problems = this.jobs.get(provider);
    const name = clusterName(provider);
    if (!problems) return t('en', 'policy.finding.k8s-restore-test-monthly.no-job', { name });
    return problems.length > 0
      ? t('en', 'policy.finding.k8s-restore-test-monthly.cluster', { name, problems: problems.join('; ') })
      : undefined;
  }

  /** Why a database cluster of the tier is not restored monthly, or undefined. */
  databaseProblem(live: PolicyResource): string | undefined {
    const namespace = live.props.metadata?.namespace;
    const scratch = `${live.props.metadata?.name}${SCRATCH_SUFFIX}`;
    const found = [...this.recoveries.entries()].find(([key]) => key.endsWith(`|${namespace}|${scratch}`));
    if (!found && [...this.open].some((provider) => this.leftOpen(provider, `recovery Cluster ${scratch}`)))
      return undefined;
    const name = String(live.props.metadata?.name);
    if (!found) return t('en', 'policy.finding.k8s-restore-test-monthly.unmounted', { name, recovery: scratch });
    const problem = recoveryProblem(found[1], live.props);
    return problem ? t('en', 'policy.finding.k8s-restore-test-monthly.database', { name, problem }) : undefined;
  }
}

/** Whether a resource is data of the restore test's tier held on a cluster. */
function heldInTier(resource: { type: string; props: Record<string, any> }): boolean {
  return HOLDING_TYPES.includes(resource.type) && label(resource.props, BACKUP_TIER_LABEL) === RESTORE_TEST.tier;
}

export const k8sRestoreTestMonthly = definePolicy<StackValidationPolicy>(
  {
    name: 'k8s-restore-test-monthly',
    validateStack: (args, reportViolation) =>
      judgeAll((gaps) => {
        const tests = new RestoreTests(args.resources, gaps);
        // Volumes count only beside the tier's databases or buckets on clusters: an AWS stack's volumes are AWS Backup's.
        const onClusters = args.resources.some((resource) => JUDGED_TYPES.includes(resource.type));
        const records = new Map<number, PolicyResource>();
        const problems = new Map<number, { resource: PolicyResource; slug: string; problems: Set<string> }>();
        for (const resource of args.resources) {
          gaps.judge(resource.name, () => {
            const record = recordOf(resource);
            if (record) records.set(record.number, resource);
            if (!onClusters || !heldInTier(resource)) return;
            const system = systemOf(resource.props);
            if (!system) return;
            const found = [
              tests.clusterProblem(providerOf(resource)),
              ...(resource.type === PG_CLUSTER_TYPE && !isReplicaCluster(resource.props)
                ? [tests.databaseProblem(resource)]
                : []),
            ].filter((problem): problem is string => problem !== undefined);
            if (found.length === 0) return;
            const entry = problems.get(system.number) ?? { resource, slug: system.slug, problems: new Set<string>() };
            for (const problem of found) entry.problems.add(problem);
            problems.set(system.number, entry);
          });
        }
        for (const [number, entry] of problems)
          reportViolation(
            t('en', 'policy.finding.k8s-restore-test-monthly.system', {
              system: systemName({ number, slug: entry.slug }),
              tier: RESTORE_TEST.tier,
              problems: [...entry.problems].join('; '),
            }),
            (records.get(number) ?? entry.resource).urn,
          );
      }),
  },
  {
    severity: 'high',
    judges: {
      types: JUDGED_TYPES,
      where: heldInTier,
      what: `${RESTORE_TEST.tier} database or bucket on a cluster (CloudNativePG Cluster, ObjectBucketClaim)`,
    },
    manifestField: ['spec', 'protection', 'backup'],
    stackConfigKey: 'envcloud:centers',
    clause:
      'GB/T 22239-2019 8.1.4.9 (数据备份恢复: 提供重要数据的本地数据备份与恢复功能); Plan §三(三).9 (“两地三中心”)',
    en: {
      description: `Every cluster holding ${RESTORE_TEST.tier} data restores it monthly: a restore-test CronJob restores Velero's backup, and each database's recovery Cluster reads the store it archives into`,
      remediation:
        'Give OnpremCenterData the stack’s systems (stacks/platform.ts does), which builds each cluster’s restore-test CronJob and the recovery Clusters of its gold databases; do not suspend or reschedule it.',
    },
    zh: {
      description: `所有存放${TIER_ZH[RESTORE_TEST.tier]}数据的集群每月须做恢复测试：由恢复测试 CronJob 还原 Velero 备份，每个数据库的恢复集群须读取其归档所在的对象存储`,
      remediation:
        '向 OnpremCenterData 传入栈中的系统（stacks/platform.ts 已如此），由其为每个集群生成恢复测试 CronJob 及金级数据库的恢复集群；不得暂停或改动其调度。',
    },
  },
);
