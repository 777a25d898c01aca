import { evaluateStackPolicy, type PlannedResource } from '../../engine/policy-run';
import { drTierRealised, statefulInBackupPlan } from '../../policies/dr/backups';
import { planned } from './support';

const systemTags = (tier: string) => ({ 'envcloud:system-number': '2', 'envcloud:system': 's002-x', 'envcloud:backup-tier': tier });
const vault = (center: string) => planned('aws:backup/vault:Vault', `${center}-vault`, {}, { center: `${center}-aws` });

/** Three centers; a plan per tier copying to the vaults it depends on; a gold database with its remote replica; a replicated gold bucket. */
function happyStack(): PlannedResource[] {
  const vaults = ['primary', 'same-city', 'remote'].map(vault);
  const [primary, sameCity, remote] = vaults as [PlannedResource, PlannedResource, PlannedResource];
  const plan = (tier: string, copies: PlannedResource[]) => planned('aws:backup/plan:Plan', `backups-${tier}`, { rules: [{ ruleName: tier }] }, { center: 'primary-aws', dependencies: [primary.urn, ...copies.map((copy) => copy.urn)] });
  const selection = (tier: string) => planned('aws:backup/selection:Selection', `backups-${tier}-selection`, { selectionTags: [{ type: 'STRINGEQUALS', key: 'envcloud:backup-tier', value: tier }] });
  const db = planned('aws:rds/instance:Instance', 's002-db', { multiAz: true, tags: systemTags('gold') }, { center: 'primary-aws' });
  const replica = planned('aws:rds/instance:Instance', 's002-db-replica', { replicateSourceDb: 'arn', tags: systemTags('gold') }, { center: 'remote-aws', dependencies: [db.urn] });
  const bucket = planned('aws:s3/bucket:Bucket', 's002-data', { tags: systemTags('gold') }, { center: 'primary-aws' });
  const replicaBucket = planned('aws:s3/bucket:Bucket', 's002-data-replica', { tags: systemTags('gold') }, { center: 'remote-aws' });
  const replication = planned('aws:s3/bucketReplicationConfig:BucketReplicationConfig', 's002-data-replication', {}, { center: 'primary-aws', dependencies: [bucket.urn, replicaBucket.urn] });
  return [...vaults, plan('gold', [sameCity, remote]), selection('gold'), db, replica, bucket, replicaBucket, replication];
}

const without = (resources: PlannedResource[], name: string) => resources.filter((resource) => resource.name !== name);

describe('dr-tier-realised (stack)', () => {
  it('passes a gold system whose plan copies to both other centers, with a remote replica and bucket replication', async () => {
    expect(await evaluateStackPolicy(drTierRealised, happyStack())).toEqual([]);
  });
  it('flags a gold plan that copies to one center only', async () => {
    const resources = happyStack().map((resource) => (resource.name === 'backups-gold' ? { ...resource, dependencies: resource.dependencies!.filter((urn) => !urn.endsWith('same-city-vault')) } : resource));
    expect(await evaluateStackPolicy(drTierRealised, resources)).toEqual([{ message: expect.stringContaining('copies to 1 other center(s); the tier needs 2'), urn: expect.stringContaining('backups-gold') }]);
  });
  it('flags a gold database without its replica and a gold bucket without replication', async () => {
    const messages = (await evaluateStackPolicy(drTierRealised, ['s002-db-replica', 's002-data-replication', 's002-data-replica'].reduce(without, happyStack()))).map((violation) => violation.message);
    expect(messages).toEqual([expect.stringContaining('gold database s002-db has no replica'), expect.stringContaining('gold bucket s002-data is not replicated')]);
  });
  it('on clusters only, asks for the tier’s storage class in as many centers as the tier needs', async () => {
    const claim = planned('kubernetes:core/v1:PersistentVolumeClaim', 'v', { metadata: { labels: { 'envcloud.mee.gov.cn/system-number': '2', 'envcloud.mee.gov.cn/system': 's002-x', 'envcloud.mee.gov.cn/backup-tier': 'bronze' } } });
    const storageClass = (center: string) => planned('kubernetes:storage.k8s.io/v1:StorageClass', `${center}-sc-bronze`, { metadata: { name: 'envcloud-bronze' } }, { center: `${center}-k8s` });
    expect(await evaluateStackPolicy(drTierRealised, [claim, storageClass('primary'), storageClass('remote')])).toEqual([]);
    expect(await evaluateStackPolicy(drTierRealised, [claim, storageClass('primary')])).toEqual([{ message: expect.stringContaining('needs its storage class in 2 centers; it is in 1') }]);
  });
});

describe('stateful-in-backup-plan (stack)', () => {
  it('passes system data whose tier a selection takes', async () => {
    expect(await evaluateStackPolicy(statefulInBackupPlan, happyStack())).toEqual([]);
  });
  it('flags data whose tier no selection takes, and data in no tier', async () => {
    const unselected = await evaluateStackPolicy(statefulInBackupPlan, without(happyStack(), 'backups-gold-selection'));
    expect(unselected.map((violation) => violation.urn!.split('::').pop())).toEqual(['s002-db', 's002-data', 's002-data-replica']);
    const untiered = happyStack().map((resource) => (resource.name === 's002-data' ? { ...resource, props: { tags: systemTags('none') } } : resource));
    expect(await evaluateStackPolicy(statefulInBackupPlan, untiered)).toEqual([{ message: expect.stringContaining('in no backup tier'), urn: expect.stringContaining('s002-data') }]);
  });
  it('flags a volume in a storage class below its system’s tier', async () => {
    const claim = (storageClassName: string) =>
      planned('kubernetes:core/v1:PersistentVolumeClaim', 'v', { metadata: { labels: { 'envcloud.mee.gov.cn/backup-tier': 'silver' } }, spec: { storageClassName } });
    expect(await evaluateStackPolicy(statefulInBackupPlan, [claim('envcloud-gold')])).toEqual([]);
    expect(await evaluateStackPolicy(statefulInBackupPlan, [claim('envcloud-bronze')])).toEqual([{ message: expect.stringContaining("below its system's tier silver"), urn: expect.any(String) }]);
  });
});
