import type { SystemMigration } from './domain';

/**
 * How a system's data moves to the platform, chosen by its size and engine (envcloud's choice, read by
 * the runbooks of `envcloud waves runbooks`). Below the dump limit a database is dumped and restored
 * inside the cutover window; above it, it is replicated ahead of the window and only the switch happens
 * in it. Files and objects are copied online ahead of the window with a last delta inside it; above the
 * shipping limit they travel on encrypted disks to the ministry data center first.
 */
export const TRANSFER_LIMITS = {
  /** Largest database dumped and restored in the window, GiB. */
  dumpMaxGiB: 100,
  /** Largest file and object data copied over the network, GiB; more is shipped on disks. */
  networkMaxGiB: 10 * 1024,
  /** Dump and restore throughput assumed for the window, GiB per hour. */
  dumpGiBPerHour: 50,
  /** Shortest cutover window, hours (the switch, the checks, the room to roll back). */
  minWindowHours: 2,
  /** Days the old host is kept, read-only, after the cutover before it is decommissioned. */
  keepOldHostDays: 30,
} as const;

export type TransferMethod =
  | 'none'
  | 'pg-dump-restore'
  | 'pg-logical-replication'
  | 'mysql-dump-restore'
  | 'mysql-binlog-replication'
  | 'online-sync'
  | 'disk-shipment';

export interface TransferFacts {
  zh: string;
  en: string;
  /** The data moves inside the cutover window (downtime grows with size), or ahead of it. */
  inWindow: boolean;
}

export const TRANSFER_METHODS: Readonly<Record<TransferMethod, TransferFacts>> = {
  none: { zh: '无数据迁移（无状态系统）', en: 'no data to move (stateless system)', inWindow: false },
  'pg-dump-restore': {
    zh: 'pg_dump 导出、pg_restore 导入（割接窗口内停机完成）',
    en: 'pg_dump and pg_restore, inside the cutover window (the system is stopped)',
    inWindow: true,
  },
  'pg-logical-replication': {
    zh: 'PostgreSQL 逻辑复制（发布/订阅），割接前追平，窗口内只做切换',
    en: 'PostgreSQL logical replication (publication/subscription) caught up before the window; only the switch happens in it',
    inWindow: false,
  },
  'mysql-dump-restore': {
    zh: 'mysqldump 导出、导入（割接窗口内停机完成）',
    en: 'mysqldump and restore, inside the cutover window (the system is stopped)',
    inWindow: true,
  },
  'mysql-binlog-replication': {
    zh: 'MySQL 基于 GTID 的 binlog 复制，割接前追平，窗口内只做切换',
    en: 'MySQL binlog replication with GTID caught up before the window; only the switch happens in it',
    inWindow: false,
  },
  'online-sync': {
    zh: '在线同步（rclone/rsync），窗口内做最后一次增量同步',
    en: 'online copy (rclone/rsync) ahead of the window, a last delta sync inside it',
    inWindow: false,
  },
  'disk-shipment': {
    zh: '加密硬盘离线运送至部数据中心，再在线增量同步',
    en: 'encrypted disks shipped to the ministry data center, then an online delta sync',
    inWindow: false,
  },
};

export interface DataTransfer {
  /** What moves, in GiB. */
  databaseGiB: number;
  filesGiB: number;
  database?: { engine: 'postgresql' | 'mysql'; method: TransferMethod };
  files?: { method: TransferMethod };
  /** Length of the cutover window, hours. */
  windowHours: number;
}

/** The transfer of a system's data: a method for its database by engine and size, one for its files and objects by size, and the window they need. */
export function chooseTransfer(manifest: SystemMigration): DataTransfer {
  const placement = manifest.spec.placement;
  const db = placement?.database;
  const filesGiB = [...(placement?.storage?.object ?? []), ...(placement?.storage?.block ?? [])].reduce(
    (sum, item) => sum + item.sizeGiB,
    0,
  );
  const databaseGiB = db?.sizeGiB ?? 0;
  const small = databaseGiB <= TRANSFER_LIMITS.dumpMaxGiB;
  const database = db
    ? {
        engine: db.engine,
        method: (db.engine === 'postgresql'
          ? small
            ? 'pg-dump-restore'
            : 'pg-logical-replication'
          : small
            ? 'mysql-dump-restore'
            : 'mysql-binlog-replication') as TransferMethod,
      }
    : undefined;
  const files =
    filesGiB > 0
      ? { method: (filesGiB > TRANSFER_LIMITS.networkMaxGiB ? 'disk-shipment' : 'online-sync') as TransferMethod }
      : undefined;
  const dumpHours =
    database && TRANSFER_METHODS[database.method].inWindow
      ? Math.ceil(databaseGiB / TRANSFER_LIMITS.dumpGiBPerHour)
      : 0;
  return {
    databaseGiB,
    filesGiB,
    ...(database ? { database } : {}),
    ...(files ? { files } : {}),
    windowHours: TRANSFER_LIMITS.minWindowHours + dumpHours,
  };
}
