import { diffPlans, formerNames } from '../../engine/diff';
import type { Plan, PlanResource } from '../../engine/plan';
import { planResource, STACK_URN } from './support';

const STACK = STACK_URN;
const K8S = `${STACK}pulumi:providers:kubernetes::primary-k8s`;
const OTHER_K8S = `${STACK}pulumi:providers:kubernetes::same-city-k8s`;
const SYSTEM_LABEL = 'envcloud.mee.gov.cn/system';

const resource = planResource;

const plan = (...resources: PlanResource[]): Plan => ({ offline: true, stack: 'prod', resources });

/** A system as the program builds one: a component, a workload, a protected volume, a bucket with a policy naming it. */
function system(
  slug: string,
  options: { name?: string; aliases?: string[]; volumeClass?: string; provider?: string } = {},
): PlanResource[] {
  const name = options.name ?? slug;
  const component = resource(
    'envcloud:system:MigratedSystem',
    name,
    {},
    options.aliases ? { aliases: options.aliases } : {},
  );
  const labels = { [SYSTEM_LABEL]: slug };
  const child = { parent: component.urn, provider: options.provider ?? K8S };
  return [
    component,
    resource(
      'kubernetes:apps/v1:Deployment',
      `${name}-app`,
      { metadata: { name: `${slug}-app`, labels }, spec: { replicas: 2, selector: { matchLabels: labels } } },
      child,
    ),
    resource(
      'kubernetes:core/v1:PersistentVolumeClaim',
      `${name}-data`,
      {
        metadata: { name: `${slug}-data`, namespace: 'central', labels },
        spec: { storageClassName: options.volumeClass ?? 'gold', resources: { requests: { storage: '10Gi' } } },
      },
      { ...child, protect: true, retainOnDelete: true },
    ),
    resource(
      'aws:s3/bucket:Bucket',
      `${name}-files`,
      { tags: { 'envcloud:system': slug } },
      { parent: component.urn, protect: true, retainOnDelete: true },
    ),
    resource(
      'aws:s3/bucketPolicy:BucketPolicy',
      `${name}-files-policy`,
      {
        bucket: `${name}-files-id`,
        policy: `{"Resource":"arn:aws-cn:s3:offline:000000000000:bucket/${name}-files/*"}`,
      },
      { parent: component.urn },
    ),
  ];
}

function archive(slug: string): PlanResource {
  return resource(
    'kubernetes:core/v1:PersistentVolumeClaim',
    `${slug}-archive`,
    {
      metadata: { name: `${slug}-archive`, namespace: 'resource-center', labels: { [SYSTEM_LABEL]: slug } },
      spec: { storageClassName: 'silver' },
    },
    { provider: K8S, protect: true, retainOnDelete: true },
  );
}

const kinds = (diff: ReturnType<typeof diffPlans>) =>
  Object.fromEntries(diff.changes.map((change) => [change.name, change.kind]));

describe('diffPlans (offline plan against plan)', () => {
  it('finds nothing to do between a plan and itself', () => {
    const diff = diffPlans(plan(...system('s001-a')), plan(...system('s001-a')));
    expect(diff.changes).toEqual([]);
    expect(diff.counts).toMatchObject({ create: 0, update: 0, replace: 0, delete: 0, same: 5 });
  });

  it('updates in place what the provider can change, and replaces on a field it cannot', () => {
    const before = system('s001-a');
    const after = system('s001-a');
    (after[1]!.inputs.spec as { replicas: number }).replicas = 3;
    expect(kinds(diffPlans(plan(...before), plan(...after)))).toEqual({ 's001-a-app': 'update' });
    (after[1]!.inputs.metadata as { name: string }).name = 's001-a-web';
    const replaced = diffPlans(plan(...before), plan(...after)).changes[0]!;
    expect(replaced).toMatchObject({ kind: 'replace', replaceBecause: ['metadata.name'], dataBearing: false });
    expect(replaced.data).toBeUndefined();
  });

  it('replaces a resource whose provider changes', () => {
    const diff = diffPlans(plan(...system('s001-a')), plan(...system('s001-a', { provider: OTHER_K8S })));
    expect(diff.changes.filter((change) => change.kind === 'replace').map((change) => change.replaceBecause)).toEqual([
      ['(provider)'],
      ['(provider)'],
    ]);
  });

  it('calls replacing a data-bearing resource data loss, archive or not', () => {
    const diff = diffPlans(
      plan(...system('s001-a')),
      plan(...system('s001-a', { volumeClass: 'silver' }), archive('s001-a')),
    );
    expect(diff.dataLoss.map((change) => [change.kind, change.name, change.replaceBecause])).toEqual([
      ['replace', 's001-a-data', ['spec.storageClassName']],
    ]);
  });

  it('calls deleting data with no archive data loss, and deleting it once the system is archived retirement', () => {
    const removed = diffPlans(plan(...system('s001-a'), ...system('s002-b')), plan(...system('s002-b')));
    expect(removed.dataLoss.map((change) => change.name).sort()).toEqual(['s001-a-data', 's001-a-files']);
    expect(removed.dataLoss.every((change) => change.system === 's001-a')).toBe(true);

    const archived = diffPlans(
      plan(...system('s001-a'), ...system('s002-b')),
      plan(...system('s002-b'), archive('s001-a')),
    );
    expect(archived.dataLoss).toEqual([]);
    expect(archived.changes.filter((change) => change.data === 'archived').map((change) => change.archive)).toEqual([
      archive('s001-a').urn,
      archive('s001-a').urn,
    ]);
  });

  it('never counts an archive as its own archive, nor one of another system', () => {
    const gone = diffPlans(plan(archive('s001-a')), plan());
    expect(gone.dataLoss.map((change) => change.name)).toEqual(['s001-a-archive']);
    const elsewhere = diffPlans(plan(...system('s001-a')), plan(archive('s009-z')));
    expect(elsewhere.dataLoss).toHaveLength(2);
    const unprotected = { ...archive('s001-a'), protect: false };
    expect(diffPlans(plan(...system('s001-a')), plan(unprotected)).dataLoss).toHaveLength(2);
  });

  it('follows a rename through the aliases, children included, and reads placeholder outputs under the former name', () => {
    const renamed = plan(...system('s001-a', { name: 's001-new', aliases: ['s001-a'] }));
    expect(formerNames(renamed).get(renamed.resources[1]!.urn)).toEqual(['s001-a-app']);
    const diff = diffPlans(plan(...system('s001-a')), renamed);
    expect(diff.changes).toEqual([]);
    expect(diff.moved).toBe(5);
  });

  it('without aliases, a rename deletes the old resources and creates new ones', () => {
    const diff = diffPlans(plan(...system('s001-a')), plan(...system('s001-a', { name: 's001-new' })));
    expect(diff.counts).toMatchObject({ create: 5, delete: 5, same: 0 });
    expect(diff.dataLoss.map((change) => change.name).sort()).toEqual(['s001-a-data', 's001-a-files']);
  });

  it('still sees a real change to a renamed resource', () => {
    const after = system('s001-a', { name: 's001-new', aliases: ['s001-a'] });
    (after[1]!.inputs.spec as { replicas: number }).replicas = 4;
    expect(diffPlans(plan(...system('s001-a')), plan(...after)).changes).toEqual([
      expect.objectContaining({
        kind: 'update',
        name: 's001-new-app',
        movedFrom: `${STACK}envcloud:system:MigratedSystem$kubernetes:apps/v1:Deployment::s001-a-app`,
        fields: ['spec.replicas'],
      }),
    ]);
  });
});
