import { annualReport } from '../../reports/annual-report';
import { assessmentMetrics } from '../../reports/metrics';
import type { SystemMigration } from '../../model/domain';
import { clone, happyManifest } from '../support/manifests';
import { committedManifests } from './support';

const AS_OF = '2026-11-22';

/** The figures again, the plain way: loops over the manifests, sharing no code with reports/metrics.ts. */
function recount(manifests: SystemMigration[]) {
  let integrated = 0, completed = 0, items = 0, shared = 0, merged = 0, running = 0, connected = 0, overdue = 0;
  for (const m of manifests) {
    const outcome = m.spec.disposition.outcome;
    if (outcome !== 'keep' && outcome !== 'exempt') {
      integrated++;
      if (m.spec.schedule.status === 'completed') completed++;
    }
    for (const resource of m.spec.dataResources ?? []) {
      items++;
      if (resource.sharing.type !== 'not-shared') shared++;
    }
    if (outcome === 'merge') merged++;
    if (['keep', 'merge', 'extranet-portal', 'internet-portal', 'data-onboarding'].includes(outcome)) {
      running++;
      const i = m.spec.integration;
      if (i.extranetPortal.connect || i.internetPortal?.connect || i.resourceCenter.onboard) connected++;
    }
    if (m.spec.schedule.status !== 'completed' && m.spec.schedule.deadline < AS_OF) overdue++;
  }
  return { systems: manifests.length, integrated, completed, items, shared, merged, running, connected, overdue };
}

describe('assessment metrics (plan §四(四))', () => {
  it('match the committed manifests, counted independently', async () => {
    const manifests = await committedManifests();
    const expected = recount(manifests);
    const { overall } = assessmentMetrics(manifests, AS_OF);
    expect(overall.systems).toBe(expected.systems);
    expect(overall.integrated).toEqual({ planned: expected.integrated, completed: expected.completed });
    expect(overall.informationItems.total).toBe(expected.items);
    expect(overall.informationItems.shared).toBe(expected.shared);
    expect(overall.collaborativeApplications.total).toBe(expected.merged);
    expect(overall.connectivity.anyPortalOrResourceCenter).toMatchObject({ count: expected.connected, of: expected.running });
    expect(overall.progress.overdue).toHaveLength(expected.overdue);
  });
  it('per unit, add up to the whole', async () => {
    const metrics = assessmentMetrics(await committedManifests(), AS_OF);
    const sum = (pick: (figures: (typeof metrics.byUnit)[number]) => number) => metrics.byUnit.reduce((total, unit) => total + pick(unit), 0);
    expect(sum((unit) => unit.systems)).toBe(metrics.overall.systems);
    expect(sum((unit) => unit.informationItems.shared)).toBe(metrics.overall.informationItems.shared);
    expect(sum((unit) => unit.collaborativeApplications.total)).toBe(metrics.overall.collaborativeApplications.total);
    expect(sum((unit) => unit.progress.overdue.length)).toBe(metrics.overall.progress.overdue.length);
    expect(new Set(metrics.byUnit.map((unit) => unit.unit)).size).toBe(metrics.byUnit.length);
  });
  it('counts progress by deadline, in deadline order', async () => {
    const manifests = await committedManifests();
    const { byDeadline } = assessmentMetrics(manifests, AS_OF).overall.progress;
    const deadlines = Object.keys(byDeadline);
    expect(deadlines).toEqual([...new Set(manifests.map((m) => m.spec.schedule.deadline))].sort());
    for (const deadline of deadlines) {
      const total = Object.values(byDeadline[deadline]!).reduce((sum, count) => sum + count, 0);
      expect(total).toBe(manifests.filter((m) => m.spec.schedule.deadline === deadline).length);
    }
  });
  it('flags an item as overdue only after its deadline, and never once completed', () => {
    const due = clone(happyManifest());
    due.spec.schedule = { wave: 1, deadline: '2026-11-21', status: 'in-progress' };
    const onTime = clone(due);
    onTime.spec.schedule.deadline = '2026-11-22';
    const done = clone(due);
    done.spec.schedule.status = 'completed';
    expect(assessmentMetrics([due], AS_OF).overall.progress.overdue).toHaveLength(1);
    expect(assessmentMetrics([onTime], AS_OF).overall.progress.overdue).toHaveLength(0);
    expect(assessmentMetrics([done], AS_OF).overall.progress.overdue).toHaveLength(0);
  });
  it('counts conditional data as shared and unshared data as not', () => {
    const manifest = clone(happyManifest());
    const base = manifest.spec.dataResources![0]!;
    manifest.spec.dataResources = [
      { ...base, name: 'a', sharing: { type: 'conditional', conditions: 'c', scope: 's' } },
      { ...base, name: 'b', sharing: { type: 'not-shared', legalBasis: 'l' } },
    ];
    expect(assessmentMetrics([manifest], AS_OF).overall.informationItems).toEqual({ total: 2, shared: 1, bySharingType: { unconditional: 0, conditional: 1, 'not-shared': 1 } });
  });
});

describe('the annual report', () => {
  it('states the figures of its scope, in the chosen language', async () => {
    const metrics = assessmentMetrics(await committedManifests(), AS_OF);
    const unit = metrics.byUnit[0]!;
    const zh = annualReport(unit, unit.unit, AS_OF, 'zh');
    expect(zh).toContain(`# 2026 年度政务信息资源整合共享情况报告（${unit.unit}）`);
    expect(zh).toContain(`| 系统总数 | ${unit.systems} |`);
    expect(zh).toContain(`## 逾期事项 (${unit.progress.overdue.length})`);
    expect(annualReport(unit, unit.unit, AS_OF, 'en')).toContain(`| Systems | ${unit.systems} |`);
  });
  it('keeps a table whole when a name holds a pipe', () => {
    const manifest = clone(happyManifest());
    manifest.metadata.name = '系统|一';
    manifest.spec.schedule = { wave: 1, deadline: '2020-01-01', status: 'not-started' };
    const text = annualReport(assessmentMetrics([manifest], AS_OF).overall, undefined, AS_OF, 'en');
    expect(text).toContain('系统\\|一');
  });
});
