import { partitionOf } from '../model/regions';

export function managedPolicyArn(region: string, policy: string): string {
  return `arn:${partitionOf(region)}:iam::aws:policy/${policy}`;
}

/** CloudWatch Logs accepts only these retention periods; choose the shortest that keeps logs long enough. */
const CLOUDWATCH_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
/** The longest CloudWatch Logs keeps anything (AwsCenter refuses a longer logRetentionDays by name). */
export const MAX_LOG_RETENTION_DAYS = CLOUDWATCH_RETENTION_DAYS[CLOUDWATCH_RETENTION_DAYS.length - 1]!;

export function logRetentionFor(days: number): number {
  const fit = CLOUDWATCH_RETENTION_DAYS.find((allowed) => allowed >= days);
  if (fit === undefined)
    throw new Error(`logRetentionDays ${days} is longer than CloudWatch Logs can keep (3653 days)`);
  return fit;
}

/** What IAM, RDS and S3 take in a tag value: letters, spaces and digits of any script, and `_ . : / = + - @`. */
const AWS_TAG_VALUE_CHARACTER = /[\p{L}\p{Z}\p{N}_.:/=+\-@]/u;
/** The longest tag value AWS takes. */
const MAX_AWS_TAG_VALUE = 256;

/**
 * A text as an AWS tag value: each run of characters AWS refuses in one (`、`, `（）`, `·`, `,`, emoji,
 * combining marks, tabs) becomes one space, at most 256 characters. A shipped unit, `办公厅、行政体制与人事司`,
 * went raw into the tags of its role, bucket and database: the offline plan passed, AWS refuses it on create.
 */
export function awsTagValue(text: string): string {
  let value = '';
  let refused = false;
  for (const character of text) {
    if (AWS_TAG_VALUE_CHARACTER.test(character)) {
      if (refused && value !== '') value += ' ';
      value += character;
      refused = false;
    } else refused = true;
  }
  return [...value.trim()].slice(0, MAX_AWS_TAG_VALUE).join('').trim();
}

/** The longest physical name of each kind AWS takes, and the provider's argument that names by a prefix. */
const AUTO_NAMED = {
  role: { max: 64, prefix: 'namePrefix' },
  bucket: { max: 63, prefix: 'bucketPrefix' },
  database: { max: 63, prefix: 'identifierPrefix' },
} as const;
/** Pulumi's auto-name is the logical name, `-` and 7 random characters. */
const AUTO_NAME_SUFFIX = 8;
/** The provider's unique suffix after a prefix (a timestamp and a counter). */
const PREFIX_SUFFIX = 26;

/**
 * The naming arguments of an AWS resource whose auto-name would not fit: none when `<logical>-xxxxxxx`
 * fits, else the provider's own prefix (the logical name cut to leave room for its 26-character unique
 * suffix). Shipped systems' data-access roles were named 57 characters, 65 with Pulumi's suffix: the real
 * `pulumi preview` of prod failed in the provider's check while the offline run passed.
 */
export function autoNameArgs(logical: string, kind: keyof typeof AUTO_NAMED): Record<string, string> {
  const { max, prefix } = AUTO_NAMED[kind];
  if (logical.length + AUTO_NAME_SUFFIX <= max) return {};
  return { [prefix]: `${logical.slice(0, max - PREFIX_SUFFIX - 1).replace(/-+$/, '')}-` };
}

/** IAM trust policy letting an AWS service assume a role. */
export function assumeRolePolicy(service: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });
}

/** The account of an ARN (`arn:aws-cn:kms:cn-north-1:123456789012:key/…` → `123456789012`): a center's key names the account without a lookup. */
export function accountOfArn(arn: string): string {
  const account = arn.split(':')[4];
  if (!account) throw new Error(`not an ARN with an account: ${arn}`);
  return account;
}
