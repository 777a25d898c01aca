import type { PlanSummary } from '../../engine/plan';

/** Centers in the order of the topology (model/topology.ts roles), then any other, components last. */
const CENTER_ORDER = ['primary', 'same-city', 'remote'];

function centerRank(center: string): number {
  const known = CENTER_ORDER.indexOf(center);
  if (known >= 0) return known;
  return center === '(component)' ? CENTER_ORDER.length + 1 : CENTER_ORDER.length;
}

/**
 * The plan's resources as one table, a row per kind (Pulumi type) and a column per center, with the
 * row totals and a total row: what lands where, read at a glance (`-` for none). Largest kinds first.
 */
export function kindByCenterTable(summary: Pick<PlanSummary, 'byTypeAndCenter'>): string[] {
  const rows = Object.entries(summary.byTypeAndCenter).map(([type, centers]) => ({
    type,
    centers,
    total: Object.values(centers).reduce((sum, value) => sum + value, 0),
  }));
  if (rows.length === 0) return ['by kind and center: no resources'];
  rows.sort((a, b) => b.total - a.total || a.type.localeCompare(b.type));
  const centers = [...new Set(rows.flatMap((row) => Object.keys(row.centers)))].sort(
    (a, b) => centerRank(a) - centerRank(b) || a.localeCompare(b),
  );
  const totals = Object.fromEntries(
    centers.map((center) => [center, rows.reduce((sum, row) => sum + (row.centers[center] ?? 0), 0)]),
  );
  const header = ['kind', ...centers, 'total'];
  const body = [
    ...rows.map((row) => [row.type, ...centers.map((center) => String(row.centers[center] ?? '-')), String(row.total)]),
    [
      'total',
      ...centers.map((center) => String(totals[center])),
      String(rows.reduce((sum, row) => sum + row.total, 0)),
    ],
  ];
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => line[column]!.length)));
  const line = (cells: string[]) =>
    `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('  ')}`;
  return ['by kind and center:', line(header), ...body.map(line)];
}
