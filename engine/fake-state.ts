import type { MockResourceArgs } from '@pulumi/pulumi/runtime/mocks';

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
