// Which resource pool a system runs in (plan §三(三).9: 中心资源池 and the 环境监测、卫星遥感、核安全 professional
// pools, under one management plane). A pool is a partition of each center's cluster: nodes labelled and
// (for a professional pool) tainted `envcloud.mee.gov.cn/pool=<pool>`, holding the pool's namespace and
// the namespaces of the business systems that live in it. Each professional pool is built with one unit
// (Annex 3: 环境监测专业资源池建设 with 中国环境监测总站, 卫星遥感 with 卫星环境应用中心, 核安全 with 核与辐射安全中心).
import type { BusinessSystem, Pool, SystemMigration } from './manifest.generated';
import { managingUnits } from './units';

/**
 * Where each of the eight business systems runs. A merged system becomes part of its business system
 * (plan §三(二)), so it runs where that system runs, whoever managed it before: the nuclear and
 * radiation safety system in the nuclear safety pool, the seven management systems in the central pool.
 */
export const BUSINESS_SYSTEM_POOLS: Readonly<Record<BusinessSystem, Pool>> = {
  air: 'central',
  water: 'central',
  soil: 'central',
  'pollution-source': 'central',
  'ecological-protection': 'central',
  'inspection-enforcement': 'central',
  'nuclear-radiation-safety': 'nuclear-safety',
  'integrated-office': 'central',
};

/**
 * The units whose own systems run in a professional pool: the unit that builds each pool (Annex 3) and,
 * for nuclear safety, the ministry's nuclear safety administration (核设施安全监管司 and the regional
 * 核与辐射安全监督站), whose systems the nuclear safety center runs with it. Every other unit is in the central pool.
 */
export const UNIT_POOLS: Readonly<Record<string, Pool>> = {
  中国环境监测总站: 'environmental-monitoring',
  卫星环境应用中心: 'satellite-remote-sensing',
  核与辐射安全中心: 'nuclear-safety',
  核设施安全监管司: 'nuclear-safety',
  环境保护部华北核与辐射安全监督站: 'nuclear-safety',
  环境保护部华东核与辐射安全监督站: 'nuclear-safety',
  环境保护部华南核与辐射安全监督站: 'nuclear-safety',
  环境保护部东北核与辐射安全监督站: 'nuclear-safety',
  环境保护部西北核与辐射安全监督站: 'nuclear-safety',
  环境保护部西南核与辐射安全监督站: 'nuclear-safety',
};

/** The pool of a system by what it does and who owns it: its business system's if it merges into one, else its first managing unit's that has one, else central. */
export function defaultPool(managingUnit: string, businessSystem?: BusinessSystem): Pool {
  if (businessSystem) return BUSINESS_SYSTEM_POOLS[businessSystem];
  for (const unit of managingUnits(managingUnit)) if (UNIT_POOLS[unit]) return UNIT_POOLS[unit]!;
  return 'central';
}

/** The pool a system's workloads and data actually run in: a merged system's business system's, else its placement's (archives of retired systems: central). */
export function runningPool(manifest: SystemMigration): Pool {
  const { outcome, businessSystem } = manifest.spec.disposition;
  if (outcome === 'merge' && businessSystem) return BUSINESS_SYSTEM_POOLS[businessSystem];
  return manifest.spec.placement?.pool ?? 'central';
}

/** The node label (and, for a professional pool, the taint) that marks a pool's nodes. */
export const POOL_NODE_LABEL = 'envcloud.mee.gov.cn/pool';

/** The effect of a professional pool's taint: pods without the pool's toleration are not scheduled on its nodes. */
export const POOL_TAINT_EFFECT = 'NoSchedule';

/** The central pool (中心资源池) takes every pod that selects it; a professional pool's nodes are tainted, so only its own pods land there. */
export function poolIsTainted(pool: Pool): boolean {
  return pool !== 'central';
}

/** The taint on a pool's nodes (Kubernetes form), or none for the central pool. */
export function poolTaint(pool: Pool): { key: string; value: string; effect: typeof POOL_TAINT_EFFECT } | undefined {
  return poolIsTainted(pool) ? { key: POOL_NODE_LABEL, value: pool, effect: POOL_TAINT_EFFECT } : undefined;
}

/** How a pod is kept on its pool's nodes: the pool's label as nodeSelector and, for a professional pool, the toleration of its taint. */
export interface PoolScheduling {
  nodeSelector: Record<string, string>;
  tolerations: { key: string; operator: 'Equal'; value: string; effect: string }[];
}

export function poolScheduling(pool: Pool): PoolScheduling {
  const taint = poolTaint(pool);
  return {
    nodeSelector: { [POOL_NODE_LABEL]: pool },
    tolerations: taint ? [{ key: taint.key, operator: 'Equal', value: taint.value, effect: taint.effect }] : [],
  };
}

/** The pools by name, in Chinese and English (reports, the wave plan). */
export const POOL_NAMES: Readonly<Record<'zh' | 'en', Readonly<Record<Pool, string>>>> = {
  zh: {
    central: '中心资源池',
    'environmental-monitoring': '环境监测专业资源池',
    'satellite-remote-sensing': '卫星遥感专业资源池',
    'nuclear-safety': '核安全专业资源池',
  },
  en: {
    central: 'Central pool',
    'environmental-monitoring': 'Environmental monitoring pool',
    'satellite-remote-sensing': 'Satellite remote sensing pool',
    'nuclear-safety': 'Nuclear safety pool',
  },
};
