import type { MigrationStatus, SystemMigration } from '../model/domain';
import { MIGRATION_STATES } from '../model/migration-states';
import { ANNEX3_MILESTONES } from '../model/milestones';
import { waveEnd } from './plan';

export interface StatusSystem {
  number: number;
  slug: string;
  managingUnit: string;
  status: MigrationStatus;
  deadline: string;
  overdue: boolean;
  blocked?: { reason: string; owner: string };
}

export interface WaveStatus {
  wave: number;
  end: string;
  /** The wave has ended and some of its systems are not completed. */
  overdue: boolean;
  counts: Record<MigrationStatus, number>;
  systems: StatusSystem[];
}

export interface MilestoneStatus {
  id: string;
  item: number;
  content: string;
  leadUnits: readonly string[];
  dueText: string;
  due?: string;
  /** Covered systems not completed (none tracked: undefined). */
  open?: number[];
  covered?: number;
  overdue: boolean;
  /** No manifest tracks this task: envcloud cannot tell whether it is done. */
  untracked: boolean;
}

export interface WavesStatus {
  asOf: string;
  waves: WaveStatus[];
  overdueSystems: StatusSystem[];
  milestones: MilestoneStatus[];
}

/** Each wave's systems and states as the manifests declare them, and what is overdue on `asOf` against the plan's dates and Annex 3. */
export function wavesStatus(
  manifests: readonly SystemMigration[],
  asOf: string,
  waveEnds: readonly string[],
): WavesStatus {
  const byWave = new Map<number, StatusSystem[]>();
  const all: StatusSystem[] = [];
  for (const m of manifests) {
    const { wave, deadline, status, blocked } = m.spec.schedule;
    const system: StatusSystem = {
      number: m.metadata.number,
      slug: m.metadata.slug,
      managingUnit: m.metadata.managingUnit,
      status,
      deadline,
      overdue: status !== 'completed' && deadline < asOf,
      ...(blocked ? { blocked: { reason: blocked.reason, owner: blocked.owner } } : {}),
    };
    all.push(system);
    byWave.set(wave, [...(byWave.get(wave) ?? []), system]);
  }
  const waves = [...byWave.keys()]
    .sort((a, b) => a - b)
    .map((wave) => {
      const systems = byWave.get(wave)!.sort((a, b) => a.number - b.number);
      const counts = Object.fromEntries(MIGRATION_STATES.map((s) => [s, 0])) as Record<MigrationStatus, number>;
      for (const s of systems) counts[s.status] += 1;
      const end = waveEnd(waveEnds, wave);
      return { wave, end, overdue: end < asOf && counts.completed < systems.length, counts, systems };
    });
  const milestones = ANNEX3_MILESTONES.map((milestone): MilestoneStatus => {
    const base = {
      id: milestone.id,
      item: milestone.item,
      content: milestone.content,
      leadUnits: milestone.leadUnits,
      dueText: milestone.dueText,
      ...(milestone.due ? { due: milestone.due } : {}),
    };
    if (!milestone.covers) return { ...base, untracked: true, overdue: false };
    const covered = manifests.filter(milestone.covers);
    const open = covered
      .filter((m) => m.spec.schedule.status !== 'completed')
      .map((m) => m.metadata.number)
      .sort((a, b) => a - b);
    return {
      ...base,
      untracked: false,
      covered: covered.length,
      open,
      overdue: milestone.due !== undefined && milestone.due < asOf && open.length > 0,
    };
  });
  return {
    asOf,
    waves,
    overdueSystems: all
      .filter((s) => s.overdue)
      .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.number - b.number),
    milestones,
  };
}

export function statusText(status: WavesStatus): string {
  const lines: string[] = [`migration status as of ${status.asOf}`, ''];
  for (const wave of status.waves) {
    const counts = MIGRATION_STATES.filter((s) => wave.counts[s] > 0)
      .map((s) => `${wave.counts[s]} ${s}`)
      .join(', ');
    lines.push(
      `wave ${wave.wave} (ends ${wave.end})${wave.overdue ? ' OVERDUE' : ''}: ${wave.systems.length} systems: ${counts}`,
    );
    for (const s of wave.systems)
      lines.push(
        `  ${s.slug} (no. ${s.number}, ${s.managingUnit}): ${s.status}${s.blocked ? ` (${s.blocked.reason}; owner ${s.blocked.owner})` : ''}, due ${s.deadline}${s.overdue ? ' OVERDUE' : ''}`,
      );
  }
  lines.push('', `overdue systems: ${status.overdueSystems.length}`);
  lines.push('', 'Annex 3 milestones:');
  for (const m of status.milestones) {
    const state = m.untracked
      ? 'not tracked by the manifests'
      : m.open!.length === 0
        ? `done (${m.covered} systems)`
        : `${m.open!.length} of ${m.covered} systems open${m.open!.length <= 10 ? `: ${m.open!.map((n) => `no. ${n}`).join(', ')}` : ''}`;
    lines.push(
      `  ${m.overdue ? 'OVERDUE ' : ''}item ${m.item} ${m.content} (lead: ${m.leadUnits.join('、')}; due ${m.dueText}): ${state}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
