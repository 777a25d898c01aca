import type { MigrationStatus, SystemMigration } from '../../model/domain';
import { waveTimeline } from '../../reports/dashboard/timeline';
import { timelineSection } from '../../reports/dashboard/timeline-html';
import { systemPage } from '../../reports/dashboard/pages';
import type { DashboardInput } from '../../reports/dashboard/page';
import { committedManifests } from './support';

/** A copy of the committed manifests with some systems moved to another wave or state. */
function changed(
  manifests: readonly SystemMigration[],
  changes: Record<number, { wave?: number; status?: MigrationStatus }>,
): SystemMigration[] {
  return manifests.map((manifest) => {
    const change = changes[manifest.metadata.number];
    if (!change) return manifest;
    const copy = structuredClone(manifest);
    if (change.wave !== undefined) copy.spec.schedule.wave = change.wave;
    if (change.status !== undefined) copy.spec.schedule.status = change.status;
    return copy;
  });
}

describe('the wave timeline of the dashboard (planned against actual)', () => {
  let manifests: SystemMigration[];
  beforeAll(async () => {
    manifests = await committedManifests();
  });

  it('puts each wave of the committed manifests on the plan’s calendar, with the plan’s three deadlines as lines', () => {
    const timeline = waveTimeline(manifests, '2017-09-01');
    expect(timeline.waves.map((wave) => [wave.wave, wave.start, wave.end, wave.systems.length])).toEqual([
      [1, '2017-08-01', '2017-10-31', 10],
      [2, '2017-11-01', '2017-12-31', 135],
      [3, '2018-01-01', '2018-06-30', 37],
    ]);
    expect(timeline.axis).toMatchObject({ start: '2017-08-01', end: '2018-07-31' });
    expect(timeline.axis.ticks.map((tick) => tick.date)).toEqual([
      '2017-10-01',
      '2018-01-01',
      '2018-04-01',
      '2018-07-01',
    ]);
    expect(timeline.deadlines.map((deadline) => deadline.date)).toEqual(['2017-10-31', '2017-12-31', '2018-06-30']);
    // The lines name what Annex 3 has due on each date.
    expect(timeline.deadlines[0]!.milestones.map((milestone) => milestone.id)).toEqual([
      'zombie-cleanup',
      'opinion-forms',
    ]);
    expect(timeline.deadlines[2]!.milestones.map((milestone) => milestone.id)).toContain('extranet-portal');
    // Positions grow with the date and stay on the axis; each window ends where the next begins.
    const positions = timeline.waves.flatMap((wave) => [wave.from, wave.to]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(timeline.waves[0]!.from).toBe(0);
    expect(timeline.deadlines.map((deadline) => deadline.at)).toEqual(timeline.waves.map((wave) => wave.to));
    expect(timeline.asOfAt).toBeCloseTo(31 / 364, 5);
    expect(timeline.totals.systems).toBe(182);
  });

  it('counts as done only the systems whose state is completed, and says a wave is overdue only after its end', () => {
    const baseline = waveTimeline(manifests, '2018-01-15');
    const wave2 = manifests.filter((manifest) => manifest.spec.schedule.wave === 2).slice(0, 4);
    const states: MigrationStatus[] = ['cut-over', 'migrating', 'completed', 'planned'];
    const moved = changed(
      manifests,
      Object.fromEntries(wave2.map((manifest, index) => [manifest.metadata.number, { status: states[index]! }])),
    );
    const timeline = waveTimeline(moved, '2018-01-15');
    const before = baseline.waves[1]!;
    const after = timeline.waves[1]!;
    expect(after.done).toBe(before.done + 1);
    expect(after.counts['cut-over']).toBe(before.counts['cut-over'] + 1);
    expect(after.counts.migrating).toBe(before.counts.migrating + 1);
    expect(after.counts.planned).toBe(before.counts.planned + 1);
    expect(after.counts['not-started']).toBe(before.counts['not-started'] - 4);
    expect(timeline.totals.done).toBe(baseline.totals.done + 1);
    expect(after.systems.filter((system) => system.done).map((system) => system.status)).toEqual(
      after.systems.filter((system) => system.status === 'completed').map((system) => system.status),
    );
    // Wave 2 ended on 2017-12-31 with systems open; wave 3 ends on 2018-06-30.
    expect(timeline.waves.map((wave) => wave.overdue)).toEqual([true, true, false]);
    expect(waveTimeline(moved, '2017-12-31').waves[1]!.overdue).toBe(false);
    // A wave whose systems are all completed is not overdue, whenever it is looked at.
    const allDone = changed(
      manifests,
      Object.fromEntries(
        manifests
          .filter((manifest) => manifest.spec.schedule.wave === 1)
          .map((manifest) => [manifest.metadata.number, { status: 'completed' as const }]),
      ),
    );
    const first = waveTimeline(allDone, '2026-11-22').waves[0]!;
    expect([first.done, first.systems.length, first.overdue]).toEqual([10, 10, false]);
    // A system is overdue against its own deadline while it is not completed.
    expect(after.systems.find((system) => system.status === 'cut-over')!.overdue).toBe(
      after.systems.find((system) => system.status === 'cut-over')!.deadline < '2018-01-15',
    );
  });

  it('extends the axis for waves the planner added after the plan’s last date, and leaves out an as-of day beyond it', () => {
    const [first, second] = manifests.filter((manifest) => manifest.spec.schedule.wave === 3);
    const timeline = waveTimeline(
      changed(manifests, { [first!.metadata.number]: { wave: 5 }, [second!.metadata.number]: { wave: 5 } }),
      '2026-11-22',
    );
    expect(timeline.waves.map((wave) => [wave.wave, wave.start, wave.end])).toEqual([
      [1, '2017-08-01', '2017-10-31'],
      [2, '2017-11-01', '2017-12-31'],
      [3, '2018-01-01', '2018-06-30'],
      // Wave 4 would end on 2018-09-30; with no wave 4, wave 5 follows wave 3.
      [5, '2018-07-01', '2018-12-31'],
    ]);
    expect(timeline.axis.end).toBe('2019-01-31');
    expect(timeline.waves[3]!.to).toBeLessThan(1);
    expect(timeline.asOfAt).toBeUndefined();
  });

  it('writes the section in Chinese and in English, with the counts the browser test reads', () => {
    const timeline = waveTimeline(manifests, '2026-11-22');
    const zh = timelineSection(timeline, 'zh');
    const en = timelineSection(timeline, 'en');
    expect(zh).toContain('<h2>迁移批次时间线：计划与实际</h2>');
    expect(zh).toContain('第 2 批次');
    expect(zh).toContain('计划结束 2017-12-31');
    expect(en).toContain('<h2>Migration waves: planned and actual</h2>');
    expect(en).toContain('planned end 2018-06-30');
    for (const html of [zh, en]) {
      expect([...html.matchAll(/class="tl-deadline-label[^>]*>(\d{4}-\d{2}-\d{2})</g)].map((m) => m[1])).toEqual([
        '2017-10-31',
        '2017-12-31',
        '2018-06-30',
      ]);
      const done = [...html.matchAll(/data-done="(\d+)" data-systems="(\d+)"/g)].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
      expect(done).toEqual(timeline.waves.map((wave) => [wave.done, wave.systems.length]));
      // One drill-down per wave, one row per system, each linking its page.
      expect(html.match(/<details class="tl-wave-systems"/g)).toHaveLength(3);
      expect(html.match(/<tr data-state=/g)).toHaveLength(182);
      expect(html).not.toMatch(/https?:\/\//);
    }
  });

  it('gives each system’s page the planned end of its wave beside its own deadline', () => {
    const manifest = manifests.find((candidate) => candidate.spec.schedule.wave === 3)!;
    const input = { systems: manifests, lang: 'zh' } as unknown as DashboardInput;
    expect(systemPage(manifest, input)).toContain('<dt>批次</dt><dd>3</dd><dt>批次计划结束</dt><dd>2018-06-30</dd>');
    expect(systemPage(manifest, { ...input, lang: 'en' })).toContain('<dt>Wave ends (plan)</dt><dd>2018-06-30</dd>');
  });

  // The note said the manifests record no completion date, and a system completed since counted done.
  it('counts a system done from the day it was completed, and its page shows that day', () => {
    const completed = structuredClone(manifests.find((candidate) => candidate.metadata.number === 18)!);
    completed.spec.schedule = { ...completed.spec.schedule, status: 'completed', completedOn: '2017-11-20' };
    const done = (asOf: string) => waveTimeline([completed], asOf).waves[0]!.systems[0]!.done;
    expect([done('2017-11-19'), done('2017-11-20')]).toEqual([false, true]);
    const input = { systems: [completed], lang: 'zh' } as unknown as DashboardInput;
    expect(systemPage(completed, input)).toContain('<dt>完成日期</dt><dd>2017-11-20</dd>');
    expect(systemPage(completed, { ...input, lang: 'en' })).toContain('<dt>Completed on</dt><dd>2017-11-20</dd>');
  });
});
