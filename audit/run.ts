import { evaluatePolicy, evaluateStackPolicy, type PlannedResource } from '../engine/policy-run';
import { systemOf } from '../components/resource-facts';
import { isStackPolicy, type EnvcloudPolicy } from '../policies/meta';
import { buildPack, todayUtc } from '../policies/pack';
import { WAIVED_FINDINGS, type WaivedFinding } from '../policies/waivers/apply';
import type { Waiver } from '../policies/waivers/load';
import { LazyLocator } from '../validation/locate';
import type { ManifestEntry } from '../validation/rules';
import { TOOL_VERSION } from '../cli/version';
import type { AuditedPolicy, AuditFinding, AuditReport, SourceLocation } from './model';
import { settingsFor, type PackConfig } from './pack-config';

export interface AuditInput {
  stack: string;
  resources: readonly PlannedResource[];
  /** The manifests behind the resources, to point findings at the field a unit must change. */
  entries?: readonly ManifestEntry[];
  waivers?: readonly Waiver[];
  packConfig?: PackConfig;
  /** YYYY-MM-DD. Default: today (UTC). */
  today?: string;
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
      return { file: stackFile, ...(key && stackLocator ? stackLocator.locate(['config', key], 'key') : { line: 1, column: 1 }) };
    }
    return { file: entry.file, ...entry.locator.locate(policy.meta.manifestField ?? ['metadata', 'number']) };
  };
}

/**
 * Evaluates exactly the policies the pack registers (waivers applied the same way) over a stack's
 * resources, in the engine's order: every resource policy, then the stack policies.
 */
export async function auditResources(input: AuditInput): Promise<AuditReport> {
  const today = input.today ?? todayUtc();
  const { policies, ledger } = buildPack({ waivers: input.waivers ?? [], today });
  const byUrn = new Map(input.resources.map((resource) => [resource.urn, resource]));
  const locate = locator(input);
  const raw: RawFinding[] = [];
  const audited: AuditedPolicy[] = [];
  const ordered = [...policies.filter((policy) => !isStackPolicy(policy)), ...policies.filter(isStackPolicy)];
  const levels = new Map(ordered.map((policy) => [policy.name, settingsFor(policy, input.packConfig ?? {})]));
  for (const policy of ordered) {
    const { enforcement, config } = levels.get(policy.name)!;
    if (enforcement === 'disabled') continue;
    if (isStackPolicy(policy)) {
      for (const violation of await evaluateStackPolicy(policy, input.resources, config)) raw.push({ policy, ...violation });
    } else {
      for (const resource of input.resources) {
        for (const message of await evaluatePolicy(policy, resource, config)) raw.push({ policy, message, urn: resource.urn });
      }
    }
  }

  const policyByName = new Map(policies.map((policy) => [policy.name, policy]));
  const toFinding = (policy: EnvcloudPolicy, message: string, urn: string | undefined, waived?: WaivedFinding): AuditFinding => {
    const resource = urn ? byUrn.get(urn) : undefined;
    const system = resource ? systemOf(resource.props) : undefined;
    const enforcement = levels.get(policy.name)!.enforcement;
    return {
      policy: policy.name,
      severity: policy.meta.severity,
      status: waived ? 'waived' : enforcement === 'mandatory' ? 'fail' : 'warn',
      message,
      ...(resource ? { resource: { urn: resource.urn, type: resource.type, name: resource.name } } : {}),
      ...(system ? { system } : {}),
      location: locate(policy, system),
      ...(waived
        ? { waiver: { reason: waived.waiver.reason, owner: waived.waiver.owner, expires: waived.waiver.expires, location: { file: waived.waiver.file, line: waived.waiver.line, column: waived.waiver.column } } }
        : {}),
    };
  };
  const findings: AuditFinding[] = [];
  for (const { policy, message, urn } of raw) {
    // The ledger carries waived findings with their waiver; the policy listing them in `pulumi preview` is not repeated.
    if (policy.name === WAIVED_FINDINGS && message.startsWith('[waived]')) continue;
    const finding = toFinding(policy, message, urn);
    const waiver = ledger.aboutWaiver.get(message);
    findings.push(waiver ? { ...finding, location: { file: waiver.file, line: waiver.line, column: waiver.column } } : finding);
  }
  for (const waived of ledger.waived) findings.push(toFinding(policyByName.get(waived.policy)!, waived.message, waived.urn, waived));

  for (const policy of ordered) {
    const { enforcement } = levels.get(policy.name)!;
    const own = findings.filter((finding) => finding.policy === policy.name);
    const outcome: AuditedPolicy['outcome'] =
      enforcement === 'disabled' ? 'disabled' : own.some((f) => f.status === 'fail') ? 'fail' : own.some((f) => f.status === 'warn') ? 'warn' : own.length > 0 ? 'waived' : 'pass';
    audited.push({ name: policy.name, enforcement, meta: policy.meta, findings: own.length, outcome });
  }
  const count = (status: AuditFinding['status']) => findings.filter((finding) => finding.status === status).length;
  const systems = new Set(input.resources.map((resource) => systemOf(resource.props)?.number).filter((number) => number !== undefined));
  return {
    offline: true,
    stack: input.stack,
    date: today,
    toolVersion: TOOL_VERSION,
    resources: input.resources.length,
    systems: systems.size,
    policies: audited,
    findings,
    summary: { failed: count('fail'), warnings: count('warn'), waived: count('waived'), passed: count('fail') === 0 },
  };
}
