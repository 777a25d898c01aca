import type { EN_SHARING2 } from './en-sharing2';

/** 目录维护规则与计划日期的中文消息（en-sharing2.ts 的译文），并入中文目录（zh.ts）。 */
export const ZH_SHARING2: Readonly<Record<keyof typeof EN_SHARING2, string>> = {
  'help.preview.as-of':
    '按这一天生成计划：sharing/ 中在这一天有效的共享答复开放数据，--audit 也按这一天判断（YYYY-MM-DD；默认：堆栈配置 envcloud:asOf，未配置时为中国的今天）',

  'rule.catalog-lead-unit.missing': '数据资源“{name}”由多个单位共同建设，但没有写明牵头单位',
  'rule.catalog-lead-unit.missing.hint':
    '添加 `leadUnit:`，写明负责编制目录并定期更新、维护的牵头单位（{units} 之一，第13条）',
  'rule.catalog-lead-unit.outside': '数据资源“{name}”的牵头单位 {unit} 不在共同建设单位之中',

  'rule.base-data-information-center.message': '数据资源“{name}”是基础信息（{baseData}），但提供单位是 {unit}',
  'rule.base-data-information-center.hint':
    '空间地理信息、公共代码等基础信息由{center}负责目录编制并维护（第14条）：改为 `providingUnit: {center}`；如果是业务数据，删去 `baseData`',

  'rule.catalog-dates-in-order.message':
    '数据资源“{name}”于 {lastPublishedOn} 重新发布，早于首次发布日期（{publishedOn}）',
  'rule.catalog-dates-in-order.hint': '更正 `lastPublishedOn` 或 `publishedOn`：重新发布在首次发布之后',
  'rule.catalog-published-in-time.late':
    '数据资源“{name}”于 {changed} 变更，{published} 才发布，相隔 {days} 个工作日（时限为 {limit} 个工作日）',
  'rule.catalog-published-in-time.overdue':
    '数据资源“{name}”于 {changed} 变更，到 {deadline} 仍未重新发布目录（时限 {limit} 个工作日）',
  'rule.catalog-published-in-time.gap':
    '无法计算数据资源“{name}”是否在变更后 {limit} 个工作日内重新发布：{date} 不在官方工作日历内（{source} 覆盖 {first}–{last} 年）',
  'rule.catalog-published-in-time.hint':
    '发布更新后的目录，并在 `lastPublishedOn` 中记下发布日期；变更后须在 {limit} 个工作日内（{deadline} 前）更新目录（第12条）',

  'rule.catalog-update-cycle-stale.message':
    '数据资源“{name}”最近一次变更在 {last}，已过 {days} 天，超过了更新周期（{cycle}）',
  'rule.catalog-update-cycle-stale.hint':
    '更新数据并在 `lastChangedOn` 中记下日期，或把 `updateCycle` 改为实际的更新频率',
};
