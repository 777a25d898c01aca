import type { EN_CLI } from './en-cli';

/**
 * `preview`、`audit`、`report`、`waves`、`deploy` 输出的中文（与 en-cli.ts 的 id 一一对应）：写给运行
 * 这些命令的平台工程师和审计人员。资源类型、栈名、资源池名、文件名等标识照原样保留。
 */
export const ZH_CLI: Readonly<Record<keyof typeof EN_CLI, string>> = {
  'progress.ran-offline': '已离线运行栈 {stack}',
  'progress.rendered': '已生成并检查 Kubernetes 对象',
  'progress.audited-same-run': '已在同一次运行上评估策略包',
  'progress.audited': '已评估策略包',
  'progress.metrics': '考核指标',
  'progress.catalog': '目录与年度报告',
  'progress.topology': '拓扑图',
  'progress.dashboard': '看板',

  'table.more': '… 另有 {count} 项',
  'kind-center.title': '按资源类型和中心：',
  'kind-center.none': '按资源类型和中心：没有资源',
  'kind-center.kind': '资源类型',
  'kind-center.total': '合计',
  'kind-center.component': '（组件）',

  'preview.offline': '栈 `{stack}` 的离线预览：程序在进程内以 Pulumi 模拟运行。未部署任何资源，未连接任何云或集群。',
  'preview.resources': '{total} 个资源，{protected} 个受保护，部署依赖图深度 {depth}',
  'preview.by-pool': '按资源池：',
  'preview.by-system': '按系统（资源最多的）：',
  'preview.kubernetes-checked':
    '已按 Kubernetes 模式离线检查 Kubernetes 对象：{problems, plural, =0 {全部有效} other {# 个问题}}',
  'preview.audit-summary':
    '同一次运行的离线审计：不通过 {failed}，警告 {advisory}，已豁免 {waived}，不适用的策略 {notApplicable} 条 —— {verdict}（详见 audit.json，或用 `envcloud audit` 输出文本、SARIF、JUnit、HTML）',
  'preview.wrote':
    '已写入 {file}{diff, select, yes {、diff.json} other {}}{audit, select, yes {、audit.json} other {}} 和生成的对象',
  'preview.allow-data-loss-alone': '--allow-data-loss 只能与 --baseline <plan.json> 一起使用',
  'preview.audit-options-alone': '--waivers 和 --policy-config 只能与 --audit 一起使用',
  'preview.baseline-other-stack': '{file} 是栈 `{baseline}` 的计划，不是 `{stack}` 的：请与本栈早先的计划比较',
  'audit.verdict': '{verdict, select, passed {通过} failed {未通过} other {未作任何判定}}',

  'diff.title': '与基线 {file} 相比的变更（离线，计划对计划）：',
  'diff.counts':
    '新建 {create}，更新 {update}，替换 {replace}，删除 {delete}，不变 {same}；{moved} 个通过别名以新名称保留',
  'diff.kind': '{kind, select, create {新建} update {更新} replace {替换} delete {删除} other {不变}}',
  'diff.moved-from': '（由 {name} 改名而来）',
  'diff.because': '因为 {fields} 变了',
  'diff.archived': '—— 数据先归档（{archive}）',
  'diff.data-loss': '—— 数据丢失',
  'diff.data-loss-allowed': '—— 数据丢失，已由 --allow-data-loss 允许',
  'diff.more': '… 另有 {count} 项（全部见 diff.json）',
  'diff.system': '系统 {system}：',
  'diff.loss':
    '{system}本计划{kind, select, replace {把 {count} 个承载数据的资源替换为空资源} other {删除 {count} 个承载数据的资源，而计划中没有该系统的归档}}：{what}。要保留数据，{kind, select, replace {请撤销上面所列字段的修改，或先把数据迁出} other {请保留清单并把处置方式设为带归档的 decommission（数据先进入资源中心），或用 metadata.previousSlugs 为系统改名}}。只有确实要丢弃这些数据时，才加 --allow-data-loss 重新运行。',

  'audit.needs-stack': 'audit 需要 --stack <name>（prod、onprem、dev）',
  'audit.wrote':
    '已写入 {file}：不通过 {failed}，警告 {advisory}，已豁免 {waived}，不适用的策略 {notApplicable} 条 —— {verdict}（{stack} 的离线审计）',

  'report.year-after-as-of': '--year {year} 晚于截止日所在的 {asOfYear} 年：年度未开始，不能出报告',
  'report.wrote':
    '已向 {out} 写入 {count} 个文件：用浏览器打开 {index}{stack, select, none {} other {（含 {stack} 的离线审计）}}',

  'status.title': '截至 {asOf} 的迁移状态',
  'status.state':
    '{key, select, not_started {未开始} planned {已计划} migrating {迁移中} cut_over {已切换} completed {已完成} blocked {受阻} other {{state}}}',
  'status.count': '{state} {count} 个',
  'status.wave': '第 {wave} 批（{end} 截止）{overdue, select, yes {已逾期} other {}}：{count} 个系统：{counts}',
  'status.blocked': '（{reason}；负责人 {owner}）',
  'status.system':
    '{slug}（第 {number} 号，{unit}）：{state}{blocked}，{deadline} 到期{overdue, select, yes {，已逾期} other {}}',
  'status.overdue-systems': '逾期系统：{count} 个',
  'status.milestones': '附3 工作任务：',
  'status.untracked': '清单不跟踪此项',
  'status.done': '已完成（{covered} 个系统）',
  'status.number': '第 {number} 号',
  'status.open': '{covered} 个系统中 {open} 个未完成{list, select, none {} other {：{list}}}',
  'status.milestone':
    '{overdue, select, yes {已逾期 } other {}}第 {item} 项 {content}（牵头：{lead}；时限 {due}）：{state}',

  'waves.title': '栈 {stack} 的分批计划：{systems} 个系统分 {waves} 批；每批最多迁入各资源池容量的 {share}%',
  'waves.graph': '系统间依赖 {edges} 个，由平台栈满足的需求 {needs} 个（平台栈在第 1 批之前部署）',
  'waves.wave': '第 {wave} 批（{end} 截止{extra, select, yes {，晚于方案规定的时间} other {}}）：{count} 个系统',
  'waves.amount':
    '{resource, select, cpu {CPU {used}/{cap} 核} memoryGiB {内存 {used}/{cap} GiB} other {存储 {used}/{cap} GiB}}',
  'waves.unit': '{resource, select, cpu {核} memoryGiB {GiB 内存} other {GiB 存储}}',
  'waves.moves': '调整（{count}）：',
  'waves.move': '{slug}（第 {id} 号）：第 {from} 批 → 第 {to} 批{late, select, yes {（逾期）} other {}}',
  'waves.move-kind':
    '{key, select, kept {保持} fixed {固定} pulled_earlier {提前} after_prerequisite {依赖在先} capacity {容量} late {逾期} no_room {无容量} other {{kind}}}',
  'waves.no-moves': '无：每个系统都保持其声明的批次',
  'waves.assignments': '分配：',
  'waves.assignment':
    '{slug}（第 {id} 号）：第 {wave} 批{declared, select, none {} other {（声明为第 {declared} 批）}}：{reasons}',
  'waves.on-time': '时限：每个系统所在批次都在其时限前结束',
  'waves.late': '时限：{count} 个系统所在批次在其时限之后结束：{slugs}',
  'waves.no-violations': '违反：无（所有依赖和各资源池每批的容量均得到遵守）',
  'waves.violations': '违反（{count}）：',
  'waves.violation-kind': '{kind, select, capacity {容量} dependency {依赖} other {{kind}}}',
  'waves.fixed': '{fixed}：保持在第 {wave} 批',
  'waves.pulled-earlier':
    '目标批次为第 {target} 批而非第 {declared} 批：{names}{more, plural, =0 {} other {等 # 个系统}}依赖它，须在其之前迁移',
  'waves.after-prerequisite': '不早于第 {earliest} 批：{reason}，而 {prerequisite} 在第 {wave} 批',
  'waves.wave-full': '第 {wave} 批在资源池 {pool} 的容量为 {cap} {unit}，已占用 {used}，{slug} 需要 {need}',
  'waves.pool-full': '资源池 {pool} 共有 {all} {unit}，已计划 {planned}，{slug} 需要 {need}',
  'waves.no-wave-room': '没有批次有容量',
  'waves.no-room': '第 {max} 批以内没有批次有容量：{why}；留在第 {wave} 批',
  'waves.fits-nowhere': '{slug}（第 {id} 号）放不进任何批次：{why}',
  'waves.after-deadline': '第 {wave} 批 {end} 结束，晚于其时限 {deadline}',
  'waves.not-allowed': '不允许第 {wave} 批',
  'waves.instead': '第 {wave} 批而非第 {desired} 批：{reason}',
  'waves.kept': '保持声明的第 {wave} 批',
  'waves.dependency-broken': '{dependent} 在第 {after} 批，但{reason}，而 {prerequisite} 在第 {before} 批',
  'waves.over-capacity': '第 {wave} 批向资源池 {pool} 迁入 {amount} {unit}，超过每批 {cap} 的上限',
  'graph.system': '{slug}（第 {number} 号）',
  'graph.merged': '{system} 并入 {name}，而 {core} 就是该系统：须同批或在其之后',
  'graph.uses-data': '{system} 使用 {unit} 提供的“{resource}”：须在 {provider} 把它接入之后',
  'graph.website': '{system} 把网站迁入网站群：须在 {cluster} 上云运行之后',

  'waves.has-violations': '计划有 {count} 处违反{write, select, yes {；未写入任何内容} other {}}',
  'waves.wrote-waves': '已把 spec.schedule.wave 写入 {count} 个清单{edits, select, none {} other {：{edits}}}',
  'waves.wrote-runbooks': '已向 {out} 写入 {count} 份操作手册',
  'waves.wrote-stacks': '已写入 {files}（平台栈 {platform}）',

  'deploy.order': '部署顺序（未用“之后”关联的栈可同时运行）：',
  'deploy.after': '在 {stack} 之后',
  'deploy.wave-reason': '{file}：{reason}',
  'deploy.no-such-wave': '--wave {wave}：没有清单声明第 {wave} 批（spec.schedule.wave）；现有批次为 {waves}',
  'deploy.platform-reason': '其系统所在的平台',
  'deploy.ready': '就绪：所有栈文件都在且相符（去掉 --list 运行即可部署）',
  'deploy.not-ready': '未就绪：',
  'deploy.phase': '{phase, select, up {部署} preview {预览} check {检查} other {{phase}}}',
  'deploy.both-stacks':
    '{file}：平台栈也部署了 {count} 个分批栈部署的系统（第 {numbers} 号）：两个栈会同时拥有这些系统的 Kubernetes 对象\n提示：在 {file} 中写 `envcloud:systems: {setting}`，让它只构建平台',
  'deploy.regenerate': '提示：`envcloud waves stacks --stack {stack}` 会写出分批栈文件（加 --force 替换已有的）',
  'deploy.no-stack-file': '{file} 不存在：第 {wave} 批没有可部署的栈\n{regenerate}',
  'deploy.wrong-platform':
    '{file}：envcloud:platformStack {platform, select, none {未设置} other {是 `{platform}`}}，不是平台栈 `{stack}`\n{regenerate}',
  'deploy.wave-not-alone': '{file}：envcloud:systems 没有只选第 {wave} 批（应为 waves: [{wave}]）\n{regenerate}',
  'deploy.systems-only': '{file}：设置了 envcloud:platformStack，是只含系统的栈而不是平台栈：请部署它的平台栈',

  'policy.nothing-to-judge': '无可判定：栈中没有{what}',
  'policy.nothing-to-judge-other': '无可判定：没有{other}',
  'policy.what.s3-buckets': ' S3 存储桶',
  'policy.what.rds-databases': ' RDS 数据库',
  'policy.what.gold-database': '金级数据库（只读副本随其源库）',
  'policy.what.internet-systems': '暴露于互联网区的系统',
  'policy.what.system-records': '系统登记记录（system-registry ConfigMap）',
  'policy.what.records-with-data': '列有数据资源的系统登记记录',
  'policy.what.backup-tier-systems': '属于某个备份等级的系统',
  'policy.what.stored-data': '系统的数据库、存储桶或存储卷，也没有声明存储数据的系统',
  'policy.what.pods': ' Pod 或工作负载（Deployment、StatefulSet、DaemonSet、ReplicaSet、Job、CronJob）',
  'policy.what.pods-or-cnpg': ' Pod、工作负载或 CloudNativePG 集群',
  'policy.what.portal-entries': '门户接入项（portal 命名空间中的 ConfigMap）',
  'policy.what.article-16-entries': '发布到资源中心的第16条数据目录项',
  'policy.what.decommissioned': '下线系统的资源',
  'policy.what.websites': '网站对象、Ingress 或指明网站的系统登记记录',
  'policy.what.volumes': '块存储卷或存储卷的存储类',
  'policy.what.buckets-or-claims': '存储桶、存储桶版本控制或系统存储桶申领',
  'policy.what.data-access': '作用于系统数据库 Pod 的 NetworkPolicy，或读取系统数据的 IAM 角色',
  'policy.what.waivers': '本栈在 policies/waivers.yaml 中的豁免',
  'policy.what.restore-test-data': '集群上的金级数据库或存储桶（CloudNativePG Cluster、ObjectBucketClaim）',
  'policy.dr.plan-copies': '{tier} 级备份计划只复制到 {copies} 个其他中心；该等级需要 {needed} 个（{centers}）',
  'policy.dr.database-replica': '金级数据库 {name} 在其他中心没有副本',
  'policy.dr.bucket-replica': '{tier} 级存储桶 {name} 没有复制到异地中心',
  'clause.plan': '《实施方案》§',
  'clause.sharing-rules': '《共享管理暂行办法》第 {number} 条',
  'clause.article': '第 {number} 条',
  'clause.annex': '附{number}',
  'clause.and': '和',
  'clause.with': '与',
  'clause.archived-first': 'envcloud 要求先归档',
  'clause.delete-keeps-data': 'envcloud 要求删除时',
};
