// The edges of a system's declared stored data against what the stack holds (policies/dr/declared-data.ts),
// which the main DR tests (dr.test.ts, dr-onprem-data.test.ts) pass over: which records are judged, which
// resource holds which item, how a holder's tier compares with the system's, and which center each piece of
// the clusters' backups is in. Each test starts from a happy stack of dr-support.ts and changes one thing.
import { evaluateStackPolicy, type PlannedResource } from '../../engine/policy-run';
import { drTierRealised, statefulInBackupPlan } from '../../policies/dr/backups';
import { recordResource } from '../audit/support';
import { clone, happyManifest } from '../support/manifests';
import {
  bucketClass,
  edit,
  goldStorageClass,
  happyStack,
  onpremDataStack,
  onpremLabels,
  onpremSystem,
  systemTags,
  without,
} from './dr-support';
import { planned } from './support';

/** System 2's record (as registered in stack `test`), with its JSON edited by `change`. */
const awsRecord = (change: (record: Record<string, any>) => void = () => undefined) => {
  const system = clone(happyManifest());
  system.metadata.number = 2;
  system.metadata.slug = 's002-x';
  system.spec.protection.backup.tier = 'gold';
  system.spec.placement!.database = { engine: 'postgresql', sizeGiB: 50 };
  system.spec.placement!.storage = { object: [{ name: 'data', sizeGiB: 10 }] };
  return rewritten(recordResource(system, 'test'), change);
};
const rewritten = (resource: PlannedResource, change: (record: Record<string, any>) => void) => {
  const data = JSON.parse((resource.props.data as Record<string, string>)['record.json']!);
  change(data);
  return { ...resource, props: { ...resource.props, data: { 'record.json': JSON.stringify(data) } } };
};
const withRecord = (resources: PlannedResource[], record: PlannedResource) => [
  ...resources.filter((resource) => resource.type !== 'kubernetes:core/v1:ConfigMap'),
  record,
];
const replace = (resources: PlannedResource[], name: string, resource: PlannedResource) =>
  resources.map((candidate) => (candidate.name === name ? resource : candidate));
const onCenter = (resources: PlannedResource[], name: string, center: string) =>
  resources.map((resource) =>
    resource.name === name
      ? { ...resource, provider: `urn:pulumi:test::envcloud::pulumi:providers:${center.split('-').pop()}::${center}` }
      : resource,
  );
/** dr-tier-realised's finding on system 2's data, the part after the tier: `database (…): problem; …`; undefined when none. */
const dataFinding = async (resources: PlannedResource[]) => {
  const found = (await evaluateStackPolicy(drTierRealised, resources))
    .map((violation) => violation.message)
    .filter((message) =>
      /^system 2 \(s002-x\) declares the \w+ tier, which the stack does not realise for its data: /.test(message),
    );
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.replace(/^.*which the stack does not realise for its data: /, '');
};

describe('which systems are judged on their declared data', () => {
  const noDatabase = without(without(happyStack(), 's002-db'), 's002-db-replica');
  it('judges a migrating system, not one being decommissioned or exempt', async () => {
    expect(await dataFinding([...noDatabase, awsRecord()])).toBe('database (postgresql, 50 GiB): no resource holds it');
    for (const outcome of ['decommission', 'exempt']) {
      const record = awsRecord((data) => (data.outcome = outcome));
      expect(await dataFinding([...noDatabase, record])).toBeUndefined();
      expect(await evaluateStackPolicy(statefulInBackupPlan, [...noDatabase, record])).toEqual([]);
    }
  });
  it('reads a record written before records carried stored data as declaring none', async () => {
    const record = awsRecord((data) => delete data.storedData);
    expect(await dataFinding([...noDatabase, record])).toBeUndefined();
    expect(await evaluateStackPolicy(statefulInBackupPlan, [...noDatabase, record])).toEqual([]);
  });
});

describe('which resource holds which declared item', () => {
  it('does not hold the database by a read replica', async () => {
    expect(await dataFinding([...without(happyStack(), 's002-db'), awsRecord()])).toBe(
      'database (postgresql, 50 GiB): no resource holds it',
    );
  });
  it('holds an item only by a resource of its kind, named with a dash before the item’s name', async () => {
    const asVolume = awsRecord((data) => {
      data.storedData.buckets = [];
      data.storedData.volumes = [{ name: 'data', sizeGiB: 10 }];
    });
    expect(await dataFinding([...happyStack(), asVolume])).toBe('volume "data" (10 GiB): no resource holds it');
    const undashed = happyStack().map((resource) =>
      resource.name === 's002-data' ? { ...resource, name: 's002xdata' } : resource,
    );
    expect(await dataFinding([...undashed, awsRecord()])).toBe('bucket "data" (10 GiB): no resource holds it');
  });
  it('is content with one holder backed up in the tier, and else names the first holder’s problem', async () => {
    const second = (tier: string) =>
      planned('aws:s3/bucket:Bucket', 'extra-data', { tags: systemTags(tier) }, { center: 'primary-aws' });
    expect(await dataFinding([...happyStack(), second('bronze'), awsRecord()])).toBeUndefined();
    const silver = replace(
      happyStack(),
      's002-data',
      planned('aws:s3/bucket:Bucket', 's002-data', { tags: systemTags('silver') }, { center: 'primary-aws' }),
    );
    expect(await dataFinding([...silver, second('bronze'), awsRecord()])).toBe(
      'bucket "data" (10 GiB): Bucket s002-data is not tagged with the gold tier (envcloud:backup-tier)',
    );
  });
});

describe('an AWS holder’s tier and backup selection', () => {
  const selection = (tags: { key: string; value: string }[] | undefined) =>
    planned('aws:backup/selection:Selection', 'backups-gold-selection', tags ? { selectionTags: tags } : {});
  it('takes the tier of a selection tag keyed envcloud:backup-tier only, and a selection without tags takes none', async () => {
    const stack = (resource: PlannedResource) => [
      ...replace(happyStack(), 'backups-gold-selection', resource),
      awsRecord((data) => (data.storedData.database = undefined)),
    ];
    expect(await dataFinding(stack(selection([{ key: 'envcloud:backup-tier', value: 'gold' }])))).toBeUndefined();
    for (const tags of [[{ key: 'tier', value: 'gold' }], undefined])
      expect(await dataFinding(stack(selection(tags)))).toBe(
        'bucket "data" (10 GiB): Bucket s002-data is in the gold tier, but no backup selection takes it',
      );
  });
  it('passes a holder in a higher tier than its system’s, and names the tier it is in', async () => {
    const silverSystem = awsRecord((data) => (data.backupTier = 'silver'));
    expect(await dataFinding([...happyStack(), silverSystem])).toBeUndefined();
    const bronze = replace(
      happyStack(),
      's002-db',
      planned('aws:rds/instance:Instance', 's002-db', { multiAz: true, tags: systemTags('bronze') }),
    );
    expect(await dataFinding([...bronze, silverSystem])).toBe(
      'database (postgresql, 50 GiB): Instance s002-db is not tagged with the silver tier (envcloud:backup-tier)',
    );
  });
});

describe('a volume: its storage class and the cluster it is in', () => {
  const volumeRecord = (tier = 'gold') =>
    rewritten(recordResource(onpremSystem(tier)), (data) => {
      data.storedData = { buckets: [], volumes: [{ name: 'files', sizeGiB: 20 }] };
    });
  const claim = (name: string, metadata: Record<string, unknown>, spec: Record<string, unknown>) =>
    planned('kubernetes:core/v1:PersistentVolumeClaim', name, { metadata, spec }, { center: 'primary-k8s' });
  const classes = ['primary', 'same-city', 'remote'].map(goldStorageClass);
  const labelled = { labels: onpremLabels() };
  it('holds a volume by the claim’s Kubernetes name, else by its resource name', async () => {
    const gold = { storageClassName: 'envcloud-gold' };
    expect(
      await dataFinding([volumeRecord(), ...classes, claim('pvc', { ...labelled, name: 's002-x-files' }, gold)]),
    ).toBeUndefined();
    expect(await dataFinding([volumeRecord(), ...classes, claim('s002-x-files', labelled, gold)])).toBeUndefined();
    expect(
      await dataFinding([volumeRecord(), ...classes, claim('s002-x-files', { ...labelled, name: 'pvc' }, gold)]),
    ).toBe('volume "files" (20 GiB): no resource holds it');
  });
  it('fails a claim in the default class, a class in no tier or a lower one; passes a higher one', async () => {
    const judged = (spec: Record<string, unknown>, tier = 'gold') =>
      dataFinding([volumeRecord(tier), ...classes, claim('s002-x-files', labelled, spec)]);
    expect(await judged({})).toBe(
      'volume "files" (20 GiB): volume s002-x-files is in storage class (default), below the gold tier',
    );
    expect(await judged({ storageClassName: 'fast-ssd' })).toBe(
      'volume "files" (20 GiB): volume s002-x-files is in storage class fast-ssd, below the gold tier',
    );
    expect(await judged({ storageClassName: 'envcloud-silver' })).toBe(
      'volume "files" (20 GiB): volume s002-x-files is in storage class envcloud-silver, below the gold tier',
    );
    expect(await judged({ storageClassName: 'envcloud-gold' }, 'silver')).toBeUndefined();
  });
});

describe('a CloudNativePG cluster: its schedule, its archive’s host and the centers of its copies', () => {
  const tiered = (tier: string, resources = onpremDataStack()) =>
    withRecord(resources, recordResource(onpremSystem(tier)));
  it('passes a schedule above the system’s tier, and one copy for bronze', async () => {
    expect(await dataFinding(tiered('silver'))).toBeUndefined();
    const archiveOnly = without(without(onpremDataStack(), 'remote-s002-x-db'), 'remote-s002-x-db-backup');
    expect(await dataFinding(tiered('bronze', archiveOnly))).toBeUndefined();
    expect(await dataFinding(tiered('silver', archiveOnly))).toContain('has backups in 1 other center(s)');
  });
  it('reads the archive’s host from a whole URL, in any case', async () => {
    const archive = (endpointURL: string) =>
      dataFinding(
        edit(onpremDataStack(), 'primary-s002-x-db', (props) => {
          props.spec.backup.barmanObjectStore.endpointURL = endpointURL;
        }),
      );
    expect(await archive('HTTPS://S3.Same-City.EXAMPLE/wal')).toBeUndefined();
    expect(await archive('http://s3.same-city.example')).toBeUndefined();
    for (const endpointURL of [' https://s3.same-city.example/wal', 'https:/s3.same-city.example/wal'])
      expect(await archive(endpointURL)).toContain('archives its WAL into no object store');
  });
  it('takes a ScheduledBackup only in the cluster’s own center', async () => {
    expect(await dataFinding(onCenter(onpremDataStack(), 'primary-s002-x-db-backup', 'same-city-k8s'))).toBe(
      'database (postgresql, 50 GiB): database cluster s002-x-db has no ScheduledBackup, so no base backup is taken',
    );
    expect(await dataFinding(onCenter(onpremDataStack(), 'remote-s002-x-db-backup', 'primary-k8s'))).toContain(
      'has backups in 1 other center(s)',
    );
  });
  it('does not count a replica cluster in the primary’s own center as a copy', async () => {
    const sameCenter = onCenter(
      onCenter(onpremDataStack(), 'remote-s002-x-db', 'primary-k8s'),
      'remote-s002-x-db-backup',
      'primary-k8s',
    );
    expect(await dataFinding(sameCenter)).toContain('has backups in 1 other center(s)');
  });
});

describe('a bucket claim: its bucket class, its store’s zone and the zone group', () => {
  const claimOnly = (resources: PlannedResource[]) =>
    withRecord(
      resources,
      rewritten(recordResource(onpremSystem()), (data) => (data.storedData.database = undefined)),
    );
  it('passes stores without hosts or zones beside the claim’s, and reads only a bucket class of its own cluster', async () => {
    const bare = planned(
      'kubernetes:ceph.rook.io/v1:CephObjectStore',
      'bare-store',
      { metadata: { name: 'bare', namespace: 'rook-ceph' } },
      { center: 'primary-k8s' },
    );
    expect(await dataFinding(claimOnly([...onpremDataStack(), bare]))).toBeUndefined();
    expect(await dataFinding(claimOnly(onCenter(onpremDataStack(), bucketClass.name, 'same-city-k8s')))).toBe(
      'bucket "data" (10 GiB): bucket claim s002-x-data asks for bucket class envcloud-buckets, which its cluster does not have',
    );
  });
  it('does not take a block storage class for a bucket class', async () => {
    const blockClass = edit(claimOnly(onpremDataStack()), 's002-x-data', (props) => {
      props.spec.storageClassName = 'envcloud-gold';
    });
    expect(await dataFinding(blockClass)).toBe(
      'bucket "data" (10 GiB): bucket claim s002-x-data asks for bucket class envcloud-gold, which its cluster does not have',
    );
  });
  it('reads the store’s zone in the store’s own center, and a zone group of two centers is enough for bronze', async () => {
    const misnamed = replace(
      without(onpremDataStack(), 'primary-zone'),
      'remote-zone',
      planned(
        'kubernetes:ceph.rook.io/v1:CephObjectZone',
        'remote-zone',
        { metadata: { name: 'zone-primary' }, spec: { zoneGroup: 'envcloud' } },
        { center: 'remote-k8s' },
      ),
    );
    expect(await dataFinding(claimOnly(misnamed))).toContain('is copied nowhere');
    const twoCenters = without(without(onpremDataStack(), 'same-city-zone'), 'same-city-store');
    const bronze = withRecord(
      twoCenters,
      rewritten(recordResource(onpremSystem('bronze')), (data) => (data.storedData.database = undefined)),
    );
    expect(await dataFinding(bronze)).toBeUndefined();
    expect(await dataFinding(claimOnly(twoCenters))).toContain('is replicated to 1 other center(s)');
  });
});
