import { parse } from 'yaml';
import {
  clusterFile,
  EMBEDDED_OBJECTS_LABEL,
  recoveryCluster,
  restoreTestCronJobSpec,
  restoreTestRules,
  restoreTestScript,
  restoreTestTargets,
  shellQuote,
  type RestoredDatabase,
} from '../../components/restore-test-spec';
import { checkCustomResource, checkKubernetesObject } from '../../engine/render';
import { podHardeningProblems } from '../../policies/mlps/kubernetes-workloads';
import { RESTORE_TEST } from '../../model/tiers';
import { clone, happyManifest } from '../support/manifests';

const CENTERS = [
  { name: 'primary', role: 'primary' as const },
  { name: 'same-city', role: 'same-city' as const },
  { name: 'remote', role: 'remote' as const },
];

/** The happy manifest in the gold tier, with a database. */
function gold(number = 2, slug = 's002-x') {
  const system = clone(happyManifest());
  system.metadata.number = number;
  system.metadata.slug = slug;
  system.spec.protection.backup = { tier: 'gold', rpoMinutes: 15, rtoMinutes: 60 };
  system.spec.placement!.database = { engine: 'postgresql', version: '16', sizeGiB: 50 };
  return system;
}

const DB: RestoredDatabase = {
  namespace: 'bs-pollution-source',
  cluster: 's002-x-db',
  scratch: 's002-x-db-restore-test',
};

describe('the monthly restore test, built without mocks (components/restore-test-spec.ts)', () => {
  it('restores the namespaces of the tier’s running systems, and their databases in the center they archive into', () => {
    const silver = clone(gold(3, 's003-y'));
    silver.spec.protection.backup = { tier: 'silver', rpoMinutes: 1440, rtoMinutes: 480 };
    const retired = clone(gold(4, 's004-z'));
    retired.spec.disposition = {
      ...retired.spec.disposition,
      outcome: 'decommission',
    } as typeof retired.spec.disposition;
    const systems = [gold(), silver, retired];
    const sameCity = restoreTestTargets(systems, CENTERS, CENTERS[1]!);
    expect(sameCity.namespaces).toEqual(['bs-pollution-source']);
    expect(sameCity.databases.map((entry) => entry.database)).toEqual([DB]);
    // Every cluster restores Velero's backup; only the same-city store holds the gold databases' archive.
    expect(restoreTestTargets(systems, CENTERS, CENTERS[0]!)).toEqual({
      namespaces: ['bs-pollution-source'],
      databases: [],
    });
    expect(restoreTestTargets([silver], CENTERS, CENTERS[1]!)).toEqual({ namespaces: [], databases: [] });
  });

  it('renders a recovery Cluster the vendored CloudNativePG CRD accepts, reading the same-city store, never writing to it', () => {
    const cluster = recoveryCluster(gold(), DB, CENTERS[1]!, 'registry.example');
    expect(checkCustomResource(cluster as never)).toEqual([]);
    const spec = cluster.spec as Record<string, any>;
    expect(spec).toMatchObject({
      instances: 1,
      imageName: 'registry.example/cloudnative-pg/postgresql:16',
      storage: { size: '50Gi', storageClass: 'envcloud-gold' },
      bootstrap: { recovery: { source: 'origin', database: 'app', owner: 'app' } },
      externalClusters: [
        {
          name: 'origin',
          barmanObjectStore: {
            destinationPath: 's3://envcloud-backups-same-city/cnpg/',
            endpointURL: 'https://s3.same-city.envcloud.mee.gov.cn',
            serverName: 's002-x-db',
          },
        },
      ],
    });
    expect(spec.backup).toBeUndefined();
    // In the ConfigMap the job mounts, the offline preview checks each Cluster: a broken one fails there.
    const configMap = (object: unknown) => ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: DB.scratch, namespace: 'velero', labels: { [EMBEDDED_OBJECTS_LABEL]: 'true' } },
      data: { [clusterFile(DB)]: JSON.stringify(object) },
    });
    expect(checkKubernetesObject(configMap(cluster))).toEqual([]);
    const broken = clone(cluster) as { spec: Record<string, unknown> };
    broken.spec.instances = 'one';
    expect(checkKubernetesObject(configMap(broken))).toEqual([
      expect.stringMatching(/^data\.s002-x-db-restore-test\.yaml: .*\/spec\/instances must be integer/),
    ]);
  });

  it('writes the script: Velero restore from the schedule, Completed or fail, then each database recovered, queried, deleted', () => {
    expect(restoreTestScript(['bs-pollution-source', 'pool-central'], [DB])).toBe(
      [
        'set -eu',
        'cleanup() {',
        "  kubectl delete namespace 'bs-pollution-source-restore-test' 'pool-central-restore-test' --ignore-not-found",
        "  kubectl -n 'bs-pollution-source' delete --ignore-not-found cluster.postgresql.cnpg.io 's002-x-db-restore-test'",
        '  :',
        '}',
        'trap cleanup EXIT',
        "trap 'exit 143' TERM INT",
        'cleanup',
        'read -r month < /tools/month',
        'restore="restore-test-$month"',
        'kubectl -n velero delete restore.velero.io "$restore" --ignore-not-found',
        `/velero restore create "$restore" --namespace velero --from-schedule envcloud-restore-test --include-namespaces 'bs-pollution-source,pool-central' --namespace-mappings 'bs-pollution-source:bs-pollution-source-restore-test,pool-central:pool-central-restore-test' --exclude-resources clusters.postgresql.cnpg.io,scheduledbackups.postgresql.cnpg.io,backups.postgresql.cnpg.io --selector '!cnpg.io/cluster' --wait`,
        `phase=$(kubectl -n velero get restore.velero.io "$restore" -o 'jsonpath={.status.phase}')`,
        '[ "$phase" = Completed ] || { echo "Velero restore $restore is $phase, not Completed" >&2; exit 1; }',
        "kubectl delete namespace 'bs-pollution-source-restore-test' 'pool-central-restore-test'",
        "kubectl create -f '/restore-test/s002-x-db-restore-test.yaml'",
        "kubectl -n 'bs-pollution-source' wait cluster.postgresql.cnpg.io/s002-x-db-restore-test --for=condition=Ready --timeout=3600s",
        "kubectl -n 'bs-pollution-source' exec 's002-x-db-restore-test-1' -c postgres -- psql -d app -v ON_ERROR_STOP=1 -Atc 'SELECT count(*) FROM pg_catalog.pg_class'",
        "kubectl -n 'bs-pollution-source' delete cluster.postgresql.cnpg.io 's002-x-db-restore-test'",
        '',
      ].join('\n'),
    );
    // A center with no database to recover runs the Velero part only.
    const veleroOnly = restoreTestScript(['pool-central'], []);
    expect(veleroOnly).toContain('/velero restore create');
    expect(veleroOnly).not.toMatch(/kubectl create|psql/);
  });

  it('quotes every name for the shell, so a quote in one cannot end the word', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(restoreTestScript(["a';rm -rf /;'"], [])).toContain(`'a'\\'';rm -rf /;'\\''-restore-test'`);
  });

  it('carries no secret: names only, no key, password or token in its args or environment', () => {
    const spec = restoreTestCronJobSpec(restoreTestScript(['pool-central'], [DB]), 'registry.example', [DB]);
    const text = JSON.stringify(spec);
    expect(text).not.toMatch(/secretKeyRef|envFrom|password|token|ACCESS_KEY|SECRET_KEY/i);
    const pod = (spec.jobTemplate as any).spec.template.spec;
    expect(pod.containers[0].env).toEqual([
      { name: 'PATH', value: '/tools' },
      { name: 'HOME', value: '/tools' },
    ]);
  });

  it('runs monthly after the backup, one run at a time, within twice the RTO, hardened, on the central pool, from the registry', () => {
    const spec = restoreTestCronJobSpec('true', 'registry.example', [DB]) as any;
    expect(spec).toMatchObject({
      schedule: RESTORE_TEST.restoreCron,
      concurrencyPolicy: 'Forbid',
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: { spec: { backoffLimit: 1, activeDeadlineSeconds: 2 * 3600 } },
    });
    expect(RESTORE_TEST.backupCron).toBe('0 20 1 * *');
    expect(RESTORE_TEST.restoreCron).toBe('0 20 2 * *');
    const pod = spec.jobTemplate.spec.template.spec;
    expect(pod.nodeSelector).toEqual({ 'envcloud.mee.gov.cn/pool': 'central' });
    expect([...pod.initContainers, ...pod.containers].map((container: { image: string }) => container.image)).toEqual([
      'registry.example/bitnami/kubectl:1.31.4',
      'registry.example/velero/velero:v1.16.0',
    ]);
    expect(podHardeningProblems(pod)).toEqual([]);
    expect(
      checkKubernetesObject({
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'envcloud-restore-test' },
        spec,
      }),
    ).toEqual([]);
    expect(parse(JSON.stringify(pod.volumes))).toEqual([
      { name: 'tools', emptyDir: { sizeLimit: '256Mi' } },
      { name: 'clusters', projected: { sources: [{ configMap: { name: 's002-x-db-restore-test' } }] } },
    ]);
  });

  it('grants only what the job does: Restores in velero, the scratch namespaces by name, each recovery Cluster and its pod by name', () => {
    const rules = restoreTestRules(['pool-central'], [DB]);
    expect(rules.velero).toEqual([
      { apiGroups: ['velero.io'], resources: ['restores'], verbs: ['create', 'get', 'list', 'watch', 'delete'] },
      { apiGroups: ['velero.io'], resources: ['backups'], verbs: ['get', 'list'] },
    ]);
    expect(rules.cluster).toEqual([
      {
        apiGroups: [''],
        resources: ['namespaces'],
        resourceNames: ['pool-central-restore-test'],
        verbs: ['get', 'list', 'watch', 'delete'],
      },
    ]);
    expect(Object.keys(rules.byNamespace)).toEqual(['bs-pollution-source']);
    const named = rules.byNamespace['bs-pollution-source']!.filter((rule) => rule.resourceNames);
    expect(named.map((rule) => [rule.resources, rule.resourceNames])).toEqual([
      [['clusters'], ['s002-x-db-restore-test']],
      [['pods'], ['s002-x-db-restore-test-1']],
      [['pods/exec'], ['s002-x-db-restore-test-1']],
    ]);
    // Kubernetes cannot limit `create` by name: the one unnamed rule creates Clusters, nothing else.
    expect(rules.byNamespace['bs-pollution-source']!.filter((rule) => !rule.resourceNames)).toEqual([
      { apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'], verbs: ['create'] },
    ]);
  });
});
