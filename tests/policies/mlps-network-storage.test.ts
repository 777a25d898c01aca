import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import { evaluateStackPolicy } from '../../engine/policy-run';
import { goldTierMultiAz, kmsKeyRotation, rdsAuditLogs, s3TlsOnly } from '../../policies/mlps/aws-data';
import {
  noAdminPortsOpenToWorld,
  noPublicAddresses,
  vpcFlowLogs,
  worldOpenAdminPorts,
} from '../../policies/mlps/aws-network';
import { statefulResourcesProtected, volumesEncrypted } from '../../policies/mlps/storage';
import { bucketPolicy } from '../../components/secure-bucket';
import { evaluatePolicy } from '../../engine/policy-run';
import { planned, violationsOf } from './support';

describe('vpc-flow-logs (stack)', () => {
  const vpc = planned('aws:ec2/vpc:Vpc', 'primary-vpc');
  const flowLog = (trafficType: string) =>
    planned('aws:ec2/flowLog:FlowLog', 'primary-flow-log', { trafficType }, { dependencies: [vpc.urn] });
  it('passes a VPC with a flow log of all traffic', async () => {
    expect(await evaluateStackPolicy(vpcFlowLogs, [vpc, flowLog('ALL')])).toEqual([]);
  });
  it('flags a VPC whose flow log records only rejected traffic, pointing at the VPC', async () => {
    expect(await evaluateStackPolicy(vpcFlowLogs, [vpc, flowLog('REJECT')])).toEqual([
      { message: expect.stringContaining('no flow log'), urn: vpc.urn },
    ]);
  });
});

describe('no-admin-ports-open-to-world', () => {
  const group = (cidr: string, fromPort = 22, toPort = 22): aws.ec2.SecurityGroupArgs => ({
    ingress: [{ protocol: 'tcp', fromPort, toPort, cidrBlocks: [cidr] }],
  });
  it('passes SSH from the operations network and HTTPS from anywhere', async () => {
    expect(await violationsOf(noAdminPortsOpenToWorld, aws.ec2.SecurityGroup, group('10.10.0.0/16'))).toEqual([]);
    expect(await violationsOf(noAdminPortsOpenToWorld, aws.ec2.SecurityGroup, group('0.0.0.0/0', 443, 443))).toEqual(
      [],
    );
  });
  it('flags SSH from 0.0.0.0/0, and a port range that covers PostgreSQL', async () => {
    expect(await violationsOf(noAdminPortsOpenToWorld, aws.ec2.SecurityGroup, group('0.0.0.0/0'))).toEqual([
      'admin ports 22 are open to 0.0.0.0/0',
    ]);
    expect(
      worldOpenAdminPorts({ protocol: 'tcp', fromPort: 5000, toPort: 6000, cidrBlocks: ['0.0.0.0/0'] }, [22, 5432]),
    ).toEqual([5432]);
  });
  it('reads the newer ingress rule resource and IPv6, and follows the configured port list', async () => {
    const rule: aws.vpc.SecurityGroupIngressRuleArgs = {
      securityGroupId: 'sg',
      ipProtocol: 'tcp',
      fromPort: 3389,
      toPort: 3389,
      cidrIpv6: '::/0',
    };
    expect(await violationsOf(noAdminPortsOpenToWorld, aws.vpc.SecurityGroupIngressRule, rule)).toHaveLength(1);
    expect(
      await violationsOf(noAdminPortsOpenToWorld, aws.vpc.SecurityGroupIngressRule, rule, { adminPorts: [22] }),
    ).toEqual([]);
  });
});

describe('no-public-addresses', () => {
  it('passes private subnets and ClusterIP services', async () => {
    expect(await violationsOf(noPublicAddresses, aws.ec2.Subnet, { vpcId: 'v', mapPublicIpOnLaunch: false })).toEqual(
      [],
    );
    expect(
      await violationsOf(noPublicAddresses, k8s.core.v1.Service, {
        metadata: { namespace: 'pool-central' },
        spec: { type: 'ClusterIP' },
      }),
    ).toEqual([]);
    expect(
      await violationsOf(noPublicAddresses, k8s.core.v1.Service, {
        metadata: { namespace: 'portal' },
        spec: { type: 'LoadBalancer' },
      }),
    ).toEqual([]);
  });
  it('flags a public subnet, an elastic IP and a LoadBalancer in a pool', async () => {
    expect(
      await violationsOf(noPublicAddresses, aws.ec2.Subnet, { vpcId: 'v', mapPublicIpOnLaunch: true }),
    ).toHaveLength(1);
    expect(await violationsOf(noPublicAddresses, aws.ec2.Eip, {})).toHaveLength(1);
    expect(
      await violationsOf(noPublicAddresses, k8s.core.v1.Service, {
        metadata: { namespace: 'pool-central' },
        spec: { type: 'LoadBalancer' },
      }),
    ).toEqual([expect.stringContaining('reachable from outside')]);
  });
});

describe('s3-tls-only (stack)', () => {
  const bucket = planned('aws:s3/bucket:Bucket', 'data');
  const attach = (policy: string) =>
    planned(
      'aws:s3/bucketPolicy:BucketPolicy',
      'data-policy',
      { bucket: 'data', policy },
      { dependencies: [bucket.urn] },
    );
  it('passes a bucket with SecureBucket’s policy', async () => {
    expect(await evaluateStackPolicy(s3TlsOnly, [bucket, attach(bucketPolicy('arn:aws-cn:s3:::data', false))])).toEqual(
      [],
    );
  });
  it('flags a bucket with no policy and one whose policy allows plain HTTP', async () => {
    expect(await evaluateStackPolicy(s3TlsOnly, [bucket])).toEqual([
      { message: expect.stringContaining('without TLS'), urn: bucket.urn },
    ]);
    const allowAll = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] });
    expect(await evaluateStackPolicy(s3TlsOnly, [bucket, attach(allowAll)])).toHaveLength(1);
  });
});

describe('database and key policies', () => {
  const db = (): aws.rds.InstanceArgs => ({
    instanceClass: 'db.m6g.large',
    enabledCloudwatchLogsExports: ['postgresql'],
    multiAz: true,
    tags: { 'envcloud:backup-tier': 'gold' },
  });
  it('rds-audit-logs: passes exported logs, flags none', async () => {
    expect(await violationsOf(rdsAuditLogs, aws.rds.Instance, db())).toEqual([]);
    expect(
      await violationsOf(rdsAuditLogs, aws.rds.Instance, { ...db(), enabledCloudwatchLogsExports: [] }),
    ).toHaveLength(1);
  });
  it('gold-tier-multi-az: passes multi-AZ gold and single-AZ silver, flags single-AZ gold but not its replica', async () => {
    expect(await violationsOf(goldTierMultiAz, aws.rds.Instance, db())).toEqual([]);
    expect(
      await violationsOf(goldTierMultiAz, aws.rds.Instance, {
        ...db(),
        multiAz: false,
        tags: { 'envcloud:backup-tier': 'silver' },
      }),
    ).toEqual([]);
    expect(await violationsOf(goldTierMultiAz, aws.rds.Instance, { ...db(), multiAz: false })).toHaveLength(1);
    expect(
      await violationsOf(goldTierMultiAz, aws.rds.Instance, {
        ...db(),
        multiAz: false,
        replicateSourceDb: 'arn:source',
      }),
    ).toEqual([]);
  });
  it('kms-key-rotation: flags a key that does not rotate', async () => {
    expect(await violationsOf(kmsKeyRotation, aws.kms.Key, { enableKeyRotation: true })).toEqual([]);
    expect(await violationsOf(kmsKeyRotation, aws.kms.Key, { enableKeyRotation: false })).toHaveLength(1);
  });
});

describe('volumes-encrypted', () => {
  const storageClass = (parameters: Record<string, string>): k8s.storage.v1.StorageClassArgs => ({
    metadata: { name: 'envcloud-gold' },
    provisioner: 'ebs.csi.aws.com',
    parameters,
  });
  it('passes encrypted classes (EBS and Rook) and flags one without encryption', async () => {
    expect(
      await violationsOf(
        volumesEncrypted,
        k8s.storage.v1.StorageClass,
        storageClass({ type: 'gp3', encrypted: 'true', kmsKeyId: 'k' }),
      ),
    ).toEqual([]);
    const rook = {
      ...storageClass({ encrypted: 'true', encryptionKMSID: 'envcloud-kms' }),
      provisioner: 'rook-ceph.rbd.csi.ceph.com',
    };
    expect(await violationsOf(volumesEncrypted, k8s.storage.v1.StorageClass, rook)).toEqual([]);
    expect(await violationsOf(volumesEncrypted, k8s.storage.v1.StorageClass, storageClass({ type: 'gp3' }))).toEqual([
      expect.stringContaining('unencrypted'),
    ]);
  });
  it('asks EBS classes for the customer key', async () => {
    expect(
      await violationsOf(
        volumesEncrypted,
        k8s.storage.v1.StorageClass,
        storageClass({ type: 'gp3', encrypted: 'true' }),
      ),
    ).toEqual([expect.stringContaining('parameters.kmsKeyId')]);
  });
  it('flags an unencrypted EBS volume and EBS default encryption switched off', async () => {
    expect(
      await violationsOf(volumesEncrypted, aws.ebs.Volume, { availabilityZone: 'a', encrypted: false }),
    ).toHaveLength(1);
    expect(await violationsOf(volumesEncrypted, aws.ebs.EncryptionByDefault, { enabled: false })).toHaveLength(1);
  });
});

describe('stateful-resources-protected', () => {
  const claim = (protect: boolean) =>
    evaluatePolicy(statefulResourcesProtected, {
      type: 'kubernetes:core/v1:PersistentVolumeClaim',
      name: 'data',
      urn: 'urn:pulumi:t::envcloud::kubernetes:core/v1:PersistentVolumeClaim::data',
      props: {},
      protect,
    });
  it('passes a protected volume and flags an unprotected one', async () => {
    expect(await claim(true)).toEqual([]);
    expect(await claim(false)).toEqual([expect.stringContaining('not protected against deletion')]);
  });
});
