import { POOLS } from '../model/domain';
import { OPERATOR_INSTALLERS, OPERATOR_NAMES } from '../model/operators';
import { MAX_LOG_RETENTION_DAYS } from '../components/aws-naming';

/**
 * The largest capacities a pool can be given: far past any real pool, and below where the rendered
 * ResourceQuota stops being a Kubernetes quantity (`cpu: 1e308` rendered `Infinity`, which preview's
 * schema check and the cluster refuse, while validate and audit passed it).
 */
export const MAX_POOL_CPU = 1_000_000;
export const MAX_POOL_GIB = 1_000_000_000;

const poolCapacity = {
  type: 'object',
  description: '一个资源池的容量。\n\nCapacity of one resource pool.',
  additionalProperties: false,
  required: ['cpu', 'memoryGiB', 'storageGiB'],
  properties: {
    cpu: {
      type: 'number',
      minimum: 1,
      maximum: MAX_POOL_CPU,
      description: '该资源池提供的 CPU 核数。\n\nCPU cores the pool offers.',
    },
    memoryGiB: {
      type: 'number',
      minimum: 1,
      maximum: MAX_POOL_GIB,
      description: '该资源池提供的内存，单位 GiB。\n\nMemory the pool offers, in GiB.',
    },
    storageGiB: {
      type: 'number',
      minimum: 1,
      maximum: MAX_POOL_GIB,
      description:
        '该资源池提供的存储（对象存储、块存储、数据库），单位 GiB。\n\nStorage (object, block, database) the pool offers, in GiB.',
    },
  },
} as const;

/**
 * A stack reference, `stack`, `project/stack` or `org/project/stack`: each part a name Pulumi takes,
 * beginning with a letter, a digit or `_` (`../../x` matched when a part could be `..`).
 */
export const PLATFORM_STACK_PATTERN = '^[A-Za-z0-9_][A-Za-z0-9_.-]*(/[A-Za-z0-9_][A-Za-z0-9_.-]*){0,2}$';

/**
 * The stack configuration under the `envcloud:` namespace (keys without the prefix). Simple keys are
 * also declared in Pulumi.yaml; the structured ones are checked here, at program start.
 */
export const platformConfigSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://envcloud.mee.gov.cn/schema/platform-config.v1.schema.json',
  type: 'object',
  additionalProperties: false,
  required: ['mode', 'centers', 'pools'],
  properties: {
    mode: {
      type: 'string',
      enum: ['aws', 'kubeconfig'],
      description:
        '`aws`：在 AWS 上建设各中心；`kubeconfig`：使用已有的集群。\n\n`aws` builds the centers on AWS; `kubeconfig` uses existing clusters.',
    },
    approvedRegistry: {
      type: 'string',
      pattern: '^[a-z0-9.-]+(:[0-9]+)?$',
      description: '批准的镜像仓库：镜像只能来自这一个仓库。\n\nThe only registry images may come from.',
    },
    logRetentionDays: {
      type: 'integer',
      minimum: 180,
      // The longest CloudWatch Logs keeps anything: AwsCenter refused more as a bug (exit 70).
      maximum: MAX_LOG_RETENTION_DAYS,
      description:
        '审计记录和网络流日志的保存天数（180 到 3653 天）。\n\nDays audit trails and flow logs are kept (180 to 3653).',
    },
    singleCenterBackups: {
      type: 'boolean',
      description:
        '所有备份副本都保存在这一个中心（仅用于开发；要求恰好只有一个中心）。\n\nKeep all backup copies in the one center (development only; needs exactly one center).',
    },
    centers: {
      type: 'array',
      minItems: 1,
      maxItems: 3,
      description:
        '各数据中心：主中心、同城备份中心、异地灾备中心，即“两地三中心”总体架构（§三(三).9）。\n\nThe data centers: primary, same-city backup, remote disaster recovery (两地三中心).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'role'],
        properties: {
          name: {
            type: 'string',
            pattern: '^[a-z]([-a-z0-9]{0,20}[a-z0-9])?$',
            description: '中心的简短名称（可用于 DNS 的标识）。\n\nShort DNS-safe name of the center.',
          },
          role: {
            type: 'string',
            enum: ['primary', 'same-city', 'remote'],
            description:
              '中心在“两地三中心”拓扑中的角色：`primary`（主中心）、`same-city`（同城备份中心）、`remote`（异地灾备中心）。\n\nRole of the center in the topology.',
          },
          region: {
            type: 'string',
            pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]$',
            description: 'AWS 区域（`aws` 模式），例如 `cn-north-1`。\n\nAWS region (aws mode), e.g. cn-north-1.',
          },
          availabilityZones: {
            type: 'array',
            minItems: 1,
            maxItems: 3,
            uniqueItems: true,
            items: { type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-[0-9][a-z]$' },
            description:
              '中心的可用区（`aws` 模式）：有集群的中心至少列两个；同城备份中心只列一个时成为仅备份中心（没有集群）。\n\nAvailability zones of the center (aws mode): two or more for a center with a cluster; one makes the same-city center backup-only (no cluster).',
          },
          vpcCidr: {
            type: 'string',
            pattern: '^([0-9]{1,3}\\.){3}[0-9]{1,3}/(1[6-9]|2[0-4])$',
            description:
              '中心的网络地址范围（`aws` 模式），/16 到 /24。\n\nNetwork range of the center (aws mode), /16 to /24.',
          },
          context: {
            type: 'string',
            minLength: 1,
            description:
              '中心集群的 kubeconfig 上下文（`kubeconfig` 模式）。\n\nkubeconfig context of the center’s cluster (kubeconfig mode).',
          },
          kubeconfig: {
            type: 'string',
            minLength: 1,
            description:
              '中心集群的 kubeconfig（`kubeconfig` 模式）；用 `--secret` 设置。\n\nkubeconfig of the center’s cluster (kubeconfig mode); set it with --secret.',
          },
        },
      },
    },
    pools: {
      type: 'object',
      additionalProperties: false,
      required: [...POOLS],
      properties: Object.fromEntries(POOLS.map((pool) => [pool, poolCapacity])),
      description:
        '各资源池的容量：`central`（中心资源池）、`environmental-monitoring`（环境监测专业资源池）、`satellite-remote-sensing`（卫星遥感专业资源池）、`nuclear-safety`（核安全专业资源池）。\n\nCapacity of each resource pool.',
    },
    operators: {
      type: 'object',
      additionalProperties: false,
      description:
        '`kubeconfig` 栈的每个集群运行的 Operator（CloudNativePG、Velero、Rook-Ceph），每个都写明版本和由谁安装。\n\nThe operators every cluster of a kubeconfig stack runs (CloudNativePG, Velero, Rook-Ceph), each with its release and who installs it.',
      properties: Object.fromEntries(
        OPERATOR_NAMES.map((name) => [
          name,
          {
            type: 'object',
            additionalProperties: false,
            required: ['version', 'installedBy'],
            properties: {
              version: {
                type: 'string',
                pattern: '^v[0-9]+\\.[0-9]+\\.[0-9]+$',
                description:
                  '各集群运行的该 Operator 版本，例如 `v1.25.1`。\n\nThe operator release the clusters run, e.g. v1.25.1.',
              },
              installedBy: {
                type: 'string',
                enum: [...OPERATOR_INSTALLERS],
                description:
                  '由谁在每个集群上安装该 Operator：`cluster-team`（集群团队在第一次 `pulumi up` 之前安装），或 `envcloud`（由平台栈安装 envcloud 固定版本的 Helm 包）。\n\nWho installs the operator on every cluster: the cluster team before the first `pulumi up`, or envcloud (its pinned Helm chart, by the platform stack).',
              },
            },
          },
        ]),
      ),
    },
    objectStoreUser: {
      type: 'object',
      additionalProperties: false,
      dependentRequired: { accessKeyId: ['secretAccessKey'], secretAccessKey: ['accessKeyId'] },
      description:
        '有存储桶的 `kubeconfig` 栈：集群团队在 realm 中创建的平台 RGW 用户，envcloud 用它的 S3 密钥设置各存储桶的版本控制；密钥取自共享凭证 profile（默认 `envcloud-rgw`），或用 `--secret` 设置两个密钥。\n\nkubeconfig stacks with buckets: the platform RGW user the cluster team creates in the realm, whose S3 keys set the buckets’ versioning: from the shared-credentials profile (default envcloud-rgw), or both keys set with --secret.',
      properties: {
        user: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]+$',
          description:
            '该用户的 RGW 标识，写在每个存储桶的策略中（默认：`envcloud-platform`）。\n\nThe user’s RGW id, which each bucket’s policy names (default: envcloud-platform).',
        },
        profile: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]+$',
          description:
            '存有该用户密钥的 AWS 共享凭证 profile（默认：`envcloud-rgw`）。\n\nThe AWS shared-credentials profile holding the user’s keys (default: envcloud-rgw).',
        },
        accessKeyId: {
          type: 'string',
          minLength: 1,
          description: '该用户的 S3 访问密钥（机密值）。\n\nThe user’s S3 access key (secret).',
        },
        secretAccessKey: {
          type: 'string',
          minLength: 1,
          description: '该用户的 S3 秘密访问密钥（机密值）。\n\nThe user’s S3 secret key (secret).',
        },
      },
    },
    asOf: {
      type: 'string',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      description:
        '制定计划所依据的日期，YYYY-MM-DD：`sharing/` 中在这一天生效的授权才开放数据（默认：中国时间的今天；离线时用 `envcloud preview --as-of`）。\n\nThe day the plan is made for, YYYY-MM-DD: the grants in sharing/ live on it open data (default: today in China; `envcloud preview --as-of` offline).',
    },
    platformStack: {
      type: 'string',
      pattern: PLATFORM_STACK_PATTERN,
      description:
        '平台栈的完整名称（`org/envcloud/prod`）。设置后，本栈只部署自己的系统，部署到该平台栈建成的平台上，通过 StackReference 读取。\n\nFully qualified name of the platform stack (`org/envcloud/prod`). When set, this stack deploys only its systems, onto the platform that stack built, read through a StackReference.',
    },
    systems: {
      type: 'object',
      additionalProperties: false,
      description:
        '本栈部署哪些系统（默认：全部）。用于把系统分到多个栈中部署。\n\nWhich systems this stack deploys (default: all). Used to split systems over several stacks.',
      properties: {
        numbers: {
          type: 'array',
          items: { type: 'integer', minimum: 1 },
          uniqueItems: true,
          description: '序号（见附1）。\n\nInventory numbers.',
        },
        waves: {
          type: 'array',
          items: { type: 'integer', minimum: 1 },
          uniqueItems: true,
          description: '迁移批次。\n\nMigration waves.',
        },
        units: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: '系统管理单位。\n\nManaging units.',
        },
      },
    },
  },
} as const;
