import type { MigrationStatus, SystemMigration } from '../model/domain';
import { completedBy, MIGRATION_STATES, STATE_NAMES } from '../model/migration-states';
import { ANNEX3_MILESTONES } from '../model/milestones';
import { waveEnd } from './plan';
import { t, type Language, type MessageId, type MessageValue } from '../document/i18n';

export interface StatusSystem {
  number: number;
  /** The system's name (Annex 1): what a reader knows it by; the slug is for the cloud's objects. */
  name: string;
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
  // Completed by the as-of day: a wave is overdue past its end with any system not done by then.
  const done = new Set<number>();
  for (const m of manifests) {
    if (completedBy(m.spec.schedule, asOf)) done.add(m.metadata.number);
    const { wave, deadline, status, blocked } = m.spec.schedule;
    const system: StatusSystem = {
      number: m.metadata.number,
      name: m.metadata.name,
      slug: m.metadata.slug,
      managingUnit: m.metadata.managingUnit,
      status,
      deadline,
      overdue: !completedBy(m.spec.schedule, asOf) && deadline < asOf,
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
      return { wave, end, overdue: end < asOf && systems.some((s) => !done.has(s.number)), counts, systems };
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
      .filter((m) => !completedBy(m.spec.schedule, asOf))
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

export function statusText(status: WavesStatus, lang: Language = 'en'): string {
  // The states by the names the reports and the schema use (model/migration-states.ts): 已排期, 已割接.
  const stateText = (state: MigrationStatus) => STATE_NAMES[lang][state];
  const say = (id: MessageId, values?: Record<string, MessageValue>) => t(lang, id, values);
  const lines: string[] = [say('status.title', { asOf: status.asOf }), ''];
  for (const wave of status.waves) {
    const counts = MIGRATION_STATES.filter((s) => wave.counts[s] > 0)
      .map((s) => say('status.count', { count: wave.counts[s], state: stateText(s) }))
      .join(lang === 'zh' ? '，' : ', ');
    const overdue = wave.overdue ? 'yes' : 'no';
    lines.push(say('status.wave', { wave: wave.wave, end: wave.end, overdue, count: wave.systems.length, counts }));
    for (const s of wave.systems) {
      const blocked = s.blocked ? say('status.blocked', { reason: s.blocked.reason, owner: s.blocked.owner }) : '';
      const values = { name: s.name, slug: s.slug, number: s.number, unit: s.managingUnit, state: stateText(s.status) };
      const due = { deadline: s.deadline, overdue: s.overdue ? 'yes' : 'no' };
      lines.push(`  ${say('status.system', { ...values, blocked, ...due })}`);
    }
  }
  lines.push('', say('status.overdue-systems', { count: status.overdueSystems.length }));
  lines.push('', say('status.milestones'));
  for (const m of status.milestones) {
    const list =
      m.open && m.open.length > 0 && m.open.length <= 10
        ? m.open.map((number) => say('status.number', { number })).join(lang === 'zh' ? '、' : ', ')
        : 'none';
    const state = m.untracked
      ? say('status.untracked')
      : m.open!.length === 0
        ? say('status.done', { covered: m.covered! })
        : say('status.open', { open: m.open!.length, covered: m.covered!, list });
    const values = { item: m.item, content: m.content, lead: m.leadUnits.join('、'), due: m.dueText, state };
    lines.push(`  ${say('status.milestone', { overdue: m.overdue ? 'yes' : 'no', ...values })}`);
  }
  return `${lines.join('\n')}\n`;
}
