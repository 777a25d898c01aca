import { join } from 'node:path';
import * as pulumi from '@pulumi/pulumi';
import { installRecordingMocks } from '../../engine/mocks';
import { runStackOffline, type OfflineRun } from '../../engine/offline';
import { auditRun } from '../audit/support';
import { graphDepth, planJson, summarize, toPlan, type Plan } from '../../engine/plan';
import { checkKubernetesObject, isKubernetesResource, toKubernetesObject } from '../../engine/render';
import { baselineNamespaces } from '../../components/cluster-baseline';
import { systemNamespace } from '../../components/migrated-system';
import { MIGRATING_OUTCOMES } from '../../model/domain';
import { formatAuditText } from '../../audit/format/text';
import { ALL_POLICIES } from '../../policies/all';

const root = join(__dirname, '../..');
const SYSTEM = 'envcloud.mee.gov.cn/system';

function ofSystem(plan: Plan, slug: string) {
  return plan.resources.filter((resource) => ((resource.inputs.metadata as { labels?: Record<string, string> } | undefined)?.labels ?? {})[SYSTEM] === slug);
}

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
    expect(summary.byType['kubernetes:storage.k8s.io/v1:StorageClass']).toBe(3 * 4);
    expect(summary.byType['pulumi:providers:kubernetes']).toBe(3);
    expect(Object.keys(summary.byCenter).sort()).toEqual(['(component)', 'primary', 'remote', 'same-city']);
  });

  it('gives every namespace restricted pod security and a default-deny policy', () => {
    const namespaces = plan.resources.filter((resource) => resource.type === 'kubernetes:core/v1:Namespace');
    for (const namespace of namespaces) {
      expect((namespace.inputs.metadata as { labels: Record<string, string> }).labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    }
    const denies = plan.resources.filter((resource) => resource.type.endsWith('NetworkPolicy') && (resource.inputs.metadata as { name: string }).name === 'default-deny');
    expect(denies).toHaveLength(namespaces.length);
  });

  it('lands every migrating system in its pool namespace, or its business system namespace when merged', () => {
    const migrating = run.systems.filter((manifest) => MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome));
    expect(migrating.length).toBe(119);
    for (const manifest of migrating) {
      const deployments = ofSystem(plan, manifest.metadata.slug).filter((resource) => resource.type === 'kubernetes:apps/v1:Deployment');
      expect(deployments).toHaveLength(manifest.spec.placement!.workloads!.length);
      const expected = manifest.spec.disposition.outcome === 'merge' ? `bs-${manifest.spec.disposition.businessSystem}` : `pool-${manifest.spec.placement!.pool}`;
      expect(systemNamespace(manifest)).toBe(expected);
      for (const deployment of deployments) expect((deployment.inputs.metadata as { namespace: string }).namespace).toBe(expected);
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
    for (const component of exempt) expect(plan.resources.filter((resource) => resource.parent === component.urn)).toEqual([]);
  });

  it('protects every stateful resource and keeps it on delete', () => {
    const stateful = plan.resources.filter((resource) => resource.type === 'kubernetes:core/v1:PersistentVolumeClaim');
    expect(stateful.length).toBeGreaterThan(0);
    for (const resource of stateful) expect(resource).toMatchObject({ protect: true, retainOnDelete: true });
  });

  describe('its audit (policies evaluated in-process)', () => {
    let report: Awaited<ReturnType<typeof auditRun>>;
    beforeAll(async () => {
      report = await auditRun(root, run);
    }, 120000);

    it('calls every AWS policy not applicable, never passed: the stack has no AWS resource', () => {
      const aws = ALL_POLICIES.filter((policy) => 'types' in policy.meta.judges && policy.meta.judges.types.every((type) => type.startsWith('aws:')));
      expect(aws.length).toBeGreaterThanOrEqual(15);
      for (const policy of aws) expect(report.policies.find((audited) => audited.name === policy.name)).toMatchObject({ status: 'not-applicable', notApplicable: expect.stringContaining('nothing to judge') });
    });

    it('fails each system whose declared stored data no resource holds (no on-premises data platform yet), in both DR policies', () => {
      const declaring = run.systems.filter((manifest) => MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome) && (manifest.spec.placement?.database || manifest.spec.placement?.storage?.object?.length));
      expect(declaring.length).toBeGreaterThan(100);
      for (const policy of ['stateful-in-backup-plan', 'dr-tier-realised']) {
        const failed = report.findings.filter((finding) => finding.policy === policy && finding.status === 'fail');
        expect(failed.map((finding) => finding.system!.number).sort((a, b) => a - b)).toEqual(declaring.map((manifest) => manifest.metadata.number).sort((a, b) => a - b));
        expect(failed[0]!.location.file).toMatch(/^manifests\/s\d{3}-/);
      }
      // Nothing else fails, and the verdict says so.
      expect(new Set(report.findings.map((finding) => `${finding.policy} ${finding.status}`))).toEqual(new Set(['stateful-in-backup-plan fail', 'dr-tier-realised fail']));
      expect(report.summary).toMatchObject({ verdict: 'failed', passed: false });
    });

    it('says in the summary line how many policies passed, did not apply and failed', () => {
      const { policies } = report.summary;
      expect(policies.pass + policies['not-applicable'] + policies.fail + policies.waived).toBe(report.policies.length);
      expect(policies.fail).toBe(2);
      const line = formatAuditText(report, 'en').trim().split('\n').pop();
      expect(line).toBe(
        `${report.policies.length} policies over ${report.resources} resources (182 systems): ${policies.pass} passed, ${policies['not-applicable']} not applicable, 2 failed, 0 waived; findings: ${report.summary.failed} failed, 0 advisory, 0 waived — FAILED`,
      );
    });
  });

  it('renders Kubernetes objects that pass the Kubernetes schemas offline', () => {
    const kubernetes = plan.resources.filter((resource) => isKubernetesResource(resource.type));
    // Everything but the envcloud components and the three providers is a Kubernetes object.
    const others = plan.resources.filter((resource) => resource.type.startsWith('envcloud:') || resource.type.startsWith('pulumi:providers:'));
    expect(kubernetes.length).toBe(plan.resources.length - others.length);
    const objects = kubernetes.map((resource) => toKubernetesObject(resource.inputs));
    expect(objects.flatMap(checkKubernetesObject)).toEqual([]);
    expect(checkKubernetesObject({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 'two' } })[0]).toContain('replicas');
  });

  it('keeps the deploy graph as deep for one system of each kind as for all 182 (systems do not depend on each other)', async () => {
    const oneOfEach = run.systems.filter((manifest, index, all) => all.findIndex((other) => other.spec.disposition.outcome === manifest.spec.disposition.outcome) === index);
    expect(oneOfEach).toHaveLength(9);
    const few = await runStackOffline(root, 'onprem', { manifests: oneOfEach });
    expect(graphDepth(toPlan('onprem', few.registrations).resources)).toBe(graphDepth(plan.resources));
    expect(few.registrations.length).toBeLessThan(run.registrations.length);
  }, 120000);

  it('refuses a stack whose pools cannot hold its systems, before registering anything', async () => {
    const all = run.systems;
    const tiny = await runStackOffline(root, 'onprem', { manifests: all.map((manifest) => structuredClone(manifest)).map((manifest) => {
      if (manifest.spec.placement?.workloads?.[0]) manifest.spec.placement.workloads[0].replicas = 100;
      return manifest;
    }) }).then(() => 'deployed', (error: Error) => error.message);
    expect(tiny).toMatch(/pool `central` is over capacity: [\d.]+ cores requested, 512 available/);
  });
});

describe('the shared mocks', () => {
  it('throw on a provider call nobody mocked, and answer the ones a test mocks', async () => {
    const mocks = await installRecordingMocks('envcloud', 'test', { calls: { 'test:index:known': () => ({ answer: 42 }) } });
    await expect(pulumi.runtime.invoke('test:index:unknown', {})).rejects.toBeDefined();
    expect(mocks.unmockedCalls).toEqual(['test:index:unknown']);
    await expect(pulumi.runtime.invoke('test:index:known', {})).resolves.toMatchObject({ answer: 42 });
    expect(mocks.unmockedCalls).toHaveLength(1);
  });
});

describe('bad stack config', () => {
  it('fails before anything is registered, naming the key', async () => {
    await expect(runStackOffline(root, 'nosuch')).rejects.toThrow('Pulumi.nosuch.yaml:1:1');
  });

});
