import type { EN_POLICY_DR } from './en-policy-dr';

/**
 * 灾备策略（policies/dr/）所报问题的中文，由 zh-policy-findings.ts 并入中文目录。一个系统的多个问题
 * 在冒号后列出，以“；”分隔；等级（{tier}）读回后说成“金”“银”“铜”，后接“级”。
 */
export const ZH_POLICY_DR: Readonly<Record<keyof typeof EN_POLICY_DR, string>> = {
  'policy.finding.stateful-in-backup-plan.no-tier': '{kind} {name} 存有系统数据，却不属于任何备份等级（{tag}）',
  'policy.finding.stateful-in-backup-plan.unselected': '{kind} {name} 标记为{tier}级，但没有备份选择选中该等级',
  'policy.finding.stateful-in-backup-plan.system-no-tier':
    '{system}存有数据，却不属于任何备份等级（spec.protection.backup.tier 为 none）',
  'policy.finding.stateful-in-backup-plan.unheld':
    '{system}声明的存储数据没有由栈中任何资源承载，因此都不在备份计划中：{items}（查找的是该系统的 {types}）',
  'policy.finding.stateful-in-backup-plan.volume-tier': '卷 {name} 使用存储类 {storageClass}，低于其系统的{tier}级',

  'policy.part.label.database': '数据库（{engine}，{size} GiB）',
  'policy.part.label.bucket': '存储桶 "{name}"（{size} GiB）',
  'policy.part.label.volume': '卷 "{name}"（{size} GiB）',

  'policy.finding.dr-tier-realised.no-plan-rule': '有系统声明了{tier}级，但没有备份计划含有{tier}级规则',
  'policy.finding.dr-tier-realised.platform-no-tier':
    '有系统声明了{tier}级，但平台栈 {stack} 的备份计划不选中{tier}级数据',
  'policy.finding.dr-tier-realised.platform-copies':
    '平台栈 {stack} 把{tier}级备份只复制到 {copies} 个其他中心；该等级需要 {needed} 个（{centers}）',
  'policy.finding.dr.platform-unexported':
    '本栈只含系统，其数据由平台栈 {stack} 备份，但 {stack} 没有导出 `backups` 输出，无法据此判断其备份计划：请用本版 envcloud 更新平台栈',
  'policy.finding.dr-tier-realised.storage-classes': '{tier}级要求其存储类在 {needed} 个中心都有，实际只在 {count} 个',
  'policy.finding.dr-tier-realised.data': '{system}声明为{tier}级，栈没有为其数据落实该等级：{problems}',
  'policy.finding.dr-tier-realised.unheld-item': '{label}：没有资源承载它',
  'policy.finding.dr-tier-realised.unbacked-item': '{label}：{problem}',
  'policy.finding.dr-tier-realised.velero': '{system}声明为{tier}级，Velero 没有为其集群对象落实该等级：{problems}',

  'policy.finding.dr-data.no-scheduled-backup': '数据库集群 {name} 没有 ScheduledBackup，因此不做基础备份',
  'policy.finding.dr-data.schedule-below-tier':
    '数据库集群 {name} 的 ScheduledBackup 属于{schedule}级的备份计划，低于{tier}级',
  'policy.finding.dr-data.schedule-unlabelled':
    '数据库集群 {name} 的 ScheduledBackup 属于没有标记等级的备份计划，低于{tier}级',
  'policy.finding.dr-data.no-archive':
    '数据库集群 {name} 没有把 WAL 归档到栈内各中心的任何对象存储（spec.backup.barmanObjectStore）',
  'policy.finding.dr-data.cluster-copies':
    '数据库集群 {name} 只在 {copies} 个其他中心有备份；{tier}级需要 {needed} 个（{centers}）',
  'policy.finding.dr-data.no-replica-cluster': '金级数据库集群 {name} 在其他中心没有副本集群',
  'policy.finding.dr-data.no-bucket-class': '存储桶申领 {name} 要求的存储桶类 {storageClass} 在其集群中不存在',
  'policy.finding.dr-data.no-zone-group':
    '存储桶申领 {name} 所在的对象存储不是任何多站点区域组（zone group）中的区域，因此不会复制到任何地方',
  'policy.finding.dr-data.claim-copies':
    '存储桶申领 {name} 只复制到 {copies} 个其他中心；{tier}级需要 {needed} 个（{centers}）',
  'policy.finding.dr-data.volume-below-tier': '卷 {name} 使用存储类 {storageClass}，低于{tier}级',
  'policy.finding.dr-data.no-storage-class': '卷 {name} 要求的存储类 {storageClass} 在其集群中不存在',
  'policy.finding.dr-data.untagged': '{kind} {name} 没有标记为{tier}级（{tag}）',
  'policy.finding.dr-data.unselected': '{kind} {name} 属于{tier}级，但没有备份选择选中它',

  'policy.finding.dr-velero.uncovered': '{kind} {name}：其集群没有 Velero 备份计划备份它',
  'policy.finding.dr-velero.copies':
    '{kind} {name}：Velero 只把它备份到 {count} 个其他中心；{tier}级需要 {needed} 个（{centers}）',
  'policy.finding.dr-velero.copies-because':
    '{kind} {name}：Velero 只把它备份到 {count} 个其他中心；{tier}级需要 {needed} 个（{centers}）：{problems}',
  'policy.finding.dr-velero.paused': 'Velero 备份计划 {name} 已暂停',
  'policy.finding.dr-velero.cron': 'Velero 备份计划 {name} 的运行时间是 `{cron}`，不是{tier}级的 `{standard}`',
  'policy.finding.dr-velero.ttl': 'Velero 备份计划 {name} 的备份保留{ttl}，少于{tier}级要求的 {days} 天',
  'policy.finding.dr-velero.snapshots':
    'Velero 备份计划 {name} 把卷数据留在集群快照中（既没有设置 snapshotMoveData，也没有设置 defaultVolumesToFsBackup）',
  'policy.finding.dr-velero.location': 'Velero 备份计划 {name}：{problem}',
  'policy.finding.dr-velero.no-location': '其存储位置 {name} 不是其集群的 BackupStorageLocation',
  'policy.finding.dr-velero.read-only': '其存储位置 {name} 是只读的',
  'policy.finding.dr-velero.no-store': '其存储位置 {name} 没有写入栈内各中心的任何对象存储',
  'policy.part.server-default-ttl': '服务器默认的时长',
  'policy.part.kind.volume': '卷',
  'policy.part.kind.deployment': '部署（Deployment）',

  'policy.finding.k8s-restore-test-monthly.system':
    '{system}存有{tier}级数据，却没有每月的恢复测试还原它们：{problems}',
  'policy.finding.k8s-restore-test-monthly.no-job': '集群 {name} 没有恢复测试 CronJob',
  'policy.finding.k8s-restore-test-monthly.cluster': '集群 {name}：{problems}',
  'policy.finding.k8s-restore-test-monthly.unmounted':
    '数据库集群 {name}：没有恢复测试 CronJob 挂载其恢复集群 {recovery}',
  'policy.finding.k8s-restore-test-monthly.database': '数据库集群 {name}：{problem}',
  'policy.finding.k8s-restore-test-monthly.suspended': '恢复测试 CronJob {name} 已暂停',
  'policy.finding.k8s-restore-test-monthly.cron':
    '恢复测试 CronJob {name} 的运行时间是 `{schedule}`，不是每月的 `{cron}`',
  'policy.finding.k8s-restore-test-monthly.overlap':
    '恢复测试 CronJob {name} 允许多次运行重叠（concurrencyPolicy 为 {policy}，不是 Forbid）',
  'policy.finding.k8s-restore-test-monthly.command':
    '恢复测试 CronJob {name} 没有运行 `velero restore create … --from-schedule {schedule}`',
  'policy.finding.k8s-restore-test-monthly.no-bootstrap':
    '恢复集群 {name} 不是从 barman 对象存储引导的（bootstrap.recovery.source）',
  'policy.finding.k8s-restore-test-monthly.other-store':
    '恢复集群 {name} 读取的是 {read}，不是其数据库归档所在的存储（{written}）',
};
