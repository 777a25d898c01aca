import type { EnforcementLevel } from '@pulumi/policy';
import type { PolicyMeta, Severity } from '../policies/meta';

export type Language = 'zh' | 'en';

/** fail: a mandatory violation; warn: advisory; waived: covered by a current waiver (still listed). */
export type FindingStatus = 'fail' | 'warn' | 'waived';

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface AuditFinding {
  policy: string;
  severity: Severity;
  status: FindingStatus;
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
  outcome: 'pass' | 'fail' | 'warn' | 'waived' | 'disabled';
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
  summary: { failed: number; warnings: number; waived: number; passed: boolean };
}
