// A catalog that stays true (issue #13 §4): who keeps an entry (rules art. 13, art. 14), and, judged on
// the day of the run, whether it was published again in time after a change (art. 12) and whether its
// data still follow their update cycle.
import {
  addWorkingDays,
  CALENDAR_SOURCE,
  calendarCoverage,
  CalendarGap,
  inCalendar,
  workingDaysBetween,
} from '../../model/calendar';
import { INFORMATION_CENTER, UPDATE_CYCLE_DAYS, WORKING_DAY_LIMITS } from '../../model/sharing';
import { msg, said } from '../../document/i18n';
import { perManifest, type ManifestEntry, type ManifestSummary, type Violation } from './rule';
import type { RuleInfo } from './catalog';

export const catalogLeadUnit = perManifest(
  {
    id: 'catalog-lead-unit',
    severity: 'error',
    title: 'A jointly built data resource names its lead unit, one of the units that built it',
    clause: 'Sharing rules art. 13 (由牵头司局、单位负责编制目录并定期更新、维护)',
  },
  ({ manifest }, report) => {
    (manifest.spec.dataResources ?? []).forEach((resource, index) => {
      const builders = resource.jointlyBuiltBy;
      if (!builders) return;
      if (resource.leadUnit === undefined) {
        report({
          path: ['spec', 'dataResources', index, 'jointlyBuiltBy'],
          at: 'key',
          ...said(
            msg('rule.catalog-lead-unit.missing', { name: resource.name }),
            msg('rule.catalog-lead-unit.missing.hint', { units: builders.join('、') }),
          ),
        });
      } else if (!builders.includes(resource.leadUnit)) {
        report({
          path: ['spec', 'dataResources', index, 'leadUnit'],
          ...said(
            msg('rule.catalog-lead-unit.outside', { name: resource.name, unit: resource.leadUnit }),
            msg('rule.catalog-lead-unit.missing.hint', { units: builders.join('、') }),
          ),
        });
      }
    });
  },
);

export const baseDataInformationCenter = perManifest(
  {
    id: 'base-data-information-center',
    severity: 'error',
    title: 'Spatial-geographic and public-code base data are catalogued by the information center',
    clause: 'Sharing rules art. 14 (空间地理信息、公共代码等基础信息由部信息中心负责目录编制并定期更新、维护)',
  },
  ({ manifest }, report) => {
    (manifest.spec.dataResources ?? []).forEach((resource, index) => {
      if (resource.baseData === undefined || resource.providingUnit === INFORMATION_CENTER) return;
      report({
        path: ['spec', 'dataResources', index, 'providingUnit'],
        ...said(
          msg('rule.base-data-information-center.message', {
            name: resource.name,
            baseData: resource.baseData,
            unit: resource.providingUnit,
          }),
          msg('rule.base-data-information-center.hint', { center: INFORMATION_CENTER }),
        ),
      });
    });
  },
);

export const catalogDatesInOrder = perManifest(
  {
    id: 'catalog-dates-in-order',
    severity: 'error',
    title: 'A data resource is published again after it was first published',
    clause:
      'Sharing rules art. 12 (及时更新本单位的信息资源目录); envcloud: the dates of a catalog entry follow one another',
  },
  ({ manifest }, report) => {
    (manifest.spec.dataResources ?? []).forEach((resource, index) => {
      const { publishedOn, lastPublishedOn } = resource;
      // Republished before it was first published passed, and the rule of art. 12 then judged the wrong day.
      if (lastPublishedOn === undefined || lastPublishedOn >= publishedOn) return;
      report({
        path: ['spec', 'dataResources', index, 'lastPublishedOn'],
        ...said(
          msg('rule.catalog-dates-in-order.message', { name: resource.name, lastPublishedOn, publishedOn }),
          msg('rule.catalog-dates-in-order.hint'),
        ),
      });
    });
  },
);

/** A rule across manifests judged on a day (`validate --as-of`, default today in China). */
export interface DatedRule extends RuleInfo {
  check(
    entries: readonly ManifestEntry<ManifestSummary>[],
    asOf: string,
    report: (violation: Violation<ManifestSummary>) => void,
  ): void;
}

type SummaryResource = NonNullable<ManifestSummary['spec']['dataResources']>[number];

/** The resources of the manifests, with their entry and index, for the dated rules. */
function eachResource(
  entries: readonly ManifestEntry<ManifestSummary>[],
  visit: (entry: ManifestEntry<ManifestSummary>, resource: SummaryResource, index: number) => void,
): void {
  for (const entry of entries)
    (entry.manifest.spec.dataResources ?? []).forEach((resource, index) => visit(entry, resource, index));
}

/** A day's calendar days after another (YYYY-MM-DD). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const catalogPublishedInTime: DatedRule = {
  id: 'catalog-published-in-time',
  severity: 'error',
  title: 'A changed data resource is published to the catalog again within 15 working days',
  clause:
    'Sharing rules art. 12 (在有关法律、法规做出修订或行政管理职能发生变化之日起15个工作日内及时更新本单位的信息资源目录); plan §三(一).2',
  check(entries, asOf, report) {
    const limit = WORKING_DAY_LIMITS.catalogUpdate;
    eachResource(entries, (entry, resource, index) => {
      const changed = resource.lastChangedOn;
      if (changed === undefined || !inCalendar(changed)) return;
      const published = resource.lastPublishedOn ?? resource.publishedOn;
      const at = (field: string) => ['spec', 'dataResources', index, field];
      try {
        const deadline = addWorkingDays(changed, limit);
        if (published >= changed) {
          if (published <= deadline) return;
          const days = workingDaysBetween(changed, published);
          report({
            entry,
            path: at(resource.lastPublishedOn ? 'lastPublishedOn' : 'publishedOn'),
            ...said(
              msg('rule.catalog-published-in-time.late', { name: resource.name, changed, published, days, limit }),
              msg('rule.catalog-published-in-time.hint', { deadline, limit }),
            ),
          });
        } else if (asOf > deadline) {
          report({
            entry,
            path: at('lastChangedOn'),
            ...said(
              msg('rule.catalog-published-in-time.overdue', { name: resource.name, changed, deadline, limit }),
              msg('rule.catalog-published-in-time.hint', { deadline, limit }),
            ),
          });
        }
      } catch (error) {
        if (!(error instanceof CalendarGap)) throw error;
        // A day the official calendar does not cover is not guessed at. Within 15 calendar days of the
        // change the entry is in time whatever the calendar says; past that, the rule cannot tell, and
        // says so as requests and corrections do (it said nothing, and a late entry passed).
        const by = published >= changed ? published : asOf;
        if (daysBetween(changed, by) <= limit) return;
        const { first, last } = calendarCoverage();
        report({
          entry,
          path: at('lastChangedOn'),
          ...said(
            msg('rule.catalog-published-in-time.gap', {
              name: resource.name,
              limit,
              date: error.date,
              source: CALENDAR_SOURCE,
              first,
              last,
            }),
            msg('rule.working-day-calendar.hint', { first, last, source: CALENDAR_SOURCE }),
          ),
        });
      }
    });
  },
};

/**
 * Days since a resource's last change when that is longer than its update cycle (stale), else undefined.
 * Judged only for a resource that records its last change: the publication date alone says nothing of its data.
 * The rule below and the reports' sharing figures both ask this.
 */
export function staleDays(
  resource: { updateCycle: keyof typeof UPDATE_CYCLE_DAYS; lastChangedOn?: string },
  asOf: string,
): number | undefined {
  const cycle = UPDATE_CYCLE_DAYS[resource.updateCycle];
  const last = resource.lastChangedOn;
  if (cycle === undefined || last === undefined || last > asOf) return undefined;
  const days = daysBetween(last, asOf);
  return days > cycle ? days : undefined;
}

export const catalogUpdateCycleStale: DatedRule = {
  id: 'catalog-update-cycle-stale',
  severity: 'warning',
  title: 'A data resource changed within its update cycle',
  clause: 'Sharing rules art. 12 (编制并定期更新、维护本单位信息资源目录)',
  check(entries, asOf, report) {
    eachResource(entries, (entry, resource, index) => {
      const days = staleDays(resource, asOf);
      if (days === undefined) return;
      const last = resource.lastChangedOn!;
      report({
        entry,
        path: ['spec', 'dataResources', index, 'lastChangedOn'],
        ...said(
          msg('rule.catalog-update-cycle-stale.message', {
            name: resource.name,
            last,
            days,
            cycle: resource.updateCycle,
          }),
          msg('rule.catalog-update-cycle-stale.hint'),
        ),
      });
    });
  },
};

/** The rules judged on the day of the run, after every manifest was read. */
export const DATED_RULES: readonly DatedRule[] = [catalogPublishedInTime, catalogUpdateCycleStale];
