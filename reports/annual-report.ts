import type { AssessmentFigures, AssessmentMetrics, PlannedAchieved, Rate } from './metrics';
import { ANNUAL_REPORT_TEXT as TEXT } from './annual-report-text';
import {
  BUSINESS_SYSTEM_NAMES,
  CONFIRMATION_NAMES,
  CORRECTION_UNIT_COLUMNS,
  DECISION_NAMES,
  PLANNED_ACHIEVED_NAMES,
  SHARING_TYPE_NAMES,
  STALE_UNIT_COLUMNS,
  STATUS_NAMES,
  type Language,
} from './labels';
import type { Decision, SharingFigures, Timeliness } from './sharing';
import {
  correctionUnitRows,
  decisionRows,
  markdownTable as table,
  markdownText,
  staleUnitRows,
  timelinessRows,
  UNIT_DECISIONS,
  unitSharingRows,
} from './table';
import type { BusinessSystem, MigrationStatus, SharingType } from '../model/domain';
import { reportPeriod } from './period';
import { unitsOfText } from './sharing-context';

export { reportPeriod } from './period';

const percent = (value: Rate) => `${value.percent}% (${value.count}/${value.of})`;
const pair = <T>(
  figure: PlannedAchieved<T>,
  show: (value: T) => string | number,
): [string | number, string | number] => [show(figure.planned), show(figure.achieved)];
const same = (value: number) => value;

export interface AnnualReportOptions {
  /** The year reported; default from the as-of day (reportPeriod). */
  year?: number;
  /** The units' figures, for the per-unit table of the all-units report. */
  units?: AssessmentMetrics['byUnit'];
  /** The sharing requests' figures (rules art. 28, art. 29), for the sharing section. */
  sharing?: SharingFigures;
  /** The day the report is made, when its figures are of an earlier day (a final report's: its year's last day). */
  madeOn?: string;
}

/** The sharing section: requests by decision, against their time limits, by unit, and the refusals with their reasons. */
function sharingSection(sharing: SharingFigures, scope: string | undefined, lang: Language): string[] {
  const text = TEXT[lang];
  const units = scope === undefined ? sharing.byUnit : sharing.byUnit.filter((unit) => unit.unit === scope);
  // A system managed jointly (`办公厅、行政体制与人事司`) is each unit's, as the figures by unit count it: a
  // unit's report listed none of the requests its own table counted.
  const ofScope = (unit: string | undefined) => unit !== undefined && unitsOfText(unit).includes(scope!);
  const refusals =
    scope === undefined
      ? sharing.refusals
      : sharing.refusals.filter((line) => ofScope(line.requestingUnit) || ofScope(line.providingUnit));
  const lines =
    scope === undefined
      ? sharing.lines
      : sharing.lines.filter((line) => ofScope(line.requestingUnit) || ofScope(line.providingUnit));
  const byDecision: Partial<Record<Decision, number>> = {};
  const timeliness: Partial<Record<Timeliness, number>> = {};
  for (const line of lines) {
    byDecision[line.decision] = (byDecision[line.decision] ?? 0) + 1;
    timeliness[line.timeliness] = (timeliness[line.timeliness] ?? 0) + 1;
  }
  const columns = text.requestColumns;
  return [
    `## ${text.sharingRequests} (${lines.length})`,
    '',
    text.sharingIntro(sharing.asOf, sharing.year),
    '',
    `### ${text.byDecision}`,
    '',
    ...table([text.metric, text.value], decisionRows(sharing, byDecision, lang)),
    '',
    `### ${text.timeliness}`,
    '',
    ...table([text.metric, text.value], timelinessRows(sharing, timeliness, lang)),
    '',
    `### ${text.sharingByUnit}`,
    '',
    ...(units.length === 0
      ? [text.none]
      : table(
          [
            columns.unit,
            columns.requested,
            columns.received,
            ...UNIT_DECISIONS.map((decision) => DECISION_NAMES[lang][decision]),
            columns.onTime,
            columns.late,
            columns.overdue,
          ],
          unitSharingRows(units),
        )),
    '',
    `### ${text.refusals} (${refusals.length})`,
    '',
    ...(refusals.length === 0
      ? [text.none]
      : table(
          Object.values(text.refusalColumns),
          refusals.map((line) => [
            line.id,
            line.requestingUnit,
            line.providingUnit ?? '—',
            line.resource,
            line.answeredOn ?? '',
            line.reasons ?? '',
          ]),
        )),
    '',
    ...correctionSection(sharing, scope, lang),
    ...staleSection(sharing, scope, lang),
  ];
}

/** The stale catalog entries per managing unit (rules art. 12), a unit's report its own. */
function staleSection(sharing: SharingFigures, scope: string | undefined, lang: Language): string[] {
  const text = TEXT[lang];
  const { judged, stale, byUnit } = sharing.catalog;
  const units = scope === undefined ? byUnit : byUnit.filter((unit) => unit.unit === scope);
  const count = scope === undefined ? stale.length : stale.filter((entry) => entry.unit === scope).length;
  const judgedHere = scope === undefined ? judged : units.reduce((sum, unit) => sum + unit.judged, 0);
  return [
    `### ${text.stale}`,
    '',
    text.staleIntro(judgedHere, count, sharing.asOf),
    '',
    ...(units.length === 0 ? [text.none] : table(STALE_UNIT_COLUMNS[lang], staleUnitRows(units))),
    '',
  ];
}

/** The corrections reported to each providing unit and how it answered them (rules art. 7(四), art. 8(二)). */
function correctionSection(sharing: SharingFigures, scope: string | undefined, lang: Language): string[] {
  if (!sharing.corrections) return [];
  const text = TEXT[lang];
  const units =
    scope === undefined ? sharing.corrections.byUnit : sharing.corrections.byUnit.filter((unit) => unit.unit === scope);
  return [
    `### ${text.corrections}`,
    '',
    text.correctionsIntro(sharing.corrections.year),
    '',
    ...(units.length === 0 ? [text.none] : table(CORRECTION_UNIT_COLUMNS[lang], correctionUnitRows(units))),
    '',
  ];
}

/** The annual report (plan §四(四): 每年 1 月底前向办公厅报告上一年度…整合共享情况) for one unit or for all, in Markdown. */
export function annualReport(
  figures: AssessmentFigures,
  scope: string | undefined,
  asOf: string,
  lang: Language,
  options: AnnualReportOptions = {},
): string {
  const text = TEXT[lang];
  const heads = PLANNED_ACHIEVED_NAMES[lang];
  const confirmationNames = CONFIRMATION_NAMES[lang];
  const { year, final } = reportPeriod(options.madeOn ?? asOf, options.year);
  const statuses = Object.keys(STATUS_NAMES[lang]) as MigrationStatus[];
  const { connectivity, confirmation } = figures;
  const lines = [
    `# ${text.title(year, scope === undefined ? text.all : markdownText(scope), final ? undefined : asOf)}`,
    '',
    text.intro(asOf),
    '',
    text.period(year, final),
    '',
    text.counting,
    '',
    `## ${text.overview}`,
    '',
    ...table(
      [text.metric, text.value],
      [
        [text.systems, figures.systems],
        [confirmationNames.confirmed, confirmation.confirmed],
        [confirmationNames.unconfirmed, confirmation.unconfirmed],
        [text.items, figures.informationItems.total],
      ],
    ),
    '',
    `## ${text.figures}`,
    '',
    ...table(
      [text.metric, heads.planned, heads.achieved],
      [
        [text.integrated, ...pair(figures.integrated, same)],
        [text.shared, ...pair(figures.informationItems.shared, same)],
        [text.collaborative, ...pair(figures.collaborativeApplications, same)],
        [text.connected, ...pair(connectivity.anyPortalOrResourceCenter, percent)],
        [text.extranet, ...pair(connectivity.extranetPortal, percent)],
        [text.internet, ...pair(connectivity.internetPortal, percent)],
        [text.resourceCenter, ...pair(connectivity.resourceCenter, percent)],
      ],
    ),
    '',
    `## ${text.confirmation}`,
    '',
    ...(Object.keys(confirmation.byField).length === 0
      ? [text.none]
      : table(
          [text.field, text.manifests],
          Object.entries(confirmation.byField)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([field, count]) => [`\`${field}\``, count]),
        )),
    '',
    ...(options.units
      ? [
          `## ${text.byUnit}`,
          '',
          ...table(
            [
              text.columns.unit,
              text.systems,
              confirmationNames.confirmed,
              confirmationNames.unconfirmed,
              text.qualified(text.integrated, heads.planned),
              text.qualified(text.integrated, heads.achieved),
            ],
            options.units.map((unit) => [
              unit.unit,
              unit.systems,
              unit.confirmation.confirmed,
              unit.confirmation.unconfirmed,
              unit.integrated.planned,
              unit.integrated.achieved,
            ]),
          ),
          '',
        ]
      : []),
    `## ${text.sharing}`,
    '',
    ...table(
      [text.metric, text.value],
      (Object.keys(figures.informationItems.bySharingType) as SharingType[]).map((type) => [
        SHARING_TYPE_NAMES[lang][type],
        figures.informationItems.bySharingType[type],
      ]),
    ),
    '',
    `## ${text.business}`,
    '',
    ...table(
      [text.metric, heads.planned, heads.achieved],
      Object.keys(figures.collaborativeApplications.byBusinessSystem.planned).map((system) => [
        BUSINESS_SYSTEM_NAMES[lang][system as BusinessSystem],
        figures.collaborativeApplications.byBusinessSystem.planned[system] ?? 0,
        figures.collaborativeApplications.byBusinessSystem.achieved[system] ?? 0,
      ]),
    ),
    '',
    `## ${text.progress}`,
    '',
    ...table(
      [text.wave, ...statuses.map((status) => STATUS_NAMES[lang][status])],
      Object.entries(figures.progress.byWave)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([wave, counts]) => [wave, ...statuses.map((status) => counts[status] ?? 0)]),
    ),
    '',
    `## ${text.byDeadline}`,
    '',
    ...table(
      [text.deadline, ...statuses.map((status) => STATUS_NAMES[lang][status])],
      Object.entries(figures.progress.byDeadline).map(([deadline, counts]) => [
        deadline,
        ...statuses.map((status) => counts[status] ?? 0),
      ]),
    ),
    '',
    `## ${text.overdue} (${figures.progress.overdue.length})`,
    '',
    ...(figures.progress.overdue.length === 0
      ? [text.none]
      : table(
          [text.columns.number, text.columns.name, text.columns.unit, text.columns.deadline, text.columns.status],
          figures.progress.overdue.map((item) => [
            item.number,
            item.name,
            item.managingUnit,
            item.deadline,
            STATUS_NAMES[lang][item.status as MigrationStatus] ?? item.status,
          ]),
        )),
    '',
    ...(options.sharing ? sharingSection(options.sharing, scope, lang) : []),
  ];
  return lines.join('\n');
}

/** The overall report and one per unit, with stable ASCII file names (`unit-07.md`) listed in the index. */
export function annualReports(
  metrics: AssessmentMetrics,
  lang: Language,
  year?: number,
  sharing?: SharingFigures,
  madeOn?: string,
): Record<string, string> {
  const common = {
    ...(year === undefined ? {} : { year }),
    ...(sharing ? { sharing } : {}),
    ...(madeOn === undefined ? {} : { madeOn }),
  };
  const files: Record<string, string> = {
    'all-units.md': annualReport(metrics.overall, undefined, metrics.asOf, lang, { ...common, units: metrics.byUnit }),
  };
  metrics.byUnit.forEach((unit, index) => {
    files[`unit-${String(index + 1).padStart(2, '0')}.md`] = annualReport(unit, unit.unit, metrics.asOf, lang, common);
  });
  const index = [
    `# ${lang === 'zh' ? '年度报告目录' : 'Annual reports'}`,
    '',
    `- [${TEXT[lang].all}](all-units.md)`,
    ...metrics.byUnit.map(
      (unit, position) => `- [${markdownText(unit.unit)}](unit-${String(position + 1).padStart(2, '0')}.md)`,
    ),
    '',
  ];
  return { ...files, 'README.md': index.join('\n') };
}
