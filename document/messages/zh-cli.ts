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
};
