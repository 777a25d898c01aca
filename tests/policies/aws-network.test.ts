import * as aws from '@pulumi/aws';
import * as k8s from '@pulumi/kubernetes';
import { evaluateStackPolicy } from '../../engine/policy-run';
import {
  noAdminPortsOpenToWorld,
  noPublicAddresses,
  vpcFlowLogs,
  worldOpenAdminPorts,
} from '../../policies/mlps/aws-network';
import { planned, violationsOf } from './support';

// The boundary policies of policies/mlps/aws-network.ts, case by case: each starts from a passing
// resource and changes one field. tests/policies/mlps-network-storage.test.ts has the main cases.

describe('worldOpenAdminPorts', () => {
  const rule = { protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] };
  it('answers the admin ports in the rule’s range when a source is the whole internet', () => {
    expect(worldOpenAdminPorts(rule, [22, 3389])).toEqual([22]);
    expect(worldOpenAdminPorts({ ...rule, fromPort: 21, toPort: 23 }, [21, 22, 23, 24, 20])).toEqual([21, 22, 23]);
    expect(worldOpenAdminPorts({ ...rule, cidrBlocks: ['10.0.0.0/8', '0.0.0.0/0'] }, [22])).toEqual([22]);
    expect(worldOpenAdminPorts({ ...rule, cidrBlocks: [], ipv6CidrBlocks: ['::/0'] }, [22])).toEqual([22]);
  });
  it('answers nothing for a rule from a narrower source, or with no source', () => {
    expect(worldOpenAdminPorts({ ...rule, cidrBlocks: ['0.0.0.0/1'] }, [22])).toEqual([]);
    expect(worldOpenAdminPorts({ ...rule, cidrBlocks: undefined }, [22])).toEqual([]);
    expect(worldOpenAdminPorts({ ...rule, cidrBlocks: ['10.0.0.0/8'], ipv6CidrBlocks: ['::/1'] }, [22])).toEqual([]);
  });
  it('takes every port for protocol -1 or all, whatever the range says', () => {
    for (const protocol of ['-1', 'all'])
      expect(worldOpenAdminPorts({ ...rule, protocol, fromPort: 443, toPort: 443 }, [0, 22, 65535])).toEqual([
        0, 22, 65535,
      ]);
    expect(worldOpenAdminPorts({ ...rule, protocol: 'udp', fromPort: 443, toPort: 443 }, [22])).toEqual([]);
  });
  it('reads a missing start as port 0 and a missing end as the start', () => {
    expect(worldOpenAdminPorts({ protocol: 'tcp', fromPort: 22, cidrBlocks: ['0.0.0.0/0'] }, [22, 23])).toEqual([22]);
    expect(worldOpenAdminPorts({ protocol: 'tcp', toPort: 22, cidrBlocks: ['0.0.0.0/0'] }, [0, 22, 23])).toEqual([
      0, 22,
    ]);
    expect(worldOpenAdminPorts({ protocol: 'tcp', cidrBlocks: ['0.0.0.0/0'] }, [0, 1])).toEqual([0]);
  });
});

describe('no-admin-ports-open-to-world', () => {
  it('reads an ingress SecurityGroupRule, not an egress one', async () => {
    const ingress: aws.ec2.SecurityGroupRuleArgs = {
      type: 'ingress',
      securityGroupId: 'sg',
      protocol: 'tcp',
      fromPort: 5432,
      toPort: 5432,
      cidrBlocks: ['0.0.0.0/0'],
    };
    expect(await violationsOf(noAdminPortsOpenToWorld, aws.ec2.SecurityGroupRule, ingress)).toEqual([
      'admin ports 5432 are open to 0.0.0.0/0',
    ]);
    expect(
      await violationsOf(noAdminPortsOpenToWorld, aws.ec2.SecurityGroupRule, { ...ingress, type: 'egress' }),
    ).toEqual([]);
  });
  it('names each open port once, across the rules of a group', async () => {
    const group: aws.ec2.SecurityGroupArgs = {
      ingress: [
        { protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] },
        { protocol: 'tcp', fromPort: 3000, toPort: 3306, cidrBlocks: ['0.0.0.0/0'] },
      ],
    };
    expect(await violationsOf(noAdminPortsOpenToWorld, aws.ec2.SecurityGroup, group)).toEqual([
      'admin ports 22, 3306 are open to 0.0.0.0/0',
    ]);
    expect(await violationsOf(noAdminPortsOpenToWorld, aws.ec2.SecurityGroup, {})).toEqual([]);
  });
  it('reads the newer ingress rule’s IPv4 source and protocol', async () => {
    const rule: aws.vpc.SecurityGroupIngressRuleArgs = {
      securityGroupId: 'sg',
      ipProtocol: '-1',
      cidrIpv4: '0.0.0.0/0',
    };
    expect(await violationsOf(noAdminPortsOpenToWorld, aws.vpc.SecurityGroupIngressRule, rule)).toEqual([
      'admin ports 22, 3389, 3306, 5432, 1433, 1521, 2379, 6379, 6443, 9200, 27017 are open to 0.0.0.0/0',
    ]);
    expect(
      await violationsOf(noAdminPortsOpenToWorld, aws.vpc.SecurityGroupIngressRule, {
        ...rule,
        cidrIpv4: '10.0.0.0/8',
      }),
    ).toEqual([]);
  });
});

describe('no-public-addresses', () => {
  it('flags an instance with a public IP, naming it, and passes one without', async () => {
    const instance: aws.ec2.InstanceArgs = { ami: 'ami', associatePublicIpAddress: true };
    expect(await violationsOf(noPublicAddresses, aws.ec2.Instance, instance)).toEqual([
      'instance fixture has a public IP (associatePublicIpAddress)',
    ]);
    expect(
      await violationsOf(noPublicAddresses, aws.ec2.Instance, { ...instance, associatePublicIpAddress: false }),
    ).toEqual([]);
    expect(await violationsOf(noPublicAddresses, aws.ec2.Subnet, { vpcId: 'v', mapPublicIpOnLaunch: true })).toEqual([
      'subnet fixture gives instances public IPs (mapPublicIpOnLaunch)',
    ]);
    expect(await violationsOf(noPublicAddresses, aws.ec2.Eip, {})).toEqual(['elastic IP fixture is a public address']);
  });
  it('flags NodePort Services and external IPs outside the entry namespaces, in the default namespace too', async () => {
    const service = (namespace: string | undefined, spec: k8s.types.input.core.v1.ServiceSpec) =>
      violationsOf(noPublicAddresses, k8s.core.v1.Service, { metadata: namespace ? { namespace } : {}, spec });
    expect(await service('pool-central', { type: 'NodePort' })).toEqual([
      'Service fixture in namespace pool-central is reachable from outside the cluster (NodePort); only website-cluster, portal publish entry points',
    ]);
    expect(await service(undefined, { externalIPs: ['1.2.3.4'] })).toEqual([
      'Service fixture in namespace default is reachable from outside the cluster (ClusterIP); only website-cluster, portal publish entry points',
    ]);
    expect(await service('pool-central', { externalIPs: [] })).toEqual([]);
    expect(await service('website-cluster', { type: 'NodePort' })).toEqual([]);
    expect(
      await violationsOf(noPublicAddresses, k8s.core.v1.Service, { metadata: { namespace: 'pool-central' } }),
    ).toEqual([]);
    expect(
      await violationsOf(
        noPublicAddresses,
        k8s.core.v1.Service,
        { metadata: { namespace: 'portal' }, spec: { type: 'LoadBalancer' } },
        { entryNamespaces: ['website-cluster'] },
      ),
    ).toEqual([expect.stringContaining('only website-cluster publish entry points')]);
  });
});

describe('vpc-flow-logs (stack)', () => {
  const vpc = planned('aws:ec2/vpc:Vpc', 'primary-vpc');
  it('needs the flow log of all traffic to be of that VPC', async () => {
    const other = planned('aws:ec2/vpc:Vpc', 'other-vpc');
    const log = planned('aws:ec2/flowLog:FlowLog', 'log', { trafficType: 'ALL' }, { dependencies: [other.urn] });
    expect(await evaluateStackPolicy(vpcFlowLogs, [vpc, other, log])).toEqual([
      { message: 'VPC primary-vpc records no flow log of all its traffic', urn: vpc.urn },
    ]);
  });
  it('finds the VPC’s flow log of all traffic among others', async () => {
    const other = planned('aws:ec2/vpc:Vpc', 'other-vpc');
    const logs = [
      planned('aws:ec2/flowLog:FlowLog', 'other-log', { trafficType: 'ALL' }, { dependencies: [other.urn] }),
      planned('aws:ec2/flowLog:FlowLog', 'log', { trafficType: 'ALL' }, { dependencies: [vpc.urn] }),
    ];
    expect(await evaluateStackPolicy(vpcFlowLogs, [vpc, other, ...logs])).toEqual([]);
  });
  it('leaves a VPC open while its flow logs are not known, and names it', async () => {
    const proxy = require('@pulumi/policy/proxy') as {
      unknownCheckingProxy<T>(value: T): T;
      unknownStringValue: string;
    };
    const log = planned('aws:ec2/flowLog:FlowLog', 'log', {}, { dependencies: [vpc.urn] });
    const unknown = { ...log, props: proxy.unknownCheckingProxy({ trafficType: proxy.unknownStringValue }) };
    await expect(evaluateStackPolicy(vpcFlowLogs, [vpc, unknown])).rejects.toThrow(
      'judged everything known; not known until the update: VPC primary-vpc (.trafficType)',
    );
  });
});
