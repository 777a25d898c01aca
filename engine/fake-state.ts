import type { MockResourceArgs } from '@pulumi/pulumi/runtime/mocks';
import { BACKUPS_OUTPUT, platformBackups } from '../model/tiers';
import { isBackupOnly } from '../model/topology';
import type { PlatformConfig } from '../stacks/config';

/** Resources whose provider-assigned `name` the program reads. */
const NAMED_TYPES = new Set([
  'aws:backup/vault:Vault',
  'aws:eks/cluster:Cluster',
  'aws:iam/role:Role',
  'aws:rds/subnetGroup:SubnetGroup',
]);

/**
 * Outputs a provider would compute that the program reads (ARNs, names, the cluster endpoint). They
 * are placeholders, marked as such by the all-zero account; an offline run never presents them as real.
 */
export function plausibleState(args: MockResourceArgs): Record<string, unknown> {
  const inputs = args.inputs as Record<string, unknown>;
  if (!args.type.startsWith('aws:')) return inputs;
  const [, module = 'aws', kind = 'resource'] = args.type.split(/[:/]/);
  const state: Record<string, unknown> = {
    ...inputs,
    arn: inputs.arn ?? `arn:aws-cn:${module}:offline:000000000000:${kind.toLowerCase()}/${args.name}`,
  };
  if (args.type === 'aws:s3/bucket:Bucket') state.bucket = inputs.bucket ?? args.name;
  if (NAMED_TYPES.has(args.type)) state.name = inputs.name ?? args.name;
  if (args.type === 'aws:eks/cluster:Cluster') {
    state.endpoint = `https://${args.name}.offline.invalid`;
    state.certificateAuthority = { data: 'T0ZGTElORQ==' };
  }
  return state;
}

/** The account every placeholder ARN carries, so no placeholder can pass for a real ARN. */
const PLACEHOLDER_ARN = /(:offline:000000000000:[^\s"',]*?\/)([A-Za-z0-9_.-]+)/g;
const PLACEHOLDER_ENDPOINT = /(https:\/\/)([A-Za-z0-9_-]+)(\.offline\.invalid)/g;

/**
 * The placeholders above embed the resource's name. A resource moved by an alias keeps its provider
 * outputs in a real deployment, so a plan diff reads the placeholders of moved resources under their
 * former names: `renames` maps new name → former name. Only placeholder forms are rewritten.
 */
export function placeholderRenamer(renames: ReadonlyMap<string, string>): (value: string) => string {
  return (value) => {
    const exact = renames.get(value);
    if (exact !== undefined) return exact;
    const former = value.endsWith('-id') ? renames.get(value.slice(0, -3)) : undefined;
    if (former !== undefined) return `${former}-id`;
    if (!value.includes('offline')) return value;
    return value
      .replace(PLACEHOLDER_ARN, (match, prefix: string, name: string) =>
        renames.has(name) ? `${prefix}${renames.get(name)}` : match,
      )
      .replace(PLACEHOLDER_ENDPOINT, (match, scheme: string, name: string, suffix: string) =>
        renames.has(name) ? `${scheme}${renames.get(name)}${suffix}` : match,
      );
  };
}

/**
 * What a platform stack deployed from this config exports (stacks/platform.ts), answered for a systems-only
 * stack's StackReference offline, where no platform stack can be read: the centers by role, with the
 * placeholder key ARNs, subnet groups and log buckets above, and on AWS its backups. A systems-only stack
 * carries its platform's mode and centers (`deploy` refuses one that differs), so its offline plan and
 * audit are of the platform this config builds.
 */
export function plausiblePlatformOutputs(config: PlatformConfig): Record<string, unknown> {
  if (config.mode !== 'aws')
    return {
      platform: {
        mode: config.mode,
        centers: config.centers.map((center) => ({
          role: center.role,
          ...(center.context ? { context: center.context } : {}),
          ...(center.kubeconfig ? { kubeconfig: center.kubeconfig } : {}),
        })),
      },
    };
  const centers = config.centers.map((center) => ({
    role: center.role,
    region: center.region ?? '',
    keyArn: `arn:aws-cn:kms:offline:000000000000:key/${center.name}`,
    accessLogBucket: `${center.name}-access-logs`,
    ...(isBackupOnly(center) ? {} : { kubeconfig: '{}', databaseSubnetGroup: `${center.name}-db` }),
  }));
  const backupCenters = config.centers.filter((center) => center.role !== 'primary').map((center) => center.role);
  return { platform: { mode: config.mode, centers }, [BACKUPS_OUTPUT]: platformBackups(backupCenters) };
}
