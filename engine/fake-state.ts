import type { MockResourceArgs } from '@pulumi/pulumi/runtime/mocks';

/** Resources whose provider-assigned `name` the program reads. */
const NAMED_TYPES = new Set(['aws:backup/vault:Vault', 'aws:eks/cluster:Cluster', 'aws:iam/role:Role', 'aws:rds/subnetGroup:SubnetGroup']);

/**
 * Outputs a provider would compute that the program reads (ARNs, names, the cluster endpoint). They
 * are placeholders, marked as such by the all-zero account; an offline run never presents them as real.
 */
export function plausibleState(args: MockResourceArgs): Record<string, unknown> {
  const inputs = args.inputs as Record<string, unknown>;
  if (!args.type.startsWith('aws:')) return inputs;
  const [, module = 'aws', kind = 'resource'] = args.type.split(/[:/]/);
  const state: Record<string, unknown> = { ...inputs, arn: inputs.arn ?? `arn:aws-cn:${module}:offline:000000000000:${kind.toLowerCase()}/${args.name}` };
  if (args.type === 'aws:s3/bucket:Bucket') state.bucket = inputs.bucket ?? args.name;
  if (NAMED_TYPES.has(args.type)) state.name = inputs.name ?? args.name;
  if (args.type === 'aws:eks/cluster:Cluster') {
    state.endpoint = `https://${args.name}.offline.invalid`;
    state.certificateAuthority = { data: 'T0ZGTElORQ==' };
  }
  return state;
}
