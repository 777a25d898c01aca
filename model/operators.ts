// The operators the on-premises data platform runs on (README: on the ministry's own clusters). Each is
// pinned to the release whose CRDs are vendored in vendor/crds/ and against which every rendered custom
// resource is checked offline: a cluster running another release may refuse or misread them.

export type OperatorName = 'cloudnative-pg' | 'velero' | 'rook-ceph';

/**
 * Who puts an operator on the clusters: the cluster team before the first `pulumi up` (envcloud then only
 * requires it), or envcloud itself, which installs the pinned chart on every cluster of the stack
 * (a `helm.v3.Release`, components/operator-releases.ts) before any of the operator's custom resources.
 */
export const OPERATOR_INSTALLERS = ['cluster-team', 'envcloud'] as const;
export type OperatorInstaller = (typeof OPERATOR_INSTALLERS)[number];

export interface OperatorFacts {
  /** The project, as people name it. */
  project: string;
  /** The pinned release (vendor/crds/README.md). */
  version: string;
  /** The namespace it runs in, which envcloud's custom resources of its own (Velero's, Rook's) are created in. */
  namespace: string;
  /** The folder of vendor/crds/ holding its CRDs. */
  crds: string;
  /** What envcloud creates through it, for messages. */
  serves: string;
  /** Its Helm chart at the release of the pinned operator (the chart's appVersion), installed when `installedBy: envcloud`. */
  chart: { name: string; repository: string; version: string };
  /** The operator's image, mirrored in the approved registry under this path (the tag is the chart's appVersion). */
  image: string;
}

export const OPERATORS: Readonly<Record<OperatorName, OperatorFacts>> = {
  'cloudnative-pg': {
    project: 'CloudNativePG',
    version: 'v1.25.1',
    namespace: 'cnpg-system',
    crds: 'cloudnative-pg',
    serves: 'PostgreSQL databases (Cluster, ScheduledBackup)',
    // cloudnative-pg chart 0.23.2 has appVersion 1.25.1 (chart and operator are numbered apart).
    chart: { name: 'cloudnative-pg', repository: 'https://cloudnative-pg.github.io/charts', version: '0.23.2' },
    image: 'cloudnative-pg/cloudnative-pg',
  },
  velero: {
    project: 'Velero',
    version: 'v1.16.0',
    namespace: 'velero',
    crds: 'velero',
    serves: 'backups of volumes and namespaces (BackupStorageLocation, Schedule)',
    // velero chart 10.0.4 is the last with appVersion 1.16.0 (10.0.5 moves to 1.16.1).
    chart: { name: 'velero', repository: 'https://vmware-tanzu.github.io/helm-charts', version: '10.0.4' },
    image: 'velero/velero',
  },
  'rook-ceph': {
    project: 'Rook-Ceph',
    version: 'v1.16.4',
    namespace: 'rook-ceph',
    crds: 'rook',
    serves: 'object stores and buckets (CephObjectStore, ObjectBucketClaim)',
    // Rook publishes its chart under the release's own version.
    chart: { name: 'rook-ceph', repository: 'https://charts.rook.io/release', version: 'v1.16.4' },
    image: 'rook/ceph',
  },
};

export const OPERATOR_NAMES = Object.keys(OPERATORS) as OperatorName[];

/** One operator as a stack declares it (`envcloud:operators.<name>`). */
export interface OperatorDeclaration {
  version: string;
  installedBy: OperatorInstaller;
}

/** Every operator at its pinned release, installed by the cluster team: Pulumi.yaml's default. */
export const DEFAULT_OPERATORS: Readonly<Record<OperatorName, OperatorDeclaration>> = Object.fromEntries(
  OPERATOR_NAMES.map((name) => [name, { version: OPERATORS[name].version, installedBy: 'cluster-team' }]),
) as Record<OperatorName, OperatorDeclaration>;

/** The object store plugin Velero talks to the Ceph gateways' S3 API with: the release made for Velero 1.16. */
export const VELERO_AWS_PLUGIN = { image: 'velero/velero-plugin-for-aws', version: 'v1.12.0' } as const;

/**
 * The kubectl the monthly restore test runs with (components/onprem-restore-test.ts), mirrored in the approved
 * registry: the image the Velero chart's own jobs use, at the clusters' minor release. Its shell and kubectl are
 * copied into the Velero image, whose `velero` CLI runs the restore (the chart's upgrade-CRDs job does the same).
 */
export const KUBECTL_IMAGE = { image: 'bitnami/kubectl', version: '1.31.4' } as const;
