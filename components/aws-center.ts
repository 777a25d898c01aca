import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import { POOLS, type Pool } from '../model/domain';
import { POOL_NODE_LABEL, poolTaint } from '../model/pools';
import { BACKUP_ONLY_ROLES, CLUSTER_MIN_ZONES, isBackupOnly, type CenterConfig } from '../model/topology';
import { AccessLogBucket, AUDIT_TRAIL_ROLE } from './access-log-bucket';
import {
  accountOfArn,
  assumeRolePolicy,
  logRetentionFor,
  managedPolicyArn,
  MAX_LOG_RETENTION_DAYS,
} from './aws-naming';
import { subnetPlan, type NetworkZone } from './cidr';
import { eksKubeconfig } from './kubeconfig';
import { SecureBucket } from './secure-bucket';
import { statefulOptions } from './system-options';
import { trailEventSelectors } from './trail-selectors';

export interface NodeGroupSize {
  instanceType: string;
  min: number;
  max: number;
}

/** A professional pool's node group when the stack does not size it: two nodes (one per zone at least), up to six. */
export const DEFAULT_POOL_NODES: Readonly<NodeGroupSize> = { instanceType: 'm6i.2xlarge', min: 2, max: 6 };

/** EKS names taint effects in its own spelling. */
const EKS_TAINT_EFFECT = { NoSchedule: 'NO_SCHEDULE' } as const;

/** The node group of a pool carries the pool's label and (professional pools) its taint, which the systems' nodeSelector and tolerations match (model/pools.ts). */
export function poolNodeGroupMarks(pool: Pool): {
  labels: Record<string, string>;
  taints?: { key: string; value: string; effect: string }[];
} {
  const taint = poolTaint(pool);
  return {
    labels: { [POOL_NODE_LABEL]: pool },
    ...(taint ? { taints: [{ key: taint.key, value: taint.value, effect: EKS_TAINT_EFFECT[taint.effect] }] } : {}),
  };
}

export interface AwsCenterArgs {
  /**
   * The center: its region, availability zones and VPC range. Required. Two or more zones build a center
   * with an EKS cluster; one zone builds it backup-only (network, key, vault, access log bucket, no
   * cluster), which only the same-city role may be.
   */
  center: CenterConfig;
  /** ARN of the multi-region primary key; omit for the primary center, which creates that key. Default: none. */
  primaryKeyArn?: pulumi.Input<string>;
  /** Days audit trails, flow logs and bucket access logs are kept. Default: 180. */
  logRetentionDays?: number;
  /** Create the account's multi-region audit trail in this center. Default: false. */
  auditTrail?: boolean;
  /** Kubernetes version of the cluster (none in a backup-only center). Default: `1.31`. */
  kubernetesVersion?: string;
  /** Worker nodes of the central pool: instance type and count. Default: m6i.2xlarge, 3 to 10. */
  nodes?: NodeGroupSize;
  /** Worker nodes of each professional pool. Default: m6i.2xlarge, 2 to 6 each. */
  poolNodes?: Partial<Record<Pool, NodeGroupSize>>;
  /** Tags on every resource. Default: `{}`. */
  tags?: Record<string, string>;
}

/**
 * The center's args, checked before anything is created. The stack config is validated first
 * (stacks/config.ts), so a rejection here means a caller bypassed it: a ResourceError naming the arg.
 */
export function validateAwsCenterArgs(
  args: AwsCenterArgs,
  resource: pulumi.Resource,
): Required<Pick<CenterConfig, 'region' | 'availabilityZones' | 'vpcCidr'>> & { backupOnly: boolean } {
  const reject = (message: string) =>
    new pulumi.ResourceError(`AwsCenter: ${message} (center ${args.center.name})`, resource);
  const { region, availabilityZones, vpcCidr } = args.center;
  if (!region) throw reject('args.center.region is required');
  if (!availabilityZones || availabilityZones.length === 0)
    throw reject(
      `args.center.availabilityZones needs ${CLUSTER_MIN_ZONES} or more zones (one for a backup-only same-city center)`,
    );
  const backupOnly = isBackupOnly(args.center);
  if (backupOnly && !BACKUP_ONLY_ROLES.includes(args.center.role)) {
    throw reject(
      `args.center.availabilityZones lists one zone, which makes a backup-only center, and the ${args.center.role} center runs a cluster: it needs ${CLUSTER_MIN_ZONES} or more`,
    );
  }
  if (!vpcCidr) throw reject('args.center.vpcCidr is required');
  const retention = args.logRetentionDays ?? 180;
  if (retention < 180 || retention > MAX_LOG_RETENTION_DAYS)
    throw reject(`args.logRetentionDays must be from 180 to ${MAX_LOG_RETENTION_DAYS}, got ${retention}`);
  try {
    subnetPlan(vpcCidr, availabilityZones);
  } catch (error) {
    throw reject(`args.center.vpcCidr: ${(error as Error).message}`);
  }
  return { region, availabilityZones, vpcCidr, backupOnly };
}

/**
 * One data center on AWS: a network with internal, extranet and internet zones across availability
 * zones; a customer-managed key (the multi-region primary, or a replica of it); flow logs, a server
 * access log bucket and, where asked, the multi-region audit trail with S3 data events, kept at least
 * 180 days; a backup vault; the EKS cluster.
 *
 * A center with one zone is backup-only (the same-city backup center, 同城备份): it keeps the network,
 * key, flow logs, access log bucket and vault, and has no EKS cluster, node group, Kubernetes provider
 * or database subnet group (which spans two zones). Nothing runs in it, so it leaves the region's EBS
 * defaults alone: they are one setting per account and region, which the primary sets in the same region.
 */
export class AwsCenter extends pulumi.ComponentResource {
  public readonly provider: aws.Provider;
  /** Whether the center is backup-only (one zone): no cluster, so no Kubernetes provider, kubeconfig or database subnet group. */
  public readonly backupOnly: boolean;
  /** Provider of the center's cluster; undefined for a backup-only center. */
  public readonly kubernetesProvider: k8s.Provider | undefined;
  public readonly keyArn: pulumi.Output<string>;
  public readonly vpcId: pulumi.Output<string>;
  public readonly subnetIds: Record<NetworkZone, pulumi.Output<string>[]>;
  public readonly backupVaultArn: pulumi.Output<string>;
  public readonly backupVaultName: pulumi.Output<string>;
  /** Undefined for a backup-only center. */
  public readonly clusterName: pulumi.Output<string> | undefined;
  /** Undefined for a backup-only center: a subnet group spans two zones. */
  public readonly databaseSubnetGroup: pulumi.Output<string> | undefined;
  /** Name of the center's server access log bucket, where every bucket of the center logs its requests. */
  public readonly accessLogBucket: pulumi.Output<string>;
  /** kubeconfig of the cluster (no credentials in it: it runs `aws eks get-token`); undefined for a backup-only center. */
  public readonly kubeconfig: pulumi.Output<string> | undefined;

  constructor(name: string, args: AwsCenterArgs, opts?: pulumi.ComponentResourceOptions) {
    super('envcloud:platform:AwsCenter', name, {}, opts);
    const { region, availabilityZones, vpcCidr, backupOnly } = validateAwsCenterArgs(args, this);
    this.backupOnly = backupOnly;
    const tags = { 'envcloud:center': args.center.name, 'envcloud:role': args.center.role, ...(args.tags ?? {}) };
    this.provider = new aws.Provider(`${name}-aws`, { region, defaultTags: { tags } }, { parent: this });
    const options = { parent: this, provider: this.provider };
    const stateful = statefulOptions(options);
    const retentionDays = args.logRetentionDays ?? 180;

    const key = args.primaryKeyArn
      ? new aws.kms.ReplicaKey(
          `${name}-key`,
          {
            primaryKeyArn: args.primaryKeyArn,
            deletionWindowInDays: 30,
            description: `envcloud ${args.center.name} (replica)`,
          },
          stateful,
        )
      : new aws.kms.Key(
          `${name}-key`,
          {
            multiRegion: true,
            enableKeyRotation: true,
            deletionWindowInDays: 30,
            description: 'envcloud platform key (multi-region primary)',
          },
          stateful,
        );
    this.keyArn = key.arn;

    // Node disks and any volume created outside the storage classes are encrypted with the platform key too.
    if (!backupOnly) {
      new aws.ebs.EncryptionByDefault(`${name}-ebs-encryption`, { enabled: true }, options);
      new aws.ebs.DefaultKmsKey(`${name}-ebs-key`, { keyArn: key.arn }, options);
    }

    const vpc = new aws.ec2.Vpc(
      `${name}-vpc`,
      {
        cidrBlock: vpcCidr,
        enableDnsHostnames: true,
        enableDnsSupport: true,
        tags: { 'envcloud:platform': 'network' },
      },
      options,
    );
    this.vpcId = vpc.id;
    this.subnetIds = { internal: [], extranet: [], internet: [] };
    for (const subnet of subnetPlan(vpcCidr, availabilityZones)) {
      const created = new aws.ec2.Subnet(
        `${name}-${subnet.zone}-${subnet.availabilityZone}`,
        {
          vpcId: vpc.id,
          cidrBlock: subnet.cidr,
          availabilityZone: subnet.availabilityZone,
          mapPublicIpOnLaunch: false,
          tags: { 'envcloud:zone': subnet.zone },
        },
        options,
      );
      this.subnetIds[subnet.zone].push(created.id);
    }

    this.databaseSubnetGroup = backupOnly
      ? undefined
      : new aws.rds.SubnetGroup(`${name}-db-subnets`, { subnetIds: this.subnetIds.internal }, options).name;

    const flowLogGroup = new aws.cloudwatch.LogGroup(
      `${name}-flow-logs`,
      { retentionInDays: logRetentionFor(retentionDays), kmsKeyId: key.arn },
      options,
    );
    const flowLogRole = new aws.iam.Role(
      `${name}-flow-logs-role`,
      { assumeRolePolicy: assumeRolePolicy('vpc-flow-logs.amazonaws.com') },
      options,
    );
    new aws.iam.RolePolicy(
      `${name}-flow-logs-policy`,
      {
        role: flowLogRole.id,
        policy: flowLogGroup.arn.apply((arn) =>
          JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
                Resource: `${arn}:*`,
              },
            ],
          }),
        ),
      },
      options,
    );
    new aws.ec2.FlowLog(
      `${name}-flow-log`,
      { vpcId: vpc.id, trafficType: 'ALL', logDestination: flowLogGroup.arn, iamRoleArn: flowLogRole.arn },
      options,
    );

    // One log bucket per center: S3 delivers access logs only within a region and account.
    const accessLogs = new AccessLogBucket(
      `${name}-access-logs`,
      {
        provider: this.provider,
        region,
        accountId: key.arn.apply(accountOfArn),
        retentionDays,
        tags: { 'envcloud:center': args.center.name },
      },
      { parent: this },
    );
    this.accessLogBucket = accessLogs.bucketName;

    if (args.auditTrail) {
      const trailBucket = new SecureBucket(
        `${name}-trail-logs`,
        {
          provider: this.provider,
          kmsKeyArn: key.arn,
          accessLogBucket: accessLogs.bucketName,
          expireAfterDays: retentionDays,
          allowCloudTrail: true,
          tags: { 'envcloud:platform': AUDIT_TRAIL_ROLE },
        },
        { parent: this },
      );
      new aws.cloudtrail.Trail(
        `${name}-trail`,
        {
          s3BucketName: trailBucket.bucketName,
          isMultiRegionTrail: true,
          enableLogFileValidation: true,
          includeGlobalServiceEvents: true,
          kmsKeyId: key.arn,
          // Object-level access to every bucket in every region (MLPS 8.1.4.3: audit covers every user's important actions).
          advancedEventSelectors: pulumi
            .all([trailBucket.arn, accessLogs.arn])
            .apply((evidence) => trailEventSelectors(evidence)),
        },
        { ...options, dependsOn: [trailBucket] },
      );
    }

    const vault = new aws.backup.Vault(`${name}-vault`, { kmsKeyArn: key.arn, forceDestroy: false }, stateful);
    this.backupVaultArn = vault.arn;
    this.backupVaultName = vault.name;

    if (backupOnly) {
      this.kubernetesProvider = this.clusterName = this.kubeconfig = undefined;
      this.registerOutputs({
        keyArn: this.keyArn,
        vpcId: this.vpcId,
        backupVaultArn: this.backupVaultArn,
        accessLogBucket: this.accessLogBucket,
      });
      return;
    }

    const clusterRole = new aws.iam.Role(
      `${name}-cluster-role`,
      { assumeRolePolicy: assumeRolePolicy('eks.amazonaws.com') },
      options,
    );
    new aws.iam.RolePolicyAttachment(
      `${name}-cluster-policy`,
      { role: clusterRole.name, policyArn: managedPolicyArn(region, 'AmazonEKSClusterPolicy') },
      options,
    );
    const clusterName = `envcloud-${args.center.name}`;
    // EKS creates its log group without expiry; creating it first sets the retention.
    const clusterLogs = new aws.cloudwatch.LogGroup(
      `${name}-cluster-logs`,
      { name: `/aws/eks/${clusterName}/cluster`, retentionInDays: logRetentionFor(retentionDays), kmsKeyId: key.arn },
      options,
    );
    const cluster = new aws.eks.Cluster(
      `${name}-cluster`,
      {
        name: clusterName,
        version: args.kubernetesVersion ?? '1.31',
        roleArn: clusterRole.arn,
        vpcConfig: { subnetIds: this.subnetIds.internal, endpointPrivateAccess: true, endpointPublicAccess: false },
        encryptionConfig: { provider: { keyArn: key.arn }, resources: ['secrets'] },
        enabledClusterLogTypes: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'],
        accessConfig: { authenticationMode: 'API' },
        tags: { 'envcloud:platform': 'cluster' },
      },
      { ...options, dependsOn: [clusterLogs] },
    );
    this.clusterName = cluster.name;

    const nodeRole = new aws.iam.Role(
      `${name}-node-role`,
      { assumeRolePolicy: assumeRolePolicy('ec2.amazonaws.com') },
      options,
    );
    for (const policy of ['AmazonEKSWorkerNodePolicy', 'AmazonEKS_CNI_Policy', 'AmazonEC2ContainerRegistryReadOnly']) {
      new aws.iam.RolePolicyAttachment(
        `${name}-node-${policy}`,
        { role: nodeRole.name, policyArn: managedPolicyArn(region, policy) },
        options,
      );
    }
    // One node group per pool (plan §三(三).9): the central pool's keeps its original name; a professional pool's is tainted, so only its systems land there.
    for (const pool of POOLS) {
      const nodes =
        pool === 'central'
          ? (args.nodes ?? { instanceType: 'm6i.2xlarge', min: 3, max: 10 })
          : (args.poolNodes?.[pool] ?? DEFAULT_POOL_NODES);
      new aws.eks.NodeGroup(
        pool === 'central' ? `${name}-nodes` : `${name}-nodes-${pool}`,
        {
          clusterName: cluster.name,
          nodeRoleArn: nodeRole.arn,
          subnetIds: this.subnetIds.internal,
          instanceTypes: [nodes.instanceType],
          scalingConfig: { minSize: nodes.min, desiredSize: nodes.min, maxSize: nodes.max },
          ...poolNodeGroupMarks(pool),
        },
        options,
      );
    }

    this.kubeconfig = pulumi
      .all([cluster.name, cluster.endpoint, cluster.certificateAuthority])
      .apply(([clusterId, endpoint, authority]) => eksKubeconfig(clusterId, endpoint, authority?.data ?? '', region));
    this.kubernetesProvider = new k8s.Provider(
      `${name}-k8s`,
      { kubeconfig: this.kubeconfig, enableServerSideApply: true },
      { parent: this },
    );

    this.registerOutputs({
      keyArn: this.keyArn,
      vpcId: this.vpcId,
      backupVaultArn: this.backupVaultArn,
      clusterName: this.clusterName,
      accessLogBucket: this.accessLogBucket,
    });
  }
}
