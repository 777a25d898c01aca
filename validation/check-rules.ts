import { fieldPath, type Finding } from '../document/findings';
import { todayInChina } from '../model/calendar';
import { MANIFEST_RULES, type ManifestEntry, type ManifestSummary, type Rule } from './rules';
import type { Violation } from './rules/rule';
import {
  REQUEST_RULES,
  requestContext,
  type RequestEntry,
  type RequestRule,
  type RequestViolation,
} from './rules/requests';
import { append } from './report';
import { DATED_RULES, type DatedRule } from './rules/catalog-upkeep';
import {
  CORRECTION_RULES,
  correctionContext,
  type CorrectionEntry,
  type CorrectionRule,
  type CorrectionViolation,
} from './rules/corrections';

/** Runs the data-correction rules; the manifests give the catalog, the sharing requests the grants. */
export function checkCorrectionRules(
  corrections: readonly CorrectionEntry[],
  manifests: readonly ManifestEntry<ManifestSummary>[],
  requests: readonly RequestEntry[],
  asOf: string = today(),
  rules: readonly CorrectionRule[] = CORRECTION_RULES,
): Finding[] {
  if (corrections.length === 0) return [];
  const context = correctionContext(manifests, requests, asOf);
  const findings: Finding[] = [];
  for (const rule of rules)
    rule.check(corrections, context, (violation) =>
      findings.push(locatedViolation(rule.id, violation.severity ?? rule.severity, violation)),
    );
  return findings;
}

/** Runs the sharing-request rules; the manifests read give the systems and their catalog. */
export function checkRequestRules(
  requests: readonly RequestEntry[],
  manifests: readonly ManifestEntry<ManifestSummary>[],
  asOf: string = today(),
  rules: readonly RequestRule[] = REQUEST_RULES,
): Finding[] {
  if (requests.length === 0) return [];
  const context = requestContext(manifests, asOf);
  const findings: Finding[] = [];
  for (const rule of rules)
    rule.check(requests, context, (violation) => findings.push(locatedRequest(rule, violation)));
  return findings;
}

/** Runs the catalog rules judged on a day (staleness, publication after a change) over the manifests read. */
export function checkDatedRules(
  entries: readonly ManifestEntry<ManifestSummary>[],
  asOf: string = today(),
  rules: readonly DatedRule[] = DATED_RULES,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) rule.check(entries, asOf, (violation) => findings.push(located(rule, violation)));
  return findings;
}

/** Today in China (UTC+8), YYYY-MM-DD: the day pending requests are judged on unless `--as-of` says otherwise. */
export function today(now: Date = new Date()): string {
  return todayInChina(now);
}

function locatedRequest(rule: RequestRule, violation: RequestViolation): Finding {
  return locatedViolation(rule.id, violation.severity ?? rule.severity, violation);
}

/** Runs every rule beyond the schema over whole manifests that passed it. */
export function checkRules(entries: readonly ManifestEntry[], rules: readonly Rule[] = MANIFEST_RULES): Finding[] {
  const findings = entries.flatMap((entry) => checkManifestRules(entry, rules));
  return append(findings, checkSetRules(entries, rules));
}

/** Runs the rules that look at one manifest, while its text is still at hand for positions. */
export function checkManifestRules(entry: ManifestEntry, rules: readonly Rule[] = MANIFEST_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.scope === 'manifest')
      rule.checkOne(entry, (violation) => findings.push(located(rule, { entry, ...violation })));
  }
  return findings;
}

/** Runs the rules across manifests; they read summaries, so whole manifests need not be kept for them. */
export function checkSetRules(
  entries: readonly ManifestEntry<ManifestSummary>[],
  rules: readonly Rule[] = MANIFEST_RULES,
): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.scope === 'set') rule.check(entries, (violation) => findings.push(located(rule, violation)));
  }
  return findings;
}

function located<M extends ManifestSummary>(rule: Rule | DatedRule, violation: Violation<M>): Finding {
  return locatedViolation(rule.id, rule.severity, violation);
}

/** A rule's violation as a finding: located in its file, with its related places located in theirs. */
function locatedViolation(
  ruleId: string,
  severity: Finding['severity'],
  violation: Violation<ManifestSummary> | RequestViolation | CorrectionViolation,
): Finding {
  return {
    file: violation.entry.file,
    ...violation.entry.locator.locate(violation.path, violation.at),
    severity,
    ruleId,
    message: violation.message,
    field: fieldPath(violation.path),
    ...(violation.hint ? { hint: violation.hint } : {}),
    ...(violation.localized ? { localized: violation.localized } : {}),
    ...(violation.related
      ? {
          related: violation.related.map((related) => ({
            file: related.entry.file,
            ...related.entry.locator.locate(related.path, 'key'),
            message: related.message,
            ...(related.localized ? { localized: related.localized } : {}),
          })),
        }
      : {}),
  };
}
