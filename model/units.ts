/**
 * The managing units of a system. Annex 1 joins the units of a jointly managed system with '、'
 * (no. 11: 办公厅、行政体制与人事司): such a system belongs to each of them, never to a unit of that name.
 */
export function managingUnits(managingUnit: string): string[] {
  return managingUnit
    .split('、')
    .map((unit) => unit.trim())
    .filter((unit) => unit !== '');
}
