import { dirname, resolve } from 'node:path';
import { runStackOffline, type OfflineRun } from '../engine/offline';
import { toPlan, type Plan } from '../engine/plan';
import { packRuleNames } from '../policies/pack';
import { loadWaivers, projectStacks } from '../policies/waivers/load';
import { loadPackConfig } from './load-settings';
import type { AuditReport } from './model';
import { auditResources } from './run';
import { msg, type Message } from '../document/i18n';
import { todayInChina } from '../model/calendar';

export const DEFAULT_WAIVERS = 'policies/waivers.yaml';
export const DEFAULT_PACK_CONFIG = 'policies/config.json';

export interface StackAuditOptions {
  stack: string;
  /** Waiver file, relative to the working folder. Default: policies/waivers.yaml. */
  waivers?: string;
  /** Pack config; when given it must exist. Default: policies/config.json when present. */
  policyConfig?: string;
  /** Manifest folder. Default: manifests. */
  manifests?: string;
  /** Day the plan is made for (grants live on it) and waivers are judged on (YYYY-MM-DD). Default: today. */
  asOf?: string;
  onStep?: (label: Message) => void;
}

/** What an audit needs besides the run, read before the run so a bad waiver file or pack config fails fast. */
export interface AuditInputs {
  waivers: ReturnType<typeof loadWaivers>;
  packConfig: ReturnType<typeof loadPackConfig>;
}

export function loadAuditInputs(
  root: string,
  options: Pick<StackAuditOptions, 'waivers' | 'policyConfig'>,
): AuditInputs {
  const rules = packRuleNames();
  const waiverFile = options.waivers ?? DEFAULT_WAIVERS;
  return {
    // The stacks a waiver may name: this project's, and those of the project the waiver file belongs to
    // (a shared waiver file, such as the repository's given to a copy of the project, names its stacks).
    waivers: loadWaivers(
      resolve(root, waiverFile),
      rules,
      waiverFile,
      [...new Set([...projectStacks(root), ...projectStacks(dirname(dirname(resolve(root, waiverFile))))])],
      options.waivers !== undefined,
    ),
    packConfig: loadPackConfig(
      resolve(root, options.policyConfig ?? DEFAULT_PACK_CONFIG),
      rules,
      options.policyConfig !== undefined,
    ),
  };
}

/**
 * Audits a run that already happened: `preview --audit` and `report --stack` judge the run they made,
 * never a second one. `plan` is the run's plan when the caller has made it already (toPlan of the run).
 */
export async function auditOfRun(
  run: OfflineRun,
  inputs: AuditInputs,
  options: Pick<StackAuditOptions, 'asOf'> & { plan?: Plan } = {},
): Promise<AuditReport> {
  const plan = options.plan ?? toPlan(run.stack, run.registrations);
  // The plan's day: `--as-of`, else the stack's `envcloud:asOf` the run planned for, else today in China.
  const day = options.asOf ?? run.stackFile.platform.asOf;
  return auditResources({
    stack: run.stack,
    resources: plan.resources.map((resource) => ({
      ...resource,
      props: resource.inputs,
    })),
    entries: run.entries,
    waivers: inputs.waivers,
    packConfig: inputs.packConfig,
    ...(day ? { today: day } : {}),
    waiverDay: waiverDay(day),
    stackFileText: run.stackFile.text,
  });
}

/**
 * The day waivers are judged on: the audit's day, or today in China when that is later. The real pack
 * judges them on today (policies/index.ts), and a stack's `envcloud:asOf` or `--as-of` in the past gave
 * an expired waiver back its power to hide findings: PASSED offline where `pulumi preview` fails.
 */
export function waiverDay(day: string | undefined, now: Date = new Date()): string {
  const today = todayInChina(now);
  return day !== undefined && day > today ? day : today;
}

/** Runs a stack offline and audits it with the pack, the waivers and the pack config: what `envcloud audit` does. */
export async function auditStack(
  root: string,
  options: StackAuditOptions,
): Promise<{ run: OfflineRun; report: AuditReport }> {
  const step = options.onStep ?? (() => undefined);
  const inputs = loadAuditInputs(root, options);
  const run = await runStackOffline(root, options.stack, {
    manifestsDir: options.manifests ?? 'manifests',
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  step(msg('progress.ran-offline', { stack: options.stack }));
  const report = await auditOfRun(run, inputs, options);
  step(msg('progress.audited'));
  return { run, report };
}
