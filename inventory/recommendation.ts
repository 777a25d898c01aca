import type { BusinessSystem, Outcome } from '../model/domain';
import { BUSINESS_SYSTEM_NAMES } from '../model/domain';

export interface Disposition {
  outcome: Outcome;
  businessSystem?: BusinessSystem;
}

const FIXED: Readonly<Record<string, Outcome>> = {
  保留: 'keep',
  接入生态环境外网业务管理门户: 'extranet-portal',
  接入生态环境互联网政务服务门户: 'internet-portal',
  数据接入环境信息资源中心: 'data-onboarding',
  清理下线: 'decommission',
  '单位内部使用系统，不予整合': 'exempt',
  纳入部网站群: 'website-cluster',
  已整合入部政府网站: 'already-integrated',
};

/** Maps an Annex 1 recommendation (整合建议) to its disposition; undefined when the text is unknown. */
export function dispositionFor(recommendation: string): Disposition | undefined {
  const text = recommendation.normalize('NFKC').replace(/,/g, '，').trim();
  const fixed = FIXED[text] ?? FIXED[recommendation.trim()];
  if (fixed) return { outcome: fixed };
  const merged = /^纳入(.+)$/.exec(text);
  if (!merged) return undefined;
  // Annex 1 writes 环境监察执法管理系统 where the plan's list (§一) says 环境监察执法系统; accept both.
  const target = merged[1]!.replace('环境监察执法系统', '环境监察执法管理系统');
  const entry = Object.entries(BUSINESS_SYSTEM_NAMES).find(([, name]) => name === target);
  return entry ? { outcome: 'merge', businessSystem: entry[0] as BusinessSystem } : undefined;
}
