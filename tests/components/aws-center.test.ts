import { autoNameArgs, awsTagValue } from '../../components/aws-naming';
import * as pulumi from '@pulumi/pulumi';
import { validateAwsCenterArgs, type AwsCenterArgs } from '../../components/aws-center';
import type { CenterConfig } from '../../model/topology';

// AwsCenter's own args check (the stack config is checked first; this holds when a caller bypasses it).
const center = (change: Partial<CenterConfig> = {}): AwsCenterArgs => ({
  center: {
    name: 'same-city',
    role: 'same-city',
    region: 'cn-north-1',
    availabilityZones: ['cn-north-1d'],
    vpcCidr: '10.20.0.0/16',
    ...change,
  },
});

describe('AwsCenter args', () => {
  it('builds a same-city center with one zone backup-only, and one with two zones with a cluster', () => {
    expect(validateAwsCenterArgs(center(), undefined as unknown as pulumi.Resource)).toMatchObject({
      backupOnly: true,
      availabilityZones: ['cn-north-1d'],
    });
    expect(
      validateAwsCenterArgs(
        center({ region: 'eu-central-1', availabilityZones: ['eu-central-1c', 'eu-central-1d'] }),
        undefined as unknown as pulumi.Resource,
      ).backupOnly,
    ).toBe(false);
  });

  it.each(['primary', 'remote'] as const)(
    'refuses a %s center with one zone: only the same-city center may be backup-only',
    (role) => {
      expect(() => validateAwsCenterArgs(center({ role }), undefined as unknown as pulumi.Resource)).toThrow(
        pulumi.ResourceError,
      );
      expect(() => validateAwsCenterArgs(center({ role }), undefined as unknown as pulumi.Resource)).toThrow(
        `the ${role} center runs a cluster: it needs 2 or more`,
      );
    },
  );

  it('refuses a center without zones', () => {
    expect(() =>
      validateAwsCenterArgs(center({ availabilityZones: [] }), undefined as unknown as pulumi.Resource),
    ).toThrow('args.center.availabilityZones needs 2 or more zones');
  });
});

describe('awsTagValue', () => {
  it('keeps what AWS takes in a tag value and turns each run of what it refuses into one space', () => {
    expect(awsTagValue('办公厅、行政体制与人事司')).toBe('办公厅 行政体制与人事司');
    expect(awsTagValue('环境监察局')).toBe('环境监察局');
    expect(awsTagValue('a\tb（全角）·c😀')).toBe('a b 全角 c');
    expect(awsTagValue('、x、')).toBe('x');
    expect([...awsTagValue('局'.repeat(300))]).toHaveLength(256);
  });
});

describe('autoNameArgs', () => {
  it('leaves a name Pulumi can auto-name alone, and names a longer one by the provider prefix', () => {
    expect(autoNameArgs('s001-hjbhbzfwz-data-store-db', 'database')).toEqual({});
    const logical = 's019-qghjbhxtzzjgyryxxtbyjnzg-data-access-resource-center';
    expect(autoNameArgs(logical, 'role')).toEqual({ namePrefix: 's019-qghjbhxtzzjgyryxxtbyjnzg-data-ac-' });
    expect(autoNameArgs(logical, 'role').namePrefix!.length + 26).toBeLessThanOrEqual(64);
    // A cut ending at a hyphen keeps one: RDS refuses two in a row.
    expect(autoNameArgs(`${'a'.repeat(35)}-${'b'.repeat(30)}`, 'database')).toEqual({
      identifierPrefix: `${'a'.repeat(35)}-`,
    });
  });
});
