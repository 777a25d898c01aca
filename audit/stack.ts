import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runStackOffline, type OfflineRun } from '../engine/offline';
import { toPlan } from '../engine/plan';
import { packRuleNames } from '../policies/pack';
import { loadWaivers, projectStacks } from '../policies/waivers/load';
import { loadPackConfig } from './load-settings';
import type { AuditReport } from './model';
import { auditResources } from './run';

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
  /** Day waivers are judged on (YYYY-MM-DD). Default: today. */
  asOf?: string;
  onStep?: (label: string) => void;
}

/** Runs a stack offline and audits it with the pack, the waivers and the pack config: what `envcloud audit` does. */
export async function auditStack(root: string, options: StackAuditOptions): Promise<{ run: OfflineRun; report: AuditReport }> {
  const step = options.onStep ?? (() => undefined);
  const rules = packRuleNames();
  const waiverFile = options.waivers ?? DEFAULT_WAIVERS;
  const waivers = loadWaivers(resolve(root, waiverFile), rules, waiverFile, projectStacks(root));
  const packConfig = loadPackConfig(resolve(root, options.policyConfig ?? DEFAULT_PACK_CONFIG), rules, options.policyConfig !== undefined);
  const run = await runStackOffline(root, options.stack, { manifestsDir: options.manifests ?? 'manifests' });
  step(`ran stack ${options.stack} offline`);
  const report = await auditResources({
    stack: options.stack,
    resources: toPlan(options.stack, run.registrations).resources.map((resource) => ({ ...resource, props: resource.inputs })),
    entries: run.entries,
    waivers,
    packConfig,
    ...(options.asOf ? { today: options.asOf } : {}),
    stackFileText: readFileSync(resolve(root, `Pulumi.${options.stack}.yaml`), 'utf8'),
  });
  step('evaluated the policy pack');
  return { run, report };
}
