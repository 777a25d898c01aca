import { TIER_TARGETS } from '../../model/tiers';
import { perManifest } from './rule';

function humanMinutes(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `${minutes / 24 / 60} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}

export const backupTargetsWithinTier = perManifest(
  {
    id: 'backup-targets-within-tier',
    severity: 'error',
    title: 'Declared RPO and RTO are ones the backup tier delivers',
    clause: 'Plan §三(三).9: two locations, three centers (两地三中心) backup topology',
  },
  ({ manifest }, report) => {
    const backup = manifest.spec.protection.backup;
    if (backup.tier === 'none') {
      const placement = manifest.spec.placement;
      // A site moving to the website cluster keeps its content on a volume of the system's tier (WebsiteSite): stored data too.
      const website = manifest.spec.disposition.outcome === 'website-cluster' && placement?.website;
      const stateful = Boolean(
        placement?.database || placement?.storage?.object?.length || placement?.storage?.block?.length || website,
      );
      if (stateful) {
        report({
          path: ['spec', 'protection', 'backup', 'tier'],
          message: 'the system stores data (database, storage or website content) but its backup tier is `none`',
          hint: 'choose `bronze`, `silver` or `gold`: data on the platform is never left without a backup',
        });
      }
      return;
    }
    const delivered = TIER_TARGETS[backup.tier];
    for (const [field, promised] of [
      ['rpoMinutes', delivered.rpoMinutes],
      ['rtoMinutes', delivered.rtoMinutes],
    ] as const) {
      const wanted = backup[field];
      if (wanted !== undefined && wanted < promised) {
        report({
          path: ['spec', 'protection', 'backup', field],
          message: `${field === 'rpoMinutes' ? 'RPO' : 'RTO'} of ${humanMinutes(wanted)} is stricter than tier \`${backup.tier}\` delivers (${humanMinutes(promised)})`,
          hint: `raise the target to at least ${promised}, or choose a higher tier (gold: RPO 15 min, RTO 1 h)`,
        });
      }
    }
  },
);
