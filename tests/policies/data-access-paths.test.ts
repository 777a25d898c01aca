import type { PolicyResource } from '@pulumi/policy';
import type { GrantRecord } from '../../components/data-access';
import type { SystemRecord } from '../../components/system-record';
import { pathProblem, peerConsumer, type PlanPath } from '../../policies/seed/data-access';

// data-access-follows-grants one path at a time: what a NetworkPolicy peer admits (peerConsumer) and why
// a path is not backed (pathProblem), from a backed path with one thing changed (tests/sharing/ runs the
// policy on the stacks' plans).

const OWN = { slug: 's002-x', namespace: 'bs-pollution-source' };

describe('peerConsumer', () => {
  const byName = (namespace: string) => ({ matchLabels: { 'kubernetes.io/metadata.name': namespace } });
  const system = (slug: string) => ({ matchLabels: { 'envcloud.mee.gov.cn/system': slug } });
  it('admits nobody new for the system’s own pods and the operator’s namespace', () => {
    expect(peerConsumer({ podSelector: system('s002-x') }, OWN)).toBeUndefined();
    expect(
      peerConsumer({ namespaceSelector: byName(OWN.namespace), podSelector: system('s002-x') }, OWN),
    ).toBeUndefined();
    expect(peerConsumer({ namespaceSelector: byName('cnpg-system') }, OWN)).toBeUndefined();
  });
  it('names another system’s pods, wherever they are', () => {
    expect(peerConsumer({ namespaceSelector: byName('other'), podSelector: system('s003-y') }, OWN)).toEqual({
      kind: 'system',
      slug: 's003-y',
    });
    expect(peerConsumer({ namespaceSelector: byName('other'), podSelector: system('s002-x') }, OWN)).toEqual({
      kind: 'system',
      slug: 's002-x',
    });
  });
  it('names the resource center by its whole namespace', () => {
    expect(peerConsumer({ namespaceSelector: byName('resource-center') }, OWN)).toEqual({ kind: 'resource-center' });
    expect(peerConsumer({ namespaceSelector: byName('resource-center'), podSelector: {} }, OWN)).toEqual({
      kind: 'unnamed',
      what: 'every pod of namespace resource-center',
    });
  });
  it('cannot name addresses, namespaces chosen by other labels or expressions, or a whole namespace', () => {
    expect(peerConsumer({ ipBlock: { cidr: '10.0.0.0/8' } }, OWN)).toEqual({
      kind: 'unnamed',
      what: 'the addresses 10.0.0.0/8',
    });
    expect(peerConsumer({ ipBlock: {} }, OWN)).toEqual({ kind: 'unnamed', what: 'the addresses (any)' });
    const other = { kind: 'unnamed', what: 'pods of namespaces chosen by other labels' };
    expect(peerConsumer({ namespaceSelector: { matchLabels: { team: 'x' } } }, OWN)).toEqual(other);
    expect(peerConsumer({ namespaceSelector: {} }, OWN)).toEqual(other);
    expect(
      peerConsumer(
        { namespaceSelector: { ...byName('x'), matchExpressions: [{ key: 'a', operator: 'Exists' }] } },
        OWN,
      ),
    ).toEqual(other);
    expect(peerConsumer({ namespaceSelector: byName('other') }, OWN)).toEqual({
      kind: 'unnamed',
      what: 'every pod of namespace other',
    });
    expect(peerConsumer({ podSelector: { matchExpressions: [{ key: 'a', operator: 'Exists' }] } }, OWN)).toEqual({
      kind: 'unnamed',
      what: `every pod of namespace ${OWN.namespace}`,
    });
    expect(peerConsumer({ podSelector: {} }, { slug: 's002-x', namespace: undefined })).toEqual({
      kind: 'unnamed',
      what: 'every pod of namespace (any)',
    });
  });
});

describe('pathProblem', () => {
  const via = { type: 'kubernetes:networking.k8s.io/v1:NetworkPolicy', name: 'np', urn: 'urn:np' } as PolicyResource;
  const data = (type: string, name = '监测数据') => ({ name, sharing: { type } });
  const record = (number: number, dataResources = [data('conditional')]) =>
    ({ record: { number, dataResources } as unknown as SystemRecord, resource: { urn: `urn:${number}` } }) as never;
  const grant = (fields: Partial<GrantRecord> = {}): GrantRecord => ({
    id: 'G-1',
    file: 'sharing/g.yaml',
    consumer: 3,
    provider: 2,
    resource: { name: '监测数据' },
    answeredOn: '2026-01-01',
    expiresOn: '2026-12-31',
    ...fields,
  });
  const catalog = (grants: GrantRecord[] = [grant()], resources = [data('conditional')]) => ({
    records: new Map([
      [2, record(2, resources)],
      [3, record(3, [])],
    ]),
    bySlug: new Map([['s003-y', 3]]),
    grants,
  });
  const path = (consumer: PlanPath['consumer'], provider = 2): PlanPath => ({
    provider: { number: provider, slug: 's002-x' },
    consumer,
    via,
  });
  const toSystem = path({ kind: 'system', slug: 's003-y' });
  const ON = '2026-06-01';

  it('passes a path with a live grant for data that is shared, on its first and last day', () => {
    expect(pathProblem(toSystem, catalog(), ON)).toBeUndefined();
    expect(pathProblem(toSystem, catalog(), '2026-01-01')).toBeUndefined();
    expect(pathProblem(toSystem, catalog(), '2026-12-31')).toBeUndefined();
    expect(pathProblem(toSystem, catalog([grant({ expiresOn: undefined })]), '2030-01-01')).toBeUndefined();
    expect(pathProblem(path({ kind: 'system', number: 3, slug: '' }), catalog(), ON)).toBeUndefined();
  });
  it('fails a grant not live on the day, naming it and its expiry', () => {
    expect(pathProblem(toSystem, catalog(), '2027-01-01')).toBe(
      "NetworkPolicy np opens system 2's data to system 3, whose grant G-1 (expires 2026-12-31) is not live on 2027-01-01",
    );
    expect(pathProblem(toSystem, catalog([grant({ answeredOn: '2026-07-01', expiresOn: undefined })]), ON)).toBe(
      "NetworkPolicy np opens system 2's data to system 3, whose grant G-1 (expires never) is not live on 2026-06-01",
    );
  });
  it('fails a path whose grants are another pair’s, naming an unknown consumer by its slug', () => {
    const holdsNone =
      "NetworkPolicy np opens system 2's data to system 3, which holds no grant for it (rules art. 21: 向提供单位提出申请)";
    expect(pathProblem(toSystem, catalog([grant({ consumer: 4 })]), ON)).toBe(holdsNone);
    expect(pathProblem(toSystem, catalog([grant({ provider: 4 })]), ON)).toBe(holdsNone);
    expect(pathProblem(path({ kind: 'system', slug: 's009-z' }), catalog(), ON)).toBe(
      "NetworkPolicy np opens system 2's data to system s009-z, which holds no grant for it (rules art. 21: 向提供单位提出申请)",
    );
  });
  it('fails a provider outside the catalog, not-shared data, and consumers no grant can name', () => {
    expect(pathProblem(path({ kind: 'system', slug: 's003-y' }, 9), catalog(), ON)).toBe(
      'NetworkPolicy np opens the data of system 9, which no system record of the plan (the catalog) declares',
    );
    expect(pathProblem(toSystem, catalog([grant()], [data('conditional', 'a'), data('not-shared', '机密')]), ON)).toBe(
      'NetworkPolicy np reaches not-shared data "机密" of system 2 (rules art. 15(三): 不宜提供给部内其他单位)',
    );
    expect(pathProblem(path({ kind: 'unnamed', what: 'the addresses 0.0.0.0/0' }), catalog(), ON)).toBe(
      'NetworkPolicy np opens the data of system 2 to the addresses 0.0.0.0/0, which no grant can name',
    );
  });
  it('lets the resource center reach unconditional data only', () => {
    const center = path({ kind: 'resource-center' });
    expect(
      pathProblem(center, catalog([], [data('unconditional', 'a'), data('unconditional', 'b')]), ON),
    ).toBeUndefined();
    expect(pathProblem(center, catalog([], [data('unconditional', 'a'), data('conditional', 'b')]), ON)).toBe(
      'NetworkPolicy np opens system 2 to the resource center, but its data "b" is conditional: only a live grant opens it (rules art. 21)',
    );
    expect(pathProblem(center, catalog([], []), ON)).toBe(
      'NetworkPolicy np opens system 2 to the resource center, but its catalog lists no data',
    );
  });
});
