// The centers' network ranges checked as networks, with a maintained IP library (ip-address): a range
// the schema's pattern lets through (`10.300.0.0/16`) planned subnets outside its VPC before.
import { Address4 } from 'ip-address';
import { parseNetwork } from '../components/cidr';
import type { CenterConfig, ConfigProblem } from './config';

type KeyName = (path: readonly (string | number)[]) => string;

/** Address space for private networks (RFC 1918): a VPC range outside it would route to the internet's. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'].map((range) => new Address4(range));

/** Whether two ranges share an address: one holds the other's first address, or the reverse. */
export function rangesOverlap(a: Address4, b: Address4): boolean {
  return a.startAddress().isInSubnet(b) || b.startAddress().isInSubnet(a);
}

/** Problems with the centers' `vpcCidr`: not a network, not private, or overlapping another center's. */
export function networkProblems(centers: readonly CenterConfig[], keyName: KeyName): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const at = (index: number, message: string, hint: string) =>
    problems.push({ key: keyName(['centers', index, 'vpcCidr']), path: ['centers', index, 'vpcCidr'], message, hint });
  const ranges: { index: number; range: Address4 }[] = [];
  centers.forEach((center, index) => {
    const cidr = center.vpcCidr;
    if (cidr === undefined) return;
    const range = parseNetwork(cidr);
    if (!range)
      return at(
        index,
        `\`${cidr}\` is not an IPv4 network range`,
        'four numbers 0–255 and a prefix length, such as 10.10.0.0/16',
      );
    const network = `${range.startAddress().correctForm()}/${range.subnetMask}`;
    if (network !== cidr) return at(index, `\`${cidr}\` has host bits set`, `did you mean \`${network}\`?`);
    if (!PRIVATE_RANGES.some((space) => range.isInSubnet(space)))
      return at(
        index,
        `\`${cidr}\` is not a private range`,
        'a VPC uses private addresses (RFC 1918): 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16',
      );
    const other = ranges.find((earlier) => rangesOverlap(earlier.range, range));
    if (other)
      return at(
        index,
        `overlaps the ${centers[other.index]!.role} center's \`${centers[other.index]!.vpcCidr}\``,
        'give each center its own range, so the centers can be routed to each other (backups and replication cross them)',
      );
    ranges.push({ index, range });
  });
  return problems;
}
