import type { PlanSummary } from '../../engine/plan';
import { t, type Language } from '../../document/i18n';

/** Centers in the order of the topology (model/topology.ts roles), then any other, components last. */
const CENTER_ORDER = ['primary', 'same-city', 'remote'];

function centerRank(center: string): number {
  const known = CENTER_ORDER.indexOf(center);
  if (known >= 0) return known;
  return center === '(component)' ? CENTER_ORDER.length + 1 : CENTER_ORDER.length;
}

/** Columns a cell takes in a terminal: a Chinese character (and a full-width sign) takes two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char)
      ? 2
      : 1;
  return width;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;

/**
 * The plan's resources as one table, a row per kind (Pulumi type) and a column per center, with the
 * row totals and a total row: what lands where, read at a glance (`-` for none). Largest kinds first.
 */
export function kindByCenterTable(summary: Pick<PlanSummary, 'byTypeAndCenter'>, lang: Language = 'en'): string[] {
  const rows = Object.entries(summary.byTypeAndCenter).map(([type, centers]) => ({
    type,
    centers,
    total: Object.values(centers).reduce((sum, value) => sum + value, 0),
  }));
  if (rows.length === 0) return [t(lang, 'kind-center.none')];
  rows.sort((a, b) => b.total - a.total || a.type.localeCompare(b.type));
  const centers = [...new Set(rows.flatMap((row) => Object.keys(row.centers)))].sort(
    (a, b) => centerRank(a) - centerRank(b) || a.localeCompare(b),
  );
  const totals = Object.fromEntries(
    centers.map((center) => [center, rows.reduce((sum, row) => sum + (row.centers[center] ?? 0), 0)]),
  );
  const total = t(lang, 'kind-center.total');
  // Centers are names of the stack file, said as written; the components' column is a word.
  const header = [
    t(lang, 'kind-center.kind'),
    ...centers.map((center) => (center === '(component)' ? t(lang, 'kind-center.component') : center)),
    total,
  ];
  const body = [
    ...rows.map((row) => [row.type, ...centers.map((center) => String(row.centers[center] ?? '-')), String(row.total)]),
    [total, ...centers.map((center) => String(totals[center])), String(rows.reduce((sum, row) => sum + row.total, 0))],
  ];
  const widths = header.map((cell, column) =>
    Math.max(displayWidth(cell), ...body.map((line) => displayWidth(line[column]!))),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => (column === 0 ? padEnd(cell, widths[0]!) : padStart(cell, widths[column]!))).join('  ')}`;
  return [t(lang, 'kind-center.title'), line(header), ...body.map(line)];
}
