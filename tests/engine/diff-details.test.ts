import { changedPaths, diffPlans, formerNames } from '../../engine/diff';
import type { Plan, PlanResource } from '../../engine/plan';
import { planResource, STACK_URN } from './support';

// The plan diff's parts one by one: the paths it compares, the names it follows, the archives it
// accepts and the shape of every change it reports.
const STACK = STACK_URN;
const SYSTEM_LABEL = 'envcloud.mee.gov.cn/system';
const PVC = 'kubernetes:core/v1:PersistentVolumeClaim';
const DEPLOYMENT = 'kubernetes:apps/v1:Deployment';
const CONFIG_MAP = 'kubernetes:core/v1:ConfigMap';

const resource = planResource;

const plan = (stack: string, ...resources: PlanResource[]): Plan => ({ offline: true, stack, resources });

const volume = (slug: string, name = `${slug}-data`) =>
  resource(PVC, name, { metadata: { name, namespace: 'central', labels: { [SYSTEM_LABEL]: slug } } });

/** An archive volume as the program builds one; each test takes one of its marks away. */
const archive = (slug: string, extra: Partial<PlanResource> = {}, namespace = 'resource-center') =>
  resource(
    PVC,
    `${slug}-archive`,
    { metadata: { name: `${slug}-archive`, namespace, labels: { [SYSTEM_LABEL]: slug } } },
    { protect: true, retainOnDelete: true, ...extra },
  );

describe('changedPaths', () => {
  it('compares objects key by key, in key order, and anything else whole', () => {
    expect(changedPaths({ z: 1, a: 1, same: { x: [1, 2] } }, { z: 2, a: 2, same: { x: [1, 2] } })).toEqual([
      ['a'],
      ['z'],
    ]);
    expect(changedPaths({ spec: { ports: [80, 443], gone: 1 } }, { spec: { ports: [80, 8443] }, added: null })).toEqual(
      [['added'], ['spec', 'gone'], ['spec', 'ports']],
    );
  });
  it('treats arrays and null as values, not as objects to walk', () => {
    expect(changedPaths(['a'], { 0: 'a' })).toEqual([[]]);
    expect(changedPaths({ 0: 'a' }, ['a'])).toEqual([[]]);
    expect(changedPaths({ a: null }, { a: {} })).toEqual([['a']]);
    expect(changedPaths({ a: {} }, { a: null })).toEqual([['a']]);
    expect(changedPaths(null, null)).toEqual([]);
  });
});

describe('formerNames', () => {
  it('gives a resource its own aliases, and its children the names they had under the parent’s aliases', () => {
    const parent = resource('envcloud:system:MigratedSystem', 's001-new', {}, { aliases: ['s001-old', 's001-new'] });
    const child = resource(DEPLOYMENT, 's001-new-app', {}, { parent: parent.urn, aliases: ['s001-new-web'] });
    const grandchild = resource(CONFIG_MAP, 's001-new-app-config', {}, { parent: child.urn });
    const stranger = resource(CONFIG_MAP, 'shared-config', {}, { parent: parent.urn });
    const names = formerNames(plan('prod', parent, child, grandchild, stranger));
    expect(names.get(parent.urn)).toEqual(['s001-old']);
    expect(names.get(child.urn)).toEqual(['s001-new-web', 's001-old-app', 's001-old-web']);
    expect(names.get(grandchild.urn)).toEqual(['s001-new-web-config', 's001-old-app-config', 's001-old-web-config']);
    expect(names.get(stranger.urn)).toEqual([]);
  });
  it('ends on a loop of parents', () => {
    const a = resource(CONFIG_MAP, 'a', {}, { urn: `${STACK}${CONFIG_MAP}::a`, parent: `${STACK}${CONFIG_MAP}::b` });
    const b = resource(CONFIG_MAP, 'b', {}, { urn: `${STACK}${CONFIG_MAP}::b`, parent: a.urn, aliases: ['b0'] });
    const names = formerNames(plan('prod', a, b));
    expect(names.get(b.urn)).toEqual(['b0']);
    expect(names.get(a.urn)).toEqual([]);
  });
});

describe('diffPlans, change by change', () => {
  it('names both stacks, counts every kind, and lists deletes after the rest', () => {
    const kept = resource(CONFIG_MAP, 'kept', { data: { a: '1' } });
    const changed = resource(CONFIG_MAP, 'changed', { data: { a: '1' } });
    const gone = resource(CONFIG_MAP, 'gone', {});
    const added = resource(CONFIG_MAP, 'added', { data: {} });
    const diff = diffPlans(
      plan('prod', gone, kept, changed),
      plan('prod-next', added, kept, { ...changed, inputs: { data: { a: '2' } } }),
    );
    expect(diff).toEqual({
      baselineStack: 'prod',
      stack: 'prod-next',
      counts: { create: 1, update: 1, replace: 0, delete: 1, same: 1 },
      moved: 0,
      changes: [
        { kind: 'create', urn: added.urn, type: CONFIG_MAP, name: 'added', dataBearing: false },
        {
          kind: 'update',
          urn: changed.urn,
          type: CONFIG_MAP,
          name: 'changed',
          dataBearing: false,
          fields: ['data.a'],
        },
        { kind: 'delete', urn: gone.urn, type: CONFIG_MAP, name: 'gone', dataBearing: false },
      ],
      dataLoss: [],
    });
  });
  it('reports a change of protection as an update of its own', () => {
    const before = volume('s001-a');
    const diff = diffPlans(plan('prod', before), plan('prod', { ...before, protect: true }));
    expect(diff.changes).toEqual([
      {
        kind: 'update',
        urn: before.urn,
        type: PVC,
        name: 's001-a-data',
        system: 's001-a',
        dataBearing: true,
        fields: ['(protect)'],
      },
    ]);
  });
  it('says what a replaced data-bearing resource loses, and carries its system', () => {
    const before = volume('s001-a');
    const after = { ...before, inputs: { ...before.inputs, spec: { storageClassName: 'silver' } } };
    expect(diffPlans(plan('prod', before), plan('prod', after)).changes).toEqual([
      {
        kind: 'replace',
        urn: before.urn,
        type: PVC,
        name: 's001-a-data',
        system: 's001-a',
        dataBearing: true,
        fields: ['spec'],
        replaceBecause: ['spec'],
        data: 'data-loss',
      },
    ]);
  });
  it.each([
    ['not a volume claim', { type: 'aws:s3/bucket:Bucket' }],
    ['not protected', { protect: false }],
    ['not kept on delete', { retainOnDelete: false }],
    ['not labelled with a system', { inputs: { metadata: { namespace: 'resource-center' } } }],
  ])('keeps no data as an archive that is %s', (_what, extra) => {
    const diff = diffPlans(plan('prod', volume('s001-a')), plan('prod', archive('s001-a', extra)));
    expect(diff.dataLoss.map((change) => change.name)).toEqual(['s001-a-data']);
  });
  it('keeps no data as an archive outside the resource center', () => {
    const diff = diffPlans(plan('prod', volume('s001-a')), plan('prod', archive('s001-a', {}, 'central')));
    expect(diff.dataLoss.map((change) => change.name)).toEqual(['s001-a-data']);
  });
  it('keeps deleted data with the system’s archive', () => {
    const diff = diffPlans(plan('prod', volume('s001-a')), plan('prod', archive('s001-a')));
    expect(diff.changes).toContainEqual(
      expect.objectContaining({
        kind: 'delete',
        name: 's001-a-data',
        data: 'archived',
        archive: archive('s001-a').urn,
      }),
    );
    expect(diff.dataLoss).toEqual([]);
  });
  it('matches an old resource once, when two new ones claim it through aliases', () => {
    const old = resource(CONFIG_MAP, 'settings', {});
    const first = resource(CONFIG_MAP, 'settings-a', {}, { aliases: ['settings'] });
    const second = resource(CONFIG_MAP, 'settings-b', {}, { aliases: ['settings'] });
    const diff = diffPlans(plan('prod', old), plan('prod', first, second));
    expect(diff.changes.map((change) => [change.kind, change.name, change.movedFrom])).toEqual([
      ['create', 'settings-b', undefined],
    ]);
    expect(diff.moved).toBe(1);
  });
  it('keeps resources on a renamed provider that came through its alias', () => {
    const provider = resource('pulumi:providers:kubernetes', 'primary', {});
    const renamed = resource('pulumi:providers:kubernetes', 'primary-k8s', {}, { aliases: ['primary'] });
    const app = resource(CONFIG_MAP, 'app', {}, { provider: provider.urn });
    const diff = diffPlans(plan('prod', provider, app), plan('prod', renamed, { ...app, provider: renamed.urn }));
    expect(diff.changes).toEqual([]);
    expect(diff.moved).toBe(1);
  });
  it('reads the former names of renamed resources into new inputs, in arrays and objects alike', () => {
    const bucket = resource('aws:s3/bucket:Bucket', 'files', {});
    const policy = resource(CONFIG_MAP, 'files-policy', { buckets: ['files-id', 7], nested: { of: ['files'] } });
    const diff = diffPlans(
      plan('prod', bucket, policy),
      plan(
        'prod',
        resource('aws:s3/bucket:Bucket', 'docs', {}, { aliases: ['files'] }),
        resource(
          CONFIG_MAP,
          'docs-policy',
          { buckets: ['docs-id', 7], nested: { of: ['docs'] } },
          {
            aliases: ['files-policy'],
          },
        ),
      ),
    );
    expect(diff.changes).toEqual([]);
    expect(diff.moved).toBe(2);
  });
  it('does not read a renamed component’s name back into inputs: a system slug that changes is a change', () => {
    const component = (name: string, aliases?: string[]) =>
      resource('envcloud:system:MigratedSystem', name, {}, aliases ? { aliases } : {});
    const labelled = (slug: string, parent: string) =>
      resource(CONFIG_MAP, `${slug}-settings`, { metadata: { labels: { [SYSTEM_LABEL]: slug } } }, { parent });
    const before = component('s001-a');
    const after = component('s001-b', ['s001-a']);
    const diff = diffPlans(
      plan('prod', before, labelled('s001-a', before.urn)),
      plan('prod', after, labelled('s001-b', after.urn)),
    );
    expect(diff.changes).toEqual([
      expect.objectContaining({ kind: 'update', name: 's001-b-settings', fields: [`metadata.labels.${SYSTEM_LABEL}`] }),
    ]);
  });
});
