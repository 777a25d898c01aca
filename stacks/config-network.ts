// The centers' network ranges checked as networks, with a maintained IP library (ip-address): a range
// the schema's pattern lets through (`10.300.0.0/16`) planned subnets outside its VPC before.
import { Address4 } from 'ip-address';
import { parseNetwork } from '../components/cidr';
import { configProblem, type ConfigProblem } from './config-problem';
import type { CenterConfig } from '../model/topology';
import { msg, type MessageId } from '../document/i18n';

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
  const at = (
    index: number,
    id: MessageId,
    values: Record<string, string>,
    hint: MessageId = `${id}.hint` as MessageId,
  ) =>
    problems.push(
      configProblem(
        keyName(['centers', index, 'vpcCidr']),
        ['centers', index, 'vpcCidr'],
        msg(id, values),
        msg(hint, values),
      ),
    );
  const ranges: { index: number; range: Address4 }[] = [];
  centers.forEach((center, index) => {
    const cidr = center.vpcCidr;
    if (cidr === undefined) return;
    const range = parseNetwork(cidr);
    if (!range) return at(index, 'inputs.config.cidr.invalid', { cidr });
    const network = `${range.startAddress().correctForm()}/${range.subnetMask}`;
    if (network !== cidr) return at(index, 'inputs.config.cidr.host-bits', { cidr, network });
    if (!PRIVATE_RANGES.some((space) => range.isInSubnet(space)))
      return at(index, 'inputs.config.cidr.public', { cidr });
    const other = ranges.find((earlier) => rangesOverlap(earlier.range, range));
    if (other)
      return at(index, 'inputs.config.cidr.overlap', {
        role: centers[other.index]!.role,
        other: String(centers[other.index]!.vpcCidr),
      });
    ranges.push({ index, range });
  });
  return problems;
}
