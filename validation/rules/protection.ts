import { TIER_TARGETS } from '../../model/tiers';
import { msg, said, type Message } from '../../document/i18n';
import { perManifest } from './rule';

function humanMinutes(minutes: number): Message {
  if (minutes % (24 * 60) === 0) return msg('rule.duration', { value: minutes / 24 / 60, unit: 'd' });
  if (minutes % 60 === 0) return msg('rule.duration', { value: minutes / 60, unit: 'h' });
  return msg('rule.duration', { value: minutes, unit: 'min' });
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
          ...said(
            msg('rule.backup-targets-within-tier.no-backup'),
            msg('rule.backup-targets-within-tier.no-backup.hint'),
          ),
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
          ...said(
            msg('rule.backup-targets-within-tier.stricter', {
              target: field === 'rpoMinutes' ? 'RPO' : 'RTO',
              wanted: humanMinutes(wanted),
              tier: backup.tier,
              promised: humanMinutes(promised),
            }),
            msg('rule.backup-targets-within-tier.stricter.hint', { minutes: promised }),
          ),
        });
      }
    }
  },
);
