// What the platform's objects must be for the cluster or the cloud to accept them, judged from the
// manifest alone: each of these was green in validate and preview and failed only when deployed.
import {
  databaseClusterName,
  identitySlug,
  MAX_DATABASE_CLUSTER_NAME_LENGTH,
  MAX_SERVICE_NAME_LENGTH,
  RESTORE_TEST_SUFFIX,
  serviceNameOf,
} from '../../model/k8s-names';
import { isSupportedDatabaseVersion, SUPPORTED_DATABASE_VERSIONS } from '../../model/databases';
import { cpuCores, memoryGiB } from '../../model/quantity';
import { msg, said } from '../../document/i18n';
import { perManifest } from './rule';
import { relatedSaid } from './words';

const PLATFORM = 'Plan §三(三).9 (统一利用环保云平台的机房、网络、计算、存储、安全等资源)';

export const serviceNameLength = perManifest(
  {
    id: 'service-name-length',
    severity: 'error',
    title: "A workload's Service name fits Kubernetes' 63 characters",
    clause: `${PLATFORM}; Kubernetes: a Service is named by an RFC 1035 label, at most 63 characters`,
  },
  ({ manifest }, report) => {
    (manifest.spec.placement?.workloads ?? []).forEach((workload, index) => {
      const service = serviceNameOf(manifest, workload.name);
      if (service.length <= MAX_SERVICE_NAME_LENGTH) return;
      report({
        path: ['spec', 'placement', 'workloads', index, 'name'],
        ...said(
          msg('rule.service-name-length.message', {
            workload: workload.name,
            service,
            length: service.length,
            max: MAX_SERVICE_NAME_LENGTH,
          }),
          msg('rule.service-name-length.hint', {
            slug: identitySlug(manifest),
            room: Math.max(0, MAX_SERVICE_NAME_LENGTH - identitySlug(manifest).length - 1),
          }),
        ),
      });
    });
  },
);

export const workloadPortsUnique = perManifest(
  {
    id: 'workload-ports-unique',
    severity: 'error',
    title: 'A workload lists each port and protocol once',
    clause: `${PLATFORM}; Kubernetes: a Service's ports must differ in port or protocol`,
  },
  (entry, report) => {
    (entry.manifest.spec.placement?.workloads ?? []).forEach((workload, index) => {
      const first = new Map<string, number>();
      workload.ports.forEach((port, at) => {
        const key = `${port.port}/${port.protocol ?? 'TCP'}`;
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, at);
          return;
        }
        report({
          path: ['spec', 'placement', 'workloads', index, 'ports', at],
          ...said(
            msg('rule.workload-ports-unique.message', { workload: workload.name, port: key }),
            msg('rule.workload-ports-unique.hint'),
          ),
          related: [
            {
              entry,
              path: ['spec', 'placement', 'workloads', index, 'ports', earlier],
              ...relatedSaid(msg('rule.workload-ports-unique.first')),
            },
          ],
        });
      });
    });
  },
);

export const databaseVersionSupported = perManifest(
  {
    id: 'database-version-supported',
    severity: 'error',
    title: 'A database asks for a release the platform runs',
    clause: `${PLATFORM}; CloudNativePG 1.25 images and RDS releases; PostgreSQL 14 for pg_read_all_data (grants)`,
  },
  ({ manifest }, report) => {
    const database = manifest.spec.placement?.database;
    if (!database?.version || isSupportedDatabaseVersion(database.engine, database.version)) return;
    report({
      path: ['spec', 'placement', 'database', 'version'],
      ...said(
        msg('rule.database-version-supported.message', { engine: database.engine, version: database.version }),
        msg('rule.database-version-supported.hint', {
          versions: SUPPORTED_DATABASE_VERSIONS[database.engine].join(', '),
        }),
      ),
    });
  },
);

export const databaseNamesFit = perManifest(
  {
    id: 'database-names-fit',
    severity: 'error',
    title: "A database's cluster names fit CloudNativePG's 50 characters",
    clause: `${PLATFORM}; CloudNativePG: a Cluster is named with at most 50 characters`,
  },
  ({ manifest }, report) => {
    if (manifest.spec.placement?.database?.engine !== 'postgresql') return;
    // A slug of 48 passed: its restore-test cluster's name (and the label values naming it) went past the limits.
    const longest = `${databaseClusterName(manifest)}${RESTORE_TEST_SUFFIX}`;
    if (longest.length <= MAX_DATABASE_CLUSTER_NAME_LENGTH) return;
    const room = MAX_DATABASE_CLUSTER_NAME_LENGTH - (longest.length - identitySlug(manifest).length);
    report({
      path: manifest.metadata.previousSlugs ? ['metadata', 'previousSlugs', 0] : ['metadata', 'slug'],
      ...said(
        msg('rule.database-names-fit.message', {
          name: longest,
          length: longest.length,
          max: MAX_DATABASE_CLUSTER_NAME_LENGTH,
        }),
        msg('rule.database-names-fit.hint', { room }),
      ),
    });
  },
);

export const workloadResourcesSet = perManifest(
  {
    id: 'workload-resources-set',
    severity: 'error',
    title: 'A workload asks for at least 1m of CPU and some memory',
    clause: `${PLATFORM}; Kubernetes: a limit of 0 is no limit, and CPU is counted in thousandths of a core`,
  },
  ({ manifest }, report) => {
    (manifest.spec.placement?.workloads ?? []).forEach((workload, index) => {
      // `cpu: "0"` and `memory: 0Mi` passed validate and audit: a pod without a limit, counted as nothing in its pool.
      const at = (field: 'cpu' | 'memory') => ['spec', 'placement', 'workloads', index, field];
      if (cpuCores(workload.cpu) < 0.001)
        report({
          path: at('cpu'),
          ...said(
            msg('rule.workload-resources-set.cpu', { workload: workload.name, cpu: workload.cpu }),
            msg('rule.workload-resources-set.hint'),
          ),
        });
      if (memoryGiB(workload.memory) === 0)
        report({
          path: at('memory'),
          ...said(
            msg('rule.workload-resources-set.memory', { workload: workload.name, memory: workload.memory }),
            msg('rule.workload-resources-set.hint'),
          ),
        });
    });
  },
);
