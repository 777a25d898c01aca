import type { EN_INPUTS2 } from './en-inputs2';

/** 清单以外输入的中文消息（续，与 en-inputs2.ts 一一对应）：读不了的输入文件、明文凭据、栈配置、豁免文件、策略包配置、真实部署。 */
export const ZH_INPUTS2: Readonly<Record<keyof typeof EN_INPUTS2, string>> = {
  'inputs.file.cannot-read': '无法读取：{reason}',
  'inputs.file.reason.folder': '它是一个文件夹',
  'inputs.file.reason.not-regular': '它不是普通文件（而是设备、FIFO 或套接字）',
  'inputs.file.reason.denied': '没有权限：请让你的账户可以读取该文件',
  'inputs.file.reason.loop': '它是指回自身的符号链接（链接成环）',
  'inputs.file.reason.gone': '它不存在（指向已删除文件的符号链接，或在 validate 运行期间被删除的文件）',
  'inputs.file.reason.folder-like-manifest': '它是一个按清单文件命名的文件夹',
  'inputs.file.reason.not-folder': '它不是文件夹（路径中的某一段是文件或设备）',
  'inputs.manifest.unreadable': '无法读取该文件：{reason}',
  'inputs.manifest.unreadable.hint': '请确认该文件存在，并且你的账户可以读取',
  'inputs.manifest.secret.hint':
    '切勿把凭据写进清单或栈文件：用 `pulumi config set --secret <键> <值>` 保存（在栈文件中加密），由程序作为机密读取',
  'inputs.file.cannot-read.hint': '请指定一个你可以读取的普通文件',
  'inputs.file.too-large': '大小为 {size}（{bytes} 字节），超过这类文件的上限 {limit}（{limitBytes} 字节）',
  'inputs.file.too-large.hint': '手写的这类文件只有几 KiB：请确认这是你要指定的文件',

  'inputs.secret': '`{field}` 含有明文凭据（{kind}）',
  'inputs.secret.kind':
    '{kind, select, private_key {私钥} aws_access_key {AWS 访问密钥} connection_string_with_a_password {带密码的连接串} json_web_token {JSON Web 令牌} github_token {GitHub 令牌} slack_token {Slack 令牌} bearer_token {Bearer 令牌} kubeconfig_credential {kubeconfig 凭据} other {{kind}}}',
  'inputs.secret.value-of': '`{key}` 的值',
  'inputs.secret.as-name': '{kind}，被用作字段名',

  'inputs.config.line': '{at}: 错误[stack-config]：{text}',
  'inputs.config.keyed': '{key} {message}',
  'inputs.config.hint': '  提示：{hint}',
  'inputs.config.untranslated': '该配置项有问题（此说明暂无中文，用 --lang en 查看英文说明）',
  'inputs.config.required': '是必填项',
  'inputs.config.required.hint': '在 Pulumi.<stack>.yaml 中设置，或执行 `pulumi config set {key}`',
  'inputs.config.not-mapping': '应是设置项的映射，而不是 {found}',
  'inputs.config.not-mapping.hint':
    '写 `config:`，在其下缩进、每行一个设置项（`  envcloud:mode: aws`），与 `pulumi config set` 写入的格式相同',
  'inputs.config.unknown': '不是已知的配置项',
  'inputs.config.unknown.hint': '已知的配置项：{allowed}',
  'inputs.config.unknown.hint-suggest': '是不是要写 `{suggestion}`？已知的配置项：{allowed}',
  'inputs.config.enum': '不允许取值 {value}',
  'inputs.config.enum.hint': '允许的取值：{allowed}',
  'inputs.config.found': '{problem}，实际为 {value}',
  'inputs.config.one-primary': '必须恰好有一个角色为 `primary` 的中心，实际有 {found} 个',
  'inputs.config.second-role': '第二个 `{role}` 中心',
  'inputs.config.name-twice': '中心名称 `{name}` 用了两次',
  'inputs.config.same-cluster':
    '与 {role} 中心 `{name}` 连到同一个集群（kubeconfig 和上下文都相同）：保存在这里的备份副本就和所保护的数据放在了一起',
  'inputs.config.same-cluster.hint': '给每个中心配上它自己集群的上下文（或 kubeconfig）：两地三中心',
  'inputs.config.aws-required': '在 `aws` 模式下是必填项',
  'inputs.config.other-mode': '在 `{mode}` 模式下不读取 `{field}`：它属于另一种模式',
  'inputs.config.other-mode.hint':
    '{mode, select, aws {AWS 中心使用 `region`、`availabilityZones` 和 `vpcCidr`} other {集群通过 `context` 或 `kubeconfig` 连接}}：请删去该键，或设置 `envcloud:mode`',
  'inputs.config.aws-required.hint': '每个 AWS 中心都需要一个区域、两个可用区（仅做备份的同城中心一个）和一个 VPC 网段',
  'inputs.config.kubeconfig-needed': '在 `kubeconfig` 模式下需要 `context` 或 `kubeconfig`',
  'inputs.config.kubeconfig-needed.hint':
    '例如 `pulumi config set --secret --path envcloud:centers[N].kubeconfig "$(cat cluster.kubeconfig)"`',
  'inputs.config.single-center': '只能在恰好一个中心时使用（实际有 {found} 个）',
  'inputs.config.single-center.hint': '配置了备份中心时，备份必须复制到这些中心',
  'inputs.config.platform-stack-kubeconfig':
    '只能用于 `aws` 模式：部委自有集群上的只含系统的栈会部署系统却不建其数据库和存储桶（CloudNativePG、Rook），其备份也无法对照平台栈判断',
  'inputs.config.platform-stack-kubeconfig.hint':
    '请在平台栈中部署这些系统（平台栈的 `envcloud:systems`，不设置则为全部系统），由平台栈一并建设其数据和备份',
  'inputs.config.operator':
    '`{declared}` 不是 envcloud 为之生成自定义资源的 {project} 版本（{pinned}，vendor/crds/{crds}）',
  'inputs.config.operator.hint':
    '在集群上运行 {project} {pinned}，或引入 {declared} 的 CRD 并修改 model/operators.ts 中锁定的版本（见 vendor/crds/README.md）',
  'inputs.config.plaintext': '含有明文凭据（{kind}）',
  'inputs.config.plaintext.hint': '请改为加密保存：`pulumi config set --secret {setting} <value> --stack {stack}`',
  'inputs.config.bad-key': '无法把 {key} 解析为配置键（配置键的形式应为 `<namespace>:<name>`）',
  'inputs.config.bad-key.hint': '写成 `{namespace}:<name>` 或 `<provider>:<name>`',
  'inputs.config.missing': '栈 “{stack}” 缺少配置值 {keys}（共 {count} 个）',
  'inputs.config.missing.hint':
    '用 `pulumi config set {key} <value> --stack {stack}` 逐一设置（共 {count} 个），或在 {file} 中给出 `default`',
  'inputs.config.must-encrypt': '栈 “{stack}” 的配置键 “{key}” 是机密，必须加密保存',
  'inputs.config.must-encrypt.hint': '用 `pulumi config set --secret {fullKey} <value> --stack {stack}` 加密保存',
  'inputs.config.must-type': '栈 “{stack}” 的配置键 “{key}” 的类型必须是 “{type}”',
  'inputs.config.must-type.hint': 'Pulumi.yaml 把 `{key}` 声明为 {type}',
  'inputs.config.cidr.invalid': '`{cidr}` 不是 IPv4 网段',
  'inputs.config.cidr.invalid.hint': '四个 0–255 的数字加前缀长度，例如 10.10.0.0/16',
  'inputs.config.cidr.host-bits': '`{cidr}` 的主机位不为零',
  'inputs.config.cidr.host-bits.hint': '是不是要写 `{network}`？',
  'inputs.config.cidr.public': '`{cidr}` 不是私有网段',
  'inputs.config.cidr.public.hint': 'VPC 使用私有地址（RFC 1918）：10.0.0.0/8、172.16.0.0/12 或 192.168.0.0/16',
  'inputs.config.cidr.overlap': '与 {role} 中心的 `{other}` 重叠',
  'inputs.config.cidr.overlap.hint': '给每个中心各自的网段，中心之间才能互相路由（备份和复制要跨中心）',

  // The stack config against the world it describes (stacks/config-reality.ts).
  'inputs.reality.partition': '{partition, select, aws_cn {AWS 中国区} other {AWS 全球区（商业）}}',
  'inputs.reality.because.region': 'aws:region 为 {region}',
  'inputs.reality.because.center': '{role} 中心位于 {region}',
  'inputs.reality.because.default': '除非 aws:region 另有指定，envcloud 部署到 AWS 中国区',
  'inputs.reality.not-region': '`{region}` 不是 AWS 区域',
  'inputs.reality.regions': '{partition}的区域：{regions}',
  'inputs.reality.regions-suggest': '是不是要写 `{suggestion}`？{partition}的区域：{regions}',
  'inputs.reality.zones': '{region} 的可用区：{zones}',
  'inputs.reality.zones-named': '{region} 的可用区名为 {region}a、{region}b 等',
  'inputs.reality.then': '；{text}',
  'inputs.reality.backup-only':
    '只列了一个可用区，这会让 {role} 中心成为仅备份中心（没有集群）：只有同城备份中心可以这样，因为系统运行在主中心，并切换到异地中心',
  'inputs.reality.backup-only.hint': '列出 {min} 个可用区（它的 EKS 集群和数据库子网组跨 {min} 个可用区）{zones}',
  'inputs.reality.other-partition': '`{region}` 是{regionPartition}的区域，但本栈在{partition}（{because}）',
  'inputs.reality.other-partition.hint': '一个栈的凭据只能访问一个分区；{partition}的区域：{regions}',
  'inputs.reality.not-zone': '`{zone}` 不是 {role} 中心所在区域 {region}（{place}）的可用区',
  'inputs.reality.zone-suggest': '是不是要写 `{suggestion}`？{zones}',
  'inputs.reality.remote-same-region': '与主中心是同一区域：异地灾备中心必须在另一个区域',
  'inputs.reality.remote-same-region.hint': '{partition}中 {primary} 以外的区域：{regions}',
  'inputs.reality.shared-zone': '`{zone}` 也是主中心的可用区：一个可用区故障会同时影响两个中心',
  'inputs.reality.layout.unknown': '使用主中心未列出的 {region} 可用区',
  'inputs.reality.layout.backup-only':
    '`availabilityZones: [{zone}]`，同城中心将建为仅备份中心（只有备份库、密钥和日志，没有集群）',
  'inputs.reality.layout.free': '使用主中心未列出的可用区：{zones}（自建集群需要 {min} 个，仅备份中心只需一个）',
  'inputs.reality.layout.one-left':
    '{region} 有 {count} 个可用区，主中心占用 {taken} 个：列出剩下的那一个，{backupOnly}',
  'inputs.reality.layout.none-left': '{region} 只有 {count} 个可用区，全被主中心占用：那里的同城中心无法与主中心错开',
  'inputs.reality.layout.all':
    '主中心列出了 {region} 的全部可用区：给它 {min} 个（{zones}），把剩下的一个列在这里，{backupOnly}',

  'inputs.waivers.missing': '{file}：豁免文件不存在',
  'inputs.waivers.unreadable': '豁免文件{problem}',
  'inputs.waivers.secret.hint': '豁免写明由谁负责（单位和个人或邮箱），绝不写凭据：请删除它，并更换该凭据',
  'inputs.waivers.scope': '第 {number} 条豁免（{rule}）既没有写覆盖哪个资源，也没有写覆盖哪个系统',
  'inputs.waivers.scope.hint': '加上 `resource:`（URN、资源名或 "*"）或 `system:`（清单编号或简称）',
  'inputs.waivers.short':
    '第 {number} 条豁免（{rule}）的 {field} 去掉空格后只有 {length} 个字符，至少需要 {minimum} 个',
  'inputs.waivers.short.reason.hint': '说明为什么可以接受这个例外，以及用什么措施弥补',
  'inputs.waivers.short.owner.hint': '写明单位和个人或邮箱',
  'inputs.waivers.unknown-stack':
    '第 {number} 条豁免（{rule}）针对栈 `{stack}`，但没有 Pulumi.{stack}.yaml：它永远不会生效',
  'inputs.waivers.unknown-stack.hint': '是不是要写 `{suggestion}`？现有的栈：{stacks}',
  'inputs.waivers.unknown-stack.none': '它旁边没有任何 Pulumi.<stack>.yaml',
  'inputs.waivers.unknown-rule': '第 {number} 条豁免写的规则 `{rule}` 不在策略包中',
  'inputs.waivers.unknown-rule.hint': '是不是要写 `{suggestion}`？`envcloud audit --list-rules` 列出全部规则',
  'inputs.pack.unreadable': '策略包配置{problem}',
  'inputs.pack.missing': '{file}：没有这个策略包配置文件',
  'inputs.pack.secret.hint': '策略包配置只设定策略如何运行，绝不写凭据：请删除它，并更换该凭据',
  'inputs.pack.format.hint': '该文件是 Pulumi 的策略包配置：{example}',
  'inputs.pack.in-policy': '`{policy}`：{message}',
  'inputs.pack.not-object': '策略包配置必须是以策略名（或 `all`）为键的 JSON 对象',
  'inputs.pack.unknown-policy': '`{name}` 不是策略包中的策略（是不是要写 `{suggestion}`？）',
  'inputs.pack.level-or-object': '`{name}` 必须是执行级别或对象',
  'inputs.pack.bad-level': '`{name}` 的执行级别 `{level}` 无效；允许的级别：{allowed}',
  'inputs.pack.all-disabled':
    '停用了策略包中判定栈的全部策略（{count} 条；豁免策略只检查豁免文件）：按此配置审计什么也不检查，其 PASSED 毫无意义',
  'inputs.pack.all-disabled.hint': '只按名称停用不适用的策略，其余保持原有级别',
  'inputs.pack.not-json': '不是有效的 JSON（{detail}）',
  'inputs.pack.all-setting': '`all` 只接受 `enforcementLevel`，不接受 `{key}`：请在策略自己的名称下设置',
  'inputs.pack.waived-findings-disabled':
    '停用了 `waived-findings`，该策略报告每一条被豁免的发现：停用后，策略包运行时被豁免的发现将不再显示；请保持为 `advisory`',
  'inputs.pack.waived-findings-mandatory':
    '把 `waived-findings` 设为 mandatory：策略包运行时，每一条已被豁免接受的发现都会使 `pulumi up` 失败，而 `audit` 将其计为已豁免并通过；请保持为 `advisory`',

  'deploy.real.parallel-max': '最多只能同时部署 {max} 个栈，实际给了“{value}”',
  'deploy.real.unavailable': '{problem}\n{offline}',
  'deploy.real.no-cli':
    '未找到 Pulumi CLI：PATH 中没有 `pulumi` 命令，真实部署无法进行，未启动任何堆栈。请安装 Pulumi CLI 3.248 或更高版本（https://www.pulumi.com/docs/install/）并将其加入 PATH。',
  'deploy.real.no-backend':
    '未登录 Pulumi 状态后端：没有 PULUMI_ACCESS_TOKEN、PULUMI_BACKEND_URL，也没有 `pulumi login` 记录，真实部署无法进行，未启动任何堆栈。请先登录（例如 `pulumi login s3://envcloud-pulumi-state?region=cn-north-1`，或 file://…，或 Pulumi Cloud 组织）。',
  'deploy.real.offline-instead': '`envcloud deploy --offline` 在本机离线运行同样的编排（不部署任何资源）。',
  'deploy.real.platform-deployed': '已部署：它导出了 `platform`',
  'deploy.real.wave-deployed': '已部署：最近一次更新于 {time} 成功',
  'deploy.real.preview': '预览：{changes}',
  'deploy.real.up': '部署：{changes}（报告了 {resources} 个资源）',
  'deploy.real.no-changes': '无变更',
  'deploy.real.change':
    '{kind, select, create {新建} update {更新} delete {删除} same {不变} replace {替换} read {读取} refresh {刷新} import {导入} discard {丢弃} other {{kind}}} {count} 个',
  'deploy.real.platform-not-deployed':
    '平台栈 {stack} 没有导出 `platform`：它尚未部署；请先不带 --wave 运行 `envcloud deploy --stack {stack}`',
  'deploy.real.wave-not-deployed': '它最近一次更新{last}：请先部署第 {wave} 批',
  'deploy.real.last-was':
    '是一次{kind, select, update {更新} refresh {刷新} destroy {销毁} import {导入} rename {重命名} other { {kind} }}，结果为{result, select, succeeded {成功} failed {失败} other { {result}}}',
  'deploy.real.last-never': '从未发生',
  'deploy.real.up-failed': '`pulumi up` 的结果为{result, select, failed {失败} cancelled {已取消} other { {result}}}',

  'program.manifest-errors':
    '清单有错误（{count} 处），不部署任何资源；请先修正（`npx envcloud validate` 会全部列出）：',
  'program.manifest-errors.more': '…… 另有 {count} 处',
  'inputs.preflight.title': '该栈无法部署（部署前检查）：',
  'inputs.preflight.line': '{at}: 错误[{rule}]：{message}',
  'inputs.preflight.of-system': '系统 {number}（{slug}）：{problem}',
  'inputs.preflight.engine': '数据库引擎 `{engine}` 不能在本栈的集群上运行，这些集群只运行 {engines}（CloudNativePG）',
  'inputs.preflight.engine.hint':
    '改用 `engine: postgresql`（迁移表结构和数据，例如用 pgloader），或用 `{namespace}:mode: aws` 的栈部署该系统，其托管数据库支持 {engine}',
  'inputs.preflight.replica-name':
    '其副本数据库集群 `{name}` 的名称有 {length} 个字符，CloudNativePG 的集群名称最多 {max} 个字符',
  'inputs.preflight.replica-name.hint':
    '在 `{namespace}:centers` 下给该中心换一个较短的名称（副本集群名为 `<系统>-db-<中心>`），或给系统换一个较短的 slug（改名的系统在 `previousSlugs` 中保留其第一个 slug）',
  'inputs.preflight.declare.hint':
    '集群团队在每个集群的 `{ns}` 中运行 {project} {version} 后，在 Pulumi.<stack>.yaml 的 `{namespace}:operators` 下声明它（`{declaration}`），或写 `installedBy: envcloud` 由平台栈安装它的 chart',
  'inputs.preflight.serves':
    '{name, select, cloudnative_pg {PostgreSQL 数据库（Cluster、ScheduledBackup）} velero {卷和命名空间的备份（BackupStorageLocation、Schedule）} other {对象存储和存储桶（CephObjectStore、ObjectBucketClaim）}}',
  'inputs.preflight.operator-platform':
    '每个中心的集群都需要 {project} 来提供{serves}，但 `{namespace}:operators` 没有声明它',
  'inputs.preflight.operator-database':
    '它的数据库运行在 {project} 上，但 `{namespace}:operators` 没有为本栈的集群声明它',
  'inputs.preflight.or-aws': '{hint}；或用 `{namespace}:mode: aws` 的栈部署该系统',
  'inputs.preflight.registry':
    '工作负载 `{workload}` 使用来自 {registry} 的镜像 {image}，而不是本栈批准的镜像仓库 {approved}（{namespace}:approvedRegistry）',
  'inputs.preflight.registry.hint': '把镜像推送到 {approved} 并从那里引用，或用批准 {registry} 的栈部署该系统',
  'inputs.preflight.capacity':
    '资源池 `{pool}` 超出容量：{count} 个系统共申请 {requested} {unit, select, cpu {核} memoryGiB {GiB 内存} other {GiB 存储}}，可用 {capacity}；最大的：{largest}',
  'inputs.preflight.capacity.hint':
    '调高 `{namespace}:pools.{pool}.{resource}`，减少本栈部署的系统（`{namespace}:systems`），或降低最大几个系统的申请量',
  'inputs.preflight.tier.hint': '选择本栈的中心能提供的备份等级，或给本栈配置该等级所需的中心（`{namespace}:centers`）',
  'inputs.preflight.tier.missing': '`{tier}` 等级要把备份复制到 {missing} 中心，而本栈没有',
  'inputs.preflight.tier.multi-az': '`{tier}` 等级运行在两个可用区，但主中心列出的可用区不足两个',

  'inputs.selection.none':
    '选择了{what, select, numbers {系统编号} waves {批次} other {单位}} `{value}`，但没有任何清单有它：本栈将不会部署它',
  'inputs.selection.none.hint': '清单中有：{known}',
  'inputs.selection.empty':
    '没有选中任何系统：{criteria} 各自都有清单满足，但没有清单同时满足全部条件（各条件之间是“且”的关系）：本栈将什么也不部署',
  'inputs.selection.empty.hint': '请核对所列系统是否在所列批次和单位中；若有意不部署任何系统，请写 `numbers: []`',
  'inputs.selection.none.hint-suggest': '是不是要写 `{suggestion}`？清单中有：{known}',

  'inputs.project.example': '例如 `{text}`',
  'inputs.project.missing': '在本文件夹及其上级文件夹中都不存在',
  'inputs.project.missing.hint': '栈文件应放在项目的 Pulumi.yaml 旁边',
  'inputs.project.vanished': '读取期间消失了',
  'inputs.project.vanished.hint': '请重新运行命令',
  'inputs.project.no-name': '项目缺少非空字符串属性 “name”',
  'inputs.project.config-map': '必须把配置键映射到它们的声明',
  'inputs.project.config-map.hint': 'envcloud 把栈文件放在 Pulumi.yaml 旁边；不使用 `stackConfigDir`',
  'inputs.project.main': '必须是程序的文件夹或文件（相对于 Pulumi.yaml）',
  'inputs.project.no-runtime': '项目缺少 “runtime” 属性',
  'inputs.project.options': '必须把运行时选项映射到它们的值',
  'inputs.project.option-type': '必须是{type, select, boolean {布尔值} other {字符串}}',
  'inputs.project.items-type': '必须写明数组元素的类型',
  'inputs.project.items-type.hint': '取 {types} 之一，例如 `{example}`',
  'inputs.project.array-of-arrays': '是数组的数组，却没有 `items`',
  'inputs.project.array-of-arrays.hint': '写明内层数组的元素：`{example}`',
  'inputs.project.bad-key.hint': '写成 `envcloud:<name>` 或 `<provider>:<name>`',
  'inputs.project.not-declaration': '必须是声明（type、description、default）或一个值',
  'inputs.project.e-g': '例如 `{example}`',
  'inputs.project.attribute': '`{attribute}` 不是配置声明的属性',
  'inputs.project.allowed-suggest': '是不是要写 `{suggestion}`？允许的取值：{allowed}',
  'inputs.project.type': '{value} 不是配置类型',
  'inputs.project.secret': '必须是 true 或 false',
  'inputs.project.both': '项目配置 “{key}” 不能同时有 “default” 和 “value” 属性',
  'inputs.project.both.hint': '保留 `default`（栈可以覆盖它）或 `value`（用于其他命名空间），不要两者都写',
  'inputs.project.array-items': '配置键 “{key}” 声明为数组，却没有用 “items” 属性指定元素类型',
  'inputs.project.array-items.hint': '加上例如 `{example}`',
  'inputs.project.default-type': '配置键 “{key}” 的默认值不是期望的类型 “{type}”',
  'inputs.project.default-type.hint': '给出类型为 {type} 的默认值，或修改类型',
  'inputs.project.typed-foreign': '配置键 “{key}” 不在项目的命名空间中，不应定义类型',
  'inputs.project.typed-foreign.hint': '只有 `{project}:` 的键才有类型；请给 `{key}` 一个 `value`',
  'inputs.project.default-foreign':
    '配置键 “{key}” 不在项目的命名空间中，不应定义默认值。是不是要用 “value” 属性代替 “default”？',
  'inputs.project.default-foreign.hint': '把 `default` 改名为 `value`',
  'inputs.project.value-needed': '配置键 “{key}” 属于其他命名空间，必须提供 “value” 属性',
  'inputs.project.value-needed.hint': '改为在各栈的 Pulumi.<stack>.yaml 中设置，或给它一个 `value`',
};
