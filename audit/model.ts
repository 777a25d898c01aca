import type { EnforcementLevel } from '@pulumi/policy';
import type { PolicyMeta, Severity } from '../policies/meta';

export type Language = 'zh' | 'en';

/**
 * What the audit says of a policy and of each finding, and nothing else: it judged and found nothing
 * (pass), found a violation (fail), found one a current waiver covers (waived), or had nothing to judge
 * (not-applicable: no resource of the kinds it judges, or disabled in the pack config). Judging nothing
 * is never a pass.
 */
export type Status = 'pass' | 'fail' | 'waived' | 'not-applicable';
export const STATUSES: readonly Status[] = ['pass', 'fail', 'waived', 'not-applicable'];

/** What `envcloud audit --format` writes. Here, not beside the writers: the CLI lists them at start, for every command, and loads the writers only to write. */
export const AUDIT_FORMATS = ['text', 'json', 'sarif', 'junit', 'html'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** A finding is a violation a policy reported: it fails, or a current waiver covers it. */
export type FindingStatus = Extract<Status, 'fail' | 'waived'>;

/** The level a finding was reported at: a mandatory failure fails the audit, an advisory one does not. */
export type FindingEnforcement = 'mandatory' | 'advisory';

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface AuditFinding {
  policy: string;
  severity: Severity;
  status: FindingStatus;
  enforcement: FindingEnforcement;
  message: string;
  resource?: { urn: string; type: string; name: string };
  system?: { number: number; slug: string };
  /** The manifest field behind the resource, the waiver entry, or the stack's config file. */
  location: SourceLocation;
  waiver?: { reason: string; owner: string; expires: string; location: SourceLocation };
}

export interface AuditedPolicy {
  name: string;
  enforcement: EnforcementLevel;
  meta: PolicyMeta;
  findings: number;
  status: Status;
  /** Why the policy judged nothing, when its status is not-applicable. */
  notApplicable?: string;
  /** Mandatory by default, run as advisory by the pack config: its failures no longer fail the audit. */
  relaxed?: true;
}

/** The audit's verdict: no mandatory failure, some, or nothing judged at all (which is not a pass). */
export type Verdict = 'passed' | 'failed' | 'nothing-judged';

export interface AuditSummary {
  /**
   * Policies by status; `disabled` counts the not-applicable ones the pack config disabled, `relaxed` those
   * it lowered from mandatory to advisory (`{"all": "advisory"}` turned critical findings into warnings
   * and the audit said PASSED without saying so), `advisoryOnly` the failed ones whose failures are all
   * advisory (the line said "1 failed … PASSED" with no word of why the failure did not count).
   */
  policies: Record<Status, number> & { disabled: number; relaxed: number; advisoryOnly: number };
  /** Findings: mandatory failures, advisory failures, waived. */
  failed: number;
  advisory: number;
  waived: number;
  verdict: Verdict;
  /** True only when some policy judged something and no mandatory finding failed. */
  passed: boolean;
}

/** What `envcloud audit` found: offline, under Pulumi's mocks, against the policies the pack registers. */
export interface AuditReport {
  offline: true;
  stack: string;
  /** The day waivers were judged against (YYYY-MM-DD). */
  date: string;
  toolVersion: string;
  resources: number;
  systems: number;
  policies: AuditedPolicy[];
  findings: AuditFinding[];
  summary: AuditSummary;
}
