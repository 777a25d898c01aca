import { INPUT_RULES, type RuleInfo } from './catalog';
import {
  cloudIsTheNorm,
  dataOnboardingHasResources,
  decommissionArchivesData,
  decommissionRunsNothing,
  exemptGivesReason,
  mergeNamesBusinessSystem,
  portalConnection,
  websiteHasSettings,
  zombieMatchesDisposition,
} from './disposition';
import { duplicateConstruction } from './duplicate-construction';
import { uniqueNumber, uniqueSlug } from './identity';
import { backupTargetsWithinTier } from './protection';
import type { Rule } from './rule';
import { conditionalSharingTerms, notSharedLegalBasis, oneDataOneSource, sharingUsageStated } from './sharing';

/** Every rule beyond the schema, in the order findings are produced. */
export const MANIFEST_RULES: readonly Rule[] = [
  uniqueNumber,
  uniqueSlug,
  mergeNamesBusinessSystem,
  exemptGivesReason,
  decommissionRunsNothing,
  decommissionArchivesData,
  websiteHasSettings,
  cloudIsTheNorm,
  zombieMatchesDisposition,
  portalConnection,
  dataOnboardingHasResources,
  conditionalSharingTerms,
  notSharedLegalBasis,
  sharingUsageStated,
  oneDataOneSource,
  backupTargetsWithinTier,
  duplicateConstruction,
];

/** Documentation of every rule id a finding can carry. */
export const ALL_RULE_INFO: readonly RuleInfo[] = [
  ...INPUT_RULES,
  ...MANIFEST_RULES.map(({ id, severity, title, clause }) => ({ id, severity, title, clause })),
];

export type { Rule, ManifestRule, SetRule, ManifestEntry, ManifestSummary } from './rule';
export { summarizeManifest } from './rule';
