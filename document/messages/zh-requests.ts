import type { EN_REQUESTS } from './en-requests';

/**
 * 共享申请规则（validation/rules/requests.ts、request-context.ts）的消息的中文，并入中文目录（zh.ts）。
 * 写给提出和答复共享申请的各单位信息化人员；引用《共享办法》的条款写作“第21条”（阿拉伯数字）。
 */
export const ZH_REQUESTS: Readonly<Record<keyof typeof EN_REQUESTS, string>> = {
  'rule.unique-request-id.message': '申请编号 `{id}` 已被 {file} 使用',
  'rule.unique-request-id.hint': '给本申请换用当年下一个未用的序号',
  'rule.unique-request-id.first': '该编号首次在这里使用',

  'rule.request-known-parties.no-system': '申请方没有指明系统',
  'rule.request-known-parties.no-system.hint':
    '添加 `system:`，写使用数据的系统的清单序号；其他国家部门提出的申请写 `external: true`',
  'rule.request-known-parties.unknown-system': '没有清单序号为 {number} 的系统',
  'rule.request-known-parties.unknown-requester.hint': '用清单序号（见附1）指明申请使用数据的系统',
  'rule.request-known-parties.unknown-provider.hint':
    '用清单序号（见附1）指明提供数据的系统，即该系统清单 `metadata.number` 所写的序号',
  'rule.request-known-parties.no-resource': '申请的资源既没有写系统，也没有写名称',
  'rule.request-known-parties.no-resource.hint': '添加 `system:`（清单序号）和 `name:`',
  'rule.request-known-parties.unknown-code': '资源目录中没有代码为 `{code}` 的数据资源',
  'rule.request-known-parties.unknown-code.hint-listed':
    '系统 {number} {name} 编目的资源有：{listed}；申请目录以外的数据，请写 `system:` 和 `name:`，不写代码',
  'rule.request-known-parties.listed-resource': '`{code}` {name}',
  'rule.request-known-parties.listed-none': '（没有数据资源）',
  'rule.request-known-parties.unknown-code.hint':
    '从提供系统的清单（`spec.dataResources[].catalogCode`）或 catalog.csv 中复制代码；申请目录以外的数据，请写 `system:` 和 `name:`',
  'rule.request-known-parties.other-system':
    '信息资源代码 `{code}` 是系统 {number} {name} 的资源，不是系统 {system} 的',
  'rule.request-known-parties.other-system.hint': '把 `system:` 改为 {number}，或删除它（代码已指明系统）',
  'rule.request-known-parties.other-name': '信息资源代码 `{code}` 在资源目录中是“{catalogName}”，不是“{name}”',
  'rule.request-known-parties.other-name.hint': '把名称改成目录中的名称，或删除它（代码已指明资源）',

  'rule.request-usage-in-catalog.message': '资源目录没有为“{name}”列出使用用途 `{usage}`（目录所列：{listed}）',
  'rule.request-usage-in-catalog.none': '无',
  'rule.request-usage-in-catalog.hint': '申请 {allowed} 之一，或先请提供单位扩充该目录条目的使用用途',
  'rule.request-usage-in-catalog.listed': '目录所列的使用用途',

  'rule.unconditional-direct-access.message': '“{name}”为无条件共享：通过环境信息资源中心直接获取，无需申请',
  'rule.unconditional-direct-access.hint': '撤回本申请，直接通过环境信息资源中心获取数据（共享办法第20条）',
  'rule.unconditional-direct-access.resource': '此处定为无条件共享',

  'rule.conditional-within-catalog-terms.message': '“{name}”为有条件共享，但答复未附任何条件即予同意',
  'rule.conditional-within-catalog-terms.hint':
    '答复改为 `granted-with-conditions`，并在 `conditions:` 下写明目录规定的共享条件{stated, select, yes {（{conditions}）} other {}}及答复另加的条件',
  'rule.conditional-within-catalog-terms.resource': '此处定为有条件共享',

  'rule.grant-states-conditions.message': '答复为有条件同意，但没有写明条件',
  'rule.grant-states-conditions.hint': '添加 `conditions:`，写明同意共享时规定的使用条件',
  'rule.refusal-gives-reasons.message': '申请被拒绝，但没有说明理由',
  'rule.refusal-gives-reasons.hint':
    '添加 `reasons:`，说明不能提供数据的理由（依据的法律或政策，或申请缺少的内容）；共享办法第21条要求提供单位说明理由',

  'rule.not-shared-needs-negotiation.message': '“{name}”为不予共享：申请此类数据须经双方协商解决，但没有协商记录',
  'rule.not-shared-needs-negotiation.hint':
    '添加 `negotiations:`，逐次写明与提供单位协商的日期、结果（`agreed` 或 `failed`）和经过摘要（共享办法第22条）',
  'rule.not-shared-needs-negotiation.resource': '此处定为不予共享',
  'rule.escalation-after-failed-negotiation.message': '争议于 {date} 报请网信办协调，但此前没有协商未果的记录',
  'rule.escalation-after-failed-negotiation.hint':
    '在 `negotiations:` 下记录与提供单位协商未果的那次协商（`outcome: failed`），日期不晚于报请之日（共享办法第22条：协商未果的才报请网信办协调）',

  'rule.request-dates-in-order.before':
    '{what, select, answer {答复} negotiation {一次协商} other {一次报请协调}}的日期为 {date}，早于申请提交日期（{submittedOn}）',
  'rule.request-dates-in-order.before.hint': '更正该日期或 `submittedOn`',
  'rule.request-dates-in-order.resolved': '争议于 {resolvedOn} 解决，早于提请协调的日期（{date}）',
  'rule.request-dates-in-order.resolved.hint': '更正 `resolvedOn` 或提请协调的 `date`',
  'rule.request-dates-in-order.expires': '同意共享的有效期至 {expiresOn}，不晚于答复日期（{answeredOn}）',
  'rule.request-dates-in-order.expires.hint': '更正 `expiresOn`，或删除它',

  'rule.working-day-calendar.message': '无法算出 {days} 个工作日的答复期限：{gap}',
  'rule.working-day-calendar.gap': '{date} 不在 envcloud 所带的官方工作日历之内（`{source}` 只覆盖 {first}–{last} 年）',
  'rule.working-day-calendar.hint':
    '官方节假日和调休只知道 {first}–{last} 年的安排；国务院公布该年安排后，请升级锁定的 `chinese-days` 包（`{source}`），或更正日期',

  'rule.answer-within-deadline.limit':
    '{track, select, conditional {申请有条件共享的数据} external {其他国家部门提出的申请} outsideScope {超出目录共享范围的申请} other {申请目录以外的数据}}，应在 {days} 个工作日内答复（{clause}）：{submittedOn} 提交，最迟 {deadline} 答复',
  'rule.answer-within-deadline.clause':
    '{clause, select, art21 {共享办法第21条} art23 {共享办法第23条(四)} other {实施方案§三(一).4}}',
  'rule.answer-within-deadline.late':
    '{answeredOn} 才答复，已超过期限{counted, select, yes {（提交后第 {taken} 个工作日）} other {}}：{limit}',
  'rule.answer-within-deadline.late.hint': '答复超期的记录会保留；如果日期填错了，请更正 `answeredOn`',
  'rule.answer-within-deadline.overdue': '截至 {asOf} 仍未答复，已超期：{limit}',
  'rule.answer-within-deadline.overdue.hint':
    '提供单位应立即答复，并记录在 `answer:` 下；申请单位可以向上报请协调（`escalations:`）',
  'rule.answer-within-deadline.pending':
    '待答复：{limit}{counted, select, yes {（截至 {asOf} 还剩 {left} 个工作日）} other {}}',
  'rule.answer-within-deadline.pending.hint': '作出答复后，在 `answer:` 下记录（`answeredOn`、`decision`）',
};
