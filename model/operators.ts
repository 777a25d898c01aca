// The operators the on-premises data platform runs on (README: on the ministry's own clusters). Each is
// pinned to the release whose CRDs are vendored in vendor/crds/ and against which every rendered custom
// resource is checked offline: a cluster running another release may refuse or misread them.

export type OperatorName = 'cloudnative-pg' | 'velero' | 'rook-ceph';

/** Who puts an operator on the clusters: today the cluster team, before the first `pulumi up`. */
export const OPERATOR_INSTALLERS = ['cluster-team'] as const;
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
}

export const OPERATORS: Readonly<Record<OperatorName, OperatorFacts>> = {
  'cloudnative-pg': {
    project: 'CloudNativePG',
    version: 'v1.25.1',
    namespace: 'cnpg-system',
    crds: 'cloudnative-pg',
    serves: 'PostgreSQL databases (Cluster, ScheduledBackup)',
  },
  velero: {
    project: 'Velero',
    version: 'v1.16.0',
    namespace: 'velero',
    crds: 'velero',
    serves: 'backups of volumes and namespaces (BackupStorageLocation, Schedule)',
  },
  'rook-ceph': {
    project: 'Rook-Ceph',
    version: 'v1.16.4',
    namespace: 'rook-ceph',
    crds: 'rook',
    serves: 'object stores and buckets (CephObjectStore, ObjectBucketClaim)',
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
