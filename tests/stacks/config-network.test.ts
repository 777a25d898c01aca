import { Address4 } from 'ip-address';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { subnetPlan, splitCidr } from '../../components/cidr';
import type { CenterConfig } from '../../stacks/config';
import { networkProblems } from '../../stacks/config-network';
import { loadStackFile, StackConfigError } from '../../stacks/stack-file';

const root = join(__dirname, '../..');
const keyName = (path: readonly (string | number)[]) => `envcloud:centers[${String(path[1])}].vpcCidr`;
const prod = () => loadStackFile(root, 'prod').platform.centers;
const withRange = (index: number, vpcCidr: string): CenterConfig[] =>
  prod().map((center, at) => (at === index ? { ...center, vpcCidr } : center));

describe('the centers’ network ranges', () => {
  it('hold for the shipped prod stack, and every planned subnet lies inside its VPC', () => {
    expect(networkProblems(prod(), keyName)).toEqual([]);
    for (const center of prod()) {
      const vpc = new Address4(center.vpcCidr!);
      for (const subnet of subnetPlan(center.vpcCidr!, center.availabilityZones!))
        expect({ subnet: subnet.cidr, inside: new Address4(subnet.cidr).isInSubnet(vpc) }).toEqual({
          subnet: subnet.cidr,
          inside: true,
        });
    }
  });
  it.each([
    ['10.300.0.0/16', 'is not an IPv4 network range'],
    ['10.10.0.0', 'is not an IPv4 network range'],
    ['10.10.0.5/16', 'has host bits set'],
    ['8.8.0.0/16', 'is not a private range'],
    ['10.10.128.0/17', 'overlaps the primary center'],
  ])('refuse %s, naming the key', (range, message) => {
    const problems = networkProblems(withRange(1, range), keyName);
    expect(problems).toEqual([
      expect.objectContaining({ key: 'envcloud:centers[1].vpcCidr', message: expect.stringContaining(message) }),
    ]);
  });
  it('suggests the network of a range with host bits', () => {
    expect(networkProblems(withRange(0, '10.10.0.5/16'), keyName)[0]!.hint).toBe('did you mean `10.10.0.0/16`?');
  });
  it('are refused by the component too, never split into subnets outside the range', () => {
    expect(() => splitCidr('10.300.0.0/16', 6)).toThrow('not an IPv4 network range');
    expect(splitCidr('10.20.0.0/16', 6)).toEqual([
      '10.20.0.0/19',
      '10.20.32.0/19',
      '10.20.64.0/19',
      '10.20.96.0/19',
      '10.20.128.0/19',
      '10.20.160.0/19',
    ]);
  });
  it('are located in Pulumi.<stack>.yaml when loaded from the stack file', () => {
    const project = mkdtempSync(join(tmpdir(), 'envcloud-network-'));
    try {
      copyFileSync(join(root, 'Pulumi.yaml'), join(project, 'Pulumi.yaml'));
      const text = readFileSync(join(root, 'Pulumi.prod.yaml'), 'utf8').replace(
        'vpcCidr: 10.20.0.0/16',
        'vpcCidr: 10.300.0.0/16',
      );
      writeFileSync(join(project, 'Pulumi.prod.yaml'), text);
      const line = text.split('\n').findIndex((row) => row.includes('10.300.0.0/16')) + 1;
      expect(() => loadStackFile(project, 'prod')).toThrow(
        new RegExp(
          `^Pulumi\\.prod\\.yaml:${line}:\\d+: error\\[stack-config\\]: envcloud:centers\\[1\\]\\.vpcCidr \`10\\.300\\.0\\.0/16\` is not an IPv4 network range`,
          'm',
        ),
      );
      expect(() => loadStackFile(project, 'prod')).toThrow(StackConfigError);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
