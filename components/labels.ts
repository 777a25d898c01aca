import type { SystemMigration } from '../model/domain';
import { BACKUP_TIER_LABEL } from '../model/tiers';
import { identitySlug } from '../model/k8s-names';

// The naming fact lives in the model, where the rules that check names read it too.
export { identitySlug };

export const LABEL_PREFIX = 'envcloud.mee.gov.cn';

/**
 * Labels every object of a system carries (the policy pack checks them). Kubernetes label values are
 * ASCII, so the Chinese unit name travels as an annotation.
 */
export function systemLabels(manifest: SystemMigration): Record<string, string> {
  return {
    'app.kubernetes.io/managed-by': 'envcloud',
    [`${LABEL_PREFIX}/system-number`]: String(manifest.metadata.number),
    [`${LABEL_PREFIX}/system`]: identitySlug(manifest),
    [`${LABEL_PREFIX}/disposition`]: manifest.spec.disposition.outcome,
    [`${LABEL_PREFIX}/pool`]: manifest.spec.placement?.pool ?? 'none',
    [`${LABEL_PREFIX}/mlps-level`]: String(manifest.spec.protection.mlpsLevel),
    [`${LABEL_PREFIX}/${BACKUP_TIER_LABEL}`]: manifest.spec.protection.backup.tier,
  };
}

export function systemAnnotations(manifest: SystemMigration): Record<string, string> {
  return {
    [`${LABEL_PREFIX}/managing-unit`]: manifest.metadata.managingUnit,
    [`${LABEL_PREFIX}/name`]: manifest.metadata.name,
  };
}

/** Namespace of a pool (`pool-central`) or of a business system (`bs-air`). */
export function poolNamespace(pool: string): string {
  return `pool-${pool}`;
}

export function businessSystemNamespace(system: string): string {
  return `bs-${system}`;
}
