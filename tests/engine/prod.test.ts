import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStackOffline, type OfflineRun } from '../../engine/offline';
import { plausiblePlatformOutputs } from '../../engine/fake-state';
import { BACKUPS_OUTPUT, platformBackups, type DataTier } from '../../model/tiers';
import { auditRun } from '../audit/support';
import { graphDepth, toPlan, type Plan, type PlanResource } from '../../engine/plan';

const root = join(__dirname, '../..');

const ofType = (plan: Plan, type: string) => plan.resources.filter((resource) => resource.type === type);
const inputs = (resource: PlanResource) => resource.inputs as Record<string, any>;
const centerOf = (resource: PlanResource) => resource.provider?.split('::').pop();

describe('the prod stack (AWS China), run offline under mocks', () => {
  let plan: Plan;
  let run: OfflineRun;
  let systems: Awaited<ReturnType<typeof runStackOffline>>['systems'];
  beforeAll(async () => {
    run = await runStackOffline(root, 'prod');
    plan = toPlan('prod', run.registrations);
    systems = run.systems;
  }, 180000);

  it('names every role, bucket and database within what AWS takes: auto-named `<name>-xxxxxxx`, or by the provider prefix', () => {
    const limits: Record<string, [max: number, prefix: string]> = {
      'aws:iam/role:Role': [64, 'namePrefix'],
      'aws:s3/bucket:Bucket': [63, 'bucketPrefix'],
      'aws:rds/instance:Instance': [63, 'identifierPrefix'],
    };
    const tooLong = plan.resources.flatMap((resource) => {
      const limit = limits[resource.type];
      if (!limit) return [];
      const [max, prefixKey] = limit;
      const prefix = (resource.inputs as Record<string, unknown>)[prefixKey];
      const length = typeof prefix === 'string' ? prefix.length + 26 : resource.urn.split('::').pop()!.length + 8;
      return length > max ? [`${resource.urn} (${length} > ${max})`] : [];
    });
    expect(tooLong).toEqual([]);
    // The shipped systems whose data-access roles did not fit are named by a prefix now.
    expect(
      plan.resources.filter((resource) => typeof (resource.inputs as { namePrefix?: string }).namePrefix === 'string')
        .length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('tags AWS resources only with values AWS takes (a shipped unit written with 、 went raw into role, bucket and database tags)', () => {
    const refused = plan.resources.flatMap((resource) => {
      const tags = (resource.inputs as { tags?: Record<string, unknown> }).tags;
      if (!resource.type.startsWith('aws:') || !tags) return [];
      return Object.entries(tags)
        .filter(([, value]) => typeof value === 'string' && !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u.test(value))
        .map(([key, value]) => `${resource.urn} ${key}=${String(value)}`);
    });
    expect(refused).toEqual([]);
    expect(
      plan.resources.some(
        (resource) =>
          (resource.inputs as { tags?: Record<string, string> }).tags?.['envcloud:managing-unit'] ===
          '办公厅 行政体制与人事司',
      ),
    ).toBe(true);
  });

  it('builds three centers in two regions, each with zones and a vault, and a cluster in the primary and remote ones', () => {
    const providers = ofType(plan, 'pulumi:providers:aws').map((provider) => [provider.name, inputs(provider).region]);
    expect(providers).toEqual(
      expect.arrayContaining([
        ['primary-aws', 'cn-north-1'],
        ['same-city-aws', 'cn-north-1'],
        ['remote-aws', 'cn-northwest-1'],
      ]),
    );
    // Three network zones in each availability zone: two in the primary and remote centers, one in the backup-only same-city center.
    expect(ofType(plan, 'aws:ec2/subnet:Subnet')).toHaveLength(3 * 2 + 3 * 1 + 3 * 2);
    expect(
      new Set(ofType(plan, 'aws:ec2/subnet:Subnet').map((subnet) => inputs(subnet).tags['envcloud:zone'])),
    ).toEqual(new Set(['internal', 'extranet', 'internet']));
    const clusters = ofType(plan, 'aws:eks/cluster:Cluster');
    expect(clusters.map(centerOf).sort()).toEqual(['primary-aws', 'remote-aws']);
    for (const cluster of clusters) {
      expect(inputs(cluster).vpcConfig).toMatchObject({ endpointPublicAccess: false, endpointPrivateAccess: true });
      expect(inputs(cluster).encryptionConfig.resources).toEqual(['secrets']);
    }
    expect(ofType(plan, 'aws:backup/vault:Vault').map(centerOf).sort()).toEqual([
      'primary-aws',
      'remote-aws',
      'same-city-aws',
    ]);
  });

  it('gives each cluster a node group per pool, labelled as the pods select it and, for a professional pool, tainted', () => {
    for (const center of ['primary-aws', 'remote-aws']) {
      const groups = ofType(plan, 'aws:eks/nodeGroup:NodeGroup').filter((group) => centerOf(group) === center);
      const marks = Object.fromEntries(
        groups.map((group) => [inputs(group).labels['envcloud.mee.gov.cn/pool'], inputs(group).taints]),
      );
      expect(marks).toEqual({
        central: undefined,
        'environmental-monitoring': [
          { key: 'envcloud.mee.gov.cn/pool', value: 'environmental-monitoring', effect: 'NO_SCHEDULE' },
        ],
        'satellite-remote-sensing': [
          { key: 'envcloud.mee.gov.cn/pool', value: 'satellite-remote-sensing', effect: 'NO_SCHEDULE' },
        ],
        'nuclear-safety': [{ key: 'envcloud.mee.gov.cn/pool', value: 'nuclear-safety', effect: 'NO_SCHEDULE' }],
      });
    }
    // Every Deployment selects the pool of its namespace and tolerates it when it is a professional one.
    for (const deployment of ofType(plan, 'kubernetes:apps/v1:Deployment')) {
      const pod = inputs(deployment).spec.template.spec;
      const pool = pod.nodeSelector['envcloud.mee.gov.cn/pool'];
      expect(pod.tolerations?.[0]?.value).toBe(pool === 'central' ? undefined : pool);
    }
  });

  it('puts the same-city center in zones the primary does not use, built backup-only: vault, key, logs and network, no cluster', () => {
    const zonesOf = (center: string) =>
      new Set(
        ofType(plan, 'aws:ec2/subnet:Subnet')
          .filter((subnet) => centerOf(subnet) === center)
          .map((subnet) => inputs(subnet).availabilityZone),
      );
    expect(zonesOf('primary-aws')).toEqual(new Set(['cn-north-1a', 'cn-north-1b']));
    expect(zonesOf('same-city-aws')).toEqual(new Set(['cn-north-1d']));
    expect(zonesOf('remote-aws')).toEqual(new Set(['cn-northwest-1a', 'cn-northwest-1b']));
    const sameCity = (type: string) => ofType(plan, type).filter((resource) => centerOf(resource) === 'same-city-aws');
    for (const type of [
      'aws:backup/vault:Vault',
      'aws:kms/replicaKey:ReplicaKey',
      'aws:ec2/vpc:Vpc',
      'aws:ec2/flowLog:FlowLog',
    ])
      expect(sameCity(type)).toHaveLength(1);
    expect(sameCity('aws:s3/bucket:Bucket').map((bucket) => inputs(bucket).tags['envcloud:platform'])).toEqual([
      'access-logs',
    ]);
    for (const type of [
      'aws:eks/cluster:Cluster',
      'aws:eks/nodeGroup:NodeGroup',
      'aws:rds/subnetGroup:SubnetGroup',
      'aws:ebs/defaultKmsKey:DefaultKmsKey',
    ])
      expect(sameCity(type)).toEqual([]);
    // No Kubernetes provider, so no baseline and nothing on a cluster there.
    expect(
      ofType(plan, 'pulumi:providers:kubernetes')
        .map((provider) => provider.name)
        .sort(),
    ).toEqual(['primary-k8s', 'remote-k8s']);
    expect(
      ofType(plan, 'envcloud:platform:ClusterBaseline')
        .map((baseline) => baseline.name)
        .sort(),
    ).toEqual(['primary-baseline', 'remote-baseline']);
    expect(
      ofType(plan, 'kubernetes:storage.k8s.io/v1:StorageClass')
        .map(centerOf)
        .filter((center) => center !== 'primary-k8s' && center !== 'remote-k8s'),
    ).toEqual([]);
  });

  it('exports every center to systems-only stacks, the backup-only one without a kubeconfig or database subnet group', async () => {
    const platform = await new Promise<any>((resolve) => run.outputs.platform!.apply(resolve));
    expect(platform.centers.map((center: { role: string }) => center.role)).toEqual(['primary', 'same-city', 'remote']);
    const [primary, sameCity, remote] = platform.centers;
    for (const withCluster of [primary, remote])
      expect(Object.keys(withCluster)).toEqual(
        expect.arrayContaining(['kubeconfig', 'databaseSubnetGroup', 'keyArn', 'accessLogBucket']),
      );
    expect(Object.keys(sameCity).sort()).toEqual(['accessLogBucket', 'keyArn', 'region', 'role']);
  });

  it('exports, not secret, what its backup plans select and where they copy, as systems-only stacks read it offline too', async () => {
    expect(run.outputs.backups).toEqual(platformBackups(['same-city', 'remote']));
    for (const backupPlan of ofType(plan, 'aws:backup/plan:Plan')) {
      const [rule] = inputs(backupPlan).rules as { ruleName: DataTier; copyActions: unknown[] }[];
      expect(rule!.copyActions).toHaveLength(run.outputs.backups!.copies[rule!.ruleName]!.length);
    }
    // The offline answer to a wave stack's StackReference has the keys the platform exports.
    const platform = await new Promise<any>((resolve) => run.outputs.platform!.apply(resolve));
    const plausible = plausiblePlatformOutputs(run.stackFile.platform) as Record<string, any>;
    expect(plausible[BACKUPS_OUTPUT]).toEqual(run.outputs.backups);
    expect(plausible.platform.centers.map((center: object) => Object.keys(center).sort())).toEqual(
      platform.centers.map((center: object) => Object.keys(center).sort()),
    );
  });

  it('uses one multi-region customer key, replicated to the other centers', () => {
    const [key, ...others] = ofType(plan, 'aws:kms/key:Key');
    expect(others).toEqual([]);
    expect(inputs(key!)).toMatchObject({ multiRegion: true, enableKeyRotation: true });
    const replicas = ofType(plan, 'aws:kms/replicaKey:ReplicaKey');
    expect(replicas.map(centerOf).sort()).toEqual(['remote-aws', 'same-city-aws']);
    for (const replica of replicas) expect(inputs(replica).primaryKeyArn).toContain(':key/primary-key');
  });

  it('keeps audit trail and flow logs at least 180 days, the trail multi-region with log validation', () => {
    const [trail] = ofType(plan, 'aws:cloudtrail/trail:Trail');
    expect(inputs(trail!)).toMatchObject({ isMultiRegionTrail: true, enableLogFileValidation: true });
    // Flow logs of the three centers, control-plane logs of the two clusters.
    expect(ofType(plan, 'aws:cloudwatch/logGroup:LogGroup')).toHaveLength(5);
    for (const group of ofType(plan, 'aws:cloudwatch/logGroup:LogGroup'))
      expect(inputs(group).retentionInDays).toBeGreaterThanOrEqual(365);
    expect(ofType(plan, 'aws:ec2/flowLog:FlowLog')).toHaveLength(3);
    const lifecycle = ofType(plan, 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration');
    // The trail bucket and the three centers' access log buckets.
    expect(lifecycle.map((rule) => inputs(rule).rules[0].expiration.days)).toEqual([365, 365, 365, 365]);
  });

  it('logs every bucket’s requests to its own center’s access log bucket, which does not log itself', () => {
    const buckets = ofType(plan, 'aws:s3/bucket:Bucket');
    const logBuckets = buckets.filter((bucket) => inputs(bucket).tags['envcloud:platform'] === 'access-logs');
    expect(logBuckets.map(centerOf).sort()).toEqual(['primary-aws', 'remote-aws', 'same-city-aws']);
    const loggings = ofType(plan, 'aws:s3/bucketLogging:BucketLogging');
    const logBucketOf = new Map(logBuckets.map((bucket) => [centerOf(bucket), bucket.name]));
    for (const bucket of buckets.filter((candidate) => !logBuckets.includes(candidate))) {
      const logging = loggings.filter((candidate) => inputs(candidate).bucket === bucket.name);
      expect(logging.map((candidate) => inputs(candidate).targetBucket)).toEqual([logBucketOf.get(centerOf(bucket))]);
    }
    expect(loggings).toHaveLength(buckets.length - logBuckets.length);
    for (const bucket of logBuckets) {
      expect(loggings.filter((candidate) => inputs(candidate).bucket === bucket.name)).toEqual([]);
      const encryption = ofType(
        plan,
        'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration',
      ).find((candidate) => candidate.dependencies.includes(bucket.urn))!;
      expect(inputs(encryption).rules[0].applyServerSideEncryptionByDefault).toEqual({ sseAlgorithm: 'AES256' });
      expect(bucket.protect).toBe(true);
      expect(bucket.retainOnDelete).toBe(true);
    }
  });

  it('records object-level events of every bucket in the trail, the evidence buckets’ reads only', () => {
    const [trail] = ofType(plan, 'aws:cloudtrail/trail:Trail');
    const selectors = inputs(trail!).advancedEventSelectors as {
      name: string;
      fieldSelectors: { field: string; equals?: string[]; notStartsWiths?: string[] }[];
    }[];
    expect(selectors.map((selector) => selector.name)).toEqual([
      'management-events',
      's3-object-events',
      'evidence-reads',
    ]);
    const excluded = selectors[1]!.fieldSelectors.find((field) => field.field === 'resources.ARN')!.notStartsWiths!;
    expect(excluded).toEqual([
      expect.stringContaining('primary-trail-logs'),
      expect.stringContaining('primary-access-logs'),
    ]);
  });

  it('copies each tier’s backups to the centers it needs', () => {
    const vaultArn = (center: string) => `arn:aws-cn:backup:offline:000000000000:vault/${center}-vault`;
    const copies = (tier: string) => {
      const plan_ = ofType(plan, 'aws:backup/plan:Plan').find((candidate) => candidate.name === `backups-${tier}`)!;
      return inputs(plan_)
        .rules[0].copyActions.map((action: { destinationVaultArn: string }) => action.destinationVaultArn)
        .sort();
    };
    expect(copies('gold')).toEqual([vaultArn('remote'), vaultArn('same-city')]);
    expect(copies('silver')).toEqual([vaultArn('remote'), vaultArn('same-city')]);
    expect(copies('bronze')).toEqual([vaultArn('remote')]);
    expect(ofType(plan, 'aws:backup/restoreTestingPlan:RestoreTestingPlan')).toHaveLength(1);
  });

  it('gives gold databases a multi-AZ primary and a replica in the remote center', () => {
    const gold = systems.filter(
      (manifest) => manifest.spec.protection.backup.tier === 'gold' && manifest.spec.placement?.database,
    );
    expect(gold.length).toBeGreaterThan(0);
    for (const manifest of gold) {
      const primaryDb = plan.resources.find((resource) => resource.name === `${manifest.metadata.slug}-data-store-db`)!;
      expect(inputs(primaryDb)).toMatchObject({
        multiAz: true,
        storageEncrypted: true,
        publiclyAccessible: false,
        deletionProtection: true,
        manageMasterUserPassword: true,
      });
      const replica = plan.resources.find(
        (resource) => resource.name === `${manifest.metadata.slug}-data-store-db-replica`,
      )!;
      expect(centerOf(replica)).toBe('remote-aws');
    }
  });

  it('gives every MLPS level-3 database a standby in a second zone, whatever its tier (GB/T 22239-2019 8.1.4.9 c)', () => {
    const level3BelowGold = systems.filter(
      (manifest) =>
        manifest.spec.protection.mlpsLevel >= 3 &&
        manifest.spec.protection.backup.tier !== 'gold' &&
        manifest.spec.placement?.database,
    );
    expect(level3BelowGold.length).toBeGreaterThan(0);
    for (const manifest of level3BelowGold)
      expect(
        inputs(plan.resources.find((resource) => resource.name === `${manifest.metadata.slug}-data-store-db`)!).multiAz,
      ).toBe(true);
    const level2 = systems.filter(
      (manifest) =>
        manifest.spec.protection.mlpsLevel < 3 &&
        manifest.spec.protection.backup.tier !== 'gold' &&
        manifest.spec.placement?.database,
    );
    for (const manifest of level2)
      expect(
        inputs(plan.resources.find((resource) => resource.name === `${manifest.metadata.slug}-data-store-db`)!).multiAz,
      ).toBe(false);
  });

  it('protects every stateful AWS resource', () => {
    for (const type of [
      'aws:s3/bucket:Bucket',
      'aws:rds/instance:Instance',
      'aws:backup/vault:Vault',
      'aws:kms/key:Key',
      'aws:kms/replicaKey:ReplicaKey',
    ]) {
      const resources = ofType(plan, type);
      expect(resources.length).toBeGreaterThan(0);
      for (const resource of resources) expect(resource.protect).toBe(true);
    }
  });

  it('audits with no finding at all: no mandatory violation, nothing waived (policies evaluated in-process)', async () => {
    const report = await auditRun(root, run);
    expect(report.findings.map((finding) => `${finding.policy}: ${finding.message}`)).toEqual([]);
    expect(report.summary.passed).toBe(true);
  });

  it('keeps the deploy graph as deep for one system of each kind as for all of them', async () => {
    const oneOfEach = systems.filter(
      (manifest, index, all) =>
        all.findIndex(
          (other) =>
            other.spec.disposition.outcome === manifest.spec.disposition.outcome &&
            other.spec.protection.backup.tier === manifest.spec.protection.backup.tier,
        ) === index,
    );
    const few = await runStackOffline(root, 'prod', { manifests: oneOfEach });
    expect(graphDepth(toPlan('prod', few.registrations).resources)).toBe(graphDepth(plan.resources));
  }, 120000);
});

describe('the dev stack', () => {
  it('has one center whose backups stay in it, and deploys its six systems', async () => {
    const run = await runStackOffline(root, 'dev');
    const plan = toPlan('dev', run.registrations);
    expect(run.systems.map((manifest) => manifest.metadata.number)).toEqual([2, 4, 18, 23, 29, 120]);
    expect(ofType(plan, 'aws:eks/cluster:Cluster')).toHaveLength(1);
    for (const backupPlan of ofType(plan, 'aws:backup/plan:Plan'))
      expect(inputs(backupPlan).rules[0].copyActions).toEqual([]);
    // One center cannot realise the tiers: the audit says so, and the shipped waiver covers exactly that.
    const report = await auditRun(root, run);
    expect(report.summary).toMatchObject({ passed: true, failed: 0 });
    expect(report.summary.waived).toBeGreaterThan(0);
    expect(new Set(report.findings.map((finding) => `${finding.policy} ${finding.status}`))).toEqual(
      new Set(['dr-tier-realised waived']),
    );
    // A platform finding points at the config the engineer would change: the centers.
    const centersLine =
      readFileSync(join(root, 'Pulumi.dev.yaml'), 'utf8')
        .split('\n')
        .findIndex((line) => line.trim().startsWith('envcloud:centers:')) + 1;
    expect(report.findings.find((finding) => finding.resource?.type === 'aws:backup/plan:Plan')!.location).toEqual({
      file: 'Pulumi.dev.yaml',
      line: centersLine,
      column: 3,
    });
  }, 120000);
});
