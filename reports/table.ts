import { escapeHtml } from '../audit/format/html';
import { DECISION_NAMES, TIMELINESS_NAMES, type Language } from './labels';
import type { Decision, SharingFigures, Timeliness, UnitSharing } from './sharing';
import type { UnitCorrections } from './corrections';
import type { CatalogUpkeep } from './catalog-upkeep';

/**
 * The reports' one table builder: a table is a header and rows of cells, built once and written as
 * Markdown (the annual report) or HTML (the dashboard's pages).
 */
export type Cell = string | number;
export type Rows = readonly (readonly Cell[])[];

/**
 * Text from the manifests written into Markdown: the characters HTML reads as markup as entities (a
 * system named `<script>…` stood raw in the annual reports, which Markdown viewers render as HTML), and
 * line breaks as spaces.
 */
export function markdownText(value: Cell): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
}

/** Markdown cells must not break the table: pipes are escaped too. */
function markdownCell(value: Cell): string {
  return markdownText(value).replace(/\|/g, '\\|');
}

/** A Markdown table, one line a row, the header ruled off. */
export function markdownTable(header: readonly string[], rows: Rows): string[] {
  return [
    `| ${header.map(markdownCell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
  ];
}

/** An HTML table with an id (the dashboard's script and tests find it by it), every cell escaped. */
export function htmlTable(id: string, header: readonly string[], rows: Rows): string {
  return `<table id="${id}"><thead><tr>${header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead><tbody>
${rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`;
}

// ---- the sharing tables both the annual report and the dashboard's sharing page show ----------

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);

/** The decisions a unit's received requests are counted by, in the columns' order. */
export const UNIT_DECISIONS: readonly Decision[] = ['granted', 'granted-with-conditions', 'refused', 'pending'];

/** Requests by decision: a named row a decision, in the figures' order, with its count (0 when none). */
export function decisionRows(
  sharing: SharingFigures,
  counts: Partial<Record<Decision, number>>,
  lang: Language,
): Cell[][] {
  return (Object.keys(sharing.byDecision) as Decision[]).map((key) => [DECISION_NAMES[lang][key], counts[key] ?? 0]);
}

/** Requests against their time limits: a named row a timeliness, in the figures' order, with its count. */
export function timelinessRows(
  sharing: SharingFigures,
  counts: Partial<Record<Timeliness, number>>,
  lang: Language,
): Cell[][] {
  return (Object.keys(sharing.timeliness) as Timeliness[]).map((key) => [
    TIMELINESS_NAMES[lang][key],
    counts[key] ?? 0,
  ]);
}

/** A row a unit: requests made and received, the received ones by decision, and how they were answered in time. */
export function unitSharingRows(units: readonly UnitSharing[]): Cell[][] {
  return units.map((unit) => [
    unit.unit,
    total(unit.requested),
    total(unit.received),
    ...UNIT_DECISIONS.map((decision) => unit.received[decision]),
    unit.timeliness['on-time'],
    unit.timeliness.late,
    unit.timeliness.overdue,
  ]);
}

/** A row a providing unit: corrections reported to it and how it answered them (rules art. 7(四), art. 8(二)). */
export function correctionUnitRows(units: readonly UnitCorrections[]): Cell[][] {
  return units.map((unit) => [unit.unit, unit.reported, unit.onTime, unit.late, unit.pending, unit.overdue]);
}

/** A row a managing unit: its resources judged for staleness and the stale ones (rules art. 12). */
export function staleUnitRows(units: CatalogUpkeep['byUnit']): Cell[][] {
  return units.map((unit) => [unit.unit, unit.judged, unit.stale]);
}
