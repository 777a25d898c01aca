/**
 * The English findings of the DR policies (policies/dr/), as the pack reports them through Pulumi; spread
 * into the catalog by en-policy-findings.ts. A system's problems are listed after a colon, joined by
 * `; `: each is an entry of its own (`problems` in audit/format/policy-text.ts), and so is each item of
 * a system's declared data (`label`, `items`).
 */
export const EN_POLICY_DR = {
  // stateful-in-backup-plan
  'policy.finding.stateful-in-backup-plan.no-tier': '{kind} {name} holds system data but is in no backup tier ({tag})',
  'policy.finding.stateful-in-backup-plan.unselected':
    '{kind} {name} is tagged {tier}, but no backup selection takes that tier',
  'policy.finding.stateful-in-backup-plan.system-no-tier':
    '{system} stores data but is in no backup tier (spec.protection.backup.tier none)',
  'policy.finding.stateful-in-backup-plan.unheld':
    '{system} declares stored data that no resource of the stack holds, so none of it is in a backup plan: {items} (looked for {types} of the system)',
  'policy.finding.stateful-in-backup-plan.volume-tier':
    "volume {name} is in storage class {storageClass}, below its system's tier {tier}",

  // An item of a system's declared stored data (policies/dr/declared-data.ts).
  'policy.part.label.database': 'database ({engine}, {size} GiB)',
  'policy.part.label.bucket': 'bucket "{name}" ({size} GiB)',
  'policy.part.label.volume': 'volume "{name}" ({size} GiB)',

  // dr-tier-realised
  'policy.finding.dr-tier-realised.no-plan-rule':
    'systems declare the {tier} tier but no backup plan has a {tier} rule',
  'policy.finding.dr-tier-realised.platform-no-tier':
    'systems declare the {tier} tier but the backup plans of the platform stack {stack} select no {tier} data',
  'policy.finding.dr-tier-realised.platform-copies':
    'the platform stack {stack} copies {tier} backups to {copies} other center(s); the tier needs {needed} ({centers})',
  'policy.finding.dr.platform-unexported':
    'this systems-only stack holds data its platform stack {stack} backs up, but {stack} exports no `backups` output to judge its backup plans by: update the platform stack with this version of envcloud',
  'policy.finding.dr-tier-realised.storage-classes':
    'the {tier} tier needs its storage class in {needed} centers; it is in {count}',
  'policy.finding.dr-tier-realised.data':
    '{system} declares the {tier} tier, which the stack does not realise for its data: {problems}',
  'policy.finding.dr-tier-realised.unheld-item': '{label}: no resource holds it',
  'policy.finding.dr-tier-realised.unbacked-item': '{label}: {problem}',
  'policy.finding.dr-tier-realised.velero':
    '{system} declares the {tier} tier, which Velero does not realise for its cluster objects: {problems}',

  // Why a holder of a system's data is not backed up in its tier (StackData.backupProblem).
  'policy.finding.dr-data.no-scheduled-backup':
    'database cluster {name} has no ScheduledBackup, so no base backup is taken',
  'policy.finding.dr-data.schedule-below-tier':
    'database cluster {name} has its ScheduledBackup in the {schedule} schedule, below the {tier} tier',
  'policy.finding.dr-data.schedule-unlabelled':
    'database cluster {name} has its ScheduledBackup in the unlabelled schedule, below the {tier} tier',
  'policy.finding.dr-data.no-archive':
    "database cluster {name} archives its WAL into no object store of the stack's centers (spec.backup.barmanObjectStore)",
  'policy.finding.dr-data.cluster-copies':
    'database cluster {name} has backups in {copies} other center(s); the {tier} tier needs {needed} ({centers})',
  'policy.finding.dr-data.no-replica-cluster': 'gold database cluster {name} has no replica cluster in another center',
  'policy.finding.dr-data.no-bucket-class':
    'bucket claim {name} asks for bucket class {storageClass}, which its cluster does not have',
  'policy.finding.dr-data.no-zone-group':
    'bucket claim {name} is in an object store that is no zone of a multisite zone group, so it is copied nowhere',
  'policy.finding.dr-data.claim-copies':
    'bucket claim {name} is replicated to {copies} other center(s); the {tier} tier needs {needed} ({centers})',
  'policy.finding.dr-data.volume-below-tier': 'volume {name} is in storage class {storageClass}, below the {tier} tier',
  'policy.finding.dr-data.no-storage-class':
    'volume {name} asks for storage class {storageClass}, which its cluster does not have',
  'policy.finding.dr-data.untagged': '{kind} {name} is not tagged with the {tier} tier ({tag})',
  'policy.finding.dr-data.unselected': '{kind} {name} is in the {tier} tier, but no backup selection takes it',

  // Why Velero does not back up a system's volume or Deployment in its tier (policies/dr/velero.ts).
  'policy.finding.dr-velero.uncovered': '{kind} {name}: no Velero schedule of its cluster backs it up',
  'policy.finding.dr-velero.copies':
    '{kind} {name}: Velero backs it up to {count} other center(s); the {tier} tier needs {needed} ({centers})',
  'policy.finding.dr-velero.copies-because':
    '{kind} {name}: Velero backs it up to {count} other center(s); the {tier} tier needs {needed} ({centers}): {problems}',
  'policy.finding.dr-velero.paused': 'Velero schedule {name} is paused',
  'policy.finding.dr-velero.cron': "Velero schedule {name} runs at `{cron}`, not the {tier} tier's `{standard}`",
  'policy.finding.dr-velero.ttl': "Velero schedule {name} keeps backups {ttl}, less than the {tier} tier's {days} days",
  'policy.finding.dr-velero.snapshots':
    'Velero schedule {name} leaves volume data in cluster snapshots (neither snapshotMoveData nor defaultVolumesToFsBackup)',
  'policy.finding.dr-velero.location': 'Velero schedule {name}: {problem}',
  'policy.finding.dr-velero.no-location': 'its storage location {name} is no BackupStorageLocation of its cluster',
  'policy.finding.dr-velero.read-only': 'its storage location {name} is read-only',
  'policy.finding.dr-velero.no-store': "its storage location {name} writes into no object store of the stack's centers",
  'policy.part.server-default-ttl': 'for the server default',
  'policy.part.kind.volume': 'volume',
  'policy.part.kind.deployment': 'deployment',

  // k8s-restore-test-monthly (policies/dr/restore-test.ts)
  'policy.finding.k8s-restore-test-monthly.system':
    '{system} keeps {tier} data that no monthly restore test restores: {problems}',
  'policy.finding.k8s-restore-test-monthly.no-job': 'cluster {name} has no restore-test CronJob',
  'policy.finding.k8s-restore-test-monthly.cluster': 'cluster {name}: {problems}',
  'policy.finding.k8s-restore-test-monthly.unmounted':
    'database cluster {name}: no restore-test CronJob mounts its recovery Cluster {recovery}',
  'policy.finding.k8s-restore-test-monthly.database': 'database cluster {name}: {problem}',
  'policy.finding.k8s-restore-test-monthly.suspended': 'restore-test CronJob {name} is suspended',
  'policy.finding.k8s-restore-test-monthly.cron':
    'restore-test CronJob {name} runs at `{schedule}`, not monthly at `{cron}`',
  'policy.finding.k8s-restore-test-monthly.overlap':
    'restore-test CronJob {name} lets runs overlap (concurrencyPolicy {policy}, not Forbid)',
  'policy.finding.k8s-restore-test-monthly.command':
    'restore-test CronJob {name} does not run `velero restore create … --from-schedule {schedule}`',
  'policy.finding.k8s-restore-test-monthly.no-bootstrap':
    'recovery Cluster {name} does not bootstrap from a barman object store (bootstrap.recovery.source)',
  'policy.finding.k8s-restore-test-monthly.other-store':
    'recovery Cluster {name} reads {read}, not the store its database archives into ({written})',
} as const;
