import type {
  PolicyResource,
  ReportViolation,
  ResourceValidation,
  StackValidation,
  StackValidationPolicy,
} from '@pulumi/policy';
import { systemOf } from '../../components/resource-facts';
import {
  definePolicy,
  isStackPolicy,
  notApplicableReason,
  type EnvcloudPolicy,
  type EnvcloudStackPolicy,
} from '../meta';
import type { Waiver } from './load';
import { t } from '../../document/i18n';

/** A finding a waiver covers: reported as waived, never dropped. */
export interface WaivedFinding {
  policy: string;
  message: string;
  urn?: string;
  waiver: Waiver;
}

/** What the waivers did during one evaluation of the pack. */
export class WaiverLedger {
  readonly waived: WaivedFinding[] = [];
  readonly used = new Set<Waiver>();
  /** The waiver each finding of the waiver policies is about, so reports can point at its line. */
  readonly aboutWaiver = new Map<string, Waiver>();
}

export const WAIVERS_CURRENT = 'waivers-current';
export const WAIVED_FINDINGS = 'waived-findings';

/**
 * The policies that judge the waiver file, not the stack: an audit in which only these judged has judged
 * nothing of the stack (a pack config keeping only `waivers-current` gave PASSED, its 5 failures gone).
 */
export const WAIVER_POLICIES: ReadonlySet<string> = new Set([WAIVERS_CURRENT, WAIVED_FINDINGS]);

/** A waiver holds through its expiry day (dates compare as YYYY-MM-DD strings). */
export function isExpired(waiver: Pick<Waiver, 'expires'>, today: string): boolean {
  return waiver.expires < today;
}

/** The stack a URN belongs to: `urn:pulumi:<stack>::<project>::…`. */
export function stackOfUrn(urn: string): string | undefined {
  return urn.split('::')[0]?.split(':')[2];
}

interface Subject {
  policy: string;
  urn?: string;
  /** The resource's inputs, for its system labels or tags. */
  props?: unknown;
  stack?: string;
}

export function waiverMatches(waiver: Waiver, subject: Subject): boolean {
  if (waiver.rule !== subject.policy) return false;
  if (waiver.stack !== undefined && waiver.stack !== subject.stack) return false;
  if (waiver.resource !== undefined && waiver.resource !== '*') {
    const name = subject.urn?.split('::').pop();
    if (waiver.resource !== subject.urn && waiver.resource !== name) return false;
  }
  if (waiver.system !== undefined) {
    const system = systemOf(subject.props);
    if (!system || (waiver.system !== system.number && waiver.system !== system.slug)) return false;
  }
  return true;
}

/** The unexpired waiver that covers a finding, if any. An expired waiver covers nothing. */
export function activeWaiverFor(waivers: readonly Waiver[], subject: Subject, today: string): Waiver | undefined {
  return waivers.find((waiver) => !isExpired(waiver, today) && waiverMatches(waiver, subject));
}

/**
 * The policy with its violations checked against the waivers: a covered one goes to the ledger
 * (and is reported by `waived-findings`), any other is reported as the policy's own.
 */
export function withWaivers<P extends EnvcloudPolicy>(
  policy: P,
  waivers: readonly Waiver[],
  ledger: WaiverLedger,
  today: string,
): P {
  if (waivers.every((waiver) => waiver.rule !== policy.name)) return policy;
  const sift =
    (report: ReportViolation, subjectOf: (urn?: string) => Subject): ReportViolation =>
    (message, urn) => {
      const subject = subjectOf(urn);
      const waiver = activeWaiverFor(waivers, subject, today);
      if (!waiver) return report(message, urn);
      ledger.used.add(waiver);
      ledger.waived.push({ policy: policy.name, message, ...(subject.urn ? { urn: subject.urn } : {}), waiver });
    };
  if (isStackPolicy(policy)) {
    const validateStack: StackValidation = (args, report) =>
      policy.validateStack(
        args,
        sift(report, (urn) => {
          const resource: PolicyResource | undefined = urn
            ? args.resources.find((candidate) => candidate.urn === urn)
            : undefined;
          const stack = stackOfUrn(urn ?? args.resources[0]?.urn ?? '');
          return { policy: policy.name, ...(urn ? { urn } : {}), props: resource?.props, ...(stack ? { stack } : {}) };
        }),
      );
    return { ...policy, validateStack };
  }
  const validators = [policy.validateResource ?? []].flat() as ResourceValidation[];
  const validateResource: ResourceValidation[] = validators.map(
    (validate) => (args, report) =>
      validate(
        args,
        sift(report, () => ({
          policy: policy.name,
          urn: args.urn,
          props: args.props,
          ...(stackOfUrn(args.urn) ? { stack: stackOfUrn(args.urn)! } : {}),
        })),
      ),
  );
  return { ...policy, validateResource };
}

function describe(waiver: Waiver): string {
  const scope = [
    waiver.stack ? t('en', 'policy.part.waiver-scope.stack', { stack: waiver.stack }) : undefined,
    waiver.resource ? t('en', 'policy.part.waiver-scope.resource', { resource: waiver.resource }) : undefined,
    waiver.system !== undefined ? t('en', 'policy.part.system-number', { number: String(waiver.system) }) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return t('en', 'policy.part.waiver', { rule: waiver.rule, scope, file: waiver.file, line: String(waiver.line) });
}

const WAIVER_CLAUSE = 'GB/T 22239-2019 8.1.6 (安全管理制度) and 8.1.10 (安全运维管理: 例外须审批、有期限)';

/**
 * The two policies that make waivers visible in `pulumi preview` too: expired waivers fail; waived
 * findings and waivers that matched nothing are listed (advisory). Stack policies run after every
 * resource policy, so the ledger is complete when they read it.
 */
export function waiverPolicies(waivers: readonly Waiver[], ledger: WaiverLedger, today: string): EnvcloudStackPolicy[] {
  // Both judge this stack's waivers, not resources: with none, they judged nothing, which the engine and the audit are told.
  const ofStack = (stack: string | undefined) =>
    waivers.filter((waiver) => waiver.stack === undefined || waiver.stack === stack);
  const judges = { other: t('en', 'policy.what.waivers') };
  const current = definePolicy<StackValidationPolicy>(
    {
      name: WAIVERS_CURRENT,
      validateStack: (args, reportViolation) => {
        const stack = stackOfUrn(args.resources[0]?.urn ?? '');
        if (ofStack(stack).length === 0) return args.notApplicable(notApplicableReason(judges));
        for (const waiver of ofStack(stack).filter((candidate) => isExpired(candidate, today))) {
          const message = t('en', 'policy.finding.waivers.expired', {
            waiver: describe(waiver),
            expires: waiver.expires,
            owner: waiver.owner,
          });
          ledger.aboutWaiver.set(message, waiver);
          reportViolation(message);
        }
      },
    },
    {
      severity: 'high',
      judges,
      clause: WAIVER_CLAUSE,
      en: {
        description: 'No waiver is past its expiry date',
        remediation: 'Fix what the waiver covered, or renew the waiver with its owner’s approval and a new date.',
      },
      zh: { description: '豁免不得超过有效期', remediation: '整改被豁免的问题，或经责任人批准后更新豁免期限。' },
    },
  );
  const listed = definePolicy<StackValidationPolicy>(
    {
      name: WAIVED_FINDINGS,
      enforcementLevel: 'advisory',
      validateStack: (args, reportViolation) => {
        const stack = stackOfUrn(args.resources[0]?.urn ?? '');
        if (ofStack(stack).length === 0) return args.notApplicable(notApplicableReason(judges));
        for (const finding of ledger.waived) {
          reportViolation(
            t('en', 'policy.finding.waivers.waived', {
              policy: finding.policy,
              message: finding.message,
              reason: finding.waiver.reason,
              owner: finding.waiver.owner,
              expires: finding.waiver.expires,
            }),
            finding.urn,
          );
        }
        for (const waiver of ofStack(stack).filter(
          (candidate) => !ledger.used.has(candidate) && !isExpired(candidate, today),
        )) {
          const message = t('en', 'policy.finding.waivers.unused', { waiver: describe(waiver) });
          ledger.aboutWaiver.set(message, waiver);
          reportViolation(message);
        }
      },
    },
    {
      severity: 'low',
      judges,
      clause: WAIVER_CLAUSE,
      en: {
        description: 'Waived findings are reported, and waivers that match nothing are listed',
        remediation: 'Remove waivers that match nothing; plan the fixes of waived findings before their expiry.',
      },
      zh: {
        description: '被豁免的问题照常报告，未匹配任何问题的豁免须列出',
        remediation: '删除未匹配的豁免；在到期前完成被豁免问题的整改。',
      },
    },
  );
  return [current, listed];
}
