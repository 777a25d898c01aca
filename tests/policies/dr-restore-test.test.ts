import { stringify } from 'yaml';
import { judgeStack, type PlannedResource } from '../../engine/policy-run';
import { barmanStore } from '../../components/onprem-system-data';
import {
  recoveryCluster,
  RESTORE_TEST_LABEL,
  restoreTestCronJobSpec,
  restoreTestScript,
  type RestoredDatabase,
} from '../../components/restore-test-spec';
import { k8sRestoreTestMonthly } from '../../policies/dr/restore-test';
import { isUnknownValue, JUDGED_EVERYTHING_KNOWN } from '../../policies/unknowns';
import { recordResource } from '../audit/support';
import { clone, happyManifest } from '../support/manifests';
import { planned, unknownProxy as proxy } from './support';

const CENTERS = ['primary', 'same-city', 'remote'] as const;
const NAMESPACE = 'bs-pollution-source';
const DB: RestoredDatabase = { namespace: NAMESPACE, cluster: 's002-x-db', scratch: 's002-x-db-restore-test' };
const labels = {
  'envcloud.mee.gov.cn/system-number': '2',
  'envcloud.mee.gov.cn/system': 's002-x',
  'envcloud.mee.gov.cn/backup-tier': 'gold',
};

function gold() {
  const system = clone(happyManifest());
  system.metadata.number = 2;
  system.metadata.slug = 's002-x';
  system.spec.protection.backup = { tier: 'gold', rpoMinutes: 15, rtoMinutes: 60 };
  system.spec.placement!.database = { engine: 'postgresql', version: '16', sizeGiB: 50 };
  return system;
}

/** A gold database archiving into the same-city store, its replica clusters, and each cluster's restore test as OnpremRestoreTest builds it. */
function happy(): PlannedResource[] {
  const live = planned(
    'kubernetes:postgresql.cnpg.io/v1:Cluster',
    's002-x-db',
    {
      metadata: { name: 's002-x-db', namespace: NAMESPACE, labels },
      spec: { backup: { barmanObjectStore: barmanStore('same-city', 's002-x-db') } },
    },
    { center: 'primary-k8s' },
  );
  const replicas = (['same-city', 'remote'] as const).map((center) =>
    planned(
      'kubernetes:postgresql.cnpg.io/v1:Cluster',
      `s002-x-db-${center}`,
      {
        metadata: { name: `s002-x-db-${center}`, namespace: NAMESPACE, labels },
        spec: { replica: { enabled: true, source: 's002-x-db' } },
      },
      { center: `${center}-k8s` },
    ),
  );
  const jobs = CENTERS.map((center) => {
    const databases = center === 'same-city' ? [DB] : [];
    return planned(
      'kubernetes:batch/v1:CronJob',
      `${center}-data-restore-test-job`,
      {
        metadata: { name: 'envcloud-restore-test', namespace: 'velero', labels: { [RESTORE_TEST_LABEL]: 'true' } },
        spec: restoreTestCronJobSpec(restoreTestScript([NAMESPACE], databases), 'registry.example', databases),
      },
      { center: `${center}-k8s` },
    );
  });
  const clusters = planned(
    'kubernetes:core/v1:ConfigMap',
    'same-city-data-restore-test-s002-x-db-restore-test',
    {
      metadata: { name: DB.scratch, namespace: 'velero', labels: { [RESTORE_TEST_LABEL]: 'true' } },
      data: {
        [`${DB.scratch}.yaml`]: stringify(recoveryCluster(gold(), DB, { name: 'same-city', role: 'same-city' })),
      },
    },
    { center: 'same-city-k8s' },
  );
  return [recordResource(gold()), live, ...replicas, ...jobs, clusters];
}

const messages = async (resources: PlannedResource[]) =>
  (await judgeStack(k8sRestoreTestMonthly, resources)).violations.map((violation) => violation.message);
const edit = (resources: PlannedResource[], name: string, change: (props: Record<string, any>) => void) =>
  resources.map((resource) => {
    if (resource.name !== name) return resource;
    const props = structuredClone(resource.props) as Record<string, any>;
    change(props);
    return { ...resource, props };
  });
const without = (resources: PlannedResource[], name: string) => resources.filter((resource) => resource.name !== name);
const PREFIX = 'system 2 (s002-x) keeps gold data that no monthly restore test restores: ';

describe('k8s-restore-test-monthly', () => {
  it('passes a gold database whose three clusters each run the monthly test, its recovery Cluster reading its store', async () => {
    expect(await messages(happy())).toEqual([]);
  });

  it('fails the system, at its record, when a cluster holding its data has no restore-test CronJob', async () => {
    const result = await judgeStack(k8sRestoreTestMonthly, without(happy(), 'remote-data-restore-test-job'));
    expect(result.violations).toEqual([
      { message: `${PREFIX}cluster remote-k8s has no restore-test CronJob`, urn: recordResource(gold()).urn },
    ]);
  });

  it('fails a CronJob that is not the monthly test: another schedule, suspended, overlapping, or no Velero restore', async () => {
    const job = 'primary-data-restore-test-job';
    expect(await messages(edit(happy(), job, (props) => (props.spec.schedule = '0 20 * * *')))).toEqual([
      `${PREFIX}cluster primary-k8s: restore-test CronJob envcloud-restore-test runs at \`0 20 * * *\`, not monthly at \`0 20 2 * *\``,
    ]);
    expect(await messages(edit(happy(), job, (props) => (props.spec.suspend = true)))).toEqual([
      `${PREFIX}cluster primary-k8s: restore-test CronJob envcloud-restore-test is suspended`,
    ]);
    expect(await messages(edit(happy(), job, (props) => (props.spec.concurrencyPolicy = 'Allow')))).toEqual([
      `${PREFIX}cluster primary-k8s: restore-test CronJob envcloud-restore-test lets runs overlap (concurrencyPolicy Allow, not Forbid)`,
    ]);
    const noRestore = edit(happy(), job, (props) => {
      props.spec.jobTemplate.spec.template.spec.containers[0].command = ['/tools/sh', '-c', 'true'];
    });
    expect(await messages(noRestore)).toEqual([
      `${PREFIX}cluster primary-k8s: restore-test CronJob envcloud-restore-test does not run \`velero restore create … --from-schedule envcloud-restore-test\``,
    ]);
  });

  it('fails a gold database whose recovery Cluster no CronJob mounts, or is gone', async () => {
    const expected = [
      `${PREFIX}database cluster s002-x-db: no restore-test CronJob mounts its recovery Cluster s002-x-db-restore-test`,
    ];
    expect(await messages(without(happy(), 'same-city-data-restore-test-s002-x-db-restore-test'))).toEqual(expected);
    const unmounted = edit(happy(), 'same-city-data-restore-test-job', (props) => {
      props.spec.jobTemplate.spec.template.spec.volumes = [{ name: 'tools', emptyDir: {} }];
    });
    expect(await messages(unmounted)).toEqual(expected);
  });

  it('fails a recovery Cluster that reads another store than the one its database archives into', async () => {
    const elsewhere = edit(happy(), 'same-city-data-restore-test-s002-x-db-restore-test', (props) => {
      const cluster = recoveryCluster(gold(), DB, { name: 'remote', role: 'remote' });
      props.data[`${DB.scratch}.yaml`] = stringify(cluster);
    });
    expect(await messages(elsewhere)).toEqual([
      `${PREFIX}database cluster s002-x-db: recovery Cluster s002-x-db-restore-test reads destinationPath s3://envcloud-backups-remote/cnpg/, endpointURL https://s3.remote.envcloud.mee.gov.cn, not the store its database archives into (s3://envcloud-backups-same-city/cnpg/, https://s3.same-city.envcloud.mee.gov.cn)`,
    ]);
  });

  it('does not apply when there is nothing to test: no gold database or bucket on a cluster (an AWS stack, a silver one)', async () => {
    const silver = happy().map(
      (resource) =>
        edit([resource], resource.name, (props) => {
          if (props.metadata?.labels?.['envcloud.mee.gov.cn/backup-tier'])
            props.metadata.labels['envcloud.mee.gov.cn/backup-tier'] = 'silver';
        })[0]!,
    );
    expect(await judgeStack(k8sRestoreTestMonthly, silver)).toMatchObject({
      applicable: false,
      reason: expect.stringContaining('nothing to judge: the stack has no gold database or bucket on a cluster'),
    });
    const aws = planned('aws:rds/instance:Instance', 's002-db', { tags: { 'envcloud:backup-tier': 'gold' } });
    expect(await judgeStack(k8sRestoreTestMonthly, [recordResource(gold()), aws])).toMatchObject({ applicable: false });
  });

  it('leaves a CronJob whose schedule is not known yet open, never failing or passing the system on it', async () => {
    const resources = happy().map((resource) =>
      resource.name === 'primary-data-restore-test-job'
        ? {
            ...resource,
            props: proxy.unknownCheckingProxy({
              ...resource.props,
              spec: { ...(resource.props.spec as object), schedule: proxy.unknownStringValue },
            }),
          }
        : resource,
    );
    const error = await judgeStack(k8sRestoreTestMonthly, resources).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(isUnknownValue(error)).toBe(true);
    expect((error as Error).message).toBe(
      `${JUDGED_EVERYTHING_KNOWN}: CronJob primary-data-restore-test-job (.spec.schedule); cluster primary-k8s (a restore-test object of cluster primary-k8s is not known yet)`,
    );
  });
});
