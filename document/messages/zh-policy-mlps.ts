import type { EN_POLICY_MLPS } from './en-policy-mlps';

/**
 * 等保策略（policies/mlps/）所报问题的中文，由 zh-policy-findings.ts 并入中文目录。策略包经 Pulumi
 * 报出的是英文，审计输出时由 audit/format/policy-text.ts 从英文中读回各个值，再按这里的中文说出。
 */
export const ZH_POLICY_MLPS: Readonly<Record<keyof typeof EN_POLICY_MLPS, string>> = {
  'policy.finding.k8s-namespace-default-deny.missing': '命名空间 {name} 没有默认拒绝（default-deny）的 NetworkPolicy',

  'policy.finding.cloudtrail-multi-region-validated.regions': '审计跟踪须覆盖所有区域（isMultiRegionTrail）',
  'policy.finding.cloudtrail-multi-region-validated.validation': '审计跟踪须校验其日志文件（enableLogFileValidation）',
  'policy.finding.cloudtrail-multi-region-validated.encryption': '审计跟踪须用客户管理密钥加密其日志（kmsKeyId）',
  'policy.finding.log-retention-minimum.short': '日志只保留 {days} 天，至少须保留 {minimum} 天',
  'policy.finding.eks-private-encrypted.endpoint': '集群 API 不得可从互联网访问（endpointPublicAccess: false）',
  'policy.finding.eks-private-encrypted.secrets': '集群的 Secret 须用客户管理密钥加密（encryptionConfig）',
  'policy.finding.s3-versioning-enabled.disabled': '存储桶版本控制须为 Enabled，被覆盖或删除的对象才能恢复',
  'policy.finding.s3-versioning-enabled.claim':
    '系统 {number}（{slug}）的存储桶申领 {claim}：其存储桶 {bucket} 没有启用（Enabled）版本控制（该存储桶的 BucketVersioning），被覆盖或删除的对象无法恢复',
  'policy.finding.iam-no-wildcard-admin.policy': '该策略对所有资源授予所有操作（Action 与 Resource 均为 "*"）',
  'policy.finding.iam-no-wildcard-admin.role-policy': '该角色策略对所有资源授予所有操作（Action 与 Resource 均为 "*"）',
  'policy.finding.iam-no-wildcard-admin.attachment': '平台角色不得附加 AdministratorAccess 策略',

  'policy.finding.bucket-companions.missing': '存储桶 {name} 没有{companion}',
  'policy.part.companion.versioning': '版本控制配置（BucketVersioning）：被覆盖或删除的对象无法恢复',
  'policy.part.companion.encryption':
    '加密配置（BucketServerSideEncryptionConfiguration）：其对象没有用客户管理密钥加密存储',
  'policy.part.companion.public-access':
    '公共访问阻止配置（BucketPublicAccessBlock）：其 ACL 和策略可能使它向互联网开放',

  'policy.finding.volumes-encrypted.class-unencrypted':
    '存储类 {name} 创建未加密的卷（parameters.encrypted 须为 "true"）',
  'policy.finding.volumes-encrypted.class-provider-key':
    '存储类 {name} 用云服务商的密钥加密；请在 parameters.{parameter} 中指定客户密钥',
  'policy.finding.volumes-encrypted.volume': '卷 {name} 须用客户管理密钥加密',
  'policy.finding.volumes-encrypted.default-off': 'EBS 默认加密已关闭',
  'policy.finding.stateful-resources-protected.unprotected':
    '{kind} {name} 存有数据，却没有删除保护（资源选项 protect）',

  'policy.finding.s3-encryption-customer-key.kms':
    '存储桶对象须用客户管理的 KMS 密钥加密（sseAlgorithm 设为 aws:kms，并指定 kmsMasterKeyId）',
  'policy.finding.s3-public-access-blocked.open': '公共访问没有完全阻止：{settings} 须为 true',
  'policy.finding.rds-encrypted-private-protected.encryption':
    '数据库须用客户管理密钥加密（storageEncrypted 与 kmsKeyId）',
  'policy.finding.rds-encrypted-private-protected.public': '数据库不得可公开访问',
  'policy.finding.rds-encrypted-private-protected.deletion': '数据库须开启删除保护',
  'policy.finding.backup-vault-customer-key.key': '备份库须用客户管理密钥加密（kmsKeyArn）',
  'policy.finding.s3-tls-only.insecure':
    '存储桶 {name} 接受不经 TLS 的请求（没有策略拒绝 aws:SecureTransport 为 false 的请求）',
  'policy.finding.rds-audit-logs.none': '数据库没有导出供审计的日志（enabledCloudwatchLogsExports）',
  'policy.finding.gold-tier-multi-az.single': '金级数据库须在两个可用区运行（multiAz）',
  'policy.finding.kms-key-rotation.off': '客户管理密钥须每年轮换（enableKeyRotation）',

  'policy.finding.vpc-flow-logs.missing': 'VPC {name} 没有记录其全部流量的流日志',
  'policy.finding.no-admin-ports-open-to-world.open': '管理端口 {ports} 向 0.0.0.0/0 开放',
  'policy.finding.no-public-addresses.subnet': '子网 {name} 为实例分配公网 IP（mapPublicIpOnLaunch）',
  'policy.finding.no-public-addresses.instance': '实例 {name} 有公网 IP（associatePublicIpAddress）',
  'policy.finding.no-public-addresses.eip': '弹性 IP {name} 是公网地址',
  'policy.finding.no-public-addresses.service':
    '命名空间 {namespace} 中的 Service {name} 可从集群外访问（{type}）；只有 {entries} 可以发布入口',
  'policy.finding.mlps-database-multi-az.single': '{which}须在第二个可用区有热备（multiAz: true），与其备份等级无关',
  'policy.part.mlps-level-database': '等保 {level} 级的数据库',
  'policy.part.untagged-database': '没有 {tag} 标签（按 3 级判定）的数据库',

  'policy.finding.s3-access-logging.unclear':
    '访问日志配置 {name} 关联的存储桶 {buckets} 都不是访问日志存储桶：它须写入所在中心的访问日志存储桶（envcloud:platform: {role}）',
  'policy.finding.s3-access-logging.no-target': '访问日志配置 {name} 没有指定目标存储桶，其存储桶的请求没有任何记录',
  'policy.finding.s3-access-logging.self': '存储桶 {buckets} 把自己的请求日志写入自身；请写入本中心的访问日志存储桶',
  'policy.finding.s3-access-logging.not-log-bucket':
    '访问日志配置 {name} 写入存储桶 {bucket}，它不是访问日志存储桶（envcloud:platform: {role}）',
  'policy.finding.s3-access-logging.other-center':
    '访问日志配置 {name} 写入另一个中心的存储桶 {bucket}；S3 只在同一区域、同一账号内投递访问日志',
  'policy.finding.s3-access-logging.data-in-log-bucket':
    '存储桶 {name} 存有系统数据，却被标记为访问日志存储桶（envcloud:platform: {role}）',
  'policy.finding.s3-access-logging.unlogged':
    '存储桶 {name} 没有服务器访问日志（BucketLogging）：对其对象的请求没有任何记录',
  'policy.finding.s3-access-logging.short': '访问日志存储桶 {name} 的记录 {days} 天后过期，至少须保留 {minimum} 天',

  'policy.not-applicable.cloudtrail-s3-data-events.systems-only':
    '只含系统的栈：记录这些存储桶的审计跟踪在平台栈（envcloud:platformStack）中',
  'policy.finding.cloudtrail-s3-data-events.no-management':
    '审计跟踪 {name} 使用高级事件选择器，却没有 Management 选择器，因此不再记录管理事件',
  'policy.finding.cloudtrail-s3-data-events.exclusions':
    '审计跟踪 {name} 把 {count} 个存储桶前缀排除在 S3 数据事件之外，但只有角色为 {roles} 的存储桶可以排除',
  'policy.finding.cloudtrail-s3-data-events.exclusions-named':
    '审计跟踪 {name} 把 {count} 个存储桶前缀排除在 S3 数据事件之外，但只有角色为 {roles} 的存储桶可以排除（它排除了 {buckets}）',
  'policy.finding.cloudtrail-s3-data-events.reads':
    '审计跟踪 {name} 把存储桶排除在 S3 数据事件之外，却没有记录对它们的读取',
  'policy.finding.cloudtrail-s3-data-events.uncovered':
    '没有多区域审计跟踪记录全部存储桶的 S3 对象数据事件（{type}）：{count} 个存储桶的读写不在审计跟踪中',

  'policy.finding.k8s-pods-hardened.no-spec': 'Pod 模板没有 spec',
  'policy.finding.k8s-pods-hardened.host-network': '不允许使用 hostNetwork',
  'policy.finding.k8s-pods-hardened.host-pid': '不允许使用 hostPID 和 hostIPC',
  'policy.finding.k8s-pods-hardened.host-path': '卷 {name} 挂载了 hostPath',
  'policy.finding.k8s-pods-hardened.root': '容器 {name} 须设置 runAsNonRoot',
  'policy.finding.k8s-pods-hardened.privileged': '容器 {name} 不得以特权模式运行',
  'policy.finding.k8s-pods-hardened.escalation': '容器 {name} 须设置 allowPrivilegeEscalation: false',
  'policy.finding.k8s-pods-hardened.read-only': '容器 {name} 的根文件系统须为只读',
  'policy.finding.k8s-pods-hardened.limits': '容器 {name} 须设置 CPU 和内存限额',
  'policy.finding.k8s-approved-registry.image': '容器 {name} 使用的镜像 {image} 不是来自 {registry}',
  'policy.finding.k8s-pods-in-their-pool.selector':
    '其 Pod 运行在资源池 `{pool}` 的命名空间 {namespace} 中，所选的却是{selected}：缺少 nodeSelector {nodeLabel}: {pool}',
  'policy.part.no-pool': '（未选资源池）',
  'policy.part.pool': '资源池 `{pool}`',
  'policy.finding.k8s-pods-in-their-pool.toleration':
    '其 Pod 不容忍资源池 `{pool}` 节点上的污点 {taint}，因此永远不会调度到那里',
};
