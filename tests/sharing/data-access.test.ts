// Access follows grants (issue #13 §2): the plans open a system's data to the resource center and to
// the holders of live grants, and an expired grant's access is gone from the next plan.
import type { Plan } from '../../engine/plan';
import { databaseReadUser, readPolicy } from '../../components/data-access';
import { clone, happyManifest } from '../support/manifests';
import { smallPlan } from './support';

// sr-2026-001: no. 49 was granted no. 181's data on 2026-03-11, until 2027-03-10. No. 57 holds no grant.
const SYSTEMS = [49, 57, 181];
const LIVE = '2027-03-10';
const EXPIRED = '2027-03-11';

function named(plan: Plan, type: string) {
  return plan.resources.filter((resource) => resource.type === type);
}

function accessPolicy(plan: Plan) {
  return named(plan, 'kubernetes:networking.k8s.io/v1:NetworkPolicy').find(
    (resource) => (resource.inputs.metadata as { name: string }).name === 's181-sjcsyjhpt-data-access',
  );
}

describe('on the ministry’s clusters (onprem)', () => {
  let live: Plan;
  let expired: Plan;
  beforeAll(async () => {
    live = await smallPlan('onprem', SYSTEMS, LIVE);
    expired = await smallPlan('onprem', SYSTEMS, EXPIRED);
  }, 120000);

  it('admits the system itself, the resource center and the grant holder’s pods into the database pods, on PostgreSQL only', () => {
    const policy = accessPolicy(live)!;
    expect(policy.inputs.spec).toEqual({
      podSelector: { matchLabels: { 'cnpg.io/cluster': 's181-sjcsyjhpt-db' } },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [
            { podSelector: { matchLabels: { 'envcloud.mee.gov.cn/system': 's181-sjcsyjhpt' } } },
            { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'resource-center' } } },
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'bs-pollution-source' } },
              podSelector: { matchLabels: { 'envcloud.mee.gov.cn/system': 's049-gkzdwryzdjkyjcsjkxt' } },
            },
          ],
          ports: [{ port: 5432, protocol: 'TCP' }],
        },
      ],
    });
    const annotations = (policy.inputs.metadata as { annotations: Record<string, string> }).annotations;
    expect(annotations['envcloud.mee.gov.cn/access-paths']).toContain('49 → 181 (outside the catalog)');
  });

  it('records the grant in the registry as the consumer’s', () => {
    const records = named(live, 'kubernetes:core/v1:ConfigMap').filter(
      (resource) =>
        (resource.inputs.metadata as { labels: Record<string, string> }).labels['envcloud.mee.gov.cn/record'] ===
        'grant',
    );
    expect(records.map((record) => (record.inputs.metadata as { name: string }).name)).toEqual([
      's049-gkzdwryzdjkyjcsjkxt-grant-sr-2026-001',
    ]);
    expect(JSON.parse((records[0]!.inputs.data as Record<string, string>)['record.json']!)).toMatchObject({
      id: 'sr-2026-001',
      consumer: 49,
      provider: 181,
      expiresOn: '2027-03-10',
    });
  });

  it('drops the grant holder the day after the grant expires, and its record', () => {
    const from = (accessPolicy(expired)!.inputs.spec as { ingress: { from: unknown[] }[] }).ingress[0]!.from;
    expect(JSON.stringify(from)).not.toContain('s049');
    expect(from).toHaveLength(2);
    expect(JSON.stringify(named(expired, 'kubernetes:core/v1:ConfigMap'))).not.toContain('sr-2026-001');
  });
});

describe('on AWS (prod)', () => {
  let live: Plan;
  let expired: Plan;
  beforeAll(async () => {
    live = await smallPlan('prod', SYSTEMS, LIVE);
    expired = await smallPlan('prod', SYSTEMS, EXPIRED);
  }, 120000);

  const roles = (plan: Plan) =>
    named(plan, 'aws:iam/role:Role').filter(
      (role) => ((role.inputs.tags ?? {}) as Record<string, string>)['envcloud:access-provider'] !== undefined,
    );

  it('gives the grant holder a role of its own that reads the provider’s buckets and database, and the resource center one per provider', () => {
    expect(
      roles(live).map((role) => [role.name, (role.inputs.tags as Record<string, string>)['envcloud:access-basis']]),
    ).toEqual(
      expect.arrayContaining([
        ['s181-sjcsyjhpt-data-access-s049-gkzdwryzdjkyjcsjkxt', 'grant sr-2026-001'],
        ['s181-sjcsyjhpt-data-access-resource-center', 'unconditional'],
      ]),
    );
    const grantRole = roles(live).find((role) => role.name.endsWith('s049-gkzdwryzdjkyjcsjkxt'))!;
    expect((grantRole.inputs.tags as Record<string, string>)['envcloud:system-number']).toBe('49');
    // Its policy names the buckets' ARNs and the database's ID, unknown until they exist.
    expect(named(live, 'aws:iam/rolePolicy:RolePolicy').map((resource) => resource.name)).toContain(
      's181-sjcsyjhpt-data-access-s049-gkzdwryzdjkyjcsjkxt-read',
    );
  });

  it('reads, and nothing else: list and get the buckets, decrypt through S3, connect as the grant’s database user', () => {
    const key = 'arn:aws-cn:kms:cn-north-1:123456789012:key/mrk-1';
    const policy = JSON.parse(readPolicy(['arn:aws-cn:s3:::b1'], key, 'db-ABC', 's049_reads_s181')) as {
      Statement: { Sid: string; Action: unknown; Resource: unknown }[];
    };
    expect(policy.Statement.map((statement) => [statement.Sid, statement.Action, statement.Resource])).toEqual([
      ['ListBuckets', 's3:ListBucket', ['arn:aws-cn:s3:::b1']],
      ['ReadObjects', ['s3:GetObject', 's3:GetObjectVersion'], ['arn:aws-cn:s3:::b1/*']],
      ['DecryptThroughS3', 'kms:Decrypt', key],
      ['ConnectAsGrantUser', 'rds-db:connect', 'arn:aws-cn:rds-db:cn-north-1:123456789012:dbuser:db-ABC/s049_reads_s181'],
    ]);
  });

  it('removes the grant holder’s role when the grant has expired', () => {
    expect(roles(expired).map((role) => role.name)).not.toContain(
      's181-sjcsyjhpt-data-access-s049-gkzdwryzdjkyjcsjkxt',
    );
    expect(roles(expired).length).toBe(roles(live).length - 1);
  });
});

describe('the database user a reader connects as (IAM database authentication)', () => {
  // Named by slugs (`s001-hjbhbzfwz_reads_…`), it passed MySQL's 32 characters and PostgreSQL's 63.
  it('is named by inventory numbers and fits MySQL’s 32 characters for the longest slugs', () => {
    const system = (number: number, slug: string) => {
      const manifest = clone(happyManifest());
      manifest.metadata.number = number;
      manifest.metadata.slug = slug;
      return manifest;
    };
    const longest = `s1028-${'x'.repeat(57)}`;
    const provider = system(1028, longest);
    expect(databaseReadUser(system(49, longest), provider)).toBe('s049_reads_s1028');
    expect(databaseReadUser(undefined, provider)).toBe('resource_center_reads_s1028');
    expect(databaseReadUser(undefined, system(99999, longest)).length).toBeLessThanOrEqual(32);
    // A renamed system keeps its user: the number never changes.
    const renamed = system(49, 's049-new');
    renamed.metadata.previousSlugs = ['s049-old'];
    expect(databaseReadUser(renamed, provider)).toBe(databaseReadUser(system(49, 's049-other'), provider));
  });
});
