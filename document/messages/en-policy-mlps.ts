/**
 * The English findings of the MLPS policies (policies/mlps/), as the pack reports them through Pulumi;
 * spread into the catalog by en-policy-findings.ts. Ids are `policy.finding.<policy name>.<what>`.
 * audit/format/policy-text.ts reads the values back out of the English, so an entry uses no plural,
 * select or apostrophe before a brace, and a value named `problem(s)`, `label`, `which` or `companion`
 * is itself an entry (policy-text.ts).
 */
export const EN_POLICY_MLPS = {
  'policy.finding.k8s-namespace-default-deny.missing': 'namespace {name} has no default-deny NetworkPolicy',

  'policy.finding.cloudtrail-multi-region-validated.regions':
    'the audit trail must cover every region (isMultiRegionTrail)',
  'policy.finding.cloudtrail-multi-region-validated.validation':
    'the audit trail must validate its log files (enableLogFileValidation)',
  'policy.finding.cloudtrail-multi-region-validated.encryption':
    'the audit trail must encrypt its logs with the customer-managed key (kmsKeyId)',
  'policy.finding.log-retention-minimum.short': 'logs are kept {days} days; at least {minimum} are required',
  'policy.finding.eks-private-encrypted.endpoint':
    'the cluster API must not be reachable from the internet (endpointPublicAccess: false)',
  'policy.finding.eks-private-encrypted.secrets':
    'cluster secrets must be encrypted with the customer-managed key (encryptionConfig)',
  'policy.finding.s3-versioning-enabled.disabled':
    'bucket versioning must be Enabled, so overwritten or deleted objects can be restored',
  'policy.finding.s3-versioning-enabled.claim':
    'bucket claim {claim} of system {number} ({slug}): its bucket {bucket} has no Enabled versioning (a BucketVersioning of that bucket): overwritten or deleted objects cannot be restored',
  'policy.finding.iam-no-wildcard-admin.policy': 'the policy grants every action on every resource ("*" on "*")',
  'policy.finding.iam-no-wildcard-admin.role-policy':
    'the role policy grants every action on every resource ("*" on "*")',
  'policy.finding.iam-no-wildcard-admin.attachment': 'AdministratorAccess must not be attached to platform roles',

  // A bucket without its companion configuration (policies/mlps/bucket-companions.ts), and the companions.
  'policy.finding.bucket-companions.missing': 'bucket {name} has no {companion}',
  'policy.part.companion.versioning':
    'versioning configuration (BucketVersioning): overwritten or deleted objects cannot be restored',
  'policy.part.companion.encryption':
    'encryption configuration (BucketServerSideEncryptionConfiguration): its objects are stored without the customer-managed key',
  'policy.part.companion.public-access':
    'public access block (BucketPublicAccessBlock): its ACLs and policy may open it to the internet',

  'policy.finding.volumes-encrypted.class-unencrypted':
    'storage class {name} provisions unencrypted volumes (parameters.encrypted must be "true")',
  'policy.finding.volumes-encrypted.class-provider-key':
    "storage class {name} encrypts with the provider's key; name the customer key in parameters.{parameter}",
  'policy.finding.volumes-encrypted.volume': 'volume {name} must be encrypted with the customer-managed key',
  'policy.finding.volumes-encrypted.default-off': 'EBS encryption by default is switched off',
  'policy.finding.stateful-resources-protected.unprotected':
    '{kind} {name} holds data but is not protected against deletion (resource option protect)',

  'policy.finding.s3-encryption-customer-key.kms':
    'bucket objects must be encrypted with a customer-managed KMS key (sseAlgorithm aws:kms with kmsMasterKeyId)',
  'policy.finding.s3-public-access-blocked.open': 'public access is not fully blocked: {settings} must be true',
  'policy.finding.rds-encrypted-private-protected.encryption':
    'the database must be encrypted with the customer-managed key (storageEncrypted and kmsKeyId)',
  'policy.finding.rds-encrypted-private-protected.public': 'the database must not be publicly accessible',
  'policy.finding.rds-encrypted-private-protected.deletion': 'the database must have deletion protection',
  'policy.finding.backup-vault-customer-key.key':
    'the backup vault must be encrypted with the customer-managed key (kmsKeyArn)',
  'policy.finding.s3-tls-only.insecure':
    'bucket {name} accepts requests without TLS (no policy denies aws:SecureTransport false)',
  'policy.finding.rds-audit-logs.none': 'the database exports no logs for audit (enabledCloudwatchLogsExports)',
  'policy.finding.gold-tier-multi-az.single': 'a gold-tier database must run in two availability zones (multiAz)',
  'policy.finding.kms-key-rotation.off': 'the customer-managed key must rotate yearly (enableKeyRotation)',

  'policy.finding.vpc-flow-logs.missing': 'VPC {name} records no flow log of all its traffic',
  'policy.finding.no-admin-ports-open-to-world.open': 'admin ports {ports} are open to 0.0.0.0/0',
  'policy.finding.no-public-addresses.subnet': 'subnet {name} gives instances public IPs (mapPublicIpOnLaunch)',
  'policy.finding.no-public-addresses.instance': 'instance {name} has a public IP (associatePublicIpAddress)',
  'policy.finding.no-public-addresses.eip': 'elastic IP {name} is a public address',
  'policy.finding.no-public-addresses.service':
    'Service {name} in namespace {namespace} is reachable from outside the cluster ({type}); only {entries} publish entry points',
  'policy.finding.mlps-database-multi-az.single':
    '{which} must have a hot standby in a second availability zone (multiAz: true), whatever its backup tier',
  'policy.part.mlps-level-database': 'an MLPS level-{level} database',
  'policy.part.untagged-database': 'a database without {tag}, judged at level 3,',

  'policy.finding.s3-access-logging.unclear':
    "access logging {name} links buckets {buckets}, none an access log bucket: it must write into its center's access log bucket (envcloud:platform: {role})",
  'policy.finding.s3-access-logging.no-target':
    "access logging {name} names no target bucket, so its bucket's requests are recorded nowhere",
  'policy.finding.s3-access-logging.self':
    "bucket {buckets} logs its requests into itself; log into the center's access log bucket",
  'policy.finding.s3-access-logging.not-log-bucket':
    'access logging {name} writes into bucket {bucket}, which is not an access log bucket (envcloud:platform: {role})',
  'policy.finding.s3-access-logging.other-center':
    'access logging {name} writes into bucket {bucket} of another center; S3 delivers access logs only within one region and account',
  'policy.finding.s3-access-logging.data-in-log-bucket':
    'bucket {name} holds system data but is tagged as an access log bucket (envcloud:platform: {role})',
  'policy.finding.s3-access-logging.unlogged':
    'bucket {name} has no server access logging (BucketLogging): requests to its objects are recorded nowhere',
  'policy.finding.s3-access-logging.short':
    'access log bucket {name} expires records after {days} days; at least {minimum} are required',

  'policy.not-applicable.cloudtrail-s3-data-events.systems-only':
    'a systems-only stack: the platform stack (envcloud:platformStack) holds the trail that records these buckets',
  'policy.finding.cloudtrail-s3-data-events.no-management':
    'trail {name} uses advanced event selectors without a Management selector, so it no longer records management events',
  'policy.finding.cloudtrail-s3-data-events.exclusions':
    'trail {name} leaves {count} bucket prefix(es) out of its S3 data events, but only buckets with role {roles} may be',
  'policy.finding.cloudtrail-s3-data-events.exclusions-named':
    'trail {name} leaves {count} bucket prefix(es) out of its S3 data events, but only buckets with role {roles} may be (it names {buckets})',
  'policy.finding.cloudtrail-s3-data-events.reads':
    'trail {name} leaves buckets out of its S3 data events without recording reads of them',
  'policy.finding.cloudtrail-s3-data-events.uncovered':
    'no multi-region trail records S3 object data events ({type}) for all buckets: reads and writes of {count} bucket(s) are not in the audit trail',

  'policy.finding.k8s-pods-hardened.no-spec': 'the pod template has no spec',
  'policy.finding.k8s-pods-hardened.host-network': 'hostNetwork is not allowed',
  'policy.finding.k8s-pods-hardened.host-pid': 'hostPID and hostIPC are not allowed',
  'policy.finding.k8s-pods-hardened.host-path': 'volume {name} mounts a hostPath',
  'policy.finding.k8s-pods-hardened.root': 'container {name} must set runAsNonRoot',
  'policy.finding.k8s-pods-hardened.privileged': 'container {name} must not be privileged',
  'policy.finding.k8s-pods-hardened.escalation': 'container {name} must set allowPrivilegeEscalation: false',
  'policy.finding.k8s-pods-hardened.read-only': 'container {name} must have a read-only root file system',
  'policy.finding.k8s-pods-hardened.limits': 'container {name} must set cpu and memory limits',
  'policy.finding.k8s-approved-registry.image': 'container {name} uses image {image}, not one from {registry}',
  'policy.finding.k8s-pods-in-their-pool.selector':
    'its pods run in namespace {namespace} of pool `{pool}` but select {selected}: nodeSelector {nodeLabel}: {pool} is missing',
  'policy.part.no-pool': 'no pool',
  'policy.part.pool': 'pool `{pool}`',
  'policy.finding.k8s-pods-in-their-pool.toleration':
    "its pods do not tolerate the taint {taint} of pool `{pool}`'s nodes, so they never schedule there",
} as const;
