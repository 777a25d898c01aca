// The edges of k8s-restore-test-monthly (policies/dr/restore-test.ts) that tests/policies/dr-restore-test.test.ts
// passes over: what makes a CronJob the monthly test (schedule spacing, args, both Velero words), which CronJob
// of a cluster counts when it has several, how a recovery Cluster is mounted and read, and what the policy
// judges (replica clusters, volumes beside a database, resources of no system). Each case changes one thing.
import { stringify } from 'yaml';
import { judgeStack, type PlannedResource } from '../../engine/policy-run';
import { RESTORE_TEST_LABEL } from '../../components/restore-test-spec';
import { cronJobProblem, k8sRestoreTestMonthly, recoveryProblem } from '../../policies/dr/restore-test';
import { planned } from './support';

const NS = 'bs-pollution-source';
const RESTORE = 'velero restore create --from-schedule envcloud-restore-test';
const labels = (tier = 'gold', system = true) => ({
  ...(system ? { 'envcloud.mee.gov.cn/system-number': '2', 'envcloud.mee.gov.cn/system': 's002-x' } : {}),
  'envcloud.mee.gov.cn/backup-tier': tier,
});
const store = { destinationPath: 's3://backups/cnpg/', endpointURL: 'https://s3.example', serverName: 'db' };

/** A restore-test CronJob's props: the monthly test, mounting `mounts` (ConfigMap names) in the velero namespace. */
const cronJob = (command: string[] = ['/tools/sh', '-c', RESTORE], mounts: string[] = ['db-restore-test']) => ({
  metadata: { name: 'envcloud-restore-test', namespace: 'velero', labels: { [RESTORE_TEST_LABEL]: 'true' } },
  spec: {
    schedule: '0 20 2 * *',
    concurrencyPolicy: 'Forbid',
    jobTemplate: {
      spec: {
        template: {
          spec: {
            containers: [{ name: 'restore', command }],
            volumes: mounts.map((name) => ({ name, configMap: { name } })),
          },
        },
      },
    },
  },
});
const recovery = (barmanObjectStore: Record<string, unknown> = store, kind = 'Cluster') => ({
  kind,
  metadata: { name: 'db-restore-test', namespace: NS },
  spec: { bootstrap: { recovery: { source: 'origin' } }, externalClusters: [{ name: 'origin', barmanObjectStore }] },
});
const live = (center = 'primary', extra: Record<string, unknown> = {}) =>
  planned(
    'kubernetes:postgresql.cnpg.io/v1:Cluster',
    `${center}-db`,
    {
      metadata: { name: 'db', namespace: NS, labels: labels() },
      spec: { backup: { barmanObjectStore: store } },
      ...extra,
    },
    { center: `${center}-k8s` },
  );
const job = (props: Record<string, unknown> = cronJob(), name = 'primary-job', center = 'primary') =>
  planned('kubernetes:batch/v1:CronJob', name, props, { center: `${center}-k8s` });
const configMap = (text: string = stringify(recovery()), namespace = 'velero') =>
  planned(
    'kubernetes:core/v1:ConfigMap',
    'primary-recovery',
    { metadata: { name: 'db-restore-test', namespace }, data: { 'db-restore-test.yaml': text } },
    { center: 'primary-k8s' },
  );
const happy = (): PlannedResource[] => [live(), job(), configMap()];
const messages = async (resources: PlannedResource[]) =>
  (await judgeStack(k8sRestoreTestMonthly, resources)).violations.map((violation) => violation.message);

describe('cronJobProblem', () => {
  it('passes the monthly test however its schedule is spaced, and its Velero words in args', () => {
    expect(cronJobProblem(cronJob())).toBeUndefined();
    const spaced = cronJob();
    spaced.spec.schedule = '  0   20 2\t* *  ';
    expect(cronJobProblem(spaced)).toBeUndefined();
    const inArgs = cronJob();
    Object.assign(inArgs.spec.jobTemplate.spec.template.spec.containers[0]!, { command: undefined, args: [RESTORE] });
    expect(cronJobProblem(inArgs)).toBeUndefined();
  });
  it('fails a schedule that is not a string, and names a CronJob without a name', () => {
    const numeric = { ...cronJob(), metadata: {}, spec: { ...cronJob().spec, schedule: 2 } };
    expect(cronJobProblem(numeric)).toMatch(/^restore-test CronJob \(unnamed\) runs at `2`/);
    expect(cronJobProblem({})).toContain('runs at `undefined`');
  });
  it('names the default concurrency policy, and asks for both Velero words', () => {
    const allow = cronJob();
    delete (allow.spec as { concurrencyPolicy?: string }).concurrencyPolicy;
    expect(cronJobProblem(allow)).toContain('concurrencyPolicy Allow');
    for (const command of [
      ['velero restore create --from-schedule other'],
      ['velero backup --from-schedule envcloud-restore-test'],
    ])
      expect(cronJobProblem(cronJob(command))).toContain('does not run `velero restore create');
    const noTemplate = { ...cronJob(), spec: { ...cronJob().spec, jobTemplate: undefined } };
    expect(cronJobProblem(noTemplate)).toContain('does not run');
    expect(cronJobProblem({ ...cronJob(), spec: { ...cronJob().spec, suspend: 'true' } })).toBeUndefined();
  });
});

describe('recoveryProblem', () => {
  const liveProps = { spec: { backup: { barmanObjectStore: store } } };
  it('passes a recovery reading the store its database writes', () => {
    expect(recoveryProblem(recovery(), liveProps)).toBeUndefined();
  });
  it('fails a recovery that is no Cluster, has no source of that name, or no barman store', () => {
    expect(recoveryProblem(recovery(store, 'Pooler'), liveProps)).toContain('does not bootstrap from a barman');
    const renamed = recovery();
    renamed.spec.externalClusters[0]!.name = 'elsewhere';
    expect(recoveryProblem(renamed, liveProps)).toContain('recovery Cluster db-restore-test does not bootstrap');
    expect(recoveryProblem({ kind: 'Cluster', spec: { bootstrap: { recovery: { source: 'origin' } } } }, {})).toContain(
      'recovery Cluster undefined does not bootstrap',
    );
  });
  it('names each field that differs, with the value written', () => {
    expect(recoveryProblem(recovery({ ...store, serverName: 'other' }), liveProps)).toMatch(
      /^recovery Cluster db-restore-test reads serverName other, .*\(db\)$/,
    );
    expect(recoveryProblem(recovery(), {})).toContain(
      'reads destinationPath s3://backups/cnpg/, endpointURL https://s3.example, serverName db, not the store',
    );
  });
});

describe('k8s-restore-test-monthly: which CronJob, which recovery, which data', () => {
  it('passes the compact happy stack', async () => {
    expect(await messages(happy())).toEqual([]);
  });
  it('counts a cluster as tested when any of its restore-test CronJobs is the monthly one, in either order', async () => {
    const bad = job({ ...cronJob(), spec: { ...cronJob().spec, suspend: true } }, 'primary-bad');
    expect(await messages([...happy(), bad])).toEqual([]);
    expect(await messages([bad, ...happy()])).toEqual([]);
    const worse = job({ ...cronJob(), spec: { ...cronJob().spec, concurrencyPolicy: 'Replace' } }, 'primary-worse');
    expect(await messages([live(), bad, worse])).toEqual([
      expect.stringMatching(/cluster primary-k8s: .*is suspended; .*concurrencyPolicy Replace/),
    ]);
  });
  it('ignores a CronJob not labelled as the restore test, and one of another cluster', async () => {
    const unlabelled = job({ ...cronJob(), metadata: { name: 'x', namespace: 'velero', labels: {} } });
    expect(await messages([live(), unlabelled, configMap()])).toEqual([
      expect.stringContaining('cluster primary-k8s has no restore-test CronJob'),
    ]);
    expect(await messages([live(), job(cronJob(), 'remote-job', 'remote'), configMap()])).toEqual([
      expect.stringContaining('cluster primary-k8s has no restore-test CronJob'),
    ]);
  });
  it('reads a recovery Cluster mounted through a projected volume, among other documents', async () => {
    const projected = cronJob(undefined, []);
    Object.assign(projected.spec.jobTemplate.spec.template.spec, {
      volumes: [{ name: 'all', projected: { sources: [{ secret: {} }, { configMap: { name: 'db-restore-test' } }] } }],
    });
    const text = `---\n---\n${stringify({ kind: 'Secret' })}---\n${stringify(recovery())}`;
    expect(await messages([live(), job(projected), configMap(text)])).toEqual([]);
  });
  it('does not read a ConfigMap of another namespace, or of a CronJob that fails', async () => {
    const unread = [expect.stringContaining('no restore-test CronJob mounts its recovery Cluster db-restore-test')];
    expect(await messages([live(), job(), configMap(undefined, 'other')])).toEqual(unread);
    const overlapping = job({ ...cronJob(), spec: { ...cronJob().spec, concurrencyPolicy: 'Allow' } });
    expect(await messages([live(), overlapping, configMap()])).toEqual([
      expect.stringMatching(/concurrencyPolicy Allow.*; database cluster db: no restore-test CronJob mounts/),
    ]);
  });
  it('finds the recovery only in the database’s namespace, and reports at the resource when no record names it', async () => {
    const moved = live('primary', {});
    (moved.props.metadata as { namespace: string }).namespace = 'other';
    const result = await judgeStack(k8sRestoreTestMonthly, [moved, job(), configMap()]);
    expect(result.violations).toEqual([
      {
        message: expect.stringMatching(/^system 2 \(s002-x\) keeps gold data .*recovery Cluster db-restore-test$/),
        urn: moved.urn,
      },
    ]);
  });
  it('asks only a cluster of a replica database for its CronJob, not for a recovery', async () => {
    const replica = live('remote', {});
    Object.assign(replica.props, { spec: { replica: { enabled: true, source: 'db' } } });
    expect(await messages([...happy(), replica])).toEqual([
      expect.stringMatching(/: cluster remote-k8s has no restore-test CronJob$/),
    ]);
  });
  it('judges volumes of the tier beside a database, not alone, and not data of no system', async () => {
    const volume = (tier: string) =>
      planned(
        'kubernetes:core/v1:PersistentVolumeClaim',
        `v-${tier}`,
        { metadata: { name: `v-${tier}`, labels: labels(tier) } },
        { center: 'remote-k8s' },
      );
    expect(await messages([...happy(), volume('gold'), volume('silver')])).toEqual([
      expect.stringMatching(/: cluster remote-k8s has no restore-test CronJob$/),
    ]);
    expect(await judgeStack(k8sRestoreTestMonthly, [volume('gold')])).toMatchObject({ applicable: false });
    const orphan = live('remote');
    (orphan.props.metadata as { labels: Record<string, string> }).labels = labels('gold', false);
    expect(await messages([...happy(), orphan])).toEqual([]);
  });
  it('names each problem of a system once', async () => {
    const volume = planned(
      'kubernetes:core/v1:PersistentVolumeClaim',
      'v',
      { metadata: { name: 'v', labels: labels() } },
      { center: 'primary-k8s' },
    );
    const [found, ...more] = await messages([live(), volume, configMap()]);
    expect(more).toEqual([]);
    expect(found).toMatch(
      /^system 2 \(s002-x\) .*: cluster primary-k8s has no restore-test CronJob; database cluster db: .*recovery Cluster db-restore-test$/,
    );
    expect(found!.split('has no restore-test CronJob')).toHaveLength(2);
  });
});
