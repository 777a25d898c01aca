import { judgeStack, resourceJudge, type PlannedResource } from '../engine/policy-run';
import { boundHeap, everyNth } from '../engine/heap-bound';
import { systemOf } from '../components/resource-facts';
import { isStackPolicy, judgesType, notApplicableReason, type EnvcloudPolicy, type PolicyMeta } from '../policies/meta';
import { buildPack } from '../policies/pack';
import { todayInChina } from '../model/calendar';
import { WAIVED_FINDINGS, WAIVER_POLICIES, type WaivedFinding } from '../policies/waivers/apply';
import type { Waiver } from '../policies/waivers/load';
import { LazyLocator } from '../document/locate';
import type { ManifestEntry } from '../validation/rules';
import { TOOL_VERSION } from '../model/version';
import {
  STATUSES,
  type AuditedPolicy,
  type AuditFinding,
  type AuditReport,
  type AuditSummary,
  type SourceLocation,
  type Status,
} from './model';
import { settingsFor, type PackConfig, type PolicySettings } from './pack-config';
import { t } from '../document/i18n';

export interface AuditInput {
  stack: string;
  resources: readonly PlannedResource[];
  /** The manifests behind the resources, to point findings at the field a unit must change. */
  entries?: readonly ManifestEntry[];
  waivers?: readonly Waiver[];
  packConfig?: PackConfig;
  /** The audit's day, YYYY-MM-DD. Default: today in China. */
  today?: string;
  /** The day waivers are judged on, YYYY-MM-DD. Default: `today`. */
  waiverDay?: string;
  /** Text of `Pulumi.<stack>.yaml`, to point platform findings at the config key behind them. */
  stackFileText?: string;
}

interface RawFinding {
  policy: EnvcloudPolicy;
  message: string;
  urn?: string;
}

/** Where a finding points: the manifest field behind the resource, else the stack's config file. */
function locator(input: AuditInput) {
  const bySystem = new Map((input.entries ?? []).map((entry) => [entry.manifest.metadata.number, entry]));
  const stackFile = `Pulumi.${input.stack}.yaml`;
  const stackLocator = input.stackFileText === undefined ? undefined : new LazyLocator(input.stackFileText);
  return (policy: EnvcloudPolicy, system: { number: number } | undefined): SourceLocation => {
    const entry = system ? bySystem.get(system.number) : undefined;
    if (!entry) {
      const key = policy.meta.stackConfigKey;
      return {
        file: stackFile,
        ...(key && stackLocator ? stackLocator.locate(['config', key], 'key') : { line: 1, column: 1 }),
      };
    }
    return { file: entry.file, ...entry.locator.locate(policy.meta.manifestField ?? ['metadata', 'number']) };
  };
}

/**
 * A policy that judges on a day (its config has `asOf`, as data-access-follows-grants) judges on the
 * audit's day when one is given and the pack config names none: `audit --as-of` plans and judges one day.
 */
function withDay(policy: EnvcloudPolicy, settings: PolicySettings, day: string | undefined): PolicySettings {
  const takesDay = policy.configSchema?.properties?.asOf !== undefined;
  if (!takesDay || day === undefined || settings.config.asOf !== undefined) return settings;
  return { ...settings, config: { ...settings.config, asOf: day } };
}

/**
 * Evaluates exactly the policies the pack registers (waivers applied the same way) over a stack's
 * resources, in the engine's order: every resource policy, then the stack policies.
 */
export async function auditResources(input: AuditInput): Promise<AuditReport> {
  const today = input.today ?? todayInChina();
  const { policies, ledger } = buildPack({ waivers: input.waivers ?? [], today: input.waiverDay ?? today });
  const byUrn = new Map(input.resources.map((resource) => [resource.urn, resource]));
  const locate = locator(input);
  const raw: RawFinding[] = [];
  const audited: AuditedPolicy[] = [];
  const ordered = [...policies.filter((policy) => !isStackPolicy(policy)), ...policies.filter(isStackPolicy)];
  const levels = new Map(
    ordered.map((policy) => [policy.name, withDay(policy, settingsFor(policy, input.packConfig ?? {}), input.today)]),
  );
  // Why each policy judged nothing; absent for a policy that judged something.
  const notApplicable = new Map<string, string>();
  // Each judgement makes its arguments and findings: the heap is kept near what is live (engine/heap-bound.ts).
  const bound = everyNth(1000);
  for (const policy of ordered) {
    boundHeap();
    const { enforcement, config } = levels.get(policy.name)!;
    if (enforcement === 'disabled') {
      notApplicable.set(policy.name, t('en', 'policy.not-applicable.disabled'));
      continue;
    }
    if (isStackPolicy(policy)) {
      const judged = await judgeStack(policy, input.resources, config);
      for (const violation of judged.violations) raw.push({ policy, ...violation });
      if (!judged.applicable) notApplicable.set(policy.name, judged.reason ?? notApplicableReason(policy.meta.judges));
    } else {
      // A resource policy applies to the stack when it judged at least one of its resources. It
      // answers not-applicable at once for a type it does not judge (definePolicy), so it is run only
      // on the types it judges: the same findings, without a call per resource and policy.
      let applicable = false;
      const judge = resourceJudge(policy, config);
      for (const resource of resourcesOfTypes(input.resources, (type) => judgesType(policy.meta.judges, type))) {
        bound();
        const judged = await judge(resource);
        applicable ||= judged.applicable;
        for (const message of judged.violations) raw.push({ policy, message, urn: resource.urn });
      }
      if (!applicable) notApplicable.set(policy.name, notApplicableReason(policy.meta.judges));
    }
  }

  const policyByName = new Map(policies.map((policy) => [policy.name, policy]));
  const toFinding = (
    policy: EnvcloudPolicy,
    message: string,
    urn: string | undefined,
    waived?: WaivedFinding,
  ): AuditFinding => {
    const resource = urn ? byUrn.get(urn) : undefined;
    const system = resource ? systemOf(resource.props) : undefined;
    const enforcement = levels.get(policy.name)!.enforcement;
    return {
      policy: policy.name,
      severity: policy.meta.severity,
      status: waived ? 'waived' : 'fail',
      // The engine reports a `remediate` policy's leftover violation as mandatory; so does the audit.
      enforcement: enforcement === 'advisory' ? 'advisory' : 'mandatory',
      message,
      ...(resource ? { resource: { urn: resource.urn, type: resource.type, name: resource.name } } : {}),
      ...(system ? { system } : {}),
      location: locate(policy, system),
      ...(waived
        ? {
            waiver: {
              reason: waived.waiver.reason,
              owner: waived.waiver.owner,
              expires: waived.waiver.expires,
              location: { file: waived.waiver.file, line: waived.waiver.line, column: waived.waiver.column },
            },
          }
        : {}),
    };
  };
  const findings: AuditFinding[] = [];
  for (const { policy, message, urn } of raw) {
    // The ledger carries waived findings with their waiver; the policy listing them in `pulumi preview` is not repeated.
    if (policy.name === WAIVED_FINDINGS && message.startsWith('[waived]')) continue;
    const finding = toFinding(policy, message, urn);
    const waiver = ledger.aboutWaiver.get(message);
    findings.push(
      waiver ? { ...finding, location: { file: waiver.file, line: waiver.line, column: waiver.column } } : finding,
    );
  }
  for (const waived of ledger.waived)
    findings.push(toFinding(policyByName.get(waived.policy)!, waived.message, waived.urn, waived));

  const findingsOf = new Map<string, AuditFinding[]>();
  for (const finding of findings) {
    const own = findingsOf.get(finding.policy);
    if (own) own.push(finding);
    else findingsOf.set(finding.policy, [finding]);
  }
  for (const policy of ordered) {
    const { enforcement } = levels.get(policy.name)!;
    const own = findingsOf.get(policy.name) ?? [];
    const reason = notApplicable.get(policy.name);
    // A waived finding of a policy that otherwise judged nothing (a waiver policy's own) still makes it waived, never not-applicable.
    const status: Status = own.some((f) => f.status === 'fail')
      ? 'fail'
      : own.length > 0
        ? 'waived'
        : reason !== undefined
          ? 'not-applicable'
          : 'pass';
    audited.push({
      name: policy.name,
      enforcement,
      meta: reportedMeta(policy.meta),
      findings: own.length,
      status,
      ...(status === 'not-applicable' ? { notApplicable: reason } : {}),
      ...(enforcement === 'advisory' && (policy.enforcementLevel ?? 'advisory') !== 'advisory'
        ? { relaxed: true as const }
        : {}),
    });
  }
  const systems = new Set(
    input.resources.map((resource) => systemOf(resource.props)?.number).filter((number) => number !== undefined),
  );
  return {
    offline: true,
    stack: input.stack,
    date: today,
    toolVersion: TOOL_VERSION,
    resources: input.resources.length,
    systems: systems.size,
    policies: audited,
    findings,
    summary: summarise(audited, findings),
  };
}

/** The resources, in their order, whose type passes `judged` (asked once per type). */
function* resourcesOfTypes(
  resources: readonly PlannedResource[],
  judged: (type: string) => boolean,
): Generator<PlannedResource> {
  const byType = new Map<string, boolean>();
  for (const resource of resources) {
    let judges = byType.get(resource.type);
    if (judges === undefined) byType.set(resource.type, (judges = judged(resource.type)));
    if (judges) yield resource;
  }
}

/** A policy's metadata as the report carries it: data only (a `where` test is code, which JSON cannot hold). */
function reportedMeta(meta: PolicyMeta): PolicyMeta {
  if (!('types' in meta.judges)) return meta;
  const { types, what } = meta.judges;
  return { ...meta, judges: { types, ...(what ? { what } : {}) } };
}

/** The counts and the verdict. An audit in which no policy judged anything of the stack has not passed: it says so. */
export function summarise(policies: readonly AuditedPolicy[], findings: readonly AuditFinding[]): AuditSummary {
  const byStatus = Object.fromEntries(
    STATUSES.map((status) => [status, policies.filter((policy) => policy.status === status).length]),
  ) as Record<Status, number>;
  const disabled = policies.filter(
    (policy) => policy.status === 'not-applicable' && policy.enforcement === 'disabled',
  ).length;
  const failed = findings.filter((finding) => finding.status === 'fail' && finding.enforcement === 'mandatory').length;
  const advisory = findings.filter((finding) => finding.status === 'fail' && finding.enforcement === 'advisory').length;
  const waived = findings.filter((finding) => finding.status === 'waived').length;
  // The waiver policies judge the waiver file: alone, they have judged nothing of the stack.
  const judged = policies.filter(
    (policy) => policy.status !== 'not-applicable' && !WAIVER_POLICIES.has(policy.name),
  ).length;
  const verdict = failed > 0 ? 'failed' : judged === 0 ? 'nothing-judged' : 'passed';
  const relaxed = policies.filter((policy) => policy.relaxed).length;
  const mandatoryFailures = new Set(
    findings
      .filter((finding) => finding.status === 'fail' && finding.enforcement === 'mandatory')
      .map((finding) => finding.policy),
  );
  const advisoryOnly = policies.filter(
    (policy) => policy.status === 'fail' && !mandatoryFailures.has(policy.name),
  ).length;
  return {
    policies: { ...byStatus, disabled, relaxed, advisoryOnly },
    failed,
    advisory,
    waived,
    verdict,
    passed: verdict === 'passed',
  };
}
