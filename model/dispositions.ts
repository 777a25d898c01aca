import type { BackupTier, Outcome } from './manifest.generated';

/**
 * Everything envcloud knows about a disposition (Annex 1's 整合建议, Annex 2's questions), in one row
 * per outcome. The stack program, quotas, metrics, the importer and the rules read this table; a new
 * disposition is a new schema enum value and a new row here (README: Contributing).
 */
export interface DispositionFacts {
  /** Annex 1's recommendation text for it (merge is `纳入<business system>`, matched by pattern). */
  readonly annex1?: string;
  /** Its system keeps running on the cloud platform (plan §三(三).10: 以上云为常态). */
  readonly migrates: boolean;
  /** It counts as integrated in the assessment (plan §四(四)): merged, connected, onboarded, moved to the cluster, retired. */
  readonly integrates: boolean;
  /** The portal it connects the system to, if that is what it is. */
  readonly connects?: 'extranet-portal' | 'internet-portal';
  /** Its system may declare a website (the website cluster, 部网站群, serves it). */
  readonly website: boolean;
  /** What the stack program deploys for it. */
  readonly component: 'migrated-system' | 'website-site' | 'decommissioned-system' | 'exempt-system' | 'none';
  /** Where its resources live on a cluster: the system's (or its business system's) namespace, a platform service's, or nowhere. */
  readonly namespace: 'system' | 'website-cluster' | 'resource-center' | 'none';
  /** What the importer writes until the unit confirms it (metadata.defaulted). */
  readonly defaults: {
    readonly placement: 'none' | 'website' | 'full' | 'onboarding' | 'connected';
    readonly mlpsLevel: 2 | 3;
    readonly tier: BackupTier;
    readonly wave: number;
    /** The plan's deadline for it (the comment names the clause). */
    readonly deadline: string;
    readonly status: 'not-started' | 'completed';
  };
}

export const DISPOSITIONS: Readonly<Record<Outcome, DispositionFacts>> = {
  keep: {
    annex1: '保留',
    migrates: true,
    integrates: false,
    website: false,
    component: 'migrated-system',
    namespace: 'system',
    // §三(三).10: migration to the cloud by the end of 2017.
    defaults: { placement: 'full', mlpsLevel: 3, tier: 'gold', wave: 2, deadline: '2017-12-31', status: 'not-started' },
  },
  merge: {
    migrates: true,
    integrates: true,
    website: false,
    component: 'migrated-system',
    namespace: 'system',
    // Annex 3: 部门分散信息系统整合, end of 2017.
    defaults: {
      placement: 'connected',
      mlpsLevel: 3,
      tier: 'silver',
      wave: 2,
      deadline: '2017-12-31',
      status: 'not-started',
    },
  },
  'extranet-portal': {
    annex1: '接入生态环境外网业务管理门户',
    migrates: true,
    integrates: true,
    connects: 'extranet-portal',
    website: false,
    component: 'migrated-system',
    namespace: 'system',
    // §三(二).6: the extranet portal by the end of June 2018.
    defaults: {
      placement: 'connected',
      mlpsLevel: 3,
      tier: 'silver',
      wave: 3,
      deadline: '2018-06-30',
      status: 'not-started',
    },
  },
  'internet-portal': {
    annex1: '接入生态环境互联网政务服务门户',
    migrates: true,
    integrates: true,
    connects: 'internet-portal',
    website: false,
    component: 'migrated-system',
    namespace: 'system',
    // §三(二).8: the internet service portal by the end of 2017.
    defaults: {
      placement: 'connected',
      mlpsLevel: 3,
      tier: 'silver',
      wave: 2,
      deadline: '2017-12-31',
      status: 'not-started',
    },
  },
  'data-onboarding': {
    annex1: '数据接入环境信息资源中心',
    migrates: true,
    integrates: true,
    website: false,
    component: 'migrated-system',
    namespace: 'system',
    // §三(一).3: the five base databases by the end of 2017.
    defaults: {
      placement: 'onboarding',
      mlpsLevel: 2,
      tier: 'silver',
      wave: 2,
      deadline: '2017-12-31',
      status: 'not-started',
    },
  },
  decommission: {
    annex1: '清理下线',
    migrates: false,
    integrates: true,
    website: false,
    component: 'decommissioned-system',
    namespace: 'resource-center',
    // §三(二).5: zombie clean-up by the end of October 2017.
    defaults: { placement: 'none', mlpsLevel: 2, tier: 'none', wave: 1, deadline: '2017-10-31', status: 'not-started' },
  },
  exempt: {
    annex1: '单位内部使用系统，不予整合',
    migrates: false,
    integrates: false,
    website: false,
    component: 'exempt-system',
    namespace: 'none',
    defaults: { placement: 'none', mlpsLevel: 2, tier: 'none', wave: 3, deadline: '2018-06-30', status: 'not-started' },
  },
  'website-cluster': {
    annex1: '纳入部网站群',
    migrates: false,
    integrates: true,
    website: true,
    component: 'website-site',
    namespace: 'website-cluster',
    // Annex 3: websites into the cluster by the end of 2017.
    defaults: {
      placement: 'website',
      mlpsLevel: 2,
      tier: 'bronze',
      wave: 2,
      deadline: '2017-12-31',
      status: 'not-started',
    },
  },
  'already-integrated': {
    annex1: '已整合入部政府网站',
    migrates: false,
    integrates: true,
    website: true,
    component: 'none',
    namespace: 'none',
    defaults: { placement: 'none', mlpsLevel: 2, tier: 'none', wave: 1, deadline: '2017-12-31', status: 'completed' },
  },
};

/** The outcomes whose row says `flag`, in the schema's order. */
export function outcomesWhere(flag: (facts: DispositionFacts) => boolean): Outcome[] {
  return (Object.keys(DISPOSITIONS) as Outcome[]).filter((outcome) => flag(DISPOSITIONS[outcome]));
}
