// The edges of the two AWS backup policies (policies/dr/backups.ts) that the main DR tests
// (tests/policies/dr.test.ts) pass over: each test starts from the happy stack of dr-support.ts and
// changes one thing — a selection's tag key, a plan's rules, a vault's center, a replica's center, a
// bucket's tier — so that a check dropped or loosened in the policy fails here.
import { evaluateStackPolicy, judgeStack, type PlannedResource } from '../../engine/policy-run';
import { drTierRealised, statefulInBackupPlan } from '../../policies/dr/backups';
import { recordResource } from '../audit/support';
import { clone, happyManifest } from '../support/manifests';
import { happyStack, systemTags, without } from './dr-support';
import { planned } from './support';

const withProps = (resources: PlannedResource[], name: string, props: Record<string, unknown>) =>
  resources.map((resource) => (resource.name === name ? { ...resource, props } : resource));
const onCenter = (resources: PlannedResource[], name: string, center: string) =>
  resources.map((resource) =>
    resource.name === name
      ? { ...resource, provider: `urn:pulumi:test::envcloud::pulumi:providers:aws::${center}` }
      : resource,
  );
const messages = async (policy: Parameters<typeof evaluateStackPolicy>[0], resources: PlannedResource[]) =>
  (await evaluateStackPolicy(policy, resources)).map((violation) => violation.message);

/** System 2's record in `tier`, declaring the database the happy stack holds as s002-db. */
const record = (tier = 'gold') => {
  const system = clone(happyManifest());
  system.metadata.number = 2;
  system.metadata.slug = 's002-x';
  system.spec.protection.backup.tier = tier as 'gold';
  system.spec.placement!.database = { engine: 'postgresql', sizeGiB: 50 };
  delete system.spec.placement!.storage;
  return recordResource(system, 'test');
};

describe('stateful-in-backup-plan: what a selection takes and what is system data', () => {
  it('takes a tier only from a selection tag keyed envcloud:backup-tier', async () => {
    const otherKey = withProps(happyStack(), 'backups-gold-selection', {
      selectionTags: [{ type: 'STRINGEQUALS', key: 'envcloud:tier', value: 'gold' }],
    });
    expect(await messages(statefulInBackupPlan, otherKey)).toEqual([
      expect.stringMatching(/^Instance s002-db .*gold.*no backup selection/),
      expect.stringMatching(/^Bucket s002-data .*gold.*no backup selection/),
      expect.stringMatching(/^Bucket s002-data-replica .*gold.*no backup selection/),
    ]);
    const noTags = withProps(happyStack(), 'backups-gold-selection', {});
    expect(await messages(statefulInBackupPlan, noTags)).toHaveLength(3);
  });
  it('fails data with no tier tag at all, at the resource', async () => {
    const second = planned(
      'aws:s3/bucket:Bucket',
      's002-other',
      { tags: systemTags('gold') },
      { center: 'primary-aws' },
    );
    expect(await messages(drTierRealised, [...happyStack(), second])).toEqual([
      expect.stringContaining('gold bucket s002-other is not replicated'),
    ]);
    const untagged = withProps(happyStack(), 's002-db', {
      multiAz: true,
      tags: { 'envcloud:system-number': '2', 'envcloud:system': 's002-x' },
    });
    expect(await evaluateStackPolicy(statefulInBackupPlan, untagged)).toEqual([
      {
        message: expect.stringMatching(/^Instance s002-db .*envcloud:backup-tier/),
        urn: expect.stringMatching(/::s002-db$/),
      },
    ]);
  });
  it('does not judge platform data (no system) or a read replica', async () => {
    const platform = planned('aws:s3/bucket:Bucket', 'platform-logs', { tags: {} }, { center: 'primary-aws' });
    expect(await messages(statefulInBackupPlan, [...happyStack(), platform])).toEqual([]);
    expect(await judgeStack(statefulInBackupPlan, [platform])).toMatchObject({ applicable: false });
    const replica = planned('aws:rds/instance:Instance', 'r', { replicateSourceDb: 'arn', tags: systemTags('none') });
    expect(await judgeStack(statefulInBackupPlan, [replica])).toMatchObject({ applicable: false });
    const database = planned('aws:rds/instance:Instance', 'd', { tags: systemTags('none') });
    expect(await judgeStack(statefulInBackupPlan, [database])).toMatchObject({ applicable: true });
  });
  it('fails a system declaring stored data while in no backup tier, at its record', async () => {
    const resources = [...happyStack(), record('none')];
    expect(await evaluateStackPolicy(statefulInBackupPlan, resources)).toEqual([
      {
        message: expect.stringMatching(/^system 2 \(s002-x\) .*spec\.protection\.backup\.tier none/),
        urn: record('none').urn,
      },
    ]);
    // dr-tier-realised leaves a system in no tier to this policy, even when its data is held nowhere.
    expect(await messages(drTierRealised, resources)).toEqual([]);
    expect(await messages(drTierRealised, [...without(happyStack(), 's002-db'), record('none')])).toEqual([]);
  });
  it('names every item held by nothing, and the types it looked for', async () => {
    const withArchive = (() => {
      const resource = record();
      const data = JSON.parse((resource.props.data as Record<string, string>)['record.json']!);
      data.storedData.buckets = [{ name: 'archive', sizeGiB: 10 }];
      return { ...resource, props: { ...resource.props, data: { 'record.json': JSON.stringify(data) } } };
    })();
    const resources = [...without(without(happyStack(), 's002-db'), 's002-db-replica'), withArchive];
    const [found] = await messages(statefulInBackupPlan, resources);
    expect(found).toContain('database (postgresql, 50 GiB), bucket "archive" (10 GiB)');
    expect(found).toContain('aws:rds/instance:Instance, kubernetes:postgresql.cnpg.io/v1:Cluster');
    const [realised] = await messages(drTierRealised, resources);
    expect(realised).toMatch(/database \(postgresql, 50 GiB\): .*; bucket "archive" \(10 GiB\): /);
  });
  it('judges a volume by its storage class: none given, an unknown class, or a class in no tier', async () => {
    const claim = (spec: Record<string, unknown>, tier?: string) =>
      planned('kubernetes:core/v1:PersistentVolumeClaim', 'v', {
        metadata: { labels: tier ? { 'envcloud.mee.gov.cn/backup-tier': tier } : {} },
        spec,
      });
    expect(await messages(statefulInBackupPlan, [claim({}, 'bronze')])).toEqual([
      expect.stringContaining('volume v is in storage class (default)'),
    ]);
    const specless = planned('kubernetes:core/v1:PersistentVolumeClaim', 'v', {
      metadata: { labels: { 'envcloud.mee.gov.cn/backup-tier': 'bronze' } },
    });
    expect(await messages(statefulInBackupPlan, [specless])).toEqual([expect.stringContaining('(default)')]);
    expect(await messages(statefulInBackupPlan, [claim({ storageClassName: 'fast-ssd' }, 'bronze')])).toEqual([
      expect.stringContaining('fast-ssd'),
    ]);
    expect(await messages(statefulInBackupPlan, [claim({ storageClassName: 'envcloud-none' })])).toEqual([
      expect.stringContaining('envcloud-none'),
    ]);
    // A volume with no tier label asks for none; any tiered class is enough, the same tier too.
    expect(await messages(statefulInBackupPlan, [claim({ storageClassName: 'envcloud-bronze' })])).toEqual([]);
    expect(await messages(statefulInBackupPlan, [claim({ storageClassName: 'envcloud-silver' }, 'silver')])).toEqual(
      [],
    );
  });
});

describe('dr-tier-realised on AWS: plans, vaults, replicas and replication', () => {
  it('fails a tier that no backup plan has a rule for', async () => {
    for (const props of [{ rules: [{ ruleName: 'silver' }] }, {}, { rules: [{}] }]) {
      expect(await messages(drTierRealised, withProps(happyStack(), 'backups-gold', props))).toEqual([
        expect.stringContaining('no backup plan has a gold rule'),
      ]);
    }
  });
  it('counts only vaults the plan depends on, in other centers', async () => {
    const plan = happyStack().find((resource) => resource.name === 'backups-gold')!;
    const primaryOnly = happyStack().map((resource) =>
      resource === plan || resource.name === 'backups-gold'
        ? { ...resource, dependencies: resource.dependencies!.filter((urn) => urn.endsWith('primary-vault')) }
        : resource,
    );
    expect(await evaluateStackPolicy(drTierRealised, primaryOnly)).toEqual([
      {
        message: expect.stringContaining('copies to 0 other center(s); the tier needs 2 (same-city, remote)'),
        urn: plan.urn,
      },
    ]);
  });
  it('fails a gold database whose only replica is in its own center, or replicates another database', async () => {
    const sameCenter = onCenter(happyStack(), 's002-db-replica', 'primary-aws');
    expect(await evaluateStackPolicy(drTierRealised, sameCenter)).toEqual([
      {
        message: expect.stringContaining('gold database s002-db has no replica in another center'),
        urn: expect.stringMatching(/::s002-db$/),
      },
    ]);
    const elsewhere = happyStack().map((resource) =>
      resource.name === 's002-db-replica' ? { ...resource, dependencies: [] } : resource,
    );
    expect(await messages(drTierRealised, elsewhere)).toEqual([expect.stringContaining('gold database s002-db')]);
  });
  it('asks a replica only of gold databases', async () => {
    const silver = withProps(without(happyStack(), 's002-db-replica'), 's002-db', { tags: systemTags('silver') });
    expect(await messages(drTierRealised, silver)).not.toEqual(
      expect.arrayContaining([expect.stringContaining('has no replica')]),
    );
  });
  it('asks replication of gold and silver buckets, not of bronze ones', async () => {
    const bucket = (tier: string) =>
      withProps(['s002-data-replication', 's002-data-replica'].reduce(without, happyStack()), 's002-data', {
        tags: systemTags(tier),
      });
    expect(await evaluateStackPolicy(drTierRealised, bucket('silver'))).toEqual(
      expect.arrayContaining([
        {
          message: expect.stringContaining('silver bucket s002-data is not replicated'),
          urn: expect.stringMatching(/::s002-data$/),
        },
      ]),
    );
    expect(await messages(drTierRealised, bucket('bronze'))).not.toEqual(
      expect.arrayContaining([expect.stringContaining('s002-data is not replicated')]),
    );
    const untagged = withProps(
      ['s002-data-replication', 's002-data-replica'].reduce(without, happyStack()),
      's002-data',
      {},
    );
    expect(await messages(drTierRealised, untagged)).toEqual([]);
  });
});

describe('dr-tier-realised: what it judges, and storage classes on the clusters', () => {
  it('judges only resources of a system in a backup tier', async () => {
    const platform = planned('aws:s3/bucket:Bucket', 'logs', { tags: { 'envcloud:backup-tier': 'gold' } });
    expect(await judgeStack(drTierRealised, [platform])).toMatchObject({ applicable: false });
    const none = planned('aws:s3/bucket:Bucket', 'x', { tags: systemTags('none') });
    expect(await judgeStack(drTierRealised, [none])).toMatchObject({ applicable: false });
    const gold = planned('aws:s3/bucket:Bucket', 'x', { tags: systemTags('gold') });
    expect(await judgeStack(drTierRealised, [gold])).toMatchObject({ applicable: true });
  });
  it('counts only the tier’s own storage class in each center', async () => {
    const claim = planned('kubernetes:core/v1:PersistentVolumeClaim', 'v', {
      metadata: { labels: { ...systemLabelsOf('bronze') } },
    });
    const storageClass = (center: string, name?: string) =>
      planned(
        'kubernetes:storage.k8s.io/v1:StorageClass',
        `${center}-sc-${name ?? 'none'}`,
        name ? { metadata: { name } } : {},
        { center: `${center}-k8s` },
      );
    const primary = storageClass('primary', 'envcloud-bronze');
    expect(await messages(drTierRealised, [claim, primary, storageClass('remote', 'envcloud-bronze')])).toEqual([]);
    for (const other of [storageClass('remote', 'envcloud-gold'), storageClass('remote')])
      expect(await messages(drTierRealised, [claim, primary, other])).toEqual([
        expect.stringContaining('needs its storage class in 2 centers; it is in 1'),
      ]);
  });
});

function systemLabelsOf(tier: string): Record<string, string> {
  return {
    'envcloud.mee.gov.cn/system-number': '2',
    'envcloud.mee.gov.cn/system': 's002-x',
    'envcloud.mee.gov.cn/backup-tier': tier,
  };
}
