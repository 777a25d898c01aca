import { kindByCenterTable } from '../../cli/format/kind-center';
import { summarize, type Plan, type PlanResource } from '../../engine/plan';

/** A resource of `type` whose provider is `<center>-k8s`, or with no provider (a component). */
function resource(type: string, name: string, center?: string): PlanResource {
  return {
    urn: `urn:pulumi:onprem::envcloud::${type}::${name}`,
    type,
    name,
    inputs: {},
    dependencies: [],
    protect: false,
    retainOnDelete: false,
    ...(center ? { provider: `urn:pulumi:onprem::envcloud::pulumi:providers:kubernetes::${center}-k8s` } : {}),
  };
}

describe('the preview summary as one kind × center table', () => {
  const plan: Plan = {
    offline: true,
    stack: 'onprem',
    resources: [
      resource('kubernetes:postgresql.cnpg.io/v1:Cluster', 'a-db', 'primary'),
      resource('kubernetes:postgresql.cnpg.io/v1:Cluster', 'a-db-remote', 'remote'),
      resource('kubernetes:postgresql.cnpg.io/v1:Cluster', 'a-db-same-city', 'same-city'),
      resource('kubernetes:postgresql.cnpg.io/v1:Cluster', 'b-db', 'primary'),
      resource('kubernetes:velero.io/v1:Schedule', 'gold', 'primary'),
      resource('envcloud:system:OnpremSystemData', 'a-data'),
    ],
  };

  it('counts each kind in each center, centers in topology order, components last, with totals', () => {
    expect(summarize(plan).byTypeAndCenter).toEqual({
      'kubernetes:postgresql.cnpg.io/v1:Cluster': { primary: 2, remote: 1, 'same-city': 1 },
      'kubernetes:velero.io/v1:Schedule': { primary: 1 },
      'envcloud:system:OnpremSystemData': { '(component)': 1 },
    });
    expect(kindByCenterTable(summarize(plan))).toEqual([
      'by kind and center:',
      '  kind                                      primary  same-city  remote  (component)  total',
      '  kubernetes:postgresql.cnpg.io/v1:Cluster        2          1       1            -      4',
      '  envcloud:system:OnpremSystemData                -          -       -            1      1',
      '  kubernetes:velero.io/v1:Schedule                1          -       -            -      1',
      '  total                                           3          1       1            1      6',
    ]);
  });

  it('says so when the plan is empty', () => {
    expect(kindByCenterTable(summarize({ offline: true, stack: 'dev', resources: [] }))).toEqual([
      'by kind and center: no resources',
    ]);
  });
});
