// A catalog that stays true (issue #13 §4): the lead unit of a jointly built resource (rules art. 13),
// base data kept by the information center (art. 14), publication within 15 working days of a change
// (art. 12, on the official calendar with its 调休 days) and resources stale for their update cycle.
import type { DataResource, SystemMigration } from '../model/domain';
import { ALL_RULE_INFO } from '../validation/rules';
import { validateSources } from '../validation/validate';
import { clone, happyManifest, ruleFindings, yamlOf } from './support/manifests';

/** The happy manifest with its first data resource changed. */
function withResource(change: (resource: DataResource) => void): SystemMigration {
  const manifest = clone(happyManifest());
  change(manifest.spec.dataResources![0]!);
  return manifest;
}

/** Validates one manifest as `validate --as-of <asOf>` does, and keeps one rule's findings. */
function onDay(manifest: SystemMigration, asOf: string, ruleId: string) {
  const report = validateSources(
    [{ file: 'manifests/s900.yaml', bytes: Buffer.from(yamlOf(manifest)) }],
    undefined,
    asOf,
  );
  return report.findings.filter((finding) => finding.ruleId === ruleId);
}

describe('catalog-lead-unit (rules art. 13)', () => {
  it('passes a resource of one unit, and a jointly built one naming one of its builders as lead', () => {
    expect(ruleFindings([happyManifest()], 'catalog-lead-unit')).toEqual([]);
    const led = withResource((resource) => {
      resource.jointlyBuiltBy = ['环境监察局', '信息中心'];
      resource.leadUnit = '环境监察局';
    });
    expect(ruleFindings([led], 'catalog-lead-unit')).toEqual([]);
  });
  it('flags a jointly built resource without a lead unit, at jointlyBuiltBy', () => {
    const unled = withResource((resource) => (resource.jointlyBuiltBy = ['环境监察局', '信息中心']));
    expect(ruleFindings([unled], 'catalog-lead-unit')).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'spec.dataResources[0].jointlyBuiltBy',
        message: expect.stringContaining('names no lead unit'),
        hint: expect.stringContaining('环境监察局、信息中心'),
      }),
    ]);
  });
  it('flags a lead unit that did not build the resource, at leadUnit', () => {
    const outside = withResource((resource) => {
      resource.jointlyBuiltBy = ['环境监察局', '信息中心'];
      resource.leadUnit = '办公厅';
    });
    expect(ruleFindings([outside], 'catalog-lead-unit')).toEqual([
      expect.objectContaining({ field: 'spec.dataResources[0].leadUnit', message: expect.stringContaining('办公厅') }),
    ]);
  });
});

describe('base-data-information-center (rules art. 14)', () => {
  it('passes base data the information center provides, and business data of any unit', () => {
    const kept = withResource((resource) => {
      resource.baseData = 'public-code';
      resource.providingUnit = '信息中心';
    });
    expect(ruleFindings([kept, happyManifest()], 'base-data-information-center')).toEqual([]);
  });
  it('flags spatial-geographic base data provided by another unit, at providingUnit', () => {
    const elsewhere = withResource((resource) => (resource.baseData = 'spatial-geographic'));
    expect(ruleFindings([elsewhere], 'base-data-information-center')).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'spec.dataResources[0].providingUnit',
        hint: expect.stringContaining('providingUnit: 信息中心'),
      }),
    ]);
  });
});

describe('catalog-published-in-time (rules art. 12)', () => {
  // Changed on Friday 2025-09-26: Sunday 09-28 and Saturday 10-11 are make-up working days, 10-01 to
  // 10-08 the National Day holiday, so the 15th working day is 2025-10-23.
  const changed = (lastPublishedOn?: string) =>
    withResource((resource) => {
      resource.lastChangedOn = '2025-09-26';
      if (lastPublishedOn) resource.lastPublishedOn = lastPublishedOn;
    });
  it('passes publication on the 15th working day after the change, counting 调休 days, across National Day', () => {
    expect(onDay(changed('2025-10-23'), '2026-01-05', 'catalog-published-in-time')).toEqual([]);
  });
  it('flags publication on the 16th working day, at lastPublishedOn', () => {
    expect(onDay(changed('2025-10-24'), '2026-01-05', 'catalog-published-in-time')).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'spec.dataResources[0].lastPublishedOn',
        message: expect.stringContaining('16 working days later'),
        hint: expect.stringContaining('by 2025-10-23'),
      }),
    ]);
  });
  it('says nothing of an unpublished change until its deadline, and flags it the day after, at lastChangedOn', () => {
    expect(onDay(changed(), '2025-10-23', 'catalog-published-in-time')).toEqual([]);
    expect(onDay(changed(), '2025-10-24', 'catalog-published-in-time')).toEqual([
      expect.objectContaining({
        field: 'spec.dataResources[0].lastChangedOn',
        message: expect.stringContaining('not published again by 2025-10-23'),
      }),
    ]);
  });
  it('does not guess outside the official calendar, nor judge a resource that records no change', () => {
    const future = withResource((resource) => (resource.lastChangedOn = '2031-01-02'));
    expect(onDay(future, '2031-06-01', 'catalog-published-in-time')).toEqual([]);
    expect(onDay(happyManifest(), '2031-06-01', 'catalog-published-in-time')).toEqual([]);
  });
});

describe('catalog-update-cycle-stale', () => {
  const monthly = (cycle: DataResource['updateCycle'] = 'monthly') =>
    withResource((resource) => {
      resource.updateCycle = cycle;
      resource.lastChangedOn = '2026-01-01';
      resource.lastPublishedOn = '2026-01-05';
    });
  it('passes a monthly resource changed 31 days ago, and an irregular one however old', () => {
    expect(onDay(monthly(), '2026-02-01', 'catalog-update-cycle-stale')).toEqual([]);
    expect(onDay(monthly('irregular'), '2026-11-01', 'catalog-update-cycle-stale')).toEqual([]);
  });
  it('warns of a monthly resource changed 32 days ago, at lastChangedOn', () => {
    expect(onDay(monthly(), '2026-02-02', 'catalog-update-cycle-stale')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'spec.dataResources[0].lastChangedOn',
        message: expect.stringContaining('32 days ago'),
      }),
    ]);
  });
  it('does not judge a resource that records no change', () => {
    expect(onDay(happyManifest(), '2026-11-01', 'catalog-update-cycle-stale')).toEqual([]);
  });
});

describe('the catalog upkeep rules', () => {
  it('are documented with their severity and clause, among every rule a finding can carry', () => {
    const ids = ALL_RULE_INFO.map((rule) => rule.id);
    for (const id of [
      'catalog-lead-unit',
      'base-data-information-center',
      'catalog-published-in-time',
      'catalog-update-cycle-stale',
    ])
      expect(ids).toContain(id);
  });
});
