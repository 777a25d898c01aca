// data-access-follows-grants: every cross-system data path in the plan is backed by the catalog and a
// live grant, none reaches not-shared data; an ungranted path fails at the consuming system's manifest.
import { auditResources } from '../../audit/run';
import type { PlannedResource } from '../../engine/policy-run';
import { judgeStack } from '../../engine/policy-run';
import { dataAccessFollowsGrants } from '../../policies/seed/data-access';
import { validatePaths } from '../../validation/validate';
import { clone } from '../support/manifests';
import { resourcesOf, root, smallPlan } from './support';

const LIVE = '2027-03-10';
let happy: PlannedResource[];

beforeAll(async () => {
  happy = resourcesOf(await smallPlan('onprem', [49, 57, 181], LIVE));
}, 120000);

async function messages(resources: PlannedResource[], asOf = LIVE) {
  const judged = await judgeStack(dataAccessFollowsGrants, resources, { asOf });
  return { applicable: judged.applicable, messages: judged.violations.map((violation) => violation.message) };
}

const isGrantRecord = (resource: PlannedResource) =>
  resource.name === 's181-sjcsyjhpt-data-access-grant-sr-2026-001';
const isAccessPolicy = (resource: PlannedResource) => resource.name === 's181-sjcsyjhpt-data-access-network';

/** The plan with one resource's props changed. */
function changed(where: (resource: PlannedResource) => boolean, change: (props: any) => void): PlannedResource[] {
  return happy.map((resource) => {
    if (!where(resource)) return resource;
    const props = clone(resource.props);
    change(props);
    return { ...resource, props };
  });
}

describe('data-access-follows-grants', () => {
  it('passes the shipped grant and the resource center, on the day the grant is live', async () => {
    expect(happy.some(isAccessPolicy) && happy.some(isGrantRecord)).toBe(true);
    expect(await messages(happy)).toEqual({ applicable: true, messages: [] });
  });

  it('fails the path the day after the grant expires, and each of its credentials', async () => {
    const expired = "opens system 181's data to system 49, whose grant sr-2026-001 (expires 2027-03-10) is not live on 2027-03-11";
    expect((await messages(happy, '2027-03-11')).messages).toEqual([
      `NetworkPolicy s181-sjcsyjhpt-data-access-network ${expired}`,
      `CephObjectStoreUser s181-sjcsyjhpt-data-store-grant-sr-2026-001 ${expired}`,
      `ObjectBucketClaim s181-sjcsyjhpt-data-store-data ${expired}`,
      `Cluster s181-sjcsyjhpt-data-store-db ${expired}`,
    ]);
  });

  it('fails a path no grant backs, located at the consuming system’s manifest', async () => {
    const ungranted = happy.filter((resource) => !isGrantRecord(resource));
    const none = "opens system 181's data to system 49, which holds no grant for it (rules art. 21: 向提供单位提出申请)";
    expect((await messages(ungranted)).messages).toEqual([
      `NetworkPolicy s181-sjcsyjhpt-data-access-network ${none}`,
      `CephObjectStoreUser s181-sjcsyjhpt-data-store-grant-sr-2026-001 ${none}`,
      `ObjectBucketClaim s181-sjcsyjhpt-data-store-data ${none}`,
      `Cluster s181-sjcsyjhpt-data-store-db ${none}`,
    ]);
    const entries = (await validatePaths(['manifests'], { cwd: root })).manifests.filter((entry) =>
      [49, 57, 181].includes(entry.manifest.metadata.number),
    );
    const report = await auditResources({ stack: 'onprem', resources: ungranted, entries });
    const finding = report.findings.find((candidate) => candidate.policy === 'data-access-follows-grants');
    expect(finding).toMatchObject({
      status: 'fail',
      severity: 'critical',
      system: { number: 49 },
      location: { file: 'manifests/s049-gkzdwryzdjkyjcsjkxt.yaml' },
    });
  });

  it('fails a path into a system holding not-shared data, whatever the grant', async () => {
    const secret = changed(
      (resource) => resource.name === 's181-sjcsyjhpt-record',
      (props) => {
        const record = JSON.parse(props.data['record.json']);
        record.dataResources[0].sharing = { type: 'not-shared' };
        props.data['record.json'] = JSON.stringify(record);
      },
    );
    const found = (await messages(secret)).messages;
    // The resource center and no. 49 through the NetworkPolicy; no. 49's user, bucket statement and role.
    expect(found).toHaveLength(5);
    for (const message of found) expect(message).toContain('reaches not-shared data "数据传输与交换平台业务数据" of system 181');
  });

  it('fails a hand-written opening to a whole namespace, and to another system’s pods without a grant', async () => {
    const opened = changed(isAccessPolicy, (props) => {
      props.spec.ingress[0].from.push(
        { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'pool-central' } } },
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'bs-inspection-enforcement' } },
          podSelector: { matchLabels: { 'envcloud.mee.gov.cn/system': 's057-dqwrjgpt' } },
        },
      );
    });
    expect((await messages(opened)).messages).toEqual([
      'NetworkPolicy s181-sjcsyjhpt-data-access-network opens the data of system 181 to every pod of namespace pool-central, which no grant can name',
      "NetworkPolicy s181-sjcsyjhpt-data-access-network opens system 181's data to system 57, which holds no grant for it (rules art. 21: 向提供单位提出申请)",
    ]);
  });

  it('judges an IAM role tagged as reading a system’s data by its consumer’s grants', async () => {
    const role = (consumer: Record<string, string>): PlannedResource => ({
      type: 'aws:iam/role:Role',
      name: 'reader',
      urn: 'urn:pulumi:test::envcloud::aws:iam/role:Role::reader',
      props: { tags: { ...consumer, 'envcloud:access-provider': '181', 'envcloud:access-basis': 'grant sr-x' } },
    });
    const records = happy.filter((resource) => resource.type === 'kubernetes:core/v1:ConfigMap');
    const granted = { 'envcloud:system-number': '49', 'envcloud:system': 's049-gkzdwryzdjkyjcsjkxt' };
    const ungranted = { 'envcloud:system-number': '57', 'envcloud:system': 's057-dqwrjgpt' };
    expect((await messages([...records, role(granted)])).messages).toEqual([]);
    expect((await messages([...records, role({ 'envcloud:platform': 'resource-center' })])).messages).toEqual([]);
    expect((await messages([...records, role(ungranted)])).messages).toEqual([
      "Role reader opens system 181's data to system 57, which holds no grant for it (rules art. 21: 向提供单位提出申请)",
    ]);
  });

  it('is not applicable to a plan that opens no system’s database and has no access role or credential', async () => {
    const opening = /:(NetworkPolicy|CephObjectStoreUser|ObjectBucketClaim|Cluster)$/;
    const none = happy.filter((resource) => !opening.test(resource.type));
    expect(await messages(none)).toMatchObject({ applicable: false });
  });
});
