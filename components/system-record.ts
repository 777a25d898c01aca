import * as k8s from '@pulumi/kubernetes';
import type * as pulumi from '@pulumi/pulumi';
import type { DataResource, Exposure, Outcome, SystemMigration } from '../model/domain';
import { LABEL_PREFIX, systemAnnotations, systemLabels } from './labels';
import { childName } from './system-options';

/** The platform's catalog of systems: one record per system, whatever its disposition. */
export const SYSTEM_REGISTRY_NAMESPACE = 'system-registry';
/** Marks a ConfigMap as a system record, so policies can tell it from any other ConfigMap. */
export const RECORD_KIND_LABEL = `${LABEL_PREFIX}/record`;

/**
 * What the platform knows of a system's decisions: the facts the seed rules are about (cloud
 * placement, exposure, sharing, website), readable by the policy pack at deploy time, so a system
 * deployed without `envcloud validate` is still held to the rules.
 */
export interface SystemRecord {
  number: number;
  slug: string;
  outcome: Outcome;
  /** The system's pool, or `none` when it has no cloud placement. */
  pool: string;
  mlpsLevel: number;
  backupTier: string;
  exemptReason?: string;
  /** Zones the system's workloads are exposed in. */
  exposure: Exposure[];
  /** Domain of the system's website, when it has one. */
  website?: string;
  dataResources: Pick<DataResource, 'name' | 'sharing' | 'usage' | 'methods'>[];
  /**
   * The data the system stores (spec.placement): the DR policies fail a system whose stored data no
   * resource of the stack realises with a backup of its tier, so a stack without a data platform
   * cannot pass for one that backs the data up.
   */
  storedData: StoredData;
}

/** A system's declared stored data, as its manifest's placement gives it. */
export interface StoredData {
  database?: { engine: string; sizeGiB: number };
  buckets: { name: string; sizeGiB: number }[];
  volumes: { name: string; sizeGiB: number }[];
}

export function storedDataOf(manifest: SystemMigration): StoredData {
  const placement = manifest.spec.placement;
  const database = placement?.database;
  return {
    ...(database ? { database: { engine: database.engine, sizeGiB: database.sizeGiB } } : {}),
    buckets: (placement?.storage?.object ?? []).map(({ name, sizeGiB }) => ({ name, sizeGiB })),
    volumes: (placement?.storage?.block ?? []).map(({ name, sizeGiB }) => ({ name, sizeGiB })),
  };
}

export function systemRecordOf(manifest: SystemMigration): SystemRecord {
  const { metadata, spec } = manifest;
  const website = spec.placement?.website?.domain;
  return {
    number: metadata.number,
    slug: metadata.slug,
    outcome: spec.disposition.outcome,
    pool: spec.placement?.pool ?? 'none',
    mlpsLevel: spec.protection.mlpsLevel,
    backupTier: spec.protection.backup.tier,
    ...(spec.disposition.reason ? { exemptReason: spec.disposition.reason } : {}),
    exposure: [...new Set((spec.placement?.workloads ?? []).map((workload) => workload.exposure))].sort(),
    ...(website ? { website } : {}),
    dataResources: (spec.dataResources ?? []).map(({ name, sharing, usage, methods }) => ({
      name,
      sharing,
      usage,
      methods,
    })),
    storedData: storedDataOf(manifest),
  };
}

/** ConfigMap data carrying a record: one JSON document, so nothing is lost to string-only values. */
export function recordData(record: SystemRecord): Record<string, string> {
  return { 'record.json': JSON.stringify(record) };
}

/** Reads a record back from a ConfigMap's inputs; undefined when the object is not a system record. */
export function readSystemRecord(props: {
  metadata?: { labels?: Record<string, string> };
  data?: Record<string, string>;
}): SystemRecord | undefined {
  if (props.metadata?.labels?.[RECORD_KIND_LABEL] !== 'system') return undefined;
  const text = props.data?.['record.json'];
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as SystemRecord;
  } catch {
    return undefined;
  }
}

/** The ConfigMap that records a system in the registry. */
export function systemRecordArgs(manifest: SystemMigration) {
  return {
    metadata: {
      name: childName(manifest, 'record'),
      namespace: SYSTEM_REGISTRY_NAMESPACE,
      labels: { ...systemLabels(manifest), [RECORD_KIND_LABEL]: 'system' },
      annotations: systemAnnotations(manifest),
    },
    data: recordData(systemRecordOf(manifest)),
  } satisfies k8s.core.v1.ConfigMapArgs;
}

/** Registers a system's record in the platform's system registry. */
export function registerSystemRecord(
  name: string,
  manifest: SystemMigration,
  options: pulumi.CustomResourceOptions,
): k8s.core.v1.ConfigMap {
  return new k8s.core.v1.ConfigMap(name, systemRecordArgs(manifest), options);
}
