import type { BackupTier, BusinessSystem, CatalogClass, MigrationStatus, Pool, SharingType } from '../model/domain';
import type { CenterRole } from '../stacks/config';
import { STATE_NAMES } from '../model/migration-states';

export type Language = 'zh' | 'en';

/** Names of the domain's values, as the plan writes them in Chinese and as English readers know them. */
export const CATALOG_CLASS_NAMES: Record<Language, Record<CatalogClass, string>> = {
  zh: { 'environmental-quality': '环境质量', 'pollution-source': '污染源', 'ecological-protection': '生态保护', 'nuclear-radiation-safety': '核与辐射安全', 'integrated-management': '综合管理' },
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

export const POOL_NAMES: Record<Language, Record<Pool, string>> = {
  zh: { central: '中心资源池', 'environmental-monitoring': '环境监测专业资源池', 'satellite-remote-sensing': '卫星遥感专业资源池', 'nuclear-safety': '核安全专业资源池' },
  en: { central: 'Central pool', 'environmental-monitoring': 'Environmental monitoring pool', 'satellite-remote-sensing': 'Satellite remote sensing pool', 'nuclear-safety': 'Nuclear safety pool' },
};

export const CENTER_ROLE_NAMES: Record<Language, Record<CenterRole, string>> = {
  zh: { primary: '主中心', 'same-city': '同城灾备中心', remote: '异地灾备中心' },
  en: { primary: 'primary center', 'same-city': 'same-city backup center', remote: 'remote backup center' },
};

export const TIER_NAMES: Record<Language, Record<BackupTier, string>> = {
  zh: { gold: '金级', silver: '银级', bronze: '铜级', none: '无' },
  en: { gold: 'gold', silver: 'silver', bronze: 'bronze', none: 'none' },
};

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
