import { Address4 } from 'ip-address';

/** Network zones of every center: internal (plan §三(三).10: 环保专网), government extranet (rules art. 5: 国家电子政务外网), internet-facing. */
export const NETWORK_ZONES = ['internal', 'extranet', 'internet'] as const;
export type NetworkZone = (typeof NETWORK_ZONES)[number];

/** An IPv4 range written `address/prefix`, or undefined when it is not one (`10.300.0.0/16`, no prefix). */
export function parseNetwork(cidr: string): Address4 | undefined {
  return Address4.isValid(cidr) && cidr.includes('/') ? new Address4(cidr) : undefined;
}

/**
 * Splits a VPC range into `count` equal subnets (the smallest power of two that fits), in order, each
 * inside the range. Throws, naming the range, when it is not a network range or the subnets would be
 * smaller than /28 (stack config reports both, located, before any component runs).
 */
export function splitCidr(cidr: string, count: number): string[] {
  const range = parseNetwork(cidr);
  if (!range) throw new Error(`vpcCidr ${cidr} is not an IPv4 network range`);
  const subnetPrefix = range.subnetMask + Math.ceil(Math.log2(Math.max(1, count)));
  if (subnetPrefix > 28) throw new Error(`vpcCidr ${cidr} is too small for ${count} subnets`);
  const base = range.startAddress().bigInt();
  const size = 1n << BigInt(32 - subnetPrefix);
  return Array.from(
    { length: count },
    (_, index) => `${Address4.fromBigInt(base + BigInt(index) * size).correctForm()}/${subnetPrefix}`,
  );
}

/** The subnet plan of a center: one subnet per zone and availability zone. */
export function subnetPlan(
  vpcCidr: string,
  availabilityZones: readonly string[],
): { zone: NetworkZone; availabilityZone: string; cidr: string }[] {
  const cidrs = splitCidr(vpcCidr, NETWORK_ZONES.length * availabilityZones.length);
  return NETWORK_ZONES.flatMap((zone, zoneIndex) =>
    availabilityZones.map((availabilityZone, azIndex) => ({
      zone,
      availabilityZone,
      cidr: cidrs[zoneIndex * availabilityZones.length + azIndex]!,
    })),
  );
}
