import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import type { SystemMigration } from '../model/domain';
import { catalogEntryArgs, catalogEntrySuffix } from './catalog-entry';
import { identitySlug, systemAnnotations, systemLabels } from './labels';
import { childName, protectedVolume, type SystemComponentArgs } from './system-options';
import { DEFAULT_ARCHIVE_GIB } from '../model/stateful';
import { archiveTier } from '../model/tiers';

/** A record a platform service reads: a ConfigMap in that service's namespace. */
function record(
  name: string,
  namespace: string,
  manifest: SystemMigration,
  suffix: string,
  data: Record<string, string>,
  options: pulumi.CustomResourceOptions,
) {
  return new k8s.core.v1.ConfigMap(
    name,
    {
      metadata: {
        name: childName(manifest, suffix),
        namespace,
        labels: systemLabels(manifest),
        annotations: systemAnnotations(manifest),
      },
      data,
    },
    options,
  );
}

/**
 * Registration with the extranet business portal and/or the internet service portal: one entry, one
 * login page, through the unified identity (digital certificates, rules art. 24).
 */
export class PortalIntegration extends pulumi.ComponentResource {
  constructor(name: string, args: SystemComponentArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:system:PortalIntegration', name, {}, opts);
    const { manifest } = args;
    const { extranetPortal, internetPortal } = manifest.spec.integration;
    if (!extranetPortal.connect && !internetPortal?.connect) {
      throw new pulumi.ResourceError(
        `PortalIntegration: args.manifest (system ${manifest.metadata.number}) connects to no portal`,
        this,
      );
    }
    record(
      `${name}-entry`,
      'portal',
      manifest,
      'portal',
      {
        extranet: String(extranetPortal.connect),
        internet: String(internetPortal?.connect ?? false),
        method: extranetPortal.method ?? 'single-sign-on',
        identity: 'unified-digital-certificate',
      },
      { parent: this, provider: args.provider },
    );
    this.registerOutputs({});
  }
}

/** Onboarding to the environmental information resource center: a storage prefix and the catalog entries. */
export class DataOnboarding extends pulumi.ComponentResource {
  public readonly storagePrefix: string;

  constructor(name: string, args: SystemComponentArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:system:DataOnboarding', name, {}, opts);
    const { manifest } = args;
    if (!manifest.spec.integration.resourceCenter.onboard) {
      throw new pulumi.ResourceError(
        `DataOnboarding: args.manifest (system ${manifest.metadata.number}) does not onboard data`,
        this,
      );
    }
    this.storagePrefix = `systems/${identitySlug(manifest)}/`;
    record(
      `${name}-catalog`,
      'resource-center',
      manifest,
      'catalog',
      {
        storagePrefix: this.storagePrefix,
        method: manifest.spec.integration.resourceCenter.method ?? 'data-exchange',
        'catalog.json': JSON.stringify(manifest.spec.dataResources ?? []),
      },
      { parent: this, provider: args.provider },
    );
    // One entry per data resource, its sharing facts in labels, so the pack judges each (sharing-article-16).
    for (const resource of manifest.spec.dataResources ?? [])
      new k8s.core.v1.ConfigMap(`${name}-${catalogEntrySuffix(resource)}`, catalogEntryArgs(manifest, resource), {
        parent: this,
        provider: args.provider,
      });
    this.registerOutputs({ storagePrefix: this.storagePrefix });
  }
}

/** A site in the ministry website cluster (部网站群): its content volume and its host registration. */
export class WebsiteSite extends pulumi.ComponentResource {
  public readonly domain: string;

  constructor(name: string, args: SystemComponentArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:system:WebsiteSite', name, {}, opts);
    const { manifest } = args;
    const website = manifest.spec.placement?.website;
    if (!website)
      throw new pulumi.ResourceError(
        `WebsiteSite: args.manifest (system ${manifest.metadata.number}) has no placement.website (rule website-has-settings)`,
        this,
      );
    const childOptions = { parent: this, provider: args.provider };
    this.domain = website.domain;
    protectedVolume(
      `${name}-content`,
      {
        name: childName(manifest, 'content'),
        namespace: 'website-cluster',
        labels: systemLabels(manifest),
        annotations: systemAnnotations(manifest),
      },
      manifest.spec.protection.backup.tier,
      website.contentSizeGiB ?? 10,
      childOptions,
    );
    record(`${name}-site`, 'website-cluster', manifest, 'site', { domain: website.domain }, childOptions);
    this.registerOutputs({ domain: this.domain });
  }
}

/**
 * A zombie system taken offline (plan §三(二).5): nothing runs; its data is archived to the resource
 * center first, on a volume that is protected and kept even if the stack is destroyed.
 */
export class DecommissionedSystem extends pulumi.ComponentResource {
  constructor(name: string, args: SystemComponentArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:system:DecommissionedSystem', name, {}, opts);
    const { manifest } = args;
    const archive = manifest.spec.archive;
    if (!archive)
      throw new pulumi.ResourceError(
        `DecommissionedSystem: args.manifest (system ${manifest.metadata.number}) has no archive plan (rule decommission-archives-data)`,
        this,
      );
    if ((manifest.spec.placement?.workloads?.length ?? 0) > 0) {
      throw new pulumi.ResourceError(
        `DecommissionedSystem: args.manifest (system ${manifest.metadata.number}) still declares workloads (rule decommission-runs-nothing)`,
        this,
      );
    }
    const childOptions = { parent: this, provider: args.provider };
    // Archives sit in silver at least (copied to both backup centers), in the system's tier when better.
    const volume = protectedVolume(
      `${name}-archive`,
      {
        name: childName(manifest, 'archive'),
        namespace: 'resource-center',
        labels: systemLabels(manifest),
        annotations: systemAnnotations(manifest),
      },
      archiveTier(manifest.spec.protection.backup.tier),
      archive.sizeGiB ?? DEFAULT_ARCHIVE_GIB,
      childOptions,
    );
    record(
      `${name}-archive-record`,
      'resource-center',
      manifest,
      'archive',
      { destination: archive.destination, retentionYears: String(archive.retentionYears) },
      { ...childOptions, dependsOn: [volume] },
    );
    this.registerOutputs({});
  }
}

/** An internal-use system exempt from integration: nothing is deployed; the decision is recorded as outputs. */
export class ExemptSystem extends pulumi.ComponentResource {
  public readonly reason: string;

  constructor(name: string, args: Pick<SystemComponentArgs, 'manifest'>, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:system:ExemptSystem', name, {}, opts);
    const reason = args.manifest.spec.disposition.reason;
    if (!reason)
      throw new pulumi.ResourceError(
        `ExemptSystem: args.manifest (system ${args.manifest.metadata.number}) gives no reason (rule exempt-gives-reason)`,
        this,
      );
    this.reason = reason;
    this.registerOutputs({ reason, number: args.manifest.metadata.number });
  }
}
