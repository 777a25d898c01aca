import { evaluateStackPolicy, judgeStack, type PlannedResource } from '../../engine/policy-run';
import { drTierRealised, statefulInBackupPlan } from '../../policies/dr/backups';
import { recordResource } from '../audit/support';
import { clone, happyManifest } from '../support/manifests';
import { planned } from './support';
import { happyStack, systemTags, veleroPieces, without } from './dr-support';

describe('dr-tier-realised (stack)', () => {
  it('passes a gold system whose plan copies to both other centers, with a remote replica and bucket replication', async () => {
    expect(await evaluateStackPolicy(drTierRealised, happyStack())).toEqual([]);
  });
  it('flags a gold plan that copies to one center only', async () => {
    const resources = happyStack().map((resource) =>
      resource.name === 'backups-gold'
        ? { ...resource, dependencies: resource.dependencies!.filter((urn) => !urn.endsWith('same-city-vault')) }
        : resource,
    );
    expect(await evaluateStackPolicy(drTierRealised, resources)).toEqual([
      {
        message: expect.stringContaining('copies to 1 other center(s); the tier needs 2'),
        urn: expect.stringContaining('backups-gold'),
      },
    ]);
  });
  it('flags a gold database without its replica and a gold bucket without replication', async () => {
    const messages = (
      await evaluateStackPolicy(
        drTierRealised,
        ['s002-db-replica', 's002-data-replication', 's002-data-replica'].reduce(without, happyStack()),
      )
    ).map((violation) => violation.message);
    expect(messages).toEqual([
      expect.stringContaining('gold database s002-db has no replica'),
      expect.stringContaining('gold bucket s002-data is not replicated'),
    ]);
  });
  it('on clusters only, asks for the tier’s storage class in as many centers as the tier needs', async () => {
    const claim = planned('kubernetes:core/v1:PersistentVolumeClaim', 'v', {
      metadata: {
        labels: {
          'envcloud.mee.gov.cn/system-number': '2',
          'envcloud.mee.gov.cn/system': 's002-x',
          'envcloud.mee.gov.cn/backup-tier': 'bronze',
        },
      },
    });
    const storageClass = (center: string) =>
      planned(
        'kubernetes:storage.k8s.io/v1:StorageClass',
        `${center}-sc-bronze`,
        { metadata: { name: 'envcloud-bronze' } },
        { center: `${center}-k8s` },
      );
    expect(await evaluateStackPolicy(drTierRealised, [claim, storageClass('primary'), storageClass('remote')])).toEqual(
      [],
    );
    expect(await evaluateStackPolicy(drTierRealised, [claim, storageClass('primary')])).toEqual([
      { message: expect.stringContaining('needs its storage class in 2 centers; it is in 1') },
    ]);
  });
});

describe('stateful-in-backup-plan (stack)', () => {
  it('passes system data whose tier a selection takes', async () => {
    expect(await evaluateStackPolicy(statefulInBackupPlan, happyStack())).toEqual([]);
  });
  it('flags data whose tier no selection takes, and data in no tier', async () => {
    const unselected = await evaluateStackPolicy(statefulInBackupPlan, without(happyStack(), 'backups-gold-selection'));
    expect(unselected.map((violation) => violation.urn!.split('::').pop())).toEqual([
      's002-db',
      's002-data',
      's002-data-replica',
    ]);
    const untiered = happyStack().map((resource) =>
      resource.name === 's002-data' ? { ...resource, props: { tags: systemTags('none') } } : resource,
    );
    expect(await evaluateStackPolicy(statefulInBackupPlan, untiered)).toEqual([
      { message: expect.stringContaining('in no backup tier'), urn: expect.stringContaining('s002-data') },
    ]);
  });
  it('flags a volume in a storage class below its system’s tier', async () => {
    const claim = (storageClassName: string) =>
      planned('kubernetes:core/v1:PersistentVolumeClaim', 'v', {
        metadata: { labels: { 'envcloud.mee.gov.cn/backup-tier': 'silver' } },
        spec: { storageClassName },
      });
    expect(await evaluateStackPolicy(statefulInBackupPlan, [claim('envcloud-gold')])).toEqual([]);
    expect(await evaluateStackPolicy(statefulInBackupPlan, [claim('envcloud-bronze')])).toEqual([
      { message: expect.stringContaining("below its system's tier silver"), urn: expect.any(String) },
    ]);
  });
});

describe('declared stored data (system records) against what the stack holds', () => {
  /** System 2's record, gold, declaring a database and a bucket "data"; the happy stack holds both, backed up in gold. */
  const manifest = () => {
    const system = clone(happyManifest());
    system.metadata.number = 2;
    system.metadata.slug = 's002-x';
    system.spec.protection.backup.tier = 'gold';
    system.spec.placement!.database = { engine: 'postgresql', sizeGiB: 50 };
    system.spec.placement!.storage = { object: [{ name: 'data', sizeGiB: 10 }] };
    return system;
  };
  const record = (system = manifest()) => recordResource(system, 'test');
  const stack = (system = manifest()) => [...happyStack(), record(system)];
  const both = async (resources: PlannedResource[]) => [
    ...(await evaluateStackPolicy(statefulInBackupPlan, resources)),
    ...(await evaluateStackPolicy(drTierRealised, resources)),
  ];

  it('passes a system whose declared database and bucket the stack holds, backed up in its tier', async () => {
    expect(await both(stack())).toEqual([]);
  });
  it('fails, in both policies and on the system’s record, a declared database no resource holds (the onprem stack today)', async () => {
    const resources = without(without(stack(), 's002-db'), 's002-db-replica');
    const violations = await both(resources);
    expect(violations).toEqual([
      {
        message: expect.stringMatching(
          /^system 2 \(s002-x\) declares stored data that no resource of the stack holds.*database \(postgresql, 50 GiB\)/,
        ),
        urn: record().urn,
      },
      {
        message: expect.stringMatching(
          /^system 2 \(s002-x\) declares the gold tier, which the stack does not realise for its data: database \(postgresql, 50 GiB\): no resource holds it$/,
        ),
        urn: record().urn,
      },
    ]);
  });
  it('fails a declared bucket whose name no bucket of the system has', async () => {
    const system = manifest();
    system.spec.placement!.storage = { object: [{ name: 'archive', sizeGiB: 10 }] };
    const messages = (await both(stack(system))).map((violation) => violation.message);
    expect(messages).toEqual([
      expect.stringContaining('bucket "archive" (10 GiB)'),
      expect.stringContaining('bucket "archive" (10 GiB): no resource holds it'),
    ]);
  });
  it('fails dr-tier-realised when the data is held but no backup selection takes its tier', async () => {
    const violations = await evaluateStackPolicy(drTierRealised, without(stack(), 'backups-gold-selection'));
    expect(violations).toEqual([
      {
        message: expect.stringContaining(
          'database (postgresql, 50 GiB): Instance s002-db is in the gold tier, but no backup selection takes it',
        ),
        urn: record().urn,
      },
    ]);
  });
  it('holds a declared volume by the system’s claim in its tier’s storage class, present in its cluster', async () => {
    const system = manifest();
    system.spec.placement!.storage = { block: [{ name: 'files', sizeGiB: 20 }] };
    delete system.spec.placement!.database;
    const labels = {
      'envcloud.mee.gov.cn/system-number': '2',
      'envcloud.mee.gov.cn/system': 's002-x',
      'envcloud.mee.gov.cn/backup-tier': 'gold',
    };
    const claim = planned(
      'kubernetes:core/v1:PersistentVolumeClaim',
      's002-x-files',
      { metadata: { name: 's002-x-files', labels }, spec: { storageClassName: 'envcloud-gold' } },
      { center: 'primary-k8s' },
    );
    const storageClass = (center: string) =>
      planned(
        'kubernetes:storage.k8s.io/v1:StorageClass',
        `${center}-sc-gold`,
        { metadata: { name: 'envcloud-gold' } },
        { center: `${center}-k8s` },
      );
    const k8sOnly = [
      record(system),
      claim,
      storageClass('primary'),
      storageClass('same-city'),
      storageClass('remote'),
      ...veleroPieces(),
    ];
    expect(await both(k8sOnly)).toEqual([]);
    // The claim's own cluster lacks the class: the tier is not realised for the volume.
    expect(await evaluateStackPolicy(drTierRealised, without(k8sOnly, 'primary-sc-gold'))).toEqual(
      expect.arrayContaining([
        {
          message: expect.stringContaining(
            'volume "files" (20 GiB): volume s002-x-files asks for storage class envcloud-gold, which its cluster does not have',
          ),
          urn: record().urn,
        },
      ]),
    );
  });
  it('is not applicable to a stack with no system data and no system declaring any', async () => {
    const system = manifest();
    delete system.spec.placement!.database;
    delete system.spec.placement!.storage;
    system.spec.protection.backup.tier = 'none';
    expect(await judgeStack(statefulInBackupPlan, [record(system)])).toMatchObject({ applicable: false });
    expect(await judgeStack(drTierRealised, [record(system)])).toMatchObject({ applicable: false });
    expect(await judgeStack(statefulInBackupPlan, [record()])).toMatchObject({
      applicable: true,
      violations: [expect.anything()],
    });
  });
});
