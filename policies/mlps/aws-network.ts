import * as aws from '@pulumi/aws';
import type { ResourceValidationArgs, ResourceValidationPolicy, StackValidationPolicy } from '@pulumi/policy';
import { dependsOn, ofType } from '../cluster';
import { definePolicy } from '../meta';
import { judgeAll } from '../unknowns';
import { namespaceOf } from '../../components/resource-facts';
import { ENTRY_NAMESPACES } from '../seed/websites';
import { t } from '../../document/i18n';

const MLPS_BOUNDARY = 'GB/T 22239-2019 8.1.3.1 (边界防护); 8.1.3.2 (访问控制)';
const WORLD = ['0.0.0.0/0', '::/0'];

export const vpcFlowLogs = definePolicy<StackValidationPolicy>(
  {
    name: 'vpc-flow-logs',
    validateStack: (args, reportViolation) => {
      const flowLogs = ofType(args.resources, 'aws:ec2/flowLog:FlowLog');
      judgeAll((gaps) => {
        for (const vpc of ofType(args.resources, 'aws:ec2/vpc:Vpc')) {
          gaps.judge(`VPC ${vpc.name}`, () => {
            if (!flowLogs.some((log) => dependsOn(log, vpc) && log.props.trafficType === 'ALL'))
              reportViolation(t('en', 'policy.finding.vpc-flow-logs.missing', { name: vpc.name }), vpc.urn);
          });
        }
      });
    },
  },
  {
    severity: 'high',
    judges: { types: ['aws:ec2/vpc:Vpc'] },
    clause: 'GB/T 22239-2019 8.1.3.5 (安全审计: 网络边界审计)',
    en: {
      description: 'Every network records a flow log of all traffic',
      remediation: 'Build networks with AwsCenter, which adds a flow log of ALL traffic.',
    },
    zh: {
      description: '每个网络须记录全部流量的流日志',
      remediation: '通过 AwsCenter 组件创建网络，组件会添加全流量日志。',
    },
  },
);

export interface AdminPortsConfig {
  adminPorts: number[];
}

interface IngressRule {
  fromPort?: number;
  toPort?: number;
  protocol?: string;
  cidrBlocks?: string[];
  ipv6CidrBlocks?: string[];
}

/** The admin ports an ingress rule opens to the whole internet. */
export function worldOpenAdminPorts(rule: IngressRule, adminPorts: readonly number[]): number[] {
  const sources = [...(rule.cidrBlocks ?? []), ...(rule.ipv6CidrBlocks ?? [])];
  if (!sources.some((cidr) => WORLD.includes(cidr))) return [];
  const everything = rule.protocol === '-1' || rule.protocol === 'all';
  const from = everything ? 0 : (rule.fromPort ?? 0);
  const to = everything ? 65535 : (rule.toPort ?? from);
  return adminPorts.filter((port) => port >= from && port <= to);
}

export const noAdminPortsOpenToWorld = definePolicy<ResourceValidationPolicy>(
  {
    name: 'no-admin-ports-open-to-world',
    configSchema: {
      properties: {
        // At least one real port: `[]` (or ports past 65535) turned a critical policy into one that passes
        // every security group it judges.
        adminPorts: {
          type: 'array',
          items: { type: 'integer', minimum: 0, maximum: 65535 },
          minItems: 1,
          default: [22, 3389, 3306, 5432, 1433, 1521, 2379, 6379, 6443, 9200, 27017],
        },
      },
    },
    validateResource: (args: ResourceValidationArgs, reportViolation) => {
      const { adminPorts } = args.getConfig<AdminPortsConfig>();
      const rules: IngressRule[] = [];
      if (args.isType(aws.ec2.SecurityGroup)) rules.push(...((args.props.ingress ?? []) as IngressRule[]));
      if (args.isType(aws.ec2.SecurityGroupRule) && args.props.type === 'ingress')
        rules.push(args.props as IngressRule);
      if (args.isType(aws.vpc.SecurityGroupIngressRule)) {
        rules.push({
          fromPort: args.props.fromPort,
          toPort: args.props.toPort,
          protocol: args.props.ipProtocol,
          cidrBlocks: [args.props.cidrIpv4 ?? ''],
          ipv6CidrBlocks: [args.props.cidrIpv6 ?? ''],
        });
      }
      const open = [...new Set(rules.flatMap((rule) => worldOpenAdminPorts(rule, adminPorts)))];
      if (open.length > 0)
        reportViolation(t('en', 'policy.finding.no-admin-ports-open-to-world.open', { ports: open.join(', ') }));
    },
  },
  {
    severity: 'critical',
    judges: {
      types: [
        'aws:ec2/securityGroup:SecurityGroup',
        'aws:ec2/securityGroupRule:SecurityGroupRule',
        'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule',
      ],
    },
    clause: MLPS_BOUNDARY,
    en: {
      description: 'No administration port is open to the whole internet',
      remediation: 'Allow admin ports only from the bastion or operations network CIDR.',
    },
    zh: { description: '管理端口不得对全网开放', remediation: '管理端口只允许来自堡垒机或运维网段。' },
  },
);

export interface PublicAddressConfig {
  entryNamespaces: string[];
}

export const noPublicAddresses = definePolicy<ResourceValidationPolicy>(
  {
    name: 'no-public-addresses',
    configSchema: {
      properties: { entryNamespaces: { type: 'array', items: { type: 'string' }, default: ENTRY_NAMESPACES } },
    },
    validateResource: (args: ResourceValidationArgs, reportViolation) => {
      const { entryNamespaces } = args.getConfig<PublicAddressConfig>();
      if (args.isType(aws.ec2.Subnet) && args.props.mapPublicIpOnLaunch === true)
        reportViolation(t('en', 'policy.finding.no-public-addresses.subnet', { name: args.name }));
      if (args.isType(aws.ec2.Instance) && args.props.associatePublicIpAddress === true)
        reportViolation(t('en', 'policy.finding.no-public-addresses.instance', { name: args.name }));
      if (args.isType(aws.ec2.Eip))
        reportViolation(t('en', 'policy.finding.no-public-addresses.eip', { name: args.name }));
      if (args.type === 'kubernetes:core/v1:Service') {
        const namespace = namespaceOf(args.props) ?? 'default';
        const type = args.props.spec?.type ?? 'ClusterIP';
        const external =
          (type === 'LoadBalancer' || type === 'NodePort' || (args.props.spec?.externalIPs ?? []).length > 0) &&
          !entryNamespaces.includes(namespace);
        if (external)
          reportViolation(
            t('en', 'policy.finding.no-public-addresses.service', {
              name: args.name,
              namespace,
              type,
              entries: entryNamespaces.join(', '),
            }),
          );
      }
    },
  },
  {
    severity: 'critical',
    judges: {
      types: ['aws:ec2/subnet:Subnet', 'aws:ec2/instance:Instance', 'aws:ec2/eip:Eip', 'kubernetes:core/v1:Service'],
    },
    clause: MLPS_BOUNDARY,
    en: {
      description: 'Nothing but the platform entry points has a public address',
      remediation: 'Use ClusterIP Services and publish through the portal or website cluster.',
    },
    zh: {
      description: '除平台统一入口外不得使用公网地址',
      remediation: '使用 ClusterIP 服务，通过门户或网站群对外发布。',
    },
  },
);

export const AWS_NETWORK_POLICIES = [vpcFlowLogs, noAdminPortsOpenToWorld, noPublicAddresses];
