import { evaluateStackPolicy, type PlannedResource } from '../../engine/policy-run';
import { drTierRealised, statefulInBackupPlan } from '../../policies/dr/backups';
import {
  edit,
  pgScheduledBackup as scheduled,
  objectZone as zone,
  onpremDataStack as happy,
  without,
} from './dr-support';

// A system's declared database and bucket held on the ministry's own clusters: a CloudNativePG cluster
// (with its ScheduledBackup, WAL archive and replica clusters) and a Rook bucket claim (its object
// store a zone of a multisite zone group). Each test starts from the happy stack and breaks one thing.

const realised = async (resources: PlannedResource[]) =>
  (await evaluateStackPolicy(drTierRealised, resources)).map((violation) => violation.message);
const PREFIX = 'system 2 (s002-x) declares the gold tier, which the stack does not realise for its data: ';

describe('declared data on the clusters: CloudNativePG clusters and Rook bucket claims', () => {
  it('passes a gold system whose database cluster and bucket claim are copied to both other centers', async () => {
    expect(await realised(happy())).toEqual([]);
    expect(await evaluateStackPolicy(statefulInBackupPlan, happy())).toEqual([]);
  });
  it('does not count a replica cluster, or a cluster of another system, as holding the database', async () => {
    const replicasOnly = edit(happy(), 'primary-s002-x-db', (props) => {
      props.spec.replica = { enabled: true, source: 'elsewhere' };
    });
    expect(await realised(replicasOnly)).toEqual([`${PREFIX}database (postgresql, 50 GiB): no resource holds it`]);
    const otherSystem = ['primary-s002-x-db', 'remote-s002-x-db'].reduce(
      (resources, name) =>
        edit(resources, name, (props) => (props.metadata.labels['envcloud.mee.gov.cn/system-number'] = '3')),
      happy(),
    );
    expect(await realised(otherSystem)).toEqual([`${PREFIX}database (postgresql, 50 GiB): no resource holds it`]);
  });
  it('fails a database cluster without a ScheduledBackup, or with one in a lower tier’s schedule', async () => {
    expect(await realised(without(happy(), 'primary-s002-x-db-backup'))).toEqual([
      `${PREFIX}database (postgresql, 50 GiB): database cluster s002-x-db has no ScheduledBackup, so no base backup is taken`,
    ]);
    const silver = happy().map((resource) =>
      resource.name === 'primary-s002-x-db-backup' ? scheduled('primary', 'silver') : resource,
    );
    expect(await realised(silver)).toEqual([
      `${PREFIX}database (postgresql, 50 GiB): database cluster s002-x-db has its ScheduledBackup in the silver schedule, below the gold tier`,
    ]);
    const unlabelled = edit(happy(), 'primary-s002-x-db-backup', (props) => (props.metadata.labels = {}));
    expect(await realised(unlabelled)).toEqual([
      `${PREFIX}database (postgresql, 50 GiB): database cluster s002-x-db has its ScheduledBackup in the unlabelled schedule, below the gold tier`,
    ]);
    // A ScheduledBackup of another namespace or cluster, or in another center, is not the cluster's.
    for (const change of [
      (props: Record<string, any>) => (props.metadata.namespace = 'elsewhere'),
      (props: Record<string, any>) => (props.spec.cluster.name = 'other-db'),
    ])
      expect(await realised(edit(happy(), 'primary-s002-x-db-backup', change))).toEqual([
        expect.stringContaining('database cluster s002-x-db has no ScheduledBackup'),
      ]);
  });
  it('fails a database cluster archiving its WAL into no store of the stack', async () => {
    for (const endpointURL of ['https://s3.elsewhere.example/wal', 's3.same-city.example', undefined])
      expect(
        await realised(
          edit(
            happy(),
            'primary-s002-x-db',
            (props) => (props.spec.backup.barmanObjectStore.endpointURL = endpointURL),
          ),
        ),
      ).toEqual([
        `${PREFIX}database (postgresql, 50 GiB): database cluster s002-x-db archives its WAL into no object store of the stack's centers (spec.backup.barmanObjectStore)`,
      ]);
  });
  it('counts a replica cluster’s center only when it takes base backups and archives in its own center', async () => {
    const short = `${PREFIX}database (postgresql, 50 GiB): database cluster s002-x-db has backups in 1 other center(s); the gold tier needs 2 (same-city, remote)`;
    expect(await realised(without(happy(), 'remote-s002-x-db-backup'))).toEqual([short]);
    expect(
      await realised(
        edit(happy(), 'remote-s002-x-db', (props) => {
          props.spec.backup.barmanObjectStore.endpointURL = 'https://s3.same-city.example/wal';
        }),
      ),
    ).toEqual([short]);
    for (const change of [
      (props: Record<string, any>) => (props.metadata.namespace = 'elsewhere'),
      (props: Record<string, any>) => (props.spec.replica.source = 'other-db'),
    ])
      expect(await realised(edit(happy(), 'remote-s002-x-db', change))).toEqual([short]);
    // Archiving into its own center's store is no copy elsewhere.
    expect(
      await realised(
        edit(happy(), 'primary-s002-x-db', (props) => {
          props.spec.backup.barmanObjectStore.endpointURL = 'https://s3.primary.example/wal';
        }),
      ),
    ).toEqual([expect.stringContaining('has backups in 1 other center(s)')]);
  });
  it('does not count a cluster whose replica is not enabled as a copy of the database', async () => {
    const notReplica = happy().map((resource) =>
      resource.name === 'remote-s002-x-db'
        ? {
            ...resource,
            props: { ...resource.props, spec: { ...(resource.props.spec as object), replica: { enabled: false } } },
          }
        : resource,
    );
    expect(await realised(notReplica)).toEqual([
      expect.stringContaining('database cluster s002-x-db has backups in 1 other center(s)'),
    ]);
  });
  it('fails a bucket claim whose class, zone or zone group does not copy it to the centers the tier needs', async () => {
    expect(await realised(without(happy(), 'primary-bucket-class'))).toEqual([
      `${PREFIX}bucket "data" (10 GiB): bucket claim s002-x-data asks for bucket class envcloud-buckets, which its cluster does not have`,
    ]);
    expect(await realised(edit(happy(), 's002-x-data', (props) => delete props.spec.storageClassName))).toEqual([
      `${PREFIX}bucket "data" (10 GiB): bucket claim s002-x-data asks for bucket class (none), which its cluster does not have`,
    ]);
    const nowhere = `${PREFIX}bucket "data" (10 GiB): bucket claim s002-x-data is in an object store that is no zone of a multisite zone group, so it is copied nowhere`;
    expect(await realised(without(happy(), 'primary-zone'))).toEqual([nowhere]);
    expect(await realised(edit(happy(), 'primary-store', (props) => delete props.spec.zone))).toEqual([nowhere]);
    const twoCenters = happy().map((resource) =>
      resource.name === 'remote-zone' ? zone('remote', 'other') : resource,
    );
    expect(await realised(twoCenters)).toEqual([
      `${PREFIX}bucket "data" (10 GiB): bucket claim s002-x-data is replicated to 1 other center(s); the gold tier needs 2 (same-city, remote)`,
    ]);
  });
  it('does not hold a declared bucket by a claim whose name does not end with the bucket’s', async () => {
    const renamed = happy().map((resource) =>
      resource.name === 's002-x-data' ? { ...resource, name: 's002-x-datafiles' } : resource,
    );
    expect(await realised(renamed)).toEqual([`${PREFIX}bucket "data" (10 GiB): no resource holds it`]);
    expect((await evaluateStackPolicy(statefulInBackupPlan, renamed)).map((violation) => violation.message)).toEqual([
      expect.stringContaining(
        'bucket "data" (10 GiB) (looked for aws:s3/bucket:Bucket, kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim of the system)',
      ),
    ]);
  });
});
