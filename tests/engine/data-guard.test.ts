import { join } from 'node:path';
import { systemSlugOf } from '../../components/resource-facts';
import { diffPlans } from '../../engine/diff';
import { runStackOffline } from '../../engine/offline';
import { toPlan, type Plan } from '../../engine/plan';
import type { SystemMigration } from '../../model/domain';
import { STATEFUL_TYPES } from '../../model/stateful';
import { validatePaths } from '../../validation/validate';
import { happyManifest, ruleFindings } from '../support/manifests';
import { onpremPlanWith } from '../support/operator-stack';

const root = join(__dirname, '../..');

/**
 * A deep copy made in this realm: jest's `structuredClone` answers with arrays of another realm, which
 * Pulumi's serializer (`instanceof Array`) would send as objects.
 */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** What a unit does to take a zombie system offline: no workloads, no database, the data archived. */
function decommission(manifest: SystemMigration): SystemMigration {
  const next = clone(manifest);
  next.spec.disposition = { outcome: 'decommission', annex1Recommendation: next.spec.disposition.annex1Recommendation };
  next.spec.integration.zombie = true;
  next.spec.archive = { destination: 'resource-center', retentionYears: 30 };
  next.spec.placement = { pool: next.spec.placement!.pool };
  return next;
}

function rename(manifest: SystemMigration, slug: string): SystemMigration {
  const next = clone(manifest);
  next.metadata.previousSlugs = [manifest.metadata.slug];
  next.metadata.slug = slug;
  return next;
}

const planOf = async (manifests: SystemMigration[]): Promise<Plan> =>
  toPlan('prod', (await runStackOffline(root, 'prod', { manifests })).registrations);

const stateful = (plan: Plan, system?: string) =>
  plan.resources.filter(
    (resource) =>
      STATEFUL_TYPES.includes(resource.type) && (system === undefined || systemSlugOf(resource.inputs) === system),
  );

describe('data-loss guards on the prod program (offline: plans under mocks, compared plan against plan)', () => {
  let systems: SystemMigration[];
  let target: SystemMigration;
  let baseline: Plan;

  beforeAll(async () => {
    const report = await validatePaths(['manifests'], { cwd: root });
    const all = report.manifests.map((entry) => entry.manifest);
    // A system with a database and object storage, each replicated to the remote center: the most data to lose.
    target = all.find(
      (manifest) => manifest.spec.placement?.database && manifest.spec.placement.storage?.object?.length,
    )!;
    systems = [
      target,
      ...all
        .filter(
          (manifest) => manifest !== target && manifest.spec.disposition.outcome !== target.spec.disposition.outcome,
        )
        .slice(0, 2),
    ];
    baseline = await planOf(systems);
  }, 120000);

  it('holds data in the baseline, every stateful resource protected and kept on delete', () => {
    const held = stateful(baseline, target.metadata.slug);
    expect(held.map((resource) => resource.type)).toEqual(
      expect.arrayContaining(['aws:rds/instance:Instance', 'aws:s3/bucket:Bucket']),
    );
    for (const resource of stateful(baseline))
      expect([resource.name, resource.protect, resource.retainOnDelete]).toEqual([resource.name, true, true]);
  });

  it('finds nothing to do when nothing changed', async () => {
    const diff = diffPlans(baseline, await planOf(systems));
    expect(diff.changes).toEqual([]);
  }, 120000);

  it('decommissioning a system archives its data: every data-bearing delete is covered by its archive', async () => {
    const decommissioned = decommission(target);
    expect(ruleFindings([decommissioned]).filter((finding) => finding.severity === 'error')).toEqual([]);
    const plan = await planOf(systems.map((manifest) => (manifest === target ? decommissioned : manifest)));
    const diff = diffPlans(baseline, plan);
    const deleted = diff.changes.filter((change) => change.kind === 'delete' && change.dataBearing);
    expect(deleted.map((change) => change.urn).sort()).toEqual(
      stateful(baseline, target.metadata.slug)
        .map((resource) => resource.urn)
        .sort(),
    );
    expect(diff.dataLoss).toEqual([]);
    const archives = new Set(deleted.map((change) => change.archive));
    expect(archives.size).toBe(1);
    const archive = plan.resources.find((resource) => archives.has(resource.urn))!;
    expect(archive).toMatchObject({
      type: 'kubernetes:core/v1:PersistentVolumeClaim',
      protect: true,
      retainOnDelete: true,
      inputs: { metadata: { namespace: 'resource-center' } },
    });
    for (const resource of stateful(plan))
      expect([resource.name, resource.protect, resource.retainOnDelete]).toEqual([resource.name, true, true]);
  }, 120000);

  it('removing a manifest is data loss for every data-bearing resource of the system', async () => {
    const diff = diffPlans(baseline, await planOf(systems.filter((manifest) => manifest !== target)));
    expect(diff.dataLoss.map((change) => change.urn).sort()).toEqual(
      stateful(baseline, target.metadata.slug)
        .map((resource) => resource.urn)
        .sort(),
    );
    expect(diff.dataLoss.every((change) => change.kind === 'delete' && change.system === target.metadata.slug)).toBe(
      true,
    );
  }, 120000);

  it('renaming a system (previousSlugs) keeps every resource: nothing created, replaced or deleted', async () => {
    const renamed = rename(target, `${target.metadata.slug.slice(0, 40)}-renamed`);
    expect(ruleFindings([renamed]).filter((finding) => finding.severity === 'error')).toEqual([]);
    const diff = diffPlans(
      baseline,
      await planOf(systems.map((manifest) => (manifest === target ? renamed : manifest))),
    );
    expect(diff.counts).toMatchObject({ create: 0, replace: 0, delete: 0 });
    const ofTarget = baseline.resources.filter((resource) => resource.name.startsWith(target.metadata.slug)).length;
    expect(diff.moved).toBe(ofTarget);
    // The registry record says the new slug: the one update a rename makes.
    expect(diff.changes.map((change) => [change.kind, change.name, change.fields])).toEqual([
      ['update', `${renamed.metadata.slug}-record`, ['data.record.json']],
    ]);
  }, 120000);

  it('renaming without previousSlugs would delete the data, and the diff says so', async () => {
    const careless = clone(target);
    careless.metadata.slug = `${target.metadata.slug.slice(0, 40)}-renamed`;
    const diff = diffPlans(
      baseline,
      await planOf(systems.map((manifest) => (manifest === target ? careless : manifest))),
    );
    expect(diff.dataLoss.length).toBeGreaterThanOrEqual(stateful(baseline, target.metadata.slug).length);
  }, 120000);
});

describe('data-loss guards on the onprem program: the operators’ data-bearing resources', () => {
  let systems: SystemMigration[];
  let target: SystemMigration;
  let baseline: Plan;
  const onpremPlan = async (manifests: SystemMigration[]): Promise<Plan> =>
    toPlan('onprem', (await runStackOffline(root, 'onprem', { manifests })).registrations);
  const ONPREM_KINDS = [
    'kubernetes:postgresql.cnpg.io/v1:Cluster',
    'kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim',
  ];

  beforeAll(async () => {
    const report = await validatePaths(['manifests'], { cwd: root });
    const all = report.manifests.map((entry) => entry.manifest);
    // A gold system with a database and buckets: a primary cluster, two replica clusters and bucket claims.
    target = all.find(
      (manifest) =>
        manifest.spec.protection.backup.tier === 'gold' &&
        manifest.spec.placement?.database &&
        manifest.spec.placement.storage?.object?.length,
    )!;
    systems = [
      target,
      ...all
        .filter(
          (manifest) => manifest !== target && manifest.spec.disposition.outcome !== target.spec.disposition.outcome,
        )
        .slice(0, 2),
    ];
    baseline = await onpremPlan(systems);
  }, 120000);

  it('treats database clusters, bucket claims, object stores and zones as data-bearing, each protected and kept', () => {
    const held = stateful(baseline, target.metadata.slug);
    expect(new Set(held.map((resource) => resource.type))).toEqual(new Set(ONPREM_KINDS));
    expect(held.filter((resource) => resource.type === ONPREM_KINDS[0])).toHaveLength(3);
    const platform = stateful(baseline).filter((resource) => resource.type.startsWith('kubernetes:ceph.rook.io/'));
    expect(platform).toHaveLength(6);
    for (const resource of stateful(baseline))
      expect([resource.name, resource.protect, resource.retainOnDelete]).toEqual([resource.name, true, true]);
  });

  it('removing the manifest is data loss for each of its database clusters and bucket claims', async () => {
    const diff = diffPlans(baseline, await onpremPlan(systems.filter((manifest) => manifest !== target)));
    const lost = diff.dataLoss.map((change) => change.urn).sort();
    expect(lost).toEqual(
      stateful(baseline, target.metadata.slug)
        .map((resource) => resource.urn)
        .sort(),
    );
    expect(diff.dataLoss.map((change) => change.type)).toEqual(expect.arrayContaining(ONPREM_KINDS));
  }, 120000);

  it('decommissioning archives the data: the clusters’ and claims’ deletes are covered', async () => {
    const diff = diffPlans(
      baseline,
      await onpremPlan(systems.map((manifest) => (manifest === target ? decommission(manifest) : manifest))),
    );
    const deleted = diff.changes.filter((change) => change.kind === 'delete' && change.dataBearing);
    expect(deleted.map((change) => change.type)).toEqual(expect.arrayContaining(ONPREM_KINDS));
    expect(diff.dataLoss).toEqual([]);
  }, 120000);

  it('renaming with previousSlugs keeps the clusters and claims (no replace, no delete)', async () => {
    const diff = diffPlans(
      baseline,
      await onpremPlan(
        systems.map((manifest) =>
          manifest === target ? rename(manifest, `${target.metadata.slug.slice(0, 40)}-renamed`) : manifest,
        ),
      ),
    );
    expect(diff.counts).toMatchObject({ create: 0, replace: 0, delete: 0 });
    expect(diff.dataLoss).toEqual([]);
  }, 120000);
});

describe('data-loss guards on the operators envcloud installs', () => {
  it('treats a Helm release of an operator as data-bearing: handing it to the cluster team deletes it, which is data loss', async () => {
    const manifests = [clone(happyManifest())];
    const installed = await onpremPlanWith({ 'cloudnative-pg': 'envcloud' }, manifests);
    const releases = stateful(installed).filter((resource) => resource.type === 'kubernetes:helm.sh/v3:Release');
    expect(releases).toHaveLength(3);
    for (const release of releases) expect(release).toMatchObject({ protect: true, retainOnDelete: true });
    const diff = diffPlans(installed, await onpremPlanWith({}, manifests));
    expect(diff.dataLoss.map((change) => [change.kind, change.type])).toEqual(
      releases.map(() => ['delete', 'kubernetes:helm.sh/v3:Release']),
    );
  }, 120000);
});
