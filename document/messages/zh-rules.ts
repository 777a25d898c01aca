import type { EN_RULES } from './en-rules';

/**
 * 规则（validation/rules/）对清单的消息的中文，并入中文目录（zh.ts）。字段路径、取值、规则 id 和
 * 文件名照原样写在反引号里；括号里的中文名称（业务系统名、状态名）来自 model/。
 */
export const ZH_RULES: Readonly<Record<keyof typeof EN_RULES, string>> = {
  'rule.join.comma': '{first}、{second}',
  'rule.join.or': '{first}或{second}',
  'rule.duration': '{value} {unit, select, d {天} h {小时} other {分钟}}',

  'rule.merge-names-business-system.missing':
    '处置方式为 `merge`（纳入业务系统），但没有说明纳入八大业务系统中的哪一个',
  'rule.merge-names-business-system.missing.hint': '添加 `businessSystem:`，取值为 {allowed} 之一',
  'rule.merge-names-business-system.unexpected':
    '填写了 `businessSystem: {businessSystem}`（{name}），但处置方式是 `{outcome}`，不是 `merge`',
  'rule.merge-names-business-system.unexpected.hint':
    '要把系统纳入该业务系统，请写 `outcome: merge`；否则删除 `businessSystem`',
  'rule.exempt-gives-reason.message': '不予整合（仅本单位内部使用）的系统必须详细说明不予整合的理由',
  'rule.exempt-gives-reason.hint': '添加 `reason:`，说明该系统为何只在本单位内部使用、无法整合',
  'rule.decommission-runs-nothing.message': '清理下线的系统不能再运行任何内容，但它声明了 {running}',
  'rule.decommission-runs-nothing.hint': '删除这些内容；数据通过 `spec.archive` 归档保存',
  'rule.placement-deployed.message':
    '处置结果为 `{outcome}` 的系统不部署自己的工作负载、数据库或存储，但它声明了 {parts}：它们永远不会运行',
  'rule.placement-deployed.hint':
    '从 `spec.placement` 中删去 `{first}`；如果系统运行自己的软件，请改用迁移上云的处置结果（`keep`、`merge` 等）',
  'rule.exempt-runs-nothing.message': '不予整合的系统不上云，但它声明了要在云上运行的 {running}',
  'rule.exempt-runs-nothing.hint':
    '删除 `placement`；如果系统要在云上运行，请把处置方式由 `exempt` 改为其他（例如 `keep`）',
  'rule.websites-in-website-cluster.message': '处置方式为 `{outcome}` 的系统声明了自己的网站；网站只能由部网站群提供',
  'rule.websites-in-website-cluster.hint': '要把网站迁入部网站群，请写 `outcome: website-cluster`；否则删除 `website`',
  'rule.decommission-archives-data.message': '清理下线的系统没有数据归档计划',
  'rule.decommission-archives-data.hint': '在 `spec` 下添加 {example}',
  'rule.website-has-settings.settings': '处置方式为 `website-cluster`（纳入部网站群），需要填写网站设置',
  'rule.website-has-settings.settings.hint': '添加 {example}',
  'rule.website-has-settings.migrate': '处置方式为 `website-cluster`，但附件 2 的回答是网站不迁入部网站群',
  'rule.website-has-settings.migrate.hint': '设 `websiteCluster.migrate: true`',
  'rule.cloud-is-the-norm.placement': '处置方式为 `{outcome}` 的系统必须在云平台上运行，但没有填写 `placement`',
  'rule.cloud-is-the-norm.placement.hint':
    '添加 `placement:`，写明 `pool` 和 `workloads`；只有不予整合的内部使用系统才不上云',
  'rule.cloud-is-the-norm.migrate': '处置方式为 `{outcome}` 的系统必须迁移上云',
  'rule.cloud-is-the-norm.migrate.hint': '设 `cloud.migrate: true`，或把处置方式改为 `exempt` 并说明理由',
  'rule.zombie-matches-disposition.not-marked': '处置方式为 `decommission`（清理下线），但系统没有标为“僵尸系统”',
  'rule.zombie-matches-disposition.not-marked.hint': '设 `zombie: true`',
  'rule.zombie-matches-disposition.marked': '系统标为“僵尸系统”，但处置方式是 `{outcome}`',
  'rule.zombie-matches-disposition.marked.hint': '设 `zombie: false`，或把处置方式改为 `decommission`',
  'rule.portal-connection.extranet': '处置方式为 `extranet-portal`，但系统没有接入外网业务管理门户',
  'rule.portal-connection.extranet.hint': '设 `extranetPortal.connect: true`',
  'rule.portal-connection.method': '系统接入外网业务管理门户，但没有说明接入方式',
  'rule.portal-connection.method.hint': '添加 `method:`，取值为 {allowed} 之一（用户通过统一身份认证登录）',
  'rule.portal-connection.internet': '处置方式为 `internet-portal`，但系统没有接入互联网政务服务门户',
  'rule.portal-connection.internet.hint': '在 `integration` 下添加 {example}',
  'rule.portal-unified-identity.message':
    '`method: {method}` 只是从门户链接到系统；用户必须通过统一的数字证书身份认证登录',
  'rule.portal-unified-identity.hint': '改用 {allowed} 之一',
  'rule.data-onboarding-has-resources.onboard':
    '处置方式为 `data-onboarding`（数据接入），但数据没有接入环境信息资源中心',
  'rule.data-onboarding-has-resources.onboard.hint': '设 `resourceCenter.onboard: true`',
  'rule.data-onboarding-has-resources.method': '数据接入环境信息资源中心，但没有写明接入方式',
  'rule.data-onboarding-has-resources.method.hint':
    '添加 `method:`，取值为 `file-upload`、`interface-extraction`、`data-exchange` 之一',
  'rule.data-onboarding-has-resources.resources': '数据接入环境信息资源中心，但没有列出任何数据资源',
  'rule.data-onboarding-has-resources.resources.hint': '添加 `dataResources:`，每项数据资源写一个目录条目',

  'rule.image-from-approved-registry.message':
    '工作负载 `{workload}` 的镜像 {image} 来自 {from}，不是来自批准的镜像仓库 {registry}',
  'rule.image-from-approved-registry.hint':
    '把镜像推送到批准的镜像仓库，并从那里引用：`{registry}/<unit>/<name>:<tag>`',
  'rule.service-name-length.message':
    '工作负载 `{workload}` 的 Service 将命名为 `{service}`（{length} 个字符）：Kubernetes 最多允许 {max} 个',
  'rule.service-name-length.hint':
    'Service 的名称是 `{slug}-` 加工作负载名称：请把工作负载名称缩短到 {room} 个字符以内',
  'rule.workload-ports-unique.message': '工作负载 `{workload}` 两次列出端口 {port}',
  'rule.workload-ports-unique.hint': '每个端口只列一次：Service 的各个端口必须在端口号或协议上不同',
  'rule.workload-ports-unique.first': '该端口首次列在这里',
  'rule.database-version-supported.message': '{engine} {version} 不是平台运行的版本',
  'rule.database-version-supported.hint':
    '请从 {versions} 中选择，只写主版本：小版本由平台选定（这里写的小版本，RDS 或镜像仓库未必有）',
  'rule.website-domain-public.message': '网站域名 `{domain}` 不是公网主机名',
  'rule.website-domain-public.hint': '写公众访问该网站所用的主机名，如 www.mee.gov.cn（不能是 IP 地址或 localhost）',
  'rule.website-domains-unique.message': '网站域名 `{domain}` 已是系统 {system}（{file}）的网站',
  'rule.website-domains-unique.hint': '每个网站有自己的主机名：网站群按主机名把请求转给网站',
  'rule.website-domains-unique.first': '该域名首次使用于此',
  'rule.names-on-one-line.message': '名称中有换行',
  'rule.unit-in-inventory.message': '`{unit}` 不是清查表（附件1）中的部内单位名称',
  'rule.unit-in-inventory.hint':
    '请按附件1的写法填写单位：报告按系统所列的每个单位统计，写法不同的单位会单独生成报告和附件2表格（部内新设单位请加入 model/units.ts）',
  'rule.unit-in-inventory.hint-suggest':
    '是不是 `{suggestion}`？报告按系统所列的每个单位统计，写法不同会单独成为一个单位',
  'rule.joint-units-separated.message': '单位之间用了 `{separator}` 分隔：报告只按 `、` 拆分联合单位',
  'rule.joint-units-separated.hint':
    '用 `、` 分隔联合单位，与清单附表相同（如“办公厅、行政体制与人事司”）；单个单位直接写名称',
  'rule.names-on-one-line.hint': '把名称写在一行内：报告和目录中每个名称占一行',
  'rule.requester-runs-system.message':
    '单位“{unit}”既不是系统 {number} 的主管单位，也不是其填报单位（主管单位为{managing}）',
  'rule.requester-runs-system.hint': '写明运行使用该数据的系统的单位，或该单位运行的系统：共享情况报告按申请单位统计',
  'rule.reporter-runs-system.hint': '写明运行获取该数据所用系统的单位，或该单位的系统',
  'rule.external-requester-outside-ministry.message': '“{unit}”是部内单位，但申请标为部外（`external: true`）',
  'rule.external-requester-outside-ministry.hint':
    '删去 `external: true`，并写明将使用该数据的系统：部内单位对有条件共享资源的申请在{internal}个工作日内答复（《共享办法》第21条），国家其他政务部门的在{external}个工作日内答复（第23条(四)）',
  'rule.database-names-fit.message': '数据库集群 `{name}`（{length} 个字符）比 CloudNativePG 允许的（{max} 个）长',
  'rule.database-names-fit.hint': '有 PostgreSQL 数据库的系统，其 slug 最多 {room} 个字符',
  'rule.workload-resources-set.cpu': '工作负载 `{workload}` 申请 {cpu} CPU：不足 1m，Kubernetes 会当作不设上限',
  'rule.workload-resources-set.memory':
    '工作负载 `{workload}` 申请 {memory} 内存：等于没有内存，Kubernetes 会当作不设上限',
  'rule.workload-resources-set.hint': '写出工作负载实际需要的资源（上限为其两倍），如 cpu: 500m、memory: 1Gi',
  'rule.placement-names-unique.twice':
    '本系统中有两个{what, select, workload {工作负载} volume {块存储卷} other {存储桶}}都叫 `{name}`',
  'rule.placement-names-unique.twice.hint':
    '把其中一个改名：每个{what, select, workload {工作负载} volume {块存储卷} other {存储桶}}都会成为以其名称命名的独立云上对象',
  'rule.placement-names-unique.first':
    '第一个名为 `{name}` 的{what, select, workload {工作负载} volume {块存储卷} other {存储桶}}',
  'rule.placement-names-unique.replica': '存储桶名 `{name}` 是存储桶 `{bucket}` 在异地中心的副本所用的名称',
  'rule.placement-names-unique.replica.hint':
    '给这个存储桶改名：以 `{suffix}` 结尾的名称留给它所对应的那个存储桶的副本使用',
  'rule.placement-names-unique.replica-of': '其副本使用该名称的存储桶',
  'rule.placement-names-unique.database':
    '{what, select, workload {工作负载} volume {块存储卷} other {存储桶}}名称 `{name}` 已被数据库自身的对象占用（`<slug>-db`、`-db-rw`、`-db-1`、`-db-app`）',
  'rule.placement-names-unique.database.hint':
    '换一个不是 `db`、也不以 `db-` 开头的名称：CloudNativePG 以此命名数据库的服务、存储卷和密钥',

  'rule.completed-names-day.missing': '状态为 `completed`（{state}），但没有写明完成日期',
  'rule.completed-names-day.missing.hint':
    '在 `spec.schedule` 下写 `completedOn: YYYY-MM-DD`：报告按某日统计时，只计入此前已完成的系统',
  'rule.completed-names-day.unexpected': '填写了 `completedOn`，但状态是 `{status}`（{state}），不是 `completed`',
  'rule.completed-names-day.unexpected.hint': '删去 `completedOn`，或在迁移完成后把状态设为 `completed`',
  'rule.blocked-names-reason-and-owner.missing': '状态为 `blocked`（{state}），但没有说明迁移受什么阻碍、由谁排除',
  'rule.blocked-names-reason-and-owner.missing.hint':
    '在 `schedule:` 下添加字段 `blocked: {open} reason: <受阻原因>, owner: <负责排除阻碍的人或单位> {close}`',
  'rule.blocked-names-reason-and-owner.unexpected': '填写了 `blocked`，但状态是 `{status}`（{state}），不是 `blocked`',
  'rule.blocked-names-reason-and-owner.unexpected.hint':
    '阻碍排除后删除 `blocked`；阻碍仍在时把状态设为 `status: blocked`',
  'rule.status-transition.named': '`{status}`（{state}）',
  'rule.status-transition.message': '与基线相比，状态从 {from} 变为 {to}，这不是合法的一步：{next}',
  'rule.status-transition.final': '{from} 是最终状态，其后不能再有任何状态',
  'rule.status-transition.next': '{from} 之后的下一个状态只能是 {next}',
  'rule.status-transition.steps.hint': '依次记录每一步（{steps}），每个基线只改一步；或者现在就设 `status: {first}`',
  'rule.status-transition.completed.hint': '已完成的迁移保持已完成状态：把状态改回 `status: {from}`',
  'rule.status-transition.set.hint': '把 `status:` 设为 {allowed}',
  'rule.status-transition.baseline': '基线中系统 {number} 的状态：{status}',

  'rule.backup-targets-within-tier.no-backup': '系统存有数据（数据库、存储或网站内容），但备份等级为 `none`',
  'rule.backup-targets-within-tier.no-backup.hint': '选择 `bronze`、`silver` 或 `gold`：平台上的数据一律要有备份',
  'rule.backup-targets-within-tier.stricter':
    '{target} 定为 {wanted}，比备份等级 `{tier}` 所能达到的（{promised}）更严',
  'rule.backup-targets-within-tier.stricter.hint':
    '把目标放宽到至少 {minutes} 分钟，或选择更高的备份等级（gold：RPO 15 分钟，RTO 1 小时）',

  'rule.used-by': '{where, select, self {本清单} other { {file}（{name}）}}',
  'rule.unique-number.message': '序号 {value} 已被{where}使用',
  'rule.unique-number.first': '序号 {value} 首次使用于此',
  'rule.unique-number.hint': '附件 1 中的系统保留其序号 1–182；新系统取下一个空闲序号（`envcloud new` 会自动选取）',
  'rule.slugs-not-nested.message':
    'slug `{value}` 以 `{prefix}-` 开头，而 `{prefix}` 是 {file} 中系统的 slug：两个系统可能给同一个云上对象命名（`<slug>-<部件>`）',
  'rule.slugs-not-nested.hint':
    '给系统换一个不以其他系统的 slug 加“-”开头的 slug：slug 以 `s` 和清单序号开头（`s027-…`）',
  'rule.slugs-not-nested.first': 'slug `{prefix}` 在此使用',
  'rule.unique-slug.message': 'slug `{value}` 已被{where}使用',
  'rule.unique-slug.first': 'slug `{value}` 首次使用于此',
  'rule.unique-slug.hint':
    'slug（现用的和曾用的）用来命名命名空间和云资源，因此各系统不能相同：加上序号或限定词；改过名的系统只在 `previousSlugs` 中列出旧的 slug',

  'rule.catalog-code.form':
    '`{code}` 不符合 {prefix}NNNNN{separator}SSSS 的格式（类、项、目，5 位系统序号，`{separator}`，4 位顺序号）',
  'rule.catalog-code.class': '类 {value} 不是 {expected}（部门目录）',
  'rule.catalog-code.item': '项 {value} 不是本部的 {expected}',
  'rule.catalog-code.heading': '目 {value} 不是本部的 {expected}',
  'rule.catalog-code.system-zero': '系统序号为 00000',
  'rule.catalog-code.sequence-zero': '顺序号 0000 不可用（顺序号从 0001 开始）',
  'rule.catalog-code-well-formed.message': '“{name}”的目录编码 `{code}` 格式不对：{problems}',
  'rule.catalog-code-well-formed.hint': '尚未发布的编码改为本系统的下一个空闲编码 `{next}`',
  'rule.catalog-code-own-system.message': '“{name}”的目录编码 `{code}` 属于系统 {owner}，不属于本系统（{number}）',
  'rule.catalog-code-own-system.hint':
    '资源只在发布它的系统中保留原编码；在这里它应改用本系统的下一个空闲编码 `{next}`',
  'rule.unique-catalog-code.message':
    '“{name}”的目录编码 `{code}` 已{where, select, self {在本清单前面} other {被系统 {system}（{file}）}}用于“{earlier}”',
  'rule.unique-catalog-code.hint': '目录编码不能共用，也不能重复使用：给这项资源分配本系统的下一个空闲编码 `{next}`',
  'rule.catalog-code.no-free.hint':
    '系统 {number} 已没有空闲的目录编码（顺序码 0001–9999 均已使用）：请与目录编制部门联系',
  'rule.unique-catalog-code.first': '该编码首次使用于此',

  'rule.duplicate-construction.one': '“{name}”与{other}看起来功能相同（{units}，名称相似度 {similarity}）',
  'rule.duplicate-construction.many':
    '“{name}”与其他 {count} 个系统看起来功能相同（{units}，名称相似度 {similarity}）：{others}{more, plural, =0 {} other {，另有 # 个未列出}}',
  'rule.duplicate-construction.system': '{file} 中的系统 {number}“{name}”',
  'rule.duplicate-construction.units-both': '均属{unit}',
  'rule.duplicate-construction.units-pair': '{first}和{second}',
  'rule.duplicate-construction.units-all': '均属{unit}',
  'rule.duplicate-construction.units-many':
    '分属 {count} 个单位：{shown}{more, plural, =0 {} other {，另有 # 个未列出}}',
  'rule.duplicate-construction.hint':
    '如果它们做的是同一件事，就把它们整合（处置方式 `merge`），或只保留一个、其余清理下线；如果不是，请在名称中写明它们的区别',
  'rule.duplicate-construction.other': '另一个功能相同的系统',

  'rule.conditional-sharing-terms.message':
    '有条件共享的数据资源“{name}”没有写明{missing, select, both {共享条件和共享范围} conditions {共享条件} other {共享范围}}',
  'rule.conditional-sharing-terms.hint':
    '在 `sharing` 下添加 {missing, select, both {`conditions:` 和 `scope:`} conditions {`conditions:`} other {`scope:`}}（写明谁可以获取、以什么条件获取）',
  'rule.not-shared-legal-basis.missing': '数据资源“{name}”不予共享，但没有提供法律、法规或政策依据',
  'rule.not-shared-legal-basis.missing.hint':
    '添加 `legalBasis:`，写明 `kind`（{kinds}）、`issuer`、`title`、`documentNumber` 和 `article`；或者共享这项数据',
  'rule.not-shared-legal-basis.level':
    '数据资源“{name}”不予共享的依据是{kindName} `{kind}`（《{title}》），低于共享办法第18条要求的层级',
  'rule.not-shared-legal-basis.level.hint': '只有{levels}才能作为不予共享的依据：引用其中之一，或者共享这项数据',
  'rule.not-shared-legal-basis.kind': '{kindName} `{kind}`',
  'rule.article-16-unconditional-sharing.message':
    '数据资源“{name}”（{catalogClass}：{businesses}的业务数据）只作有条件共享，{basis, select, none {却没有任何法律依据} other {所依据的{kindName} `{kind}`（《{title}》）低于共享办法第18条所列的层级}}',
  'rule.article-16-unconditional-sharing.hint':
    '共享办法第16条所列的数据应无条件共享：设 `type: unconditional`，或在 `legalBasis:` 下引用限制其共享的法律、行政法规或党中央、国务院文件',
  'rule.sharing-usage-stated.usage': '共享的数据资源“{name}”没有写明使用要求',
  'rule.sharing-usage-stated.usage.hint':
    '至少列出 `administrative-basis`、`work-reference`、`data-verification`、`business-collaboration` 中的一项',
  'rule.sharing-usage-stated.methods': '共享的数据资源“{name}”没有写明共享方式',
  'rule.sharing-usage-stated.methods.hint': '至少列出 `query`、`bulk-download`、`system-integration` 中的一项',
  'rule.internet-only-unconditional-data.message':
    '数据资源“{name}”的共享类型是 `{type}`，但工作负载 `{workload}` 暴露在互联网区',
  'rule.internet-only-unconditional-data.hint':
    '改为在外网区（`extranet`）暴露该工作负载，或把面向公众的部分移到只含无条件共享数据的系统中',
  'rule.internet-only-unconditional-data.workload': '暴露在互联网区的工作负载',
  'rule.resource-center-sharing-type.message':
    '`sharingType: {declared}` 与数据资源不一致：其中共享限制最严的是 `{expected}`（“{name}”）',
  'rule.resource-center-sharing-type.hint':
    '设 `sharingType: {expected}`（系统数据整体的共享程度不能比限制最严的资源更开放），或更正各资源的 `sharing.type`',
  'rule.resource-center-sharing-type.decisive': '共享限制最严的数据资源是 `{expected}`',
  'rule.one-data-one-source.twice': '数据资源“{name}”在本清单中列出了两次',
  'rule.one-data-one-source.twice.hint': '每项数据资源只列一次',
  'rule.one-data-one-source.first-listing': '首次列出之处',
  'rule.one-data-one-source.message': '数据资源“{name}”已由系统 {number} {system}（{file}）提供',
  'rule.one-data-one-source.hint': '遵循“一数一源”：通过环境信息资源中心从提供该数据的系统获取，不要重复采集',
  'rule.one-data-one-source.provided-here': '该数据资源首先在此提供',
};
