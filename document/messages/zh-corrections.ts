import type { EN_CORRECTIONS } from './en-corrections';

/**
 * 数据纠错规则（validation/rules/corrections.ts）的消息的中文，并入中文目录（zh.ts）：使用单位反馈疑义或
 * 明显错误，提供单位予以校核和答复（《共享办法》第7条(四)、第8条(二)）。引用条款写作“第8条”（阿拉伯数字）。
 */
export const ZH_CORRECTIONS: Readonly<Record<keyof typeof EN_CORRECTIONS, string>> = {
  'rule.unique-correction-id.message': '纠错编号 `{id}` 已被 {file} 使用',
  'rule.unique-correction-id.hint': '给本纠错记录换用当年下一个未用的序号',
  'rule.unique-correction-id.first': '该编号首次在这里使用',

  'rule.correction-resource-readable.unknown-system': '没有序号为 {number} 的系统',
  'rule.correction-resource-readable.unknown-system.hint': '用序号（附1）指明该单位获取数据所用的系统',
  'rule.correction-resource-readable.unknown-code': '信息资源目录中没有代码为 `{code}` 的信息资源',
  'rule.correction-resource-readable.unknown-code.hint':
    '从提供系统的清单（`spec.dataResources[].catalogCode`）或 catalog.csv 中复制信息资源代码',
  'rule.correction-resource-readable.not-readable':
    '系统 {system} 无权获取系统 {provider} {providerName} 的“{name}”：{type, select, notShared {该信息资源不予共享} other {该信息资源为有条件共享，而 {reportedOn} 当天 sharing/ 中没有授予系统 {system} 的有效共享申请}}，反馈单位不可能获取到所反馈的数据',
  'rule.correction-resource-readable.not-readable.hint':
    '{type, select, notShared {使用单位只对通过共享获取的数据反馈疑义；请更正信息资源代码或反馈系统} other {请更正信息资源代码、反馈系统或 `reportedOn`，或在 sharing/ 中记录该单位获取数据所依据的共享申请}}',
  'rule.correction-resource-readable.resource': '目录在这里写明该信息资源的共享类型',
  'rule.correction-resource-readable.unpublished':
    '信息资源 {code} 于 {publishedOn} 才首次发布到目录，晚于本纠错的反馈日期 {reportedOn}：反馈单位当时不可能获取到它',
  'rule.correction-resource-readable.unpublished.hint':
    '请核对 `reportedOn`，或提供系统清单中该信息资源的 `publishedOn`',
  'rule.correction-resource-readable.published': '该信息资源在这里首次发布',

  'rule.correction-rejection-gives-reasons.message': '答复不予受理，但没有说明理由',
  'rule.correction-rejection-gives-reasons.hint': '在 `answer.reasons` 下说明不予受理的理由，以便反馈单位据此处理',

  'rule.correction-dates-in-order.message': '答复日期 {answeredOn} 早于反馈日期 {reportedOn}',
  'rule.correction-dates-in-order.hint': '请更正 `answeredOn` 或 `reportedOn`：答复在反馈之后',

  'rule.correction-answer-within-deadline.limit':
    '反馈的疑义或错误应在 {days} 个工作日内校核并答复（《共享办法》第7条(四)、第8条(二)只说“及时”，10 个工作日是 envcloud 的取值，与申请的答复时限相同，见实施方案§三(一).4）：{reportedOn} 反馈，最迟 {deadline} 答复',
  'rule.correction-answer-within-deadline.gap':
    '无法计算 {days} 个工作日的答复期限：{date} 不在官方工作日历内（{source} 覆盖 {first}–{last} 年）',
  'rule.correction-answer-within-deadline.late':
    '{answeredOn} 才答复，已超过期限{counted, select, yes {（反馈后第 {taken} 个工作日）} other {}}：{limit}',
  'rule.correction-answer-within-deadline.late.hint': '答复超期的记录会保留；如果日期填错了，请更正 `answeredOn`',
  'rule.correction-answer-within-deadline.overdue': '截至 {asOf} 仍未答复，已超期：{limit}',
  'rule.correction-answer-within-deadline.overdue.hint':
    '提供单位应立即校核数据，并把结果记录在 `answer:` 下（`answeredOn`、`result`）',
  'rule.correction-answer-within-deadline.pending':
    '待答复：{limit}{counted, select, yes {（截至 {asOf} 还剩 {left} 个工作日）} other {}}',
  'rule.correction-answer-within-deadline.pending.hint':
    '校核完成后，在 `answer:` 下记录结果（`answeredOn`、`result`）',
};
