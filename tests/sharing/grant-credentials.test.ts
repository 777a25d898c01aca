// Per-grant credentials on the ministry's clusters (issue #13 §2): an RGW user and a bucket-policy
// statement per live grant on the provider's buckets, a CloudNativePG role per live grant on its
// database, and an expired grant's role kept `ensure: absent` so the next plan drops it.
import * as pulumi from '@pulumi/pulumi';
import { plausibleState } from '../../engine/fake-state';
import { installRecordingMocks } from '../../engine/mocks';
import { PROJECT } from '../../engine/offline';
import { toPlan, type Plan } from '../../engine/plan';
import {
  grantObjectUser,
  grantObjectUserArgs,
  grantRoleConsumer,
  grantRoleName,
  grantRoles,
  passwordValidUntil,
  type StoreGrant,
} from '../../components/grant-credentials';
import { systemBucketPolicy } from '../../components/onprem-object-stores';
import type { SystemMigration } from '../../model/domain';
import { loadSharing, storeGrants } from '../../stacks/data-access';
import { definePlatform } from '../../stacks/platform';
import { pulumiConfigOf } from '../../stacks/project-file';
import { loadStackFile } from '../../stacks/stack-file';
import { clone, happyManifest, LAW_BASIS } from '../support/manifests';
import { root, shippedManifests } from './support';

// sr-2026-001: no. 49 reads no. 181's data, granted until 2027-03-10. sr-2017-001 (57 reads 49) and
// sr-2018-002 (44 reads 94) expired long ago; sr-2018-001 (90 asks 125) was refused.
const SYSTEMS = [49, 57, 181];
const LIVE = '2027-03-10';
const EXPIRED = '2027-03-11';
const USER = 's049-grant-sr-2026-001';
const ROLE = 's049_grant_sr_2026_001';

async function planOf(all: SystemMigration[], asOf: string): Promise<Plan> {
  const selected = all.filter((manifest) => SYSTEMS.includes(manifest.metadata.number));
  const stackFile = loadStackFile(root, 'onprem');
  const mocks = await installRecordingMocks(PROJECT, 'onprem', { state: plausibleState });
  pulumi.runtime.setAllConfig(pulumiConfigOf(stackFile.values), stackFile.secretKeys);
  await definePlatform(stackFile.platform, selected, all, undefined, await loadSharing(root, asOf));
  await mocks.settle();
  return toPlan('onprem', mocks.registrations);
}

const ofType = (plan: Plan, kind: string) => plan.resources.filter((resource) => resource.type.endsWith(`:${kind}`));
const metaName = (resource: { inputs: Record<string, unknown> }) => (resource.inputs.metadata as { name: string }).name;
const spec = (resource: { inputs: Record<string, unknown> }) => resource.inputs.spec as Record<string, any>;
const cluster = (plan: Plan, name: string) => ofType(plan, 'Cluster').find((found) => metaName(found) === name)!;
const bucketPolicy = (plan: Plan, name: string) =>
  JSON.parse(
    spec(ofType(plan, 'ObjectBucketClaim').find((found) => metaName(found) === name)!).additionalConfig.bucketPolicy,
  ) as { Statement: { Sid: string; Principal: unknown; Action: unknown; Resource: unknown }[] };

describe('the credentials of one grant (pure)', () => {
  const manifest = (number: number) => happyManifest({ number });
  const live: StoreGrant = { id: 'sr-2026-001', consumer: manifest(49), live: true, expiresOn: '2027-03-10', paths: [] };

  it('names the RGW user and the role after the consumer and the grant, and reads the consumer back', () => {
    expect(grantObjectUser(manifest(49), 'sr-2026-001')).toBe(USER);
    expect(grantRoleName(manifest(49), 'sr-2026-001')).toBe(ROLE);
    expect(grantRoleConsumer(ROLE)).toBe(49);
    expect(grantRoleConsumer('app')).toBeUndefined();
    expect(grantRoleConsumer('s049_reads_everything')).toBeUndefined();
  });

  it('makes a live grant a reading login role whose password ends with the grant, and any other an absent one', () => {
    const roles = grantRoles('s181-db', [{ ...live, id: 'sr-2026-002' }, { ...live, live: false }]);
    expect(roles).toEqual([
      { name: ROLE, ensure: 'absent' },
      {
        name: 's049_grant_sr_2026_002',
        ensure: 'present',
        comment: "grant sr-2026-002: system 49 reads this system's data until 2027-03-10",
        login: true,
        inRoles: ['pg_read_all_data'],
        connectionLimit: 5,
        passwordSecret: { name: 's181-db-grant-sr-2026-002' },
        validUntil: '2027-03-10T16:00:00Z',
      },
    ]);
    // 16:00 UTC is midnight in Beijing: the password works through the last day and not a second longer.
    expect(new Date(passwordValidUntil('2027-03-10')).toLocaleString('sv', { timeZone: 'Asia/Shanghai' })).toBe(
      '2027-03-11 00:00:00',
    );
    expect(grantRoles('c', [{ ...live, expiresOn: undefined } as unknown as StoreGrant])[0]).not.toHaveProperty(
      'validUntil',
    );
  });

  it('lets the grant’s user list and read that bucket only, besides the TLS denial and the platform’s versioning', () => {
    const policy = JSON.parse(
      systemBucketPolicy('envcloud-s181-data', 'envcloud-platform', [{ sid: 'Grantsr2026001Reads', user: USER }]),
    ) as { Statement: object[] };
    expect(policy.Statement).toHaveLength(3);
    expect(policy.Statement[2]).toEqual({
      Sid: 'Grantsr2026001Reads',
      Effect: 'Allow',
      Principal: { AWS: [`arn:aws:iam:::user/${USER}`] },
      Action: ['s3:GetObject', 's3:ListBucket'],
      Resource: ['arn:aws:s3:::envcloud-s181-data', 'arn:aws:s3:::envcloud-s181-data/*'],
    });
  });

  it('puts the user beside the object store, as the consumer’s, without bucket creation or admin rights', () => {
    const args = grantObjectUserArgs(manifest(181), live);
    expect(args.metadata.namespace).toBe('rook-ceph');
    expect(args.metadata.labels['envcloud.mee.gov.cn/system-number']).toBe('49');
    // A credential is made again from the plan, never restored from a backup.
    expect(args.metadata.labels).not.toHaveProperty(['envcloud.mee.gov.cn/backup-tier']);
    expect(args.spec).toEqual({
      store: 'envcloud-objects',
      displayName: 'system 49 reads system 181 (grant sr-2026-001)',
      quotas: { maxBuckets: -1 },
    });
  });
});

describe('onprem plans with the shipped grants', () => {
  let all: SystemMigration[];
  let live: Plan;
  let expired: Plan;
  beforeAll(async () => {
    all = await shippedManifests();
    live = await planOf(all, LIVE);
    expired = await planOf(all, EXPIRED);
  }, 180000);

  it('gives the live grant an RGW user in rook-ceph of the primary center, labelled as the consumer’s', () => {
    const users = ofType(live, 'CephObjectStoreUser');
    expect(users.map(metaName)).toEqual([USER]);
    const metadata = users[0]!.inputs.metadata as { namespace: string; labels: Record<string, string> };
    expect(metadata.namespace).toBe('rook-ceph');
    expect(metadata.labels).toMatchObject({
      'envcloud.mee.gov.cn/system-number': '49',
      'envcloud.mee.gov.cn/access-provider': '181',
      'envcloud.mee.gov.cn/access-grant': 'sr-2026-001',
    });
    expect(users[0]!.provider).toContain('primary-k8s');
  });

  it('lets that user read no. 181’s bucket, and only no. 181’s', () => {
    const statements = bucketPolicy(live, 's181-sjcsyjhpt-data').Statement;
    expect(statements.map((statement) => statement.Sid)).toEqual([
      'TlsOnly',
      'PlatformSetsVersioning',
      'Grantsr2026001Reads',
    ]);
    for (const claim of ofType(live, 'ObjectBucketClaim').filter((found) => metaName(found) !== 's181-sjcsyjhpt-data'))
      expect(JSON.stringify(spec(claim))).not.toContain(USER);
  });

  it('gives no. 181’s database a reading role for the grant, and the expired grant into no. 49 an absent one', () => {
    expect(spec(cluster(live, 's181-sjcsyjhpt-db')).managed.roles).toEqual([
      expect.objectContaining({ name: ROLE, ensure: 'present', login: true, inRoles: ['pg_read_all_data'] }),
    ]);
    // sr-2017-001 (no. 57 reads no. 49) expired on 2018-12-31.
    expect(spec(cluster(live, 's049-gkzdwryzdjkyjcsjkxt-db')).managed.roles).toEqual([
      { name: 's057_grant_sr_2017_001', ensure: 'absent' },
    ]);
    expect(spec(cluster(live, 's057-dqwrjgpt-db'))).not.toHaveProperty('managed');
  });

  it('removes the user and the statement the day after, and keeps the role absent so PostgreSQL drops it', () => {
    expect(ofType(expired, 'CephObjectStoreUser')).toEqual([]);
    expect(bucketPolicy(expired, 's181-sjcsyjhpt-data').Statement).toHaveLength(2);
    expect(spec(cluster(expired, 's181-sjcsyjhpt-db')).managed.roles).toEqual([{ name: ROLE, ensure: 'absent' }]);
  });

  it('gives a system holding not-shared data no credential, whatever the grant', async () => {
    const secret = clone(all).map((manifest) => {
      if (manifest.metadata.number !== 181) return manifest;
      manifest.spec.dataResources![0]!.sharing = { type: 'not-shared', legalBasis: LAW_BASIS } as never;
      return manifest;
    });
    expect(storeGrants(secret, await loadSharing(root, LIVE)).get(181)).toEqual([
      expect.objectContaining({ id: 'sr-2026-001', live: false, paths: [] }),
    ]);
    const plan = await planOf(secret, LIVE);
    expect(ofType(plan, 'CephObjectStoreUser')).toEqual([]);
    expect(bucketPolicy(plan, 's181-sjcsyjhpt-data').Statement).toHaveLength(2);
    expect(spec(cluster(plan, 's181-sjcsyjhpt-db')).managed.roles).toEqual([{ name: ROLE, ensure: 'absent' }]);
  }, 120000);
});
