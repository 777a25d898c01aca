import * as k8s from '@pulumi/kubernetes';
import { systemNamespace } from '../../components/migrated-system';
import { deploymentSpec, systemScheduling } from '../../components/workload-spec';
import { evaluatePolicy } from '../../engine/policy-run';
import type { SystemMigration } from '../../model/domain';
import { POOL_NODE_LABEL, poolScheduling, poolTaint } from '../../model/pools';
import { k8sPodsInTheirPool } from '../../policies/mlps/kubernetes-workloads';
import { PG_CLUSTER_TYPE } from '../../policies/dr/declared-data';
import { happyManifest } from '../support/manifests';
import { violationsOf } from './support';

/** The happy fixture kept (not merged) in the nuclear safety pool: a tainted professional pool. */
function inNuclearSafety(): SystemMigration {
  const manifest = structuredClone(happyManifest());
  manifest.spec.disposition = { outcome: 'keep' };
  manifest.spec.placement!.pool = 'nuclear-safety';
  return manifest;
}

/** A Deployment as MigratedSystem renders it, in the system's namespace. */
function deploymentOf(manifest: SystemMigration): k8s.apps.v1.DeploymentArgs & { spec: any } {
  return {
    metadata: { name: 'app', namespace: systemNamespace(manifest) },
    spec: structuredClone(deploymentSpec(manifest, manifest.spec.placement!.workloads![0]!)),
  };
}

/** A CloudNativePG Cluster's scheduling as OnpremSystemData renders it. */
function clusterOf(manifest: SystemMigration, affinity: object = systemScheduling(manifest)) {
  return {
    type: PG_CLUSTER_TYPE,
    name: 'db',
    urn: `urn:pulumi:test::envcloud::${PG_CLUSTER_TYPE}::db`,
    props: { metadata: { name: 'db', namespace: systemNamespace(manifest) }, spec: { instances: 1, affinity } },
  };
}

describe('pools on the nodes (model/pools.ts)', () => {
  it('label every pool and taint the professional ones; pods select the label and tolerate the taint', () => {
    expect(poolTaint('central')).toBeUndefined();
    expect(poolScheduling('central')).toEqual({ nodeSelector: { [POOL_NODE_LABEL]: 'central' }, tolerations: [] });
    expect(poolScheduling('nuclear-safety')).toEqual({
      nodeSelector: { [POOL_NODE_LABEL]: 'nuclear-safety' },
      tolerations: [{ key: POOL_NODE_LABEL, operator: 'Equal', value: 'nuclear-safety', effect: 'NoSchedule' }],
    });
  });

  it("schedule a merged system by its business system's pool, a kept one by its placement", () => {
    const merged = happyManifest(); // merges into pollution-source, in the central pool
    expect(deploymentOf(merged).spec.template.spec.nodeSelector).toEqual({ [POOL_NODE_LABEL]: 'central' });
    expect(deploymentOf(merged).spec.template.spec.tolerations).toBeUndefined();
    const kept = inNuclearSafety();
    expect(systemNamespace(kept)).toBe('pool-nuclear-safety');
    expect(deploymentOf(kept).spec.template.spec).toMatchObject(poolScheduling('nuclear-safety'));
  });
});

describe('k8s-pods-in-their-pool', () => {
  it('passes the Deployments and database clusters the components render, in the central and a professional pool', async () => {
    for (const manifest of [happyManifest(), inNuclearSafety()]) {
      expect(await violationsOf(k8sPodsInTheirPool, k8s.apps.v1.Deployment, deploymentOf(manifest))).toEqual([]);
      expect(await evaluatePolicy(k8sPodsInTheirPool, clusterOf(manifest))).toEqual([]);
    }
  });

  it('fails a Deployment in a pool namespace without the nodeSelector, naming the pool', async () => {
    const args = deploymentOf(inNuclearSafety());
    delete args.spec.template.spec.nodeSelector;
    expect(await violationsOf(k8sPodsInTheirPool, k8s.apps.v1.Deployment, args)).toEqual([
      `its pods run in namespace pool-nuclear-safety of pool \`nuclear-safety\` but select no pool: nodeSelector ${POOL_NODE_LABEL}: nuclear-safety is missing`,
    ]);
  });

  it("fails a Deployment that selects another pool's nodes", async () => {
    const args = deploymentOf(happyManifest());
    args.spec.template.spec.nodeSelector[POOL_NODE_LABEL] = 'satellite-remote-sensing';
    const violations = await violationsOf(k8sPodsInTheirPool, k8s.apps.v1.Deployment, args);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(
      'namespace bs-pollution-source of pool `central` but select pool `satellite-remote-sensing`',
    );
  });

  it("fails a Deployment in a professional pool that does not tolerate the pool's taint", async () => {
    const args = deploymentOf(inNuclearSafety());
    delete args.spec.template.spec.tolerations;
    expect(await violationsOf(k8sPodsInTheirPool, k8s.apps.v1.Deployment, args)).toEqual([
      expect.stringContaining(`do not tolerate the taint ${POOL_NODE_LABEL}=nuclear-safety:NoSchedule`),
    ]);
  });

  it('fails a database Cluster without the affinity, and leaves namespaces outside the platform alone', async () => {
    const manifest = inNuclearSafety();
    expect(await evaluatePolicy(k8sPodsInTheirPool, clusterOf(manifest, {}))).toHaveLength(2);
    const operator = deploymentOf(manifest);
    delete operator.spec.template.spec.nodeSelector;
    (operator.metadata as { namespace: string }).namespace = 'cnpg-system';
    expect(await violationsOf(k8sPodsInTheirPool, k8s.apps.v1.Deployment, operator)).toEqual([]);
  });
});
