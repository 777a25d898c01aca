import type { MigrationStatus } from './domain';

/**
 * The states of a system's migration and the changes between them, in one place: `validate
 * --baseline-dir` checks each manifest's change of `spec.schedule.status` against them, the wave
 * planner keeps systems under way in their wave, and `envcloud waves status` counts them.
 *
 *   not-started → planned → migrating → cut-over → completed
 *
 * `blocked` (with `spec.schedule.blocked.reason` and `.owner`) may be entered from any state but
 * completed, and left for any state but completed; after a cut-over a rollback returns to migrating.
 */
export const MIGRATION_STATES: readonly MigrationStatus[] = [
  'not-started',
  'planned',
  'migrating',
  'cut-over',
  'completed',
  'blocked',
];

/** The states each state may change to (staying the same is always legal). */
export const LEGAL_TRANSITIONS: Readonly<Record<MigrationStatus, readonly MigrationStatus[]>> = {
  'not-started': ['planned', 'blocked'],
  planned: ['migrating', 'blocked'],
  migrating: ['cut-over', 'blocked'],
  'cut-over': ['completed', 'migrating', 'blocked'],
  completed: [],
  blocked: ['not-started', 'planned', 'migrating', 'cut-over'],
};

/** Whether `from → to` is a legal change. */
export function isLegalTransition(from: MigrationStatus, to: MigrationStatus): boolean {
  return from === to || LEGAL_TRANSITIONS[from].includes(to);
}

/** The path of legal steps from `from` to `to` along the main line, when `to` is further on it (for hints). */
export function stepsBetween(from: MigrationStatus, to: MigrationStatus): MigrationStatus[] | undefined {
  const line: MigrationStatus[] = ['not-started', 'planned', 'migrating', 'cut-over', 'completed'];
  const a = line.indexOf(from);
  const b = line.indexOf(to);
  return a >= 0 && b > a ? line.slice(a, b + 1) : undefined;
}

/** States in which the system is being moved: its wave can no longer change. */
export const UNDER_WAY: readonly MigrationStatus[] = ['migrating', 'cut-over', 'completed'];

/** Chinese and English names of the states. */
export const STATE_NAMES: Readonly<Record<'zh' | 'en', Readonly<Record<MigrationStatus, string>>>> = {
  zh: {
    'not-started': '未开始',
    planned: '已排期',
    migrating: '迁移中',
    'cut-over': '已割接',
    completed: '已完成',
    blocked: '受阻',
  },
  en: {
    'not-started': 'not started',
    planned: 'planned',
    migrating: 'migrating',
    'cut-over': 'cut over',
    completed: 'completed',
    blocked: 'blocked',
  },
};

/**
 * Whether a system's migration was completed by `asOf` (YYYY-MM-DD): its status is completed, on or before
 * its `completedOn`. Without a day (a system Annex 1 records as already integrated, done before the plan)
 * it is completed on any day. Figures as of a past day counted a system completed since as done then.
 */
export function completedBy(schedule: { status: MigrationStatus; completedOn?: string }, asOf: string): boolean {
  return schedule.status === 'completed' && (schedule.completedOn === undefined || schedule.completedOn <= asOf);
}
