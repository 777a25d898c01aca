import type { DataResource, SystemMigration } from '../model/domain';
import { staleDays } from '../validation/rules/catalog-upkeep';
import { unitsOfText } from './sharing-context';

// Which catalog entries have gone stale (rules art. 12: 编制并定期更新、维护本单位信息资源目录): a resource
// whose last recorded change is older than its update cycle, as the warning `catalog-update-cycle-stale`
// judges it in validate. The sharing page and sharing.json list them per unit (rules art. 28, art. 29).

export interface StaleResource {
  system: number;
  systemName: string;
  unit: string;
  resource: string;
  catalogCode?: string;
  updateCycle: DataResource['updateCycle'];
  lastChangedOn: string;
  /** Days from the last change to the report's day. */
  days: number;
}

export interface CatalogUpkeep {
  /** Data resources with an update cycle and a recorded last change: the ones staleness is judged for. */
  judged: number;
  stale: StaleResource[];
  /** Per managing unit with a judged resource, in name order: how many were judged and how many are stale. */
  byUnit: { unit: string; judged: number; stale: number }[];
}

/** The stale catalog entries as of `asOf`, oldest change first. */
export function catalogUpkeep(systems: readonly SystemMigration[], asOf: string): CatalogUpkeep {
  let judged = 0;
  const stale: StaleResource[] = [];
  const units = new Map<string, { unit: string; judged: number; stale: number }>();
  for (const manifest of systems) {
    for (const resource of manifest.spec.dataResources ?? []) {
      // A resource published or changed after the report's day was not yet in the catalog as it stood then.
      if (resource.lastChangedOn === undefined || resource.updateCycle === 'irregular') continue;
      if (resource.publishedOn > asOf || resource.lastChangedOn > asOf) continue;
      judged += 1;
      // Each unit of a jointly managed system (办公厅、行政体制与人事司) counts its entries.
      const counts = unitsOfText(manifest.metadata.managingUnit).map((unit) => {
        const entry = units.get(unit) ?? { unit, judged: 0, stale: 0 };
        units.set(unit, entry);
        entry.judged += 1;
        return entry;
      });
      const days = staleDays(resource, asOf);
      if (days === undefined) continue;
      for (const entry of counts) entry.stale += 1;
      stale.push({
        system: manifest.metadata.number,
        systemName: manifest.metadata.name,
        unit: manifest.metadata.managingUnit,
        resource: resource.name,
        ...(resource.catalogCode !== undefined ? { catalogCode: resource.catalogCode } : {}),
        updateCycle: resource.updateCycle,
        lastChangedOn: resource.lastChangedOn,
        days,
      });
    }
  }
  stale.sort((a, b) => a.lastChangedOn.localeCompare(b.lastChangedOn) || a.system - b.system);
  const byUnit = [...units.values()].sort((a, b) => a.unit.localeCompare(b.unit, 'zh'));
  return { judged, stale, byUnit };
}
