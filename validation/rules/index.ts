import type { Finding } from '../../document/findings';
import { BASELINE_RULES, INPUT_RULES, type RuleInfo } from './catalog';
import {
  cloudIsTheNorm,
  dataOnboardingHasResources,
  decommissionArchivesData,
  decommissionRunsNothing,
  exemptGivesReason,
  exemptRunsNothing,
  mergeNamesBusinessSystem,
  placementDeployed,
  portalConnection,
  portalUnifiedIdentity,
  websiteHasSettings,
  websitesInWebsiteCluster,
  zombieMatchesDisposition,
} from './disposition';
import { catalogCodeOwnSystem, catalogCodeWellFormed, uniqueCatalogCode } from './catalog-codes';
import { baseDataInformationCenter, catalogDatesInOrder, catalogLeadUnit, DATED_RULES } from './catalog-upkeep';
import { duplicateConstruction } from './duplicate-construction';
import { slugsNotNested, uniqueNumber, uniqueSlug } from './identity';
import { imageFromApprovedRegistry, placementNamesUnique } from './placement';
import {
  databaseNamesFit,
  databaseVersionSupported,
  serviceNameLength,
  workloadPortsUnique,
  workloadResourcesSet,
} from './kubernetes-names';
import { websiteDomainPublic, websiteDomainsUnique } from './websites';
import { jointUnitsSeparated, namesOnOneLine, unitInInventory } from './one-line';
import { backupTargetsWithinTier } from './protection';
import { blockedNamesReasonAndOwner, completedNamesDay } from './schedule';
import type { Rule } from './rule';
import { REQUEST_RULES } from './requests';
import { CORRECTION_RULES } from './corrections';
import {
  article16UnconditionalSharing,
  conditionalSharingTerms,
  internetOnlyUnconditionalData,
  notSharedLegalBasis,
  oneDataOneSource,
  resourceCenterSharingType,
  sharingUsageStated,
} from './sharing';

export interface RuleOptions {
  /** The registry images must come from. Default: the ministry's (model/registry.ts). */
  approvedRegistry?: string;
}

/**
 * Every rule beyond the schema, in the order findings are produced. Every check a component, the
 * stack program or a policy makes on a manifest field is one of them, so a manifest that validates
 * deploys; only what depends on a stack (its registry, pools and centers) is checked again in preflight.
 */
export function manifestRules(options: RuleOptions = {}): readonly Rule[] {
  return [
    uniqueNumber,
    uniqueSlug,
    slugsNotNested,
    mergeNamesBusinessSystem,
    exemptGivesReason,
    exemptRunsNothing,
    decommissionRunsNothing,
    decommissionArchivesData,
    placementDeployed,
    websiteHasSettings,
    websitesInWebsiteCluster,
    cloudIsTheNorm,
    zombieMatchesDisposition,
    portalConnection,
    portalUnifiedIdentity,
    dataOnboardingHasResources,
    conditionalSharingTerms,
    notSharedLegalBasis,
    article16UnconditionalSharing,
    sharingUsageStated,
    resourceCenterSharingType,
    internetOnlyUnconditionalData,
    oneDataOneSource,
    catalogCodeWellFormed,
    catalogCodeOwnSystem,
    uniqueCatalogCode,
    catalogLeadUnit,
    catalogDatesInOrder,
    baseDataInformationCenter,
    backupTargetsWithinTier,
    blockedNamesReasonAndOwner,
    completedNamesDay,
    imageFromApprovedRegistry(options.approvedRegistry),
    placementNamesUnique,
    serviceNameLength,
    workloadPortsUnique,
    workloadResourcesSet,
    databaseVersionSupported,
    databaseNamesFit,
    websiteDomainPublic,
    websiteDomainsUnique,
    namesOnOneLine,
    jointUnitsSeparated,
    unitInInventory,
    duplicateConstruction,
  ];
}

/** The rules with the default registry: what `validate` runs unless told `--registry`. */
export const MANIFEST_RULES: readonly Rule[] = manifestRules();

/** Documentation of every rule id a finding can carry. */
export const ALL_RULE_INFO: readonly RuleInfo[] = [
  ...INPUT_RULES,
  ...MANIFEST_RULES.map(({ id, severity, title, clause }) => ({ id, severity, title, clause })),
  ...DATED_RULES.map(({ id, severity, title, clause }) => ({ id, severity, title, clause })),
  ...REQUEST_RULES.map(({ id, severity, title, clause }) => ({ id, severity, title, clause })),
  ...CORRECTION_RULES.map(({ id, severity, title, clause }) => ({ id, severity, title, clause })),
  ...BASELINE_RULES,
];

export type { Rule, ManifestRule, SetRule, ManifestEntry, ManifestSummary } from './rule';
export { summarizeManifest } from './rule';

/**
 * Findings on how late a unit answered a request or a correction: what the reports count (late,
 * overdue), not a fault of the file. They are errors to `validate`, for the unit to act on, but they
 * do not stop the commands that read the requests: one late answer stopped every report and every plan.
 */
export const LATENESS_RULES: ReadonlySet<string> = new Set([
  'answer-within-deadline',
  'correction-answer-within-deadline',
  // A catalog entry republished late is a fact of the year the report counts, not a fault of the manifest.
  'catalog-published-in-time',
]);

/** An error that stops the commands reading requests and corrections: any but one of lateness. */
export function isFault(finding: Pick<Finding, 'severity' | 'ruleId'>): boolean {
  return finding.severity === 'error' && !LATENESS_RULES.has(finding.ruleId);
}
