/**
 * Input fields whose change makes the provider replace a resource (delete and create) rather than
 * update it in place, for the types envcloud creates. The providers' schemas decide this for a real
 * `pulumi preview`; offline, this table stands in for them. It errs towards "replace": a field missing
 * here shows as an update, so data-bearing types list every field their providers force a new resource on.
 */
const EVERY_KUBERNETES_OBJECT: readonly (readonly string[])[] = [
  ['metadata', 'name'],
  ['metadata', 'namespace'],
];

const BY_TYPE: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'kubernetes:apps/v1:Deployment': [['spec', 'selector']],
  'kubernetes:apps/v1:DaemonSet': [['spec', 'selector']],
  'kubernetes:apps/v1:StatefulSet': [
    ['spec', 'selector'],
    ['spec', 'serviceName'],
    ['spec', 'volumeClaimTemplates'],
  ],
  'kubernetes:batch/v1:Job': [
    ['spec', 'selector'],
    ['spec', 'template'],
  ],
  'kubernetes:core/v1:PersistentVolumeClaim': [
    ['spec', 'storageClassName'],
    ['spec', 'accessModes'],
    ['spec', 'volumeName'],
    ['spec', 'volumeMode'],
    ['spec', 'selector'],
    ['spec', 'dataSource'],
  ],
  'kubernetes:core/v1:Service': [['spec', 'clusterIP']],
  'kubernetes:storage.k8s.io/v1:StorageClass': [
    ['provisioner'],
    ['parameters'],
    ['reclaimPolicy'],
    ['volumeBindingMode'],
  ],
  'aws:s3/bucket:Bucket': [['bucket'], ['bucketPrefix'], ['objectLockEnabled']],
  'aws:rds/instance:Instance': [
    ['identifier'],
    ['identifierPrefix'],
    ['engine'],
    ['dbName'],
    ['username'],
    ['kmsKeyId'],
    ['storageEncrypted'],
    ['availabilityZone'],
    ['characterSetName'],
    ['ncharCharacterSetName'],
    ['timezone'],
    ['replicateSourceDb'],
  ],
  'aws:ebs/volume:Volume': [['availabilityZone'], ['encrypted'], ['kmsKeyId'], ['snapshotId'], ['outpostArn']],
  'aws:backup/vault:Vault': [['name'], ['kmsKeyArn']],
  'aws:kms/key:Key': [
    ['keyUsage'],
    ['keySpec'],
    ['customerMasterKeySpec'],
    ['multiRegion'],
    ['customKeyStoreId'],
    ['xksKeyId'],
  ],
  'aws:kms/replicaKey:ReplicaKey': [['primaryKeyArn']],
};

/** The fields of `type` that force a replacement. */
export function replaceTriggers(type: string): readonly (readonly string[])[] {
  const own = BY_TYPE[type] ?? [];
  return type.startsWith('kubernetes:') && !type.startsWith('kubernetes:helm')
    ? [...EVERY_KUBERNETES_OBJECT, ...own]
    : own;
}

/** The changed fields (as paths) that force a replacement of a resource of `type`. */
export function replacingChanges(type: string, changed: readonly (readonly string[])[]): string[] {
  const triggers = replaceTriggers(type);
  return changed
    .filter((path) =>
      triggers.some(
        (trigger) =>
          trigger.every((segment, index) => path[index] === segment) ||
          path.every((segment, index) => trigger[index] === segment),
      ),
    )
    .map((path) => path.join('.'));
}
