import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackConfig } from '../../audit/load-settings';
import { auditResources } from '../../audit/run';
import type { OfflineRun } from '../../engine/offline';
import { toPlan } from '../../engine/plan';
import { packRuleNames } from '../../policies/pack';
import { loadWaivers } from '../../policies/waivers/load';
import type { ManifestEntry } from '../../validation/rules';
import { systemRecordArgs } from '../../components/system-record';
import type { PlannedResource } from '../../engine/policy-run';
import type { SystemMigration } from '../../model/domain';
import type { Waiver } from '../../policies/waivers/load';
import { clone, entryOf, happyManifest } from '../support/manifests';

/** A system whose record fails `cloud-is-the-norm`: it keeps running but has no placement. */
export function unplacedSystem(): SystemMigration {
  const manifest = clone(happyManifest());
  delete manifest.spec.placement;
  // Nothing placed, nothing to back up: keeps the DR policies out of these tests.
  manifest.spec.protection.backup = { tier: 'none' };
  return manifest;
}

/** The record the platform registers for a system, in stack `stack`. */
export function recordResource(manifest: SystemMigration, stack = 'prod'): PlannedResource {
  const name = systemRecordArgs(manifest).metadata.name;
  const type = 'kubernetes:core/v1:ConfigMap';
  return {
    type,
    name,
    urn: `urn:pulumi:${stack}::envcloud::${type}::${name}`,
    props: systemRecordArgs(manifest),
  };
}

/** The failing system, its record, and its manifest entry (so findings carry file positions). */
export function failingInput(stack = 'prod') {
  const manifest = unplacedSystem();
  return {
    stack,
    resources: [recordResource(manifest, stack)],
    entries: [entryOf(manifest, 'manifests/s900-test.yaml')],
    today: '2026-11-22',
  };
}

export function waiver(fields: Partial<Waiver> = {}): Waiver {
  return {
    rule: 'cloud-is-the-norm',
    system: 900,
    reason: 'Placement is decided in the next wave (ticket 42).',
    owner: '信息中心 <ops@envcloud.mee.gov.cn>',
    expires: '2026-12-31',
    file: 'policies/waivers.yaml',
    line: 8,
    column: 5,
    ...fields,
  };
}

/** Audits an offline run the way `envcloud audit` does, with the shipped waivers and pack config. */
export async function auditRun(root: string, run: OfflineRun, entries: readonly ManifestEntry[] = run.entries) {
  const rules = packRuleNames();
  return auditResources({
    stack: run.stack,
    resources: toPlan(run.stack, run.registrations).resources.map((resource) => ({
      ...resource,
      props: resource.inputs,
    })),
    entries,
    waivers: loadWaivers(join(root, 'policies/waivers.yaml'), rules, 'policies/waivers.yaml'),
    packConfig: loadPackConfig(join(root, 'policies/config.json'), rules, true),
    today: '2026-11-22',
    stackFileText: readFileSync(join(root, `Pulumi.${run.stack}.yaml`), 'utf8'),
  });
}
