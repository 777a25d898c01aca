import type { BusinessSystem, CatalogClass, DataResource, MigrationStatus, SharingType } from '../model/domain';
import type { Exposure, Outcome } from '../model/manifest.generated';
import type { Decision, Timeliness } from './sharing';
import type { CenterRole } from '../stacks/config';
import { STATE_NAMES } from '../model/migration-states';

export type Language = 'zh' | 'en';

/** Names of the domain's values, as the plan writes them in Chinese and as English readers know them. */
export const CATALOG_CLASS_NAMES: Record<Language, Record<CatalogClass, string>> = {
  zh: {
    'environmental-quality': '环境质量',
    'pollution-source': '污染源',
    'ecological-protection': '生态保护',
    'nuclear-radiation-safety': '核与辐射安全',
    'integrated-management': '综合管理',
  },
  en: {
    'environmental-quality': 'Environmental quality',
    'pollution-source': 'Pollution sources',
    'ecological-protection': 'Ecological protection',
    'nuclear-radiation-safety': 'Nuclear and radiation safety',
    'integrated-management': 'Integrated management',
  },
};

export const SHARING_TYPE_NAMES: Record<Language, Record<SharingType, string>> = {
  zh: { unconditional: '无条件共享', conditional: '有条件共享', 'not-shared': '不予共享' },
  en: { unconditional: 'unconditional', conditional: 'conditional', 'not-shared': 'not shared' },
};

export const STATUS_NAMES: Record<Language, Readonly<Record<MigrationStatus, string>>> = STATE_NAMES;

export const BUSINESS_SYSTEM_NAMES: Record<Language, Record<BusinessSystem, string>> = {
  zh: {
    air: '大气环境管理',
    water: '水环境管理',
    soil: '土壤环境管理',
    'pollution-source': '污染源管理',
    'ecological-protection': '生态保护管理',
    'inspection-enforcement': '环境监察执法',
    'nuclear-radiation-safety': '核与辐射安全管理',
    'integrated-office': '综合办公管理',
  },
  en: {
    air: 'Air',
    water: 'Water',
    soil: 'Soil',
    'pollution-source': 'Pollution sources',
    'ecological-protection': 'Ecological protection',
    'inspection-enforcement': 'Inspection and enforcement',
    'nuclear-radiation-safety': 'Nuclear and radiation safety',
    'integrated-office': 'Integrated office',
  },
};

/** Dispositions by the names Annex 1 gives them (the schema's description); the dashboard showed the ids in Chinese. */
export const OUTCOME_NAMES: Record<Language, Record<Outcome, string>> = {
  zh: {
    keep: '保留',
    merge: '纳入业务系统',
    'extranet-portal': '接入外网业务管理门户',
    'internet-portal': '接入互联网政务服务门户',
    'data-onboarding': '数据接入环境信息资源中心',
    decommission: '清理下线',
    exempt: '单位内部使用，不予整合',
    'website-cluster': '纳入部网站群',
    'already-integrated': '已整合入部政府网站',
  },
  en: {
    keep: 'keep',
    merge: 'merge',
    'extranet-portal': 'extranet portal',
    'internet-portal': 'internet portal',
    'data-onboarding': 'data onboarding',
    decommission: 'decommission',
    exempt: 'exempt',
    'website-cluster': 'website cluster',
    'already-integrated': 'already integrated',
  },
};

/** The network zones a workload is reachable from (the schema's description). */
export const EXPOSURE_NAMES: Record<Language, Record<Exposure, string>> = {
  zh: { internal: '仅平台内部', extranet: '电子政务外网', internet: '互联网' },
  en: { internal: 'internal', extranet: 'extranet', internet: 'internet' },
};

// The pools' names are a fact of the model, which the wave plan says too.
export { POOL_NAMES } from '../model/pools';

export const CENTER_ROLE_NAMES: Record<Language, Record<CenterRole, string>> = {
  zh: { primary: '主中心', 'same-city': '同城灾备中心', remote: '异地灾备中心' },
  en: { primary: 'primary center', 'same-city': 'same-city backup center', remote: 'remote backup center' },
};

// The tiers' names are a fact of the model, which runbooks (waves/) say too.
export { TIER_NAMES } from '../model/tiers';

/** Column heads of a figure shown as planned beside achieved (reports/metrics.ts, PlannedAchieved). */
export const PLANNED_ACHIEVED_NAMES: Record<Language, { planned: string; achieved: string }> = {
  zh: { planned: '计划', achieved: '已完成' },
  en: { planned: 'planned', achieved: 'achieved' },
};

/** Whether a unit has confirmed the fields the importer filled in (metadata.defaulted). */
export const CONFIRMATION_NAMES: Record<Language, { confirmed: string; unconfirmed: string }> = {
  zh: { confirmed: '已确认清单', unconfirmed: '未确认清单（含导入默认值）' },
  en: { confirmed: 'confirmed manifests', unconfirmed: 'unconfirmed manifests (importer defaults)' },
};

type Format = DataResource['format'];
type UpdateCycle = DataResource['updateCycle'];
type Openness = DataResource['openness'];
type Method = DataResource['methods'][number];
type Usage = DataResource['usage'][number];

/** Catalog values by their Chinese names (the schema's descriptions, plan §三(一).1); English keeps the manifest's words. */
export const FORMAT_NAMES: Record<Language, Record<Format, string>> = {
  zh: {
    database: '数据库表',
    spreadsheet: '电子表格',
    document: '文档',
    spatial: '空间数据',
    imagery: '影像',
    stream: '实时数据流',
    api: '接口',
  },
  en: {
    database: 'database',
    spreadsheet: 'spreadsheet',
    document: 'document',
    spatial: 'spatial',
    imagery: 'imagery',
    stream: 'stream',
    api: 'api',
  },
};

export const UPDATE_CYCLE_NAMES: Record<Language, Record<UpdateCycle, string>> = {
  zh: {
    'real-time': '实时',
    daily: '每日',
    weekly: '每周',
    monthly: '每月',
    quarterly: '每季度',
    yearly: '每年',
    irregular: '不定期',
  },
  en: {
    'real-time': 'real-time',
    daily: 'daily',
    weekly: 'weekly',
    monthly: 'monthly',
    quarterly: 'quarterly',
    yearly: 'yearly',
    irregular: 'irregular',
  },
};

export const OPENNESS_NAMES: Record<Language, Record<Openness, string>> = {
  zh: { open: '向社会开放', restricted: '依申请开放', closed: '不向社会开放' },
  en: { open: 'open', restricted: 'restricted', closed: 'closed' },
};

export const METHOD_NAMES: Record<Language, Record<Method, string>> = {
  zh: { query: '数据查询', 'bulk-download': '批量下载', 'system-integration': '系统对接' },
  en: { query: 'query', 'bulk-download': 'bulk download', 'system-integration': 'system integration' },
};

export const USAGE_NAMES: Record<Language, Record<Usage, string>> = {
  zh: {
    'administrative-basis': '作为行政依据',
    'work-reference': '用于工作参考',
    'data-verification': '用于数据校核',
    'business-collaboration': '业务协同',
  },
  en: {
    'administrative-basis': 'administrative basis',
    'work-reference': 'work reference',
    'data-verification': 'data verification',
    'business-collaboration': 'business collaboration',
  },
};

/** Answers to sharing requests (答复意见), and a request not yet answered. */
export const DECISION_NAMES: Record<Language, Record<Decision, string>> = {
  zh: { granted: '同意', 'granted-with-conditions': '有条件同意', refused: '不同意', pending: '待答复' },
  en: {
    granted: 'granted',
    'granted-with-conditions': 'granted with conditions',
    refused: 'refused',
    pending: 'pending',
  },
};

/** A request against its time limit in working days. */
export const TIMELINESS_NAMES: Record<Language, Record<Timeliness, string>> = {
  zh: {
    'on-time': '按时答复',
    late: '逾期答复',
    pending: '待答复（未到期）',
    overdue: '逾期未答复',
    'no-deadline': '无答复时限',
  },
  en: {
    'on-time': 'answered on time',
    late: 'answered late',
    pending: 'pending (not yet due)',
    overdue: 'overdue, unanswered',
    'no-deadline': 'no time limit',
  },
};

/** The per-unit tables of corrections and stale catalog entries, as the annual report and the sharing page head them. */
export const CORRECTION_UNIT_COLUMNS: Record<Language, readonly string[]> = {
  zh: ['提供单位', '收到反馈', '按时答复', '逾期答复', '待答复', '逾期未答复'],
  en: ['Providing unit', 'Reported', 'Answered on time', 'Answered late', 'Pending', 'Overdue, unanswered'],
};
export const STALE_UNIT_COLUMNS: Record<Language, readonly string[]> = {
  zh: ['管理单位', '判定的资源', '未按期更新'],
  en: ['Managing unit', 'Resources judged', 'Stale'],
};
