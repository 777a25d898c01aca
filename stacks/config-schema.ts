import { POOLS } from '../model/domain';
import { OPERATOR_INSTALLERS, OPERATOR_NAMES } from '../model/operators';

const poolCapacity = {
  type: 'object',
  description: 'Capacity of one resource pool.',
  additionalProperties: false,
  required: ['cpu', 'memoryGiB', 'storageGiB'],
  properties: {
    cpu: { type: 'number', minimum: 1, description: 'CPU cores the pool offers.' },
    memoryGiB: { type: 'number', minimum: 1, description: 'Memory the pool offers, in GiB.' },
    storageGiB: {
      type: 'number',
      minimum: 1,
      description: 'Storage (object, block, database) the pool offers, in GiB.',
    },
  },
} as const;

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
      description: '`aws` builds the centers on AWS; `kubeconfig` uses existing clusters.',
    },
    approvedRegistry: {
      type: 'string',
      pattern: '^[a-z0-9.-]+(:[0-9]+)?$',
      description: 'The only registry images may come from.',
    },
    logRetentionDays: {
      type: 'integer',
      minimum: 180,
      description: 'Days audit trails and flow logs are kept (at least 180).',
    },
    singleCenterBackups: {
      type: 'boolean',
      description: 'Keep all backup copies in the one center (development only; needs exactly one center).',
    },
    centers: {
      type: 'array',
      minItems: 1,
      maxItems: 3,
      description: 'The data centers: primary, same-city backup, remote disaster recovery (两地三中心).',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'role'],
        properties: {
          name: {
            type: 'string',
            pattern: '^[a-z]([-a-z0-9]{0,20}[a-z0-9])?$',
            description: 'Short DNS-safe name of the center.',
          },
          role: {
            type: 'string',
            enum: ['primary', 'same-city', 'remote'],
            description: 'Role of the center in the topology.',
          },
          region: {
            type: 'string',
            pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]$',
            description: 'AWS region (aws mode), e.g. cn-north-1.',
          },
          availabilityZones: {
            type: 'array',
            minItems: 1,
            maxItems: 3,
            uniqueItems: true,
            items: { type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-[0-9][a-z]$' },
            description:
              'Availability zones of the center (aws mode): two or more for a center with a cluster; one makes the same-city center backup-only (no cluster).',
          },
          vpcCidr: {
            type: 'string',
            pattern: '^([0-9]{1,3}\\.){3}[0-9]{1,3}/(1[6-9]|2[0-4])$',
            description: 'Network range of the center (aws mode), /16 to /24.',
          },
          context: {
            type: 'string',
            minLength: 1,
            description: 'kubeconfig context of the center’s cluster (kubeconfig mode).',
          },
          kubeconfig: {
            type: 'string',
            minLength: 1,
            description: 'kubeconfig of the center’s cluster (kubeconfig mode); set it with --secret.',
          },
        },
      },
    },
    pools: {
      type: 'object',
      additionalProperties: false,
      required: [...POOLS],
      properties: Object.fromEntries(POOLS.map((pool) => [pool, poolCapacity])),
      description: 'Capacity of each resource pool.',
    },
    operators: {
      type: 'object',
      additionalProperties: false,
      description:
        'The operators every cluster of a kubeconfig stack runs (CloudNativePG, Velero, Rook-Ceph), each with its release and who installs it.',
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
                description: 'The operator release the clusters run, e.g. v1.25.1.',
              },
              installedBy: {
                type: 'string',
                enum: [...OPERATOR_INSTALLERS],
                description:
                  'Who installs the operator on every cluster: the cluster team before the first `pulumi up`, or envcloud (its pinned Helm chart, by the platform stack).',
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
        'kubeconfig stacks with buckets: the platform RGW user the cluster team creates in the realm, whose S3 keys set the buckets’ versioning: from the shared-credentials profile (default envcloud-rgw), or both keys set with --secret.',
      properties: {
        user: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]+$',
          description: 'The user’s RGW id, which each bucket’s policy names (default: envcloud-platform).',
        },
        profile: {
          type: 'string',
          pattern: '^[A-Za-z0-9_.-]+$',
          description: 'The AWS shared-credentials profile holding the user’s keys (default: envcloud-rgw).',
        },
        accessKeyId: { type: 'string', minLength: 1, description: 'The user’s S3 access key (secret).' },
        secretAccessKey: { type: 'string', minLength: 1, description: 'The user’s S3 secret key (secret).' },
      },
    },
    asOf: {
      type: 'string',
      pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      description:
        'The day the plan is made for, YYYY-MM-DD: the grants in sharing/ live on it open data (default: today in China; `envcloud preview --as-of` offline).',
    },
    platformStack: {
      type: 'string',
      pattern: '^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+){0,2}$',
      description:
        'Fully qualified name of the platform stack (`org/envcloud/prod`). When set, this stack deploys only its systems, onto the platform that stack built, read through a StackReference.',
    },
    systems: {
      type: 'object',
      additionalProperties: false,
      description: 'Which systems this stack deploys (default: all). Used to split systems over several stacks.',
      properties: {
        numbers: {
          type: 'array',
          items: { type: 'integer', minimum: 1 },
          uniqueItems: true,
          description: 'Inventory numbers.',
        },
        waves: {
          type: 'array',
          items: { type: 'integer', minimum: 1 },
          uniqueItems: true,
          description: 'Migration waves.',
        },
        units: {
          type: 'array',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          description: 'Managing units.',
        },
      },
    },
  },
} as const;
