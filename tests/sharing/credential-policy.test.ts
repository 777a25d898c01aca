// data-access-follows-grants judges the per-grant credentials of the ministry's stores too: an RGW user
// marked as reading a system, an RGW user a system bucket's policy lets read it, and a database role its
// cluster keeps. An ungranted credential fails at the consuming system's manifest (issue #13 §2).
import type { PolicyResource } from '@pulumi/policy';
import { auditResources } from '../../audit/run';
import type { PlannedResource } from '../../engine/policy-run';
import { judgeStack } from '../../engine/policy-run';
import { dataAccessFollowsGrants } from '../../policies/seed/data-access';
import { credentialPaths, isCredential } from '../../policies/seed/data-access-credentials';
import { validatePaths } from '../../validation/validate';
import { clone } from '../support/manifests';
import { resourcesOf, root, smallPlan } from './support';

const LIVE = '2027-03-10';
const SYSTEMS = [49, 57, 181];
let happy: PlannedResource[];

beforeAll(async () => {
  happy = resourcesOf(await smallPlan('onprem', SYSTEMS, LIVE));
}, 120000);

async function messages(resources: PlannedResource[]) {
  const judged = await judgeStack(dataAccessFollowsGrants, resources, { asOf: LIVE });
  return judged.violations.map((violation) => violation.message);
}

const CLUSTER = 's181-sjcsyjhpt-data-store-db';
const CLAIM = 's181-sjcsyjhpt-data-store-data';

/** The plan with one resource's props changed. */
function changed(name: string, change: (props: any) => void): PlannedResource[] {
  return happy.map((resource) => {
    if (resource.name !== name) return resource;
    const props = clone(resource.props);
    change(props);
    return { ...resource, props };
  });
}

function withStatement(statement: object): PlannedResource[] {
  return changed(CLAIM, (props) => {
    const policy = JSON.parse(props.spec.additionalConfig.bucketPolicy);
    policy.Statement.push(statement);
    props.spec.additionalConfig.bucketPolicy = JSON.stringify(policy);
  });
}

describe('the credentials as data paths', () => {
  it('reads the live grant’s user, its bucket statement and its role as paths from no. 49 into no. 181', () => {
    const paths = credentialPaths(happy as unknown as PolicyResource[]);
    expect(paths.map((path) => [path.via.name, path.provider.number, path.consumer])).toEqual([
      ['s181-sjcsyjhpt-data-store-grant-sr-2026-001', 181, { kind: 'system', number: 49, slug: 's049-gkzdwryzdjkyjcsjkxt' }],
      [CLAIM, 181, { kind: 'system', number: 49, slug: 's049-gkzdwryzdjkyjcsjkxt' }],
      [CLUSTER, 181, { kind: 'system', number: 49, slug: '' }],
    ]);
  });

  it('judges neither the platform’s versioning statement, nor an absent role, nor a cluster without roles', () => {
    const judged = happy.filter((resource) => isCredential(resource)).map((resource) => resource.name);
    expect(judged).toEqual(['s181-sjcsyjhpt-data-store-grant-sr-2026-001', CLAIM, CLUSTER]);
  });
});

describe('data-access-follows-grants on credentials', () => {
  it('passes the credentials of the live grant', async () => {
    expect(await messages(happy)).toEqual([]);
  });

  it('fails a database role for a system holding no grant, located at that system’s manifest', async () => {
    const roles = changed(CLUSTER, (props) =>
      props.spec.managed.roles.push({ name: 's057_grant_sr_2099_001', ensure: 'present', login: true }),
    );
    expect(await messages(roles)).toEqual([
      `Cluster ${CLUSTER} opens system 181's data to system 57, which holds no grant for it (rules art. 21: 向提供单位提出申请)`,
    ]);
    const entries = (await validatePaths(['manifests'], { cwd: root })).manifests.filter((entry) =>
      SYSTEMS.includes(entry.manifest.metadata.number),
    );
    const report = await auditResources({ stack: 'onprem', resources: roles, entries });
    expect(report.findings.find((finding) => finding.policy === 'data-access-follows-grants')).toMatchObject({
      status: 'fail',
      system: { number: 57 },
      location: { file: 'manifests/s057-dqwrjgpt.yaml' },
    });
  });

  it('fails a role no grant names, and passes one listed absent', async () => {
    const roles = changed(CLUSTER, (props) =>
      props.spec.managed.roles.push({ name: 'reporting', login: true }, { name: 's057_grant_sr_2099_001', ensure: 'absent' }),
    );
    expect(await messages(roles)).toEqual([
      `Cluster ${CLUSTER} opens the data of system 181 to the database role reporting, which no grant can name`,
    ]);
  });

  it('fails a bucket statement letting an RGW user that is no grant’s credential, or everyone, read', async () => {
    const read = { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::envcloud-s181-data/*'] };
    expect(await messages(withStatement({ ...read, Principal: { AWS: ['arn:aws:iam:::user/someone'] } }))).toEqual([
      `ObjectBucketClaim ${CLAIM} opens the data of system 181 to the RGW user someone, which no grant can name`,
    ]);
    expect(await messages(withStatement({ ...read, Action: 's3:*', Principal: '*' }))).toEqual([
      `ObjectBucketClaim ${CLAIM} opens the data of system 181 to everyone, which no grant can name`,
    ]);
    // Reading or setting a bucket's own configuration reads no data; a Deny opens nothing.
    expect(await messages(withStatement({ ...read, Action: 's3:GetBucketPolicy', Principal: '*' }))).toEqual([]);
    expect(await messages(withStatement({ ...read, Effect: 'Deny', Principal: '*' }))).toEqual([]);
  });

  it('fails an RGW user marked as reading no. 181 for no. 57, which holds no grant', async () => {
    const user = happy.find((resource) => resource.type.endsWith(':CephObjectStoreUser'))!;
    const props = clone(user.props) as { metadata: { name: string; labels: Record<string, string> } };
    props.metadata.name = 's057-reads-s181';
    props.metadata.labels['envcloud.mee.gov.cn/system-number'] = '57';
    props.metadata.labels['envcloud.mee.gov.cn/system'] = 's057-dqwrjgpt';
    const plan = [...happy, { ...user, name: 'hand-made', urn: `${user.urn}-hand-made`, props }];
    expect(await messages(plan)).toEqual([
      "CephObjectStoreUser hand-made opens system 181's data to system 57, which holds no grant for it (rules art. 21: 向提供单位提出申请)",
    ]);
  });
});
