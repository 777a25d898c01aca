// The monthly restore test on the ministry's own clusters (issue #12): the component; what it builds is in
// components/restore-test-spec.ts, pure and tested without mocks.
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { stringify } from 'yaml';
import type { SystemMigration } from '../model/domain';
import { DEFAULT_APPROVED_REGISTRY } from '../model/registry';
import { BACKUP_TIER_LABEL } from '../model/tiers';
import { LABEL_PREFIX, systemAnnotations, systemLabels } from './labels';
import type { DataCenter } from './onprem-center-data';
import { VELERO_NAMESPACE } from './onprem-naming';
import {
  clusterFile,
  EMBEDDED_OBJECTS_LABEL,
  recoveryCluster,
  recoveryTrafficSpec,
  RESTORE_TEST_LABEL,
  RESTORE_TEST_NAME,
  restoreTestCronJobSpec,
  restoreTestRules,
  restoreTestScript,
  restoreTestTargets,
} from './restore-test-spec';

export interface OnpremRestoreTestArgs {
  /** Kubernetes provider of this center's cluster. Required. */
  provider: k8s.Provider;
  /** This center. Required. */
  center: DataCenter;
  /** Every center of the stack, this one included. Required. */
  centers: readonly DataCenter[];
  /** The systems of the stack; those of the restore test's tier (RESTORE_TEST) are restored. Required. */
  systems: readonly SystemMigration[];
  /** Registry the Velero and kubectl images (and the databases' image) are pulled from. Default: `DEFAULT_APPROVED_REGISTRY`. */
  approvedRegistry?: string;
}

/**
 * The monthly restore test of one center's cluster: a ServiceAccount with only the rights the test needs, the
 * ConfigMaps of the recovery Clusters of the gold databases archived in this center, and the CronJob that restores,
 * checks and deletes them on the central pool. Nothing is created when the stack has no system of the tier.
 */
export class OnpremRestoreTest extends pulumi.ComponentResource {
  constructor(name: string, args: OnpremRestoreTestArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:platform:OnpremRestoreTest', name, {}, opts);
    if (!args.centers.some((center) => center.name === args.center.name))
      throw new pulumi.ResourceError(
        `OnpremRestoreTest: args.center ${args.center.name} is not one of args.centers`,
        this,
      );
    const options = { parent: this, provider: args.provider };
    const registry = args.approvedRegistry ?? DEFAULT_APPROVED_REGISTRY;
    const { namespaces, databases } = restoreTestTargets(args.systems, args.centers, args.center);
    if (namespaces.length === 0) {
      this.registerOutputs({});
      return;
    }
    const labels = { 'app.kubernetes.io/managed-by': 'envcloud', [RESTORE_TEST_LABEL]: 'true' };
    const metadata = { name: RESTORE_TEST_NAME, namespace: VELERO_NAMESPACE, labels };
    const restored = databases.map((entry) => entry.database);
    const rules = restoreTestRules(namespaces, restored);
    const account = new k8s.core.v1.ServiceAccount(`${name}-account`, { metadata }, options);
    const subjects = [{ kind: 'ServiceAccount', name: RESTORE_TEST_NAME, namespace: VELERO_NAMESPACE }];
    const bound = (suffix: string, namespace: string | undefined, ruleList: k8s.types.input.rbac.v1.PolicyRule[]) => {
      // A ClusterRole and its binding have no namespace.
      const roleMeta = namespace ? { ...metadata, namespace } : { name: RESTORE_TEST_NAME, labels };
      const kind = namespace ? 'Role' : 'ClusterRole';
      const role = namespace
        ? new k8s.rbac.v1.Role(`${name}-${suffix}`, { metadata: roleMeta, rules: ruleList }, options)
        : new k8s.rbac.v1.ClusterRole(`${name}-${suffix}`, { metadata: roleMeta, rules: ruleList }, options);
      const bindingArgs = {
        metadata: roleMeta,
        subjects,
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind, name: RESTORE_TEST_NAME },
      };
      return namespace
        ? new k8s.rbac.v1.RoleBinding(`${name}-${suffix}-binding`, bindingArgs, {
            ...options,
            dependsOn: [role, account],
          })
        : new k8s.rbac.v1.ClusterRoleBinding(`${name}-${suffix}-binding`, bindingArgs, {
            ...options,
            dependsOn: [role, account],
          });
    };
    const grants = [
      bound('velero', VELERO_NAMESPACE, rules.velero),
      bound('namespaces', undefined, rules.cluster),
      ...Object.entries(rules.byNamespace).map(([namespace, ruleList]) =>
        bound(`in-${namespace}`, namespace, ruleList),
      ),
    ];
    // One ConfigMap per recovery Cluster, labelled as its system's object (but in no backup tier).
    const clusters = databases.map(({ manifest, database }) => {
      const { [`${LABEL_PREFIX}/${BACKUP_TIER_LABEL}`]: _tier, ...systemOnly } = systemLabels(manifest);
      return new k8s.core.v1.ConfigMap(
        `${name}-${database.scratch}`,
        {
          metadata: {
            name: database.scratch,
            namespace: VELERO_NAMESPACE,
            labels: { ...systemOnly, ...labels, [EMBEDDED_OBJECTS_LABEL]: 'true' },
            annotations: systemAnnotations(manifest),
          },
          data: { [clusterFile(database)]: stringify(recoveryCluster(manifest, database, args.center, registry)) },
        },
        options,
      );
    });
    // The namespaces deny all traffic by default: the recovery pods reach DNS, the API server and the object store.
    for (const { database } of databases)
      new k8s.networking.v1.NetworkPolicy(
        `${name}-${database.scratch}-traffic`,
        {
          metadata: { name: `${database.scratch}-traffic`, namespace: database.namespace, labels },
          spec: recoveryTrafficSpec(database),
        },
        options,
      );
    new k8s.batch.v1.CronJob(
      `${name}-job`,
      {
        metadata,
        spec: restoreTestCronJobSpec(restoreTestScript(namespaces, restored), registry, restored),
      },
      { ...options, dependsOn: [...grants, ...clusters] },
    );
    this.registerOutputs({});
  }
}
