import type { BusinessSystem, Outcome } from '../model/domain';
import { BUSINESS_SYSTEM_NAMES } from '../model/domain';
import { DISPOSITIONS } from '../model/dispositions';

export interface Disposition {
  outcome: Outcome;
  businessSystem?: BusinessSystem;
}

/** Annex 1's fixed recommendation texts, from the disposition table (merge is matched by pattern). */
const FIXED: Readonly<Record<string, Outcome>> = Object.fromEntries(
  (Object.entries(DISPOSITIONS) as [Outcome, (typeof DISPOSITIONS)[Outcome]][])
    .filter(([, facts]) => facts.annex1)
    .map(([outcome, facts]) => [facts.annex1!, outcome]),
);

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
