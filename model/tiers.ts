// The backup tiers of the two-locations-three-centers topology (plan §三(三).9), every fact about them in
// one place: what each delivers (targets), what it needs of the topology, when it is backed up and for how
// long, how resources are tagged into it and the storage class its volumes use. Components, stacks and
// policies read these; none of them writes a tier's schedule, tag or class name itself.
import { BACKUP_TIERS, type BackupTier } from './domain';
import type { CenterRole } from './topology';

/** A tier that holds data: every tier but `none`. */
export type DataTier = Exclude<BackupTier, 'none'>;

/** The tiers that hold data, from most to least protected (gold, silver, bronze). */
export const DATA_TIERS: readonly DataTier[] = BACKUP_TIERS.filter((tier): tier is DataTier => tier !== 'none');

/** Whether a value read from a resource (a tag, a label, a rule's name) names a data tier. */
export function isDataTier(value: unknown): value is DataTier {
  return (DATA_TIERS as readonly unknown[]).includes(value);
}

/** Tiers from most to least protected: data may sit in a better tier than its system's, never a worse one. */
export const TIER_RANK: Readonly<Record<BackupTier, number>> = { gold: 3, silver: 2, bronze: 1, none: 0 };

/**
 * The tier a decommissioned system's archive sits in: silver (copied to both backup centers) at least,
 * and the system's own tier when that is better. Always silver, a gold system's archive failed the
 * mandatory `stateful-in-backup-plan` (data below its system's tier) after a green validate.
 */
export function archiveTier(systemTier: BackupTier): DataTier {
  return TIER_RANK[systemTier] > TIER_RANK.silver ? (systemTier as DataTier) : 'silver';
}

/**
 * What each backup tier delivers (plan §三(三).9). A manifest may ask for looser targets than its
 * tier, never stricter ones. Where the copies go is the tier's needs (TIER_NEEDS).
 */
export interface TierTargets {
  readonly rpoMinutes: number;
  readonly rtoMinutes: number;
}

export const TIER_TARGETS: Readonly<Record<DataTier, TierTargets>> = {
  gold: { rpoMinutes: 15, rtoMinutes: 60 },
  silver: { rpoMinutes: 24 * 60, rtoMinutes: 8 * 60 },
  bronze: { rpoMinutes: 7 * 24 * 60, rtoMinutes: 72 * 60 },
};

/**
 * What each tier needs of the topology: gold keeps a replica in the remote center and copies in
 * both backup centers, and runs multi-AZ; silver copies daily to both backup centers; bronze copies
 * weekly to the remote center.
 */
export const TIER_NEEDS: Readonly<Record<BackupTier, { centers: readonly CenterRole[]; multiAz: boolean }>> = {
  gold: { centers: ['same-city', 'remote'], multiAz: true },
  silver: { centers: ['same-city', 'remote'], multiAz: false },
  bronze: { centers: ['remote'], multiAz: false },
  none: { centers: [], multiAz: false },
};

/** When a tier's backups are taken (UTC; 18:00 UTC is 02:00 in Beijing) and how long they are kept. */
export interface TierSchedule {
  readonly minute: number;
  /** The hour, or `*` for every hour. */
  readonly hour: number | '*';
  /** The one weekday of a weekly backup; absent for every day. */
  readonly weekday?: 'SUN' | 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT';
  readonly keepDays: number;
  /** Whether AWS Backup also keeps continuous (point-in-time) backups. */
  readonly continuous: boolean;
}

export const TIER_SCHEDULES: Readonly<Record<DataTier, TierSchedule>> = {
  gold: { minute: 0, hour: '*', keepDays: 35, continuous: true },
  silver: { minute: 0, hour: 18, keepDays: 90, continuous: false },
  bronze: { minute: 0, hour: 18, weekday: 'SUN', keepDays: 365, continuous: false },
};

/**
 * The monthly restore test (AWS's restore-testing plan; on the clusters, Velero and CloudNativePG): the tier it
 * restores, Velero's backup of that tier on the 1st at 20:00 UTC (kept 30 days), and the restore test a day
 * later, on the 2nd at 20:00 UTC (04:00 on the 3rd in Beijing), when the backup has long finished.
 */
export const RESTORE_TEST: Readonly<{ tier: DataTier; backupCron: string; restoreCron: string; keepDays: number }> = {
  tier: 'gold',
  backupCron: '0 20 1 * *',
  restoreCron: '0 20 2 * *',
  keepDays: 30,
};

const WEEKDAY_NUMBERS = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 } as const;

/** A tier's schedule as an AWS Backup cron (minute hour day-of-month month day-of-week year): `cron(0 18 ? * SUN *)`. */
export function awsCron(tier: DataTier): string {
  const { minute, hour, weekday } = TIER_SCHEDULES[tier];
  return `cron(${minute} ${hour} ? * ${weekday ?? '*'} *)`;
}

/** The same schedule as a standard five-field cron, as Velero takes it: `0 18 * * 0`. */
export function standardCron(tier: DataTier): string {
  const { minute, hour, weekday } = TIER_SCHEDULES[tier];
  return `${minute} ${hour} * * ${weekday ? WEEKDAY_NUMBERS[weekday] : '*'}`;
}

/** The same schedule as CloudNativePG's six-field cron (seconds first). */
export function secondsCron(tier: DataTier): string {
  return `0 ${standardCron(tier)}`;
}

/** Days a tier keeps its backups. */
export function keepDays(tier: DataTier): number {
  return TIER_SCHEDULES[tier].keepDays;
}

/** The AWS tag a stateful resource carries to join its tier's backup plan. */
export const BACKUP_TIER_TAG = 'envcloud:backup-tier';

/** The Kubernetes label (under the platform's label prefix) naming an object's tier. */
export const BACKUP_TIER_LABEL = 'backup-tier';

const STORAGE_CLASS_PREFIX = 'envcloud-';

/** The storage class each tier's volumes use: `envcloud-gold`. */
export function storageClassOf(tier: BackupTier): string {
  return `${STORAGE_CLASS_PREFIX}${tier}`;
}

/** The tier a storage class belongs to (storageClassOf's inverse), or undefined for any other class. */
export function tierOfStorageClass(name: unknown): BackupTier | undefined {
  if (typeof name !== 'string' || !name.startsWith(STORAGE_CLASS_PREFIX)) return undefined;
  const tier = name.slice(STORAGE_CLASS_PREFIX.length);
  return (BACKUP_TIERS as readonly string[]).includes(tier) ? (tier as BackupTier) : undefined;
}

/** The tiers whose copies reach every one of these centers (gold and silver reach both backup centers). */
export function tiersCopiedTo(roles: readonly CenterRole[]): DataTier[] {
  return DATA_TIERS.filter((tier) => roles.every((role) => TIER_NEEDS[tier].centers.includes(role)));
}

/** The centers a tier's backups are copied to, of those a stack has: the ones its needs name. */
export function copyRoles(tier: DataTier, existing: readonly CenterRole[]): CenterRole[] {
  return TIER_NEEDS[tier].centers.filter((role) => existing.includes(role));
}

/** The stack output a platform stack on AWS exports its backups under, read by its systems-only stacks. */
export const BACKUPS_OUTPUT = 'backups';

/** The type of the resource a systems-only stack reads its platform stack's outputs through (pulumi.StackReference). */
export const STACK_REFERENCE_TYPE = 'pulumi:pulumi:StackReference';

/**
 * What a platform stack on AWS tells its systems-only stacks of its backups (not secret): its backup
 * plans take every resource tagged `envcloud:backup-tier=<tier>` of the account, and copy each tier's
 * backups to these centers. A systems-only stack holds data but no plan, so the DR policies judge its
 * data against these facts, read through its StackReference.
 */
export interface PlatformBackups {
  mode: 'aws';
  /** Each tier the plans select, with the centers (by role) its copies go to. */
  copies: Partial<Record<DataTier, CenterRole[]>>;
}

/** A platform's backups from the roles of its backup centers (those with a vault other than the primary). */
export function platformBackups(backupCenters: readonly CenterRole[]): PlatformBackups {
  return {
    mode: 'aws',
    copies: Object.fromEntries(DATA_TIERS.map((tier) => [tier, copyRoles(tier, backupCenters)])),
  };
}

/** The tiers by name, in Chinese and English (reports, runbooks). */
export const TIER_NAMES: Readonly<Record<'zh' | 'en', Readonly<Record<BackupTier, string>>>> = {
  zh: { gold: '金级', silver: '银级', bronze: '铜级', none: '无' },
  en: { gold: 'gold', silver: 'silver', bronze: 'bronze', none: 'none' },
};
