import type { EN_AS_OF } from './en-as-of';

/** 计划日期配置项 `envcloud:asOf` 的中文消息（stacks/config-as-of.ts），并入中文目录（zh.ts）。 */
export const ZH_AS_OF: Readonly<Record<keyof typeof EN_AS_OF, string>> = {
  'config.as-of.no-such-day': '`{value}` 不是日历上存在的日期',
  'config.as-of.no-such-day.hint':
    '按 YYYY-MM-DD 填写计划所依据的日期（例如 2027-03-11）；删除该配置项则按中国当天日期制定计划',
};
