import type { BackupTier, SystemMigration } from '../model/domain';
import { TIER_NEEDS } from '../model/tiers';
import type { PlatformConfig } from './config';
import { msg, render, untranslated, type Message } from '../document/i18n';

// What each tier needs of the topology is a platform fact (model/topology.ts).
export { TIER_NEEDS };

/**
 * Why the topology cannot deliver a tier, or undefined when it can. A backup-only same-city center
 * (AWS, one zone, no cluster) delivers its copies like any other: its backup vault is there.
 */
export function tierShortfall(
  tier: BackupTier,
  config: Pick<PlatformConfig, 'centers' | 'singleCenterBackups' | 'mode'>,
): string | undefined {
  const shortfall = tierShortfallMessage(tier, config);
  return shortfall && render(shortfall, 'en');
}

/** tierShortfall as a catalog message, said in the reader's language. */
export function tierShortfallMessage(
  tier: BackupTier,
  config: Pick<PlatformConfig, 'centers' | 'singleCenterBackups' | 'mode'>,
): Message | undefined {
  if (config.singleCenterBackups) return undefined;
  const needs = TIER_NEEDS[tier];
  const roles = new Set(config.centers.map((center) => center.role));
  const missing = needs.centers.filter((role) => !roles.has(role));
  if (missing.length > 0)
    return msg('inputs.preflight.tier.missing', {
      tier,
      missing: untranslated(missing.join(' and '), missing.join('、')),
    });
  const primary = config.centers.find((center) => center.role === 'primary');
  if (needs.multiAz && config.mode === 'aws' && (primary?.availabilityZones?.length ?? 0) < 2) {
    return msg('inputs.preflight.tier.multi-az', { tier });
  }
  return undefined;
}

export interface TierProblem {
  slug: string;
  number: number;
  tier: BackupTier;
  reason: string;
  /** The reason as a catalog message. */
  said: Message;
}

/** Every selected system whose declared tier the stack's topology cannot deliver. */
export function tierProblems(
  manifests: readonly SystemMigration[],
  config: Pick<PlatformConfig, 'centers' | 'singleCenterBackups' | 'mode'>,
): TierProblem[] {
  const problems: TierProblem[] = [];
  for (const manifest of manifests) {
    const tier = manifest.spec.protection.backup.tier;
    const said = tierShortfallMessage(tier, config);
    if (said) {
      const reason = render(said, 'en');
      problems.push({ slug: manifest.metadata.slug, number: manifest.metadata.number, tier, reason, said });
    }
  }
  return problems;
}
