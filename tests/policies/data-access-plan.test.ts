// data-access-follows-grants over a small hand-written plan (tests/sharing/policy.test.ts runs it on a
// stack's real plan): which objects open a path (a NetworkPolicy on a system's database pods, an IAM
// role tagged with a provider), what a rule without `from` admits, which ConfigMaps are the catalog and
// the grants, where a finding is located, and the day grants are judged on. Each case changes one thing.
import { judgeStack, type PlannedResource } from '../../engine/policy-run';
import { dataAccessFollowsGrants, planPaths } from '../../policies/seed/data-access';
import { planned } from './support';

const LABEL = 'envcloud.mee.gov.cn';
const systemLabels = (number: number, slug: string) => ({
  [`${LABEL}/system-number`]: String(number),
  [`${LABEL}/system`]: slug,
});
const record = (number: number, slug: string, sharing = 'conditional', kind = 'system') =>
  planned('kubernetes:core/v1:ConfigMap', `${slug}-record`, {
    metadata: { name: `${slug}-record`, labels: { ...systemLabels(number, slug), [`${LABEL}/record`]: kind } },
    data: {
      'record.json': JSON.stringify({
        number,
        slug,
        dataResources: [{ name: '监测数据', sharing: { type: sharing } }],
      }),
    },
  });
const grant = (fields: Record<string, unknown> = {}) =>
  planned('kubernetes:core/v1:ConfigMap', 's003-y-grant', {
    metadata: { name: 's003-y-grant', labels: { ...systemLabels(3, 's003-y'), [`${LABEL}/record`]: 'grant' } },
    data: {
      'record.json': JSON.stringify({
        id: 'G-1',
        file: 'sharing/g.yaml',
        consumer: 3,
        provider: 2,
        resource: { name: '监测数据' },
        answeredOn: '2026-01-01',
        expiresOn: '2026-12-31',
        ...fields,
      }),
    },
  });
/** System 2's database NetworkPolicy admitting `from` (one ingress rule). */
const networkPolicy = (
  ingress: unknown[],
  labels: Record<string, string> = systemLabels(2, 's002-x'),
  database = 'db',
) =>
  planned('kubernetes:networking.k8s.io/v1:NetworkPolicy', 'np', {
    metadata: { name: 'np', namespace: 'ns-2', labels },
    spec: { podSelector: { matchLabels: database ? { 'cnpg.io/cluster': database } : {} }, ingress },
  });
const fromSystem3 = [{ from: [{ podSelector: { matchLabels: { [`${LABEL}/system`]: 's003-y' } } }] }];
const role = (tags: Record<string, string>) => planned('aws:iam/role:Role', 'reader', { tags });
const catalog = () => [record(2, 's002-x'), record(3, 's003-y')];

async function judge(resources: PlannedResource[], asOf: string | undefined = '2026-06-01') {
  const judged = await judgeStack(dataAccessFollowsGrants, resources, asOf ? { asOf } : {});
  return { applicable: judged.applicable, violations: judged.violations };
}

describe('data-access-follows-grants on a small plan', () => {
  it('passes a path to another system backed by its live grant', async () => {
    expect(await judge([...catalog(), grant(), networkPolicy(fromSystem3)])).toEqual({
      applicable: true,
      violations: [],
    });
  });
  it('locates a finding at the consuming system’s record, else at the object that opens the path', async () => {
    expect((await judge([...catalog(), networkPolicy(fromSystem3)])).violations).toEqual([
      { message: expect.stringContaining('to system 3, which holds no grant'), urn: record(3, 's003-y').urn },
    ]);
    expect((await judge([record(2, 's002-x'), networkPolicy(fromSystem3)])).violations).toEqual([
      { message: expect.stringContaining('to system s003-y'), urn: networkPolicy([]).urn },
    ]);
    const open = await judge([...catalog(), networkPolicy([{}])]);
    expect(open.violations).toEqual([
      {
        message: expect.stringContaining('to the addresses 0.0.0.0/0, which no grant can name'),
        urn: networkPolicy([]).urn,
      },
    ]);
  });
  it('judges grants on the configured day, else on today', async () => {
    const resources = [...catalog(), grant(), networkPolicy(fromSystem3)];
    expect((await judge(resources, '2027-01-01')).violations).toEqual([
      expect.objectContaining({ message: expect.stringContaining('is not live on 2027-01-01') }),
    ]);
    const forever = [
      ...catalog(),
      grant({ answeredOn: '2000-01-01', expiresOn: undefined }),
      networkPolicy(fromSystem3),
    ];
    expect((await judge(forever, undefined)).violations).toEqual([]);
    const future = [
      ...catalog(),
      grant({ answeredOn: '2999-01-01', expiresOn: undefined }),
      networkPolicy(fromSystem3),
    ];
    expect((await judge(future, undefined)).violations).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/is not live on \d{4}-\d{2}-\d{2}$/) }),
    ]);
  });
  it('reads the catalog from system records only, and grants from grant records only', async () => {
    const notRecord = planned('kubernetes:core/v1:ConfigMap', 'x', { ...record(2, 's002-x').props });
    const asOther = { ...notRecord, type: 'kubernetes:core/v1:Secret' };
    expect((await judge([asOther, record(3, 's003-y'), grant(), networkPolicy(fromSystem3)])).violations).toEqual([
      expect.objectContaining({ message: expect.stringContaining('which no system record of the plan') }),
    ]);
    const unlabelled = planned('kubernetes:core/v1:ConfigMap', 'r', {
      metadata: { labels: { [`${LABEL}/record`]: 'system' } },
      data: record(2, 's002-x').props.data,
    });
    expect((await judge([unlabelled, record(3, 's003-y'), grant(), networkPolicy(fromSystem3)])).violations).toEqual([
      expect.objectContaining({ message: expect.stringContaining('which no system record of the plan') }),
    ]);
    const brokenGrant = { ...grant(), props: { ...grant().props, data: { 'record.json': '{' } } };
    expect((await judge([...catalog(), brokenGrant, networkPolicy(fromSystem3)])).violations).toEqual([
      expect.objectContaining({ message: expect.stringContaining('which holds no grant') }),
    ]);
  });
  it('opens no path for a NetworkPolicy of no system, not on database pods, or without ingress', async () => {
    for (const policy of [networkPolicy(fromSystem3, {}), networkPolicy(fromSystem3, systemLabels(2, 's002-x'), '')]) {
      expect(planPaths([policy as never])).toEqual([]);
      expect(await judge([...catalog(), policy])).toMatchObject({ applicable: false });
    }
    const noIngress = networkPolicy([]);
    delete (noIngress.props.spec as { ingress?: unknown }).ingress;
    expect(await judge([...catalog(), noIngress])).toEqual({ applicable: true, violations: [] });
  });
  it('opens a path for a role tagged with a provider number, and none for a tag that is no number', async () => {
    const granted = role({
      'envcloud:access-provider': '2',
      'envcloud:system-number': '3',
      'envcloud:system': 's003-y',
    });
    expect(await judge([...catalog(), grant(), granted])).toEqual({ applicable: true, violations: [] });
    expect(planPaths([granted as never])).toEqual([
      expect.objectContaining({
        provider: { number: 2, slug: '' },
        consumer: { kind: 'system', number: 3, slug: 's003-y' },
      }),
    ]);
    const center = role({ 'envcloud:access-provider': '2' });
    expect(planPaths([center as never])).toEqual([expect.objectContaining({ consumer: { kind: 'resource-center' } })]);
    expect((await judge([...catalog(), center])).violations).toEqual([
      { message: expect.stringContaining('to the resource center'), urn: center.urn },
    ]);
    for (const provider of ['x', '0', '-2', '2.5']) {
      expect(planPaths([role({ 'envcloud:access-provider': provider }) as never])).toEqual([]);
    }
    expect(await judge([...catalog(), role({})])).toMatchObject({ applicable: false });
  });
});
