import type { BackupTier, BusinessSystem, CatalogClass, Outcome, Pool } from './manifest.generated';
import { outcomesWhere } from './dispositions';
import { enumValues } from './schema';

export type { SystemMigration } from './manifest.generated';
export * from './manifest.generated';

export const OUTCOMES = enumValues('outcome') as readonly Outcome[];
export const BUSINESS_SYSTEMS = enumValues('businessSystem') as readonly BusinessSystem[];
export const POOLS = enumValues('pool') as readonly Pool[];
export const CATALOG_CLASSES = enumValues('catalogClass') as readonly CatalogClass[];
export const BACKUP_TIERS = enumValues('backupTier') as readonly BackupTier[];

/** Chinese names of the eight business systems (plan §一, 八大业务系统). */
export const BUSINESS_SYSTEM_NAMES: Readonly<Record<BusinessSystem, string>> = {
  air: '大气环境管理系统',
  water: '水环境管理系统',
  soil: '土壤环境管理系统',
  'pollution-source': '污染源管理系统',
  'ecological-protection': '生态保护管理系统',
  'inspection-enforcement': '环境监察执法管理系统',
  'nuclear-radiation-safety': '核与辐射安全管理系统',
  'integrated-office': '综合办公管理系统',
};

/** Outcomes whose systems run on the cloud platform (以上云为常态): read from the disposition table. */
export const MIGRATING_OUTCOMES: readonly Outcome[] = outcomesWhere((facts) => facts.migrates);

/**
 * Outcomes whose system may have a website: one moving to the ministry website cluster (部网站群), or
 * one already part of the ministry website. Any other system's site would be served outside the cluster.
 */
export const WEBSITE_OUTCOMES: readonly Outcome[] = outcomesWhere((facts) => facts.website);

/**
 * Portal connection methods that sign users in through the unified digital-certificate identity (rules
 * art. 24); a bare link in the portal (`unified-entry`) does not.
 */
export const UNIFIED_IDENTITY_METHODS: readonly string[] = ['unified-user', 'single-sign-on'];

/** A replicated bucket's remote-center copy is named after it with this suffix, so no bucket of the same system may take that name. */
export const BUCKET_REPLICA_SUFFIX = '-replica';
