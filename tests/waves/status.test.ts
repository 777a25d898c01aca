import { join } from 'node:path';
import type { SystemMigration } from '../../model/domain';
import { isLegalTransition } from '../../model/migration-states';
import { PLAN_WAVE_ENDS } from '../../model/milestones';
import { validatePaths } from '../../validation/validate';
import { statusText, wavesStatus } from '../../waves/status';
import { root } from '../support/cli';
import { clone } from '../support/manifests';

describe('waves status on the shipped manifests', () => {
  let manifests: SystemMigration[];
  beforeAll(async () => {
    manifests = (await validatePaths([join(root, 'manifests')], { cwd: root })).manifests.map((e) => e.manifest);
  });

  it('makes the zombie clean-up (Annex 3 item 5, lead 办公厅) overdue the day after 2017-10-31, not on it', () => {
    const onTheDay = wavesStatus(manifests, '2017-10-31', PLAN_WAVE_ENDS);
    const after = wavesStatus(manifests, '2017-11-01', PLAN_WAVE_ENDS);
    const zombie = (s: ReturnType<typeof wavesStatus>) => s.milestones.find((m) => m.id === 'zombie-cleanup')!;
    expect(zombie(onTheDay).overdue).toBe(false);
    expect(zombie(after)).toMatchObject({
      overdue: true,
      leadUnits: ['办公厅'],
      covered: 9,
      open: [18, 66, 149, 150, 151, 152, 155, 156, 157],
    });
    expect(after.waves.find((w) => w.wave === 1)!.overdue).toBe(true);
    expect(onTheDay.waves.find((w) => w.wave === 1)!.overdue).toBe(false);
    // Wave sizes as declared, and the one completed system (no. 176) is never overdue.
    expect(after.waves.map((w) => w.systems.length)).toEqual([10, 135, 37]);
    const late = wavesStatus(manifests, '2019-01-01', PLAN_WAVE_ENDS);
    expect(late.overdueSystems.map((s) => s.number)).not.toContain(176);
    expect(late.overdueSystems).toHaveLength(181);
  });

  // Metrics counted an Annex 2 “already” answer achieved while its milestone still listed the system open.
  it('leaves out of the milestones a step Annex 2 answers as already done', () => {
    const edited = clone(manifests);
    const site = edited.find((m) => m.metadata.number === 23)!;
    const onboarded = edited.find((m) => m.metadata.number === 17)!;
    const milestone = (all: SystemMigration[], id: string) =>
      wavesStatus(all, '2018-07-01', PLAN_WAVE_ENDS).milestones.find((m) => m.id === id)!;
    const onboarding = (all: SystemMigration[]) =>
      wavesStatus(all, '2018-07-01', PLAN_WAVE_ENDS).milestones.filter((m) => m.id.startsWith('base-db-'));
    expect(milestone(edited, 'websites-to-cluster').open).toContain(23);
    expect(onboarding(edited).some((m) => m.open?.includes(17))).toBe(true);
    site.spec.integration.websiteCluster.alreadyInCluster = true;
    onboarded.spec.integration.resourceCenter.alreadyOnboarded = true;
    expect(milestone(edited, 'websites-to-cluster').open).not.toContain(23);
    expect(milestone(edited, 'websites-to-cluster').covered).toBe(
      milestone(manifests, 'websites-to-cluster').covered! - 1,
    );
    expect(onboarding(edited).some((m) => m.open?.includes(17))).toBe(false);
  });

  it('counts a system done, and its wave and milestones met, from the day it was completed (completedOn)', () => {
    const edited = clone(manifests).filter((m) => m.metadata.number === 18);
    edited[0]!.spec.schedule = { ...edited[0]!.spec.schedule, status: 'completed', completedOn: '2017-11-05' };
    const zombie = (asOf: string) =>
      wavesStatus(edited, asOf, PLAN_WAVE_ENDS).milestones.find((m) => m.id === 'zombie-cleanup')!;
    expect(zombie('2017-11-04').open).toEqual([18]);
    expect(zombie('2017-11-05').open).toEqual([]);
    expect(wavesStatus(edited, '2017-11-04', PLAN_WAVE_ENDS).overdueSystems.map((s) => s.number)).toEqual(
      edited[0]!.spec.schedule.deadline < '2017-11-04' ? [18] : [],
    );
    expect(wavesStatus(edited, '2017-11-05', PLAN_WAVE_ENDS).overdueSystems).toEqual([]);
  });

  it('counts states per wave and carries a block with its reason and owner', () => {
    const edited = manifests.map((m) => clone(m));
    const zombie = edited.find((m) => m.metadata.number === 18)!;
    zombie.spec.schedule.status = 'completed';
    const blocked = edited.find((m) => m.metadata.number === 27)!;
    blocked.spec.schedule.status = 'blocked';
    blocked.spec.schedule.blocked = { reason: '等待数据库许可证', owner: '环境影响评价司 张三' };
    const status = wavesStatus(edited, '2017-11-01', PLAN_WAVE_ENDS);
    // Wave 1 also holds no. 176, already integrated (completed).
    expect(status.waves[0]!.counts).toMatchObject({ completed: 2, 'not-started': 8 });
    expect(status.milestones.find((m) => m.id === 'zombie-cleanup')!.open).not.toContain(18);
    expect(status.waves[1]!.systems.find((s) => s.number === 27)).toMatchObject({
      status: 'blocked',
      blocked: { reason: '等待数据库许可证', owner: '环境影响评价司 张三' },
    });
  });

  it('names each system by its name in the text, and its state with the reports’ words', () => {
    const edited = manifests.map((m) => clone(m));
    edited.find((m) => m.metadata.number === 27)!.spec.schedule.status = 'planned';
    const zh = statusText(wavesStatus(edited, '2017-11-01', PLAN_WAVE_ENDS), 'zh');
    const s027 = edited.find((m) => m.metadata.number === 27)!;
    expect(zh).toContain(
      `${s027.metadata.name}（第 27 号，${s027.metadata.slug}，${s027.metadata.managingUnit}）：已排期`,
    );
    expect(zh).not.toMatch(/已计划|已切换/);
  });
});

describe('migration states', () => {
  it('allows the main line one step at a time, blocking and resuming, and a rollback after cut-over', () => {
    expect(isLegalTransition('not-started', 'planned')).toBe(true);
    expect(isLegalTransition('planned', 'migrating')).toBe(true);
    expect(isLegalTransition('migrating', 'cut-over')).toBe(true);
    expect(isLegalTransition('cut-over', 'completed')).toBe(true);
    expect(isLegalTransition('cut-over', 'migrating')).toBe(true);
    expect(isLegalTransition('migrating', 'blocked')).toBe(true);
    expect(isLegalTransition('blocked', 'migrating')).toBe(true);
    expect(isLegalTransition('not-started', 'migrating')).toBe(false);
    expect(isLegalTransition('planned', 'completed')).toBe(false);
    expect(isLegalTransition('completed', 'blocked')).toBe(false);
    expect(isLegalTransition('blocked', 'completed')).toBe(false);
  });
});
