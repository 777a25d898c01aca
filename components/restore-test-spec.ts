// The monthly restore test on the ministry's own clusters (issue #12; AWS's restore-testing plan), through the
// engines' own mechanisms: a Velero Restore of the restore-test Schedule's latest backup into scratch
// namespaces, and a CloudNativePG recovery Cluster of each gold database bootstrapped from its barman store.
// A CronJob runs both each month; the recovery Clusters are rendered here into a ConfigMap it mounts, so the
// offline preview checks them against the vendored CRD. They are scratch copies the job makes and deletes,
// never stack resources: the data guards do not see them.
import type * as k8s from '@pulumi/kubernetes';
import { DATABASE_INSTANCE } from '../model/databases';
import { DISPOSITIONS } from '../model/dispositions';
import type { SystemMigration } from '../model/domain';
import { KUBECTL_IMAGE, OPERATORS } from '../model/operators';
import { poolScheduling } from '../model/pools';
import { DEFAULT_APPROVED_REGISTRY } from '../model/registry';
import { RESTORE_TEST, storageClassOf, TIER_NEEDS, TIER_TARGETS } from '../model/tiers';
import { LABEL_PREFIX } from './labels';
import { systemNamespace } from './migrated-system';
import type { DataCenter } from './onprem-center-data';
import { BACKUP_BUCKET, OBJECT_CA_SECRET, OBJECT_CREDENTIALS, objectEndpoint, VELERO_NAMESPACE } from './onprem-naming';
import { childName } from './system-options';
import { systemScheduling } from './workload-spec';
import { RESTORE_TEST_SUFFIX } from '../model/k8s-names';

/** Name of the restore-test Velero Schedule (OnpremCenterData), its CronJob, ServiceAccount and roles. */
export const RESTORE_TEST_NAME = 'envcloud-restore-test';
/** Label of the restore test's objects, which the policy `k8s-restore-test-monthly` looks for. */
export const RESTORE_TEST_LABEL = `${LABEL_PREFIX}/restore-test`;
/** Label of a ConfigMap whose values are Kubernetes objects: the offline preview checks each one (engine/render.ts). */
export const EMBEDDED_OBJECTS_LABEL = `${LABEL_PREFIX}/embedded-objects`;
/** Suffix of each scratch copy: namespaces `<ns>-restore-test`, recovery Clusters `<cluster>-restore-test`. */
export const SCRATCH_SUFFIX = RESTORE_TEST_SUFFIX;
/** Where the CronJob mounts the ConfigMap, and the tools copied from the kubectl image. */
const CLUSTERS_DIR = '/restore-test';
const TOOLS_DIR = '/tools';

/** A gold database restored in a center: its system's namespace, the live cluster and the recovery Cluster. */
export interface RestoredDatabase {
  namespace: string;
  cluster: string;
  scratch: string;
}

/** What a center's restore test restores: the namespaces of the tier's systems, and the databases whose barman store is this center's. */
export interface RestoreTestTargets {
  namespaces: string[];
  databases: { manifest: SystemMigration; database: RestoredDatabase }[];
}

/** Running systems of the restore test's tier (those with a placement, deployed by MigratedSystem), and those of their databases archived in `center`. */
export function restoreTestTargets(
  systems: readonly SystemMigration[],
  centers: readonly DataCenter[],
  center: DataCenter,
): RestoreTestTargets {
  const tested = systems.filter(
    (manifest) =>
      manifest.spec.protection.backup.tier === RESTORE_TEST.tier &&
      manifest.spec.placement !== undefined &&
      DISPOSITIONS[manifest.spec.disposition.outcome].component === 'migrated-system',
  );
  const databases = tested
    .filter((manifest) => manifest.spec.placement?.database && archiveCenter(centers)?.name === center.name)
    .map((manifest) => {
      const cluster = childName(manifest, 'db');
      return {
        manifest,
        database: { namespace: systemNamespace(manifest), cluster, scratch: cluster + SCRATCH_SUFFIX },
      };
    });
  return { namespaces: [...new Set(tested.map(systemNamespace))].sort(), databases };
}

/** The center whose object store a database of the tier archives into: the first the tier copies to (as OnpremSystemData's layout). */
export function archiveCenter(centers: readonly DataCenter[]): DataCenter | undefined {
  return TIER_NEEDS[RESTORE_TEST.tier].centers.flatMap((role) => centers.filter((center) => center.role === role))[0];
}

/**
 * Where a recovery reads a cluster's base backups and WAL: the barman store OnpremSystemData archives it into
 * (`k8s-restore-test-monthly` holds each recovery Cluster to its live cluster's store).
 */
export function recoverySource(center: string, serverName: string): Record<string, unknown> {
  return {
    destinationPath: `s3://${BACKUP_BUCKET}-${center}/cnpg/`,
    endpointURL: objectEndpoint(center),
    endpointCA: { name: OBJECT_CA_SECRET, key: 'ca.crt' },
    serverName,
    s3Credentials: {
      accessKeyId: { name: OBJECT_CREDENTIALS, key: 'ACCESS_KEY_ID' },
      secretAccessKey: { name: OBJECT_CREDENTIALS, key: 'ACCESS_SECRET_KEY' },
    },
  };
}

/**
 * The recovery Cluster of a gold database (README: the monthly restore test): one instance with the system's
 * image, class, size and pool, bootstrapped (`bootstrap.recovery`) from the base backups and WAL its cluster
 * archives in `archive`'s object store. It has no backup section: a scratch copy never writes into the store.
 */
export function recoveryCluster(
  manifest: SystemMigration,
  database: RestoredDatabase,
  archive: DataCenter,
  registry: string = DEFAULT_APPROVED_REGISTRY,
): Record<string, unknown> {
  const { sizeGiB, version } = manifest.spec.placement!.database!;
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: {
      name: database.scratch,
      namespace: database.namespace,
      labels: { 'app.kubernetes.io/managed-by': 'envcloud', [RESTORE_TEST_LABEL]: 'true' },
    },
    spec: {
      instances: 1,
      imageName: `${registry}/cloudnative-pg/postgresql:${version ?? '16'}`,
      enableSuperuserAccess: false,
      storage: { size: `${sizeGiB}Gi`, storageClass: storageClassOf(RESTORE_TEST.tier) },
      resources: {
        requests: { cpu: DATABASE_INSTANCE.cpu, memory: DATABASE_INSTANCE.memory },
        limits: { cpu: DATABASE_INSTANCE.cpuLimit, memory: DATABASE_INSTANCE.memoryLimit },
      },
      affinity: systemScheduling(manifest),
      postgresql: { pg_hba: ['hostnossl all all all reject', 'hostssl all all all scram-sha-256'] },
      bootstrap: { recovery: { source: 'origin', database: 'app', owner: 'app' } },
      externalClusters: [{ name: 'origin', barmanObjectStore: recoverySource(archive.name, database.cluster) }],
    },
  };
}

/** A word for the shell, single-quoted: names come from manifests, and a quote in one must not end the word. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The ConfigMap key of a recovery Cluster (its ConfigMap is named after it). */
export function clusterFile(database: RestoredDatabase): string {
  return `${database.scratch}.yaml`;
}

/**
 * The job's script, for `sh -c`: it carries names only (the restore reads the object store with the
 * credential Velero's locations name, the recovery Cluster with the one its store names); no key, password or
 * token. It clears what an earlier run left, (1) restores the restore-test Schedule's latest backup into scratch
 * namespaces with `velero restore create --wait`, fails unless the Restore is `Completed`, deletes the scratch
 * namespaces, then (2) creates every recovery Cluster, waits for each to be Ready within the tier's RTO, runs a
 * query in its `app` database and deletes it. A failure (or the deadline's SIGTERM) exits non-zero, and the EXIT
 * trap clears up; what a killed run leaves, the next one clears first.
 */
export function restoreTestScript(namespaces: readonly string[], databases: readonly RestoredDatabase[]): string {
  const q = shellQuote;
  const rto = `${TIER_TARGETS[RESTORE_TEST.tier].rtoMinutes * 60}s`;
  const scratch = namespaces.map((namespace) => q(namespace + SCRATCH_SUFFIX)).join(' ');
  const mappings = namespaces.map((namespace) => `${namespace}:${namespace}${SCRATCH_SUFFIX}`).join(',');
  const clusters = (verb: string) =>
    databases.map((db) => `kubectl -n ${q(db.namespace)} ${verb} cluster.postgresql.cnpg.io ${q(db.scratch)}`);
  const clear = [
    ...(namespaces.length > 0 ? [`kubectl delete namespace ${scratch} --ignore-not-found`] : []),
    ...clusters('delete --ignore-not-found'),
  ];
  const lines = [
    'set -eu',
    'cleanup() {',
    ...clear.map((line) => `  ${line}`),
    '  :',
    '}',
    'trap cleanup EXIT',
    "trap 'exit 143' TERM INT",
    'cleanup',
  ];
  if (namespaces.length > 0)
    lines.push(
      `read -r month < ${TOOLS_DIR}/month`,
      'restore="restore-test-$month"',
      `kubectl -n ${VELERO_NAMESPACE} delete restore.velero.io "$restore" --ignore-not-found`,
      `/velero restore create "$restore" --namespace ${VELERO_NAMESPACE} --from-schedule ${RESTORE_TEST_NAME} --include-namespaces ${q(namespaces.join(','))} --namespace-mappings ${q(mappings)} --exclude-resources clusters.postgresql.cnpg.io,scheduledbackups.postgresql.cnpg.io,backups.postgresql.cnpg.io --selector '!cnpg.io/cluster' --wait`,
      `phase=$(kubectl -n ${VELERO_NAMESPACE} get restore.velero.io "$restore" -o 'jsonpath={.status.phase}')`,
      `[ "$phase" = Completed ] || { echo "Velero restore $restore is $phase, not Completed" >&2; exit 1; }`,
      `kubectl delete namespace ${scratch}`,
    );
  for (const db of databases) lines.push(`kubectl create -f ${q(`${CLUSTERS_DIR}/${clusterFile(db)}`)}`);
  for (const db of databases)
    lines.push(
      `kubectl -n ${q(db.namespace)} wait cluster.postgresql.cnpg.io/${db.scratch} --for=condition=Ready --timeout=${rto}`,
      `kubectl -n ${q(db.namespace)} exec ${q(`${db.scratch}-1`)} -c postgres -- psql -d app -v ON_ERROR_STOP=1 -Atc 'SELECT count(*) FROM pg_catalog.pg_class'`,
      `kubectl -n ${q(db.namespace)} delete cluster.postgresql.cnpg.io ${q(db.scratch)}`,
    );
  return `${lines.join('\n')}\n`;
}

type PolicyRule = k8s.types.input.rbac.v1.PolicyRule;

/** RBAC rules of the job: Restores in Velero's namespace; the scratch namespaces by name (ClusterRole); per namespace, its recovery Clusters. */
export function restoreTestRules(
  namespaces: readonly string[],
  databases: readonly RestoredDatabase[],
): { velero: PolicyRule[]; cluster: PolicyRule[]; byNamespace: Record<string, PolicyRule[]> } {
  const byNamespace: Record<string, PolicyRule[]> = {};
  for (const db of databases) {
    const pod = `${db.scratch}-1`;
    (byNamespace[db.namespace] ??= []).push(
      // Kubernetes cannot limit `create` by name: the job creates only the Clusters of its ConfigMap.
      { apiGroups: ['postgresql.cnpg.io'], resources: ['clusters'], verbs: ['create'] },
      {
        apiGroups: ['postgresql.cnpg.io'],
        resources: ['clusters'],
        resourceNames: [db.scratch],
        verbs: ['get', 'list', 'watch', 'delete'],
      },
      { apiGroups: [''], resources: ['pods'], resourceNames: [pod], verbs: ['get'] },
      { apiGroups: [''], resources: ['pods/exec'], resourceNames: [pod], verbs: ['get', 'create'] },
    );
  }
  return {
    velero: [
      {
        apiGroups: ['velero.io'],
        resources: ['restores'],
        verbs: ['create', 'get', 'list', 'watch', 'delete'],
      },
      { apiGroups: ['velero.io'], resources: ['backups'], verbs: ['get', 'list'] },
    ],
    cluster:
      namespaces.length > 0
        ? [
            {
              apiGroups: [''],
              resources: ['namespaces'],
              resourceNames: namespaces.map((namespace) => namespace + SCRATCH_SUFFIX),
              verbs: ['get', 'list', 'watch', 'delete'],
            },
          ]
        : [],
    byNamespace,
  };
}

/** Traffic of a recovery Cluster's pods: the operator and each other in; DNS, the API server and object stores out. */
export function recoveryTrafficSpec(database: RestoredDatabase): k8s.types.input.networking.v1.NetworkPolicySpec {
  return {
    podSelector: { matchLabels: { 'cnpg.io/cluster': database.scratch } },
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          { podSelector: { matchLabels: { 'cnpg.io/cluster': database.scratch } } },
          {
            namespaceSelector: {
              matchLabels: { 'kubernetes.io/metadata.name': OPERATORS['cloudnative-pg'].namespace },
            },
          },
        ],
        ports: [
          { port: 5432, protocol: 'TCP' },
          { port: 8000, protocol: 'TCP' },
        ],
      },
    ],
    egress: [
      {
        ports: [
          { port: 53, protocol: 'UDP' },
          { port: 53, protocol: 'TCP' },
          { port: 443, protocol: 'TCP' },
          { port: 6443, protocol: 'TCP' },
        ],
      },
    ],
  };
}

/** The CronJob's spec: monthly after the restore-test backup, one run at a time, within twice the RTO (restore, then databases). */
export function restoreTestCronJobSpec(
  script: string,
  registry: string,
  databases: readonly RestoredDatabase[],
): k8s.types.input.batch.v1.CronJobSpec {
  const hardened = {
    runAsNonRoot: true,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
  };
  const resources = { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } };
  const tools = { name: 'tools', mountPath: TOOLS_DIR };
  return {
    schedule: RESTORE_TEST.restoreCron,
    timeZone: 'Etc/UTC',
    concurrencyPolicy: 'Forbid',
    startingDeadlineSeconds: 6 * 3600,
    successfulJobsHistoryLimit: 3,
    failedJobsHistoryLimit: 3,
    jobTemplate: {
      spec: {
        backoffLimit: 1,
        activeDeadlineSeconds: 2 * TIER_TARGETS[RESTORE_TEST.tier].rtoMinutes * 60,
        template: {
          metadata: { labels: { [RESTORE_TEST_LABEL]: 'true' } },
          spec: {
            serviceAccountName: RESTORE_TEST_NAME,
            restartPolicy: 'Never',
            securityContext: { runAsNonRoot: true, runAsUser: 65532, seccompProfile: { type: 'RuntimeDefault' } },
            nodeSelector: poolScheduling('central').nodeSelector,
            // The Velero image has no shell: its chart's own jobs copy one, and kubectl, from the kubectl image.
            initContainers: [
              {
                name: 'tools',
                image: `${registry}/${KUBECTL_IMAGE.image}:${KUBECTL_IMAGE.version}`,
                command: ['/bin/sh', '-c'],
                args: [
                  `cp "$(command -v sh)" "$(command -v kubectl)" ${TOOLS_DIR}/ && date -u +%Y%m > ${TOOLS_DIR}/month`,
                ],
                securityContext: hardened,
                resources,
                volumeMounts: [tools],
              },
            ],
            containers: [
              {
                name: 'restore-test',
                image: `${registry}/${OPERATORS.velero.image}:${OPERATORS.velero.version}`,
                command: [`${TOOLS_DIR}/sh`, '-c', script],
                env: [
                  { name: 'PATH', value: TOOLS_DIR },
                  { name: 'HOME', value: TOOLS_DIR },
                ],
                securityContext: hardened,
                resources,
                volumeMounts: [tools, ...(databases.length ? [{ name: 'clusters', mountPath: CLUSTERS_DIR }] : [])],
              },
            ],
            volumes: [
              { name: 'tools', emptyDir: { sizeLimit: '256Mi' } },
              // Each recovery Cluster's ConfigMap (named after it), all in one folder.
              ...(databases.length
                ? [
                    {
                      name: 'clusters',
                      projected: { sources: databases.map((db) => ({ configMap: { name: db.scratch } })) },
                    },
                  ]
                : []),
            ],
          },
        },
      },
    },
  };
}
