import { annualReport, annualReports, reportPeriod } from '../../reports/annual-report';
import { assessmentMetrics } from '../../reports/metrics';
import { buildReport, DEFAULT_CENTERS } from '../../reports/build';
import type { SystemMigration } from '../../model/domain';
import { clone, happyManifest, LAW_BASIS } from '../support/manifests';
import { committedManifests } from './support';

const AS_OF = '2026-11-22';

/**
 * The figures again, the plain way: loops over the manifests, sharing no code with reports/metrics.ts.
 * "Done" is read straight from the manifest: schedule status completed, or the Annex 2 "already" answer.
 */
function recount(manifests: SystemMigration[]) {
  const n = {
    systems: manifests.length,
    integrated: 0,
    integratedDone: 0,
    items: 0,
    shared: 0,
    sharedDone: 0,
    merged: 0,
    mergedDone: 0,
    running: 0,
    connected: 0,
    connectedDone: 0,
    extranet: 0,
    extranetDone: 0,
    internet: 0,
    internetDone: 0,
    center: 0,
    centerDone: 0,
    overdue: 0,
    confirmed: 0,
    unconfirmed: 0,
  };
  for (const m of manifests) {
    const outcome = m.spec.disposition.outcome;
    const i = m.spec.integration;
    const done = m.spec.schedule.status === 'completed';
    if (outcome !== 'keep' && outcome !== 'exempt') {
      n.integrated++;
      const already =
        outcome === 'already-integrated' ||
        (outcome === 'extranet-portal' && i.extranetPortal.alreadyConnected === true) ||
        (outcome === 'internet-portal' && i.internetPortal?.alreadyConnected === true) ||
        (outcome === 'data-onboarding' && i.resourceCenter.alreadyOnboarded === true) ||
        (outcome === 'website-cluster' && i.websiteCluster.alreadyInCluster === true);
      if (done || already) n.integratedDone++;
    }
    for (const resource of m.spec.dataResources ?? []) {
      n.items++;
      if (resource.sharing.type === 'not-shared') continue;
      n.shared++;
      if (done || i.resourceCenter.alreadyOnboarded === true) n.sharedDone++;
    }
    if (outcome === 'merge') {
      n.merged++;
      if (done) n.mergedDone++;
    }
    if (['keep', 'merge', 'extranet-portal', 'internet-portal', 'data-onboarding'].includes(outcome)) {
      n.running++;
      const extranet = i.extranetPortal.connect,
        internet = i.internetPortal?.connect === true,
        center = i.resourceCenter.onboard;
      const extranetDone = extranet && (done || i.extranetPortal.alreadyConnected === true);
      const internetDone = internet && (done || i.internetPortal?.alreadyConnected === true);
      const centerDone = center && (done || i.resourceCenter.alreadyOnboarded === true);
      if (extranet) n.extranet++;
      if (extranetDone) n.extranetDone++;
      if (internet) n.internet++;
      if (internetDone) n.internetDone++;
      if (center) n.center++;
      if (centerDone) n.centerDone++;
      if (extranet || internet || center) n.connected++;
      if (extranetDone || internetDone || centerDone) n.connectedDone++;
    }
    if (!done && m.spec.schedule.deadline < AS_OF) n.overdue++;
    if ((m.metadata.defaulted ?? []).length > 0) n.unconfirmed++;
    else n.confirmed++;
  }
  return n;
}

describe('assessment metrics (plan §四(四))', () => {
  it('match the committed manifests, counted independently, planned beside achieved', async () => {
    const manifests = await committedManifests();
    const n = recount(manifests);
    const { overall } = assessmentMetrics(manifests, AS_OF);
    expect(overall.systems).toBe(n.systems);
    expect(overall.confirmation).toMatchObject({ confirmed: n.confirmed, unconfirmed: n.unconfirmed });
    expect(overall.integrated).toEqual({
      planned: n.integrated,
      achieved: n.integratedDone,
      completed: n.integratedDone,
    });
    expect(overall.informationItems.total).toBe(n.items);
    expect(overall.informationItems.shared).toEqual({ planned: n.shared, achieved: n.sharedDone });
    expect(overall.collaborativeApplications).toMatchObject({ planned: n.merged, achieved: n.mergedDone });
    const { connectivity } = overall;
    expect([
      connectivity.anyPortalOrResourceCenter.planned,
      connectivity.anyPortalOrResourceCenter.achieved,
    ]).toMatchObject([
      { count: n.connected, of: n.running },
      { count: n.connectedDone, of: n.running },
    ]);
    expect([connectivity.extranetPortal.planned.count, connectivity.extranetPortal.achieved.count]).toEqual([
      n.extranet,
      n.extranetDone,
    ]);
    expect([connectivity.internetPortal.planned.count, connectivity.internetPortal.achieved.count]).toEqual([
      n.internet,
      n.internetDone,
    ]);
    expect([connectivity.resourceCenter.planned.count, connectivity.resourceCenter.achieved.count]).toEqual([
      n.center,
      n.centerDone,
    ]);
    expect(overall.progress.overdue).toHaveLength(n.overdue);
  });

  it('never reports an importer default plan as achieved: on the shipped manifests nothing not started is connected or shared', async () => {
    const manifests = await committedManifests();
    const { overall } = assessmentMetrics(manifests, AS_OF);
    // The shipped set: every system but one (no. 176, already integrated) is not-started and answers no "already" question yes.
    const started = manifests.filter((m) => m.spec.schedule.status !== 'not-started');
    expect(started.map((m) => m.metadata.number)).toEqual([176]);
    expect(overall.connectivity.anyPortalOrResourceCenter.planned.count).toBeGreaterThan(0);
    expect(overall.connectivity.anyPortalOrResourceCenter.achieved).toEqual({
      count: 0,
      of: overall.connectivity.anyPortalOrResourceCenter.planned.of,
      percent: 0,
    });
    expect(overall.informationItems.shared.achieved).toBe(0);
    expect(overall.integrated.achieved).toBe(1);
  });

  it('counts a step as achieved only when the schedule or the Annex 2 answer says it is done', () => {
    const planned = clone(happyManifest());
    planned.spec.integration.extranetPortal = { connect: true, method: 'single-sign-on' };
    planned.spec.schedule.status = 'migrating';
    const already = clone(planned);
    already.metadata.number = 901;
    already.spec.integration.extranetPortal.alreadyConnected = true;
    const completed = clone(planned);
    completed.metadata.number = 902;
    completed.spec.schedule.status = 'completed';
    const figures = (manifest: SystemMigration) => assessmentMetrics([manifest], AS_OF).overall;
    expect(figures(planned).connectivity.extranetPortal).toMatchObject({
      planned: { count: 1 },
      achieved: { count: 0 },
    });
    expect(figures(planned).integrated).toMatchObject({ planned: 1, achieved: 0 });
    expect(figures(planned).collaborativeApplications).toMatchObject({ planned: 1, achieved: 0 });
    // Connected already (Annex 2 已接入) is a connection, but the merge itself is not done yet.
    expect(figures(already).connectivity.extranetPortal.achieved.count).toBe(1);
    expect(figures(already).integrated.achieved).toBe(0);
    expect(figures(completed).connectivity.extranetPortal.achieved.count).toBe(1);
    expect(figures(completed).integrated.achieved).toBe(1);
    expect(figures(completed).collaborativeApplications.byBusinessSystem.achieved['pollution-source']).toBe(1);
    expect(figures(completed).informationItems.shared).toEqual({ planned: 1, achieved: 1 });
    expect(figures(planned).informationItems.shared).toEqual({ planned: 1, achieved: 0 });
  });

  it('counts a jointly managed system for each of its units, and no unit named after the pair', async () => {
    const manifests = await committedManifests();
    const joint = manifests.find((m) => m.metadata.managingUnit === '办公厅、行政体制与人事司')!;
    expect(joint.metadata.number).toBe(11);
    const metrics = assessmentMetrics(manifests, AS_OF);
    const units = metrics.byUnit.map((unit) => unit.unit);
    expect(units).not.toContain('办公厅、行政体制与人事司');
    for (const unit of ['办公厅', '行政体制与人事司']) {
      const own = manifests.filter((m) => m.metadata.managingUnit.split('、').includes(unit));
      expect(own).toContain(joint);
      expect(metrics.byUnit.find((figures) => figures.unit === unit)!.systems).toBe(own.length);
    }
    expect(new Set(units).size).toBe(units.length);
    // Each system counts once per unit it has: the units add up to the whole plus the second unit of no. 11.
    const extra = manifests.reduce((total, m) => total + m.metadata.managingUnit.split('、').length - 1, 0);
    expect(extra).toBe(1);
    const sum = (pick: (figures: (typeof metrics.byUnit)[number]) => number) =>
      metrics.byUnit.reduce((total, unit) => total + pick(unit), 0);
    expect(sum((unit) => unit.systems)).toBe(metrics.overall.systems + extra);
    expect(sum((unit) => unit.confirmation.unconfirmed + unit.confirmation.confirmed)).toBe(
      metrics.overall.systems + extra,
    );
  });

  it('shows confirmed and unconfirmed manifests per unit, with the fields still defaulted', () => {
    const confirmed = clone(happyManifest());
    delete confirmed.metadata.defaulted;
    const unconfirmed = clone(happyManifest({ number: 901, name: '另一测试系统', managingUnit: '环境监察局' }));
    unconfirmed.metadata.defaulted = ['spec.schedule', 'spec.placement'];
    const other = clone(unconfirmed);
    other.metadata = {
      ...other.metadata,
      number: 902,
      name: '第三测试系统',
      slug: 's902-other',
      managingUnit: '办公厅',
      defaulted: ['spec.schedule'],
    };
    const metrics = assessmentMetrics([confirmed, unconfirmed, other], AS_OF);
    expect(metrics.overall.confirmation).toEqual({
      confirmed: 1,
      unconfirmed: 2,
      byField: { 'spec.schedule': 2, 'spec.placement': 1 },
    });
    expect(
      metrics.byUnit.map((unit) => [unit.unit, unit.confirmation.confirmed, unit.confirmation.unconfirmed]),
    ).toEqual([
      ['环境监察局', 1, 1],
      ['办公厅', 0, 1],
    ]);
    const report = annualReports(metrics, 'zh')['all-units.md']!;
    expect(report).toContain('| 环境监察局 | 2 | 1 | 1 |');
    expect(report).toContain('| `spec.schedule` | 2 |');
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
    due.spec.schedule = { wave: 1, deadline: '2026-11-21', status: 'migrating' };
    const onTime = clone(due);
    onTime.spec.schedule.deadline = '2026-11-22';
    const done = clone(due);
    done.spec.schedule.status = 'completed';
    expect(assessmentMetrics([due], AS_OF).overall.progress.overdue).toHaveLength(1);
    expect(assessmentMetrics([onTime], AS_OF).overall.progress.overdue).toHaveLength(0);
    expect(assessmentMetrics([done], AS_OF).overall.progress.overdue).toHaveLength(0);
  });
  // A report as of 2017-03-01 counted a system completed in 2026 as integrated, shared and connected then.
  it('counts a completion from its day on (completedOn): as of an earlier day the system is not done', () => {
    const merged = clone(happyManifest());
    merged.spec.schedule = { wave: 1, deadline: '2018-02-28', status: 'completed', completedOn: '2018-03-01' };
    const before = assessmentMetrics([merged], '2018-02-28').overall;
    const on = assessmentMetrics([merged], '2018-03-01').overall;
    const after = assessmentMetrics([merged], '2018-03-02').overall;
    expect([before.integrated.achieved, on.integrated.achieved]).toEqual([0, 1]);
    expect([before.collaborativeApplications.achieved, on.collaborativeApplications.achieved]).toEqual([0, 1]);
    expect([before.informationItems.shared.achieved, on.informationItems.shared.achieved]).toEqual([0, 1]);
    expect(before.connectivity.resourceCenter.achieved).not.toEqual(on.connectivity.resourceCenter.achieved);
    // Overdue the day after its deadline while not yet completed, and no more once it is.
    expect(assessmentMetrics([merged], '2018-03-01').overall.progress.overdue).toHaveLength(0);
    merged.spec.schedule.completedOn = '2018-03-05';
    expect(assessmentMetrics([merged], '2018-03-02').overall.progress.overdue).toHaveLength(1);
    expect(after.integrated.achieved).toBe(1);
  });
  it('counts conditional data as shared and unshared data as not', () => {
    const manifest = clone(happyManifest());
    manifest.spec.schedule.status = 'completed';
    const base = manifest.spec.dataResources![0]!;
    manifest.spec.dataResources = [
      { ...base, name: 'a', sharing: { type: 'conditional', conditions: 'c', scope: 's' } },
      { ...base, name: 'b', sharing: { type: 'not-shared', legalBasis: LAW_BASIS } },
    ];
    expect(assessmentMetrics([manifest], AS_OF).overall.informationItems).toEqual({
      total: 2,
      shared: { planned: 1, achieved: 1 },
      bySharingType: { unconditional: 0, conditional: 1, 'not-shared': 1 },
    });
  });

  it('counts a resource as catalogued and shared from the day it is published, not before', () => {
    const manifest = clone(happyManifest());
    manifest.spec.schedule.status = 'completed';
    const base = manifest.spec.dataResources![0]!;
    manifest.spec.dataResources = [
      { ...base, name: 'a', publishedOn: AS_OF },
      { ...base, name: 'b', catalogCode: '30300000900/0002', publishedOn: '2099-06-30' },
    ];
    const { informationItems } = assessmentMetrics([manifest], AS_OF).overall;
    expect([informationItems.total, informationItems.shared]).toEqual([1, { planned: 2, achieved: 1 }]);
  });
});

describe('the annual report', () => {
  it('states the figures of its scope, planned beside achieved, in the chosen language', async () => {
    const metrics = assessmentMetrics(await committedManifests(), AS_OF);
    const unit = metrics.byUnit[0]!;
    const zh = annualReport(unit, unit.unit, AS_OF, 'zh');
    expect(zh).toContain(`| 系统总数 | ${unit.systems} |`);
    expect(zh).toContain('| 指标 | 计划 | 已完成 |');
    expect(zh).toContain(`| 系统整合数 | ${unit.integrated.planned} | ${unit.integrated.achieved} |`);
    const any = unit.connectivity.anyPortalOrResourceCenter;
    expect(zh).toContain(
      `| 系统联通率（接入门户或资源中心） | ${any.planned.percent}% (${any.planned.count}/${any.planned.of}) | ${any.achieved.percent}% (${any.achieved.count}/${any.achieved.of}) |`,
    );
    expect(zh).toContain(`| 未确认清单（含导入默认值） | ${unit.confirmation.unconfirmed} |`);
    expect(zh).toContain(`## 逾期事项 (${unit.progress.overdue.length})`);
    const en = annualReport(unit, unit.unit, AS_OF, 'en');
    expect(en).toContain(`| Systems | ${unit.systems} |`);
    expect(en).toContain(
      `| Information items shared (unconditional + conditional) | ${unit.informationItems.shared.planned} | ${unit.informationItems.shared.achieved} |`,
    );
  });
  it('keeps a table whole when a name holds a pipe', () => {
    const manifest = clone(happyManifest());
    manifest.metadata.name = '系统|一';
    manifest.spec.schedule = { wave: 1, deadline: '2020-01-01', status: 'not-started' };
    const text = annualReport(assessmentMetrics([manifest], AS_OF).overall, undefined, AS_OF, 'en');
    expect(text).toContain('系统\\|一');
  });
});

describe('the year the annual report covers (due by the end of January for the year before)', () => {
  const figures = assessmentMetrics([happyManifest()], '2019-01-20').overall;
  it('is the previous year in January: as of 2019-01-20 it is the 2018 report', () => {
    expect(reportPeriod('2019-01-20')).toEqual({ year: 2018, final: true });
    expect(reportPeriod('2019-01-31')).toEqual({ year: 2018, final: true });
    const zh = annualReport(figures, '环境监察局', '2019-01-20', 'zh');
    expect(zh.split('\n')[0]).toBe('# 2018 年度政务信息资源整合共享情况报告（环境监察局）');
    expect(zh).toContain('本报告为 2018 年度报告，按方案于 2019 年 1 月底前报送。');
    expect(annualReport(figures, undefined, '2019-01-20', 'en').split('\n')[0]).toBe(
      '# Information resource integration and sharing report 2018 (all units)',
    );
  });
  it('is the current year so far from February, and says so', () => {
    expect(reportPeriod('2019-02-01')).toEqual({ year: 2019, final: false });
    expect(reportPeriod('2019-12-31')).toEqual({ year: 2019, final: false });
    const zh = annualReport(figures, undefined, '2019-06-30', 'zh');
    expect(zh.split('\n')[0]).toBe('# 2019 年度政务信息资源整合共享情况报告（全部单位，截至 2019-06-30）');
    expect(zh).toContain('2019 年度尚未结束');
  });
  it('is the year asked for, final once it is over (a late report)', () => {
    expect(reportPeriod('2019-03-05', 2018)).toEqual({ year: 2018, final: true });
    const files = annualReports(assessmentMetrics([happyManifest()], '2019-03-05'), 'en', 2018);
    expect(files['all-units.md']!.split('\n')[0]).toBe(
      '# Information resource integration and sharing report 2018 (all units)',
    );
    expect(files['unit-01.md']!.split('\n')[0]).toBe(
      '# Information resource integration and sharing report 2018 (环境监察局)',
    );
  });
  // The final 2018 report made on 20 January 2019 counted an item first published on 15 January 2019.
  it('counts, in a final report, what its year saw: its figures are those of the year’s last day', async () => {
    const late = happyManifest();
    late.spec.dataResources![0]!.publishedOn = '2019-01-15';
    const files = await buildReport({ systems: [late], centers: DEFAULT_CENTERS, asOf: '2019-01-20', lang: 'en' });
    const report = files.get('annual-report/all-units.md')!;
    const asOfYearEnd = annualReports(
      assessmentMetrics([late], '2018-12-31'),
      'en',
      undefined,
      undefined,
      '2019-01-20',
    );
    expect(report).toBe(asOfYearEnd['all-units.md']);
    expect(report).not.toBe(annualReports(assessmentMetrics([late], '2019-01-20'), 'en')['all-units.md']);
    expect(report.split('\n')[0]).toBe('# Information resource integration and sharing report 2018 (all units)');
    expect(report).toContain('Figures as of 2018-12-31');
    // metrics.json stays the figures of the day the report is made.
    expect(JSON.parse(files.get('metrics.json')!).asOf).toBe('2019-01-20');
  });
});
