import { join } from 'node:path';
import * as pulumi from '@pulumi/pulumi';
import { installRecordingMocks } from '../../engine/mocks';
import { runStackOffline, type OfflineRun } from '../../engine/offline';
import { graphDepth, planJson, summarize, toPlan, type Plan } from '../../engine/plan';
import {
  checkCustomResource,
  checkKubernetesObject,
  isKubernetesResource,
  toKubernetesObject,
} from '../../engine/render';
import { STATEFUL_TYPES } from '../../model/stateful';
import { baselineNamespaces } from '../../components/cluster-baseline';
import { systemNamespace } from '../../components/migrated-system';
import { MIGRATING_OUTCOMES } from '../../model/domain';
import { ofSystem } from './support';
import { namespacePool } from '../../components/cluster-baseline';
import { POOL_NODE_LABEL, poolScheduling } from '../../model/pools';
import { cpuCores, memoryGiB } from '../../model/quantity';
import { grantObjectUserArgs } from '../../components/grant-credentials';
import { happyManifest } from '../support/manifests';

const root = join(__dirname, '../..');

describe('the onprem stack, run offline under mocks', () => {
  let run: OfflineRun;
  let plan: Plan;
  beforeAll(async () => {
    run = await runStackOffline(root, 'onprem');
    plan = toPlan('onprem', run.registrations);
  }, 120000);

  it('streams plan.json exactly as one JSON.stringify would write it, empty plans too', () => {
    expect([...planJson(plan)].join('')).toBe(`${JSON.stringify(plan, null, 2)}\n`);
    const empty: Plan = { offline: true, stack: 'onprem', resources: [] };
    expect([...planJson(empty)].join('')).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });

  it('builds the baseline on each of the three centers', () => {
    const summary = summarize(plan);
    const perCenter = baselineNamespaces().length;
    expect(summary.byType['kubernetes:core/v1:Namespace']).toBe(3 * perCenter);
    expect(summary.byType['kubernetes:core/v1:ResourceQuota']).toBe(3 * perCenter);
    // Four volume classes (one per tier) and the bucket class, in each center.
    expect(summary.byType['kubernetes:storage.k8s.io/v1:StorageClass']).toBe(3 * 5);
    expect(summary.byType['pulumi:providers:kubernetes']).toBe(3);
    expect(Object.keys(summary.byCenter).sort()).toEqual(['(component)', 'primary', 'remote', 'same-city']);
  });

  it('gives every namespace restricted pod security and a default-deny policy', () => {
    const namespaces = plan.resources.filter((resource) => resource.type === 'kubernetes:core/v1:Namespace');
    for (const namespace of namespaces) {
      expect(
        (namespace.inputs.metadata as { labels: Record<string, string> }).labels['pod-security.kubernetes.io/enforce'],
      ).toBe('restricted');
    }
    const denies = plan.resources.filter(
      (resource) =>
        resource.type.endsWith('NetworkPolicy') &&
        (resource.inputs.metadata as { name: string }).name === 'default-deny',
    );
    expect(denies).toHaveLength(namespaces.length);
  });

  it('lands every migrating system in its pool namespace, or its business system namespace when merged', () => {
    const migrating = run.systems.filter((manifest) => MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome));
    expect(migrating.length).toBe(119);
    for (const manifest of migrating) {
      const deployments = ofSystem(plan, manifest.metadata.slug).filter(
        (resource) => resource.type === 'kubernetes:apps/v1:Deployment',
      );
      expect(deployments).toHaveLength(manifest.spec.placement!.workloads!.length);
      const expected =
        manifest.spec.disposition.outcome === 'merge'
          ? `bs-${manifest.spec.disposition.businessSystem}`
          : `pool-${manifest.spec.placement!.pool}`;
      expect(systemNamespace(manifest)).toBe(expected);
      for (const deployment of deployments)
        expect((deployment.inputs.metadata as { namespace: string }).namespace).toBe(expected);
    }
  });

  it('runs nothing for decommissioned systems but keeps their data in a protected archive', () => {
    const retired = run.systems.filter((manifest) => manifest.spec.disposition.outcome === 'decommission');
    expect(retired).toHaveLength(9);
    for (const manifest of retired) {
      const resources = ofSystem(plan, manifest.metadata.slug);
      expect(resources.filter((resource) => /Deployment|Service|StatefulSet/.test(resource.type))).toEqual([]);
      const archive = resources.find((resource) => resource.type === 'kubernetes:core/v1:PersistentVolumeClaim');
      expect(archive).toMatchObject({ protect: true, retainOnDelete: true });
      expect((archive!.inputs.metadata as { namespace: string }).namespace).toBe('resource-center');
    }
  });

  it('deploys nothing for exempt systems and records them', () => {
    const exempt = plan.resources.filter((resource) => resource.type === 'envcloud:system:ExemptSystem');
    expect(exempt).toHaveLength(32);
    for (const component of exempt)
      expect(plan.resources.filter((resource) => resource.parent === component.urn)).toEqual([]);
  });

  it('protects every stateful resource and keeps it on delete', () => {
    const stateful = plan.resources.filter((resource) => resource.type === 'kubernetes:core/v1:PersistentVolumeClaim');
    expect(stateful.length).toBeGreaterThan(0);
    for (const resource of stateful) expect(resource).toMatchObject({ protect: true, retainOnDelete: true });
  });

  it('renders Kubernetes objects that pass the Kubernetes schemas offline', () => {
    const kubernetes = plan.resources.filter((resource) => isKubernetesResource(resource.type));
    // Everything but the envcloud components, the providers and the buckets' versioning (set over S3) is a Kubernetes object.
    const others = plan.resources.filter(
      (resource) =>
        resource.type.startsWith('envcloud:') ||
        resource.type.startsWith('pulumi:providers:') ||
        resource.type === 'aws:s3/bucketVersioning:BucketVersioning',
    );
    expect(kubernetes.length).toBe(plan.resources.length - others.length);
    const objects = kubernetes.map((resource) => toKubernetesObject(resource.inputs));
    expect(objects.flatMap(checkKubernetesObject)).toEqual([]);
    expect(
      checkKubernetesObject({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'x' },
        spec: { replicas: 'two' },
      })[0],
    ).toContain('replicas');
  });

  it("checks the operators' custom resources against their vendored CRDs: a malformed one fails", () => {
    const objects = plan.resources
      .filter((resource) =>
        /^kubernetes:(postgresql\.cnpg\.io|velero\.io|ceph\.rook\.io|objectbucket\.io)\//.test(resource.type),
      )
      .map((resource) => toKubernetesObject(resource.inputs));
    // Besides one CephObjectStoreUser per live grant (today sr-2026-001's, until 2027-03-10; issue #13 §2).
    const kinds = new Set(objects.map((object) => object.kind));
    kinds.delete('CephObjectStoreUser');
    expect(kinds).toEqual(
      new Set([
        'Cluster',
        'ScheduledBackup',
        'ObjectBucketClaim',
        'CephObjectStore',
        'CephObjectZone',
        'CephObjectZoneGroup',
        'CephObjectRealm',
        'BackupStorageLocation',
        'Schedule',
      ]),
    );
    for (const object of objects) expect(checkCustomResource(object)).toEqual([]);
    // Start from a rendered database cluster and break one field at a time.
    const cluster = objects.find((object) => object.kind === 'Cluster')!;
    const broken = (change: (spec: Record<string, any>) => void) => {
      const copy = JSON.parse(JSON.stringify(cluster)) as typeof cluster;
      change(copy.spec as Record<string, any>);
      return checkKubernetesObject(copy);
    };
    expect(
      broken((spec) => {
        spec.instances = 'three';
      }),
    ).toEqual([expect.stringContaining('/spec/instances must be integer')]);
    expect(
      broken((spec) => {
        spec.storage.storageClas = spec.storage.storageClass;
      }),
    ).toEqual([expect.stringContaining('/spec/storage must NOT have additional properties `storageClas`')]);
    expect(
      broken((spec) => {
        delete spec.instances;
      }),
    ).toEqual([expect.stringContaining("must have required property 'instances'")]);
    // A grant's RGW user (issue #13 §2): its quotas as Rook's CRD types them, null allowed where it says nullable.
    const user = grantObjectUserArgs(happyManifest({ number: 181 }), {
      id: 'sr-2026-001',
      consumer: happyManifest({ number: 49 }),
      live: true,
      paths: [],
    });
    expect(checkCustomResource(user)).toEqual([]);
    const spec = user.spec;
    expect(checkKubernetesObject({ ...user, spec: { ...spec, quotas: { maxBuckets: 'none' } } })).toEqual([
      expect.stringContaining('/spec/quotas/maxBuckets must be integer'),
    ]);
    expect(checkCustomResource({ ...user, spec: { ...spec, quotas: { maxSize: null } } })).toEqual([]);
    const schedule = objects.find((object) => object.kind === 'Schedule')!;
    expect(checkKubernetesObject({ ...schedule, spec: { template: {} } })).toEqual([
      expect.stringContaining("must have required property 'schedule'"),
    ]);
  });

  it("holds each system's database and buckets in the right centers, and backs them up there", () => {
    const center = (resource: Plan['resources'][number]) =>
      /^(primary|same-city|remote)-k8s$/.exec(resource.provider?.split('::').pop() ?? '')?.[1];
    const count = (type: string) => {
      const counts: Record<string, number> = {};
      for (const resource of plan.resources.filter((candidate) => candidate.type === type))
        counts[center(resource)!] = (counts[center(resource)!] ?? 0) + 1;
      return counts;
    };
    const withDatabase = run.systems.filter(
      (manifest) => MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome) && manifest.spec.placement?.database,
    );
    const byTier = (tier: string) =>
      withDatabase.filter((manifest) => manifest.spec.protection.backup.tier === tier).length;
    // Every database's primary cluster in the primary center; silver replicas in the remote center, gold ones in both others.
    expect(count('kubernetes:postgresql.cnpg.io/v1:Cluster')).toEqual({
      primary: withDatabase.length,
      remote: byTier('silver') + byTier('gold'),
      'same-city': byTier('gold'),
    });
    expect(count('kubernetes:postgresql.cnpg.io/v1:ScheduledBackup')).toEqual(
      count('kubernetes:postgresql.cnpg.io/v1:Cluster'),
    );
    // The preview's summary counts them by kind and center the same way.
    for (const type of ['kubernetes:postgresql.cnpg.io/v1:Cluster', 'kubernetes:velero.io/v1:Schedule'])
      expect(summarize(plan).byTypeAndCenter[type]).toEqual(count(type));
    const buckets = run.systems
      .filter((manifest) => MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome))
      .flatMap((manifest) => manifest.spec.placement?.storage?.object ?? []).length;
    // A system's buckets, plus each center's backup bucket.
    expect(count('kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim')).toEqual({
      primary: buckets + 1,
      'same-city': 1,
      remote: 1,
    });
    expect(count('kubernetes:velero.io/v1:BackupStorageLocation')).toEqual({ primary: 3, 'same-city': 3, remote: 3 });
    // Velero in the primary: gold and silver to the primary, same-city and remote; bronze to the primary and remote; the restore test.
    expect(count('kubernetes:velero.io/v1:Schedule')).toEqual({ primary: 3 + 3 + 2 + 1 });
    for (const type of STATEFUL_TYPES.filter(
      (candidate) => candidate.startsWith('kubernetes:') && candidate.includes('.io/'),
    )) {
      const held = plan.resources.filter((resource) => resource.type === type);
      expect(held.length).toBeGreaterThan(0);
      for (const resource of held) expect(resource).toMatchObject({ protect: true, retainOnDelete: true });
    }
  });

  it("runs every workload and database pod on its pool's nodes, inside its namespace's quota", () => {
    const inputs = (resource: Plan['resources'][number]) => resource.inputs as Record<string, any>;
    const inPrimary = (resource: Plan['resources'][number]) => resource.provider?.split('::').pop() === 'primary-k8s';
    const requested = new Map<string, { cpu: number; memoryGiB: number; storageGiB: number }>();
    const add = (namespace: string, cpu: number, memory: number, storage: number) => {
      const sum = requested.get(namespace) ?? { cpu: 0, memoryGiB: 0, storageGiB: 0 };
      requested.set(namespace, {
        cpu: sum.cpu + cpu,
        memoryGiB: sum.memoryGiB + memory,
        storageGiB: sum.storageGiB + storage,
      });
    };
    for (const resource of plan.resources.filter(inPrimary)) {
      const { metadata, spec } = inputs(resource);
      if (resource.type === 'kubernetes:apps/v1:Deployment') {
        expect(spec.template.spec.nodeSelector).toEqual({ [POOL_NODE_LABEL]: namespacePool(metadata.namespace) });
        const { requests } = spec.template.spec.containers[0].resources;
        add(metadata.namespace, spec.replicas * cpuCores(requests.cpu), spec.replicas * memoryGiB(requests.memory), 0);
      } else if (resource.type === 'kubernetes:postgresql.cnpg.io/v1:Cluster') {
        const { nodeSelector, tolerations } = poolScheduling(namespacePool(metadata.namespace));
        expect(spec.affinity.nodeSelector).toEqual(nodeSelector);
        expect(spec.affinity.tolerations ?? []).toEqual(tolerations);
        const { requests } = spec.resources;
        add(
          metadata.namespace,
          spec.instances * cpuCores(requests.cpu),
          spec.instances * memoryGiB(requests.memory),
          spec.instances * Number.parseInt(spec.storage.size, 10),
        );
      }
    }
    expect(requested.size).toBeGreaterThan(4);
    for (const [namespace, sum] of requested) {
      const quota = plan.resources.find(
        (resource) =>
          inPrimary(resource) &&
          resource.type === 'kubernetes:core/v1:ResourceQuota' &&
          inputs(resource).metadata.namespace === namespace,
      )!;
      const hard = inputs(quota).spec.hard;
      expect(Number(hard['requests.cpu'])).toBeGreaterThanOrEqual(sum.cpu);
      expect(memoryGiB(hard['requests.memory'])).toBeGreaterThanOrEqual(sum.memoryGiB);
      expect(memoryGiB(hard['requests.storage'])).toBeGreaterThanOrEqual(sum.storageGiB);
    }
  });

  it('keeps the deploy graph as deep for one system of each kind as for all 182 (systems do not depend on each other)', async () => {
    const oneOfEach = run.systems.filter(
      (manifest, index, all) =>
        all.findIndex((other) => other.spec.disposition.outcome === manifest.spec.disposition.outcome) === index,
    );
    expect(oneOfEach).toHaveLength(9);
    const few = await runStackOffline(root, 'onprem', { manifests: oneOfEach });
    expect(graphDepth(toPlan('onprem', few.registrations).resources)).toBe(graphDepth(plan.resources));
    expect(few.registrations.length).toBeLessThan(run.registrations.length);
  }, 120000);

  it('refuses a stack whose pools cannot hold its systems, before registering anything', async () => {
    const all = run.systems;
    const tiny = await runStackOffline(root, 'onprem', {
      manifests: all
        .map((manifest) => structuredClone(manifest))
        .map((manifest) => {
          if (manifest.spec.placement?.workloads?.[0]) manifest.spec.placement.workloads[0].replicas = 100;
          return manifest;
        }),
    }).then(
      () => 'deployed',
      (error: Error) => error.message,
    );
    expect(tiny).toMatch(/pool `central` is over capacity: [\d.]+ cores requested, 512 available/);
  });
});

describe('the shared mocks', () => {
  it('throw on a provider call nobody mocked, and answer the ones a test mocks', async () => {
    const mocks = await installRecordingMocks('envcloud', 'test', {
      calls: { 'test:index:known': () => ({ answer: 42 }) },
    });
    await expect(pulumi.runtime.invoke('test:index:unknown', {})).rejects.toBeDefined();
    expect(mocks.unmockedCalls).toEqual(['test:index:unknown']);
    await expect(pulumi.runtime.invoke('test:index:known', {})).resolves.toMatchObject({ answer: 42 });
    expect(mocks.unmockedCalls).toHaveLength(1);
  });
});

describe('bad stack config', () => {
  it('fails before anything is registered, naming the key', async () => {
    await expect(runStackOffline(root, 'nosuch')).rejects.toThrow(
      'unknown stack `nosuch`: there is no Pulumi.nosuch.yaml in this project',
    );
  });
});
