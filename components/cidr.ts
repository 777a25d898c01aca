/** Network zones of every center: internal (plan §三(三).10: 环保专网), government extranet (rules art. 5: 国家电子政务外网), internet-facing. */
export const NETWORK_ZONES = ['internal', 'extranet', 'internet'] as const;
export type NetworkZone = (typeof NETWORK_ZONES)[number];

function toNumber(address: string): number {
  return address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
}

function toAddress(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

/**
 * Splits a VPC range into `count` equal subnets (the smallest power of two that fits), in order.
 * Throws, naming the range, when the subnets would be smaller than /28.
 */
export function splitCidr(cidr: string, count: number): string[] {
  const [address, prefixText] = cidr.split('/');
  const prefix = Number(prefixText);
  const bits = Math.ceil(Math.log2(Math.max(1, count)));
  const subnetPrefix = prefix + bits;
  if (subnetPrefix > 28) throw new Error(`vpcCidr ${cidr} is too small for ${count} subnets`);
  const size = 2 ** (32 - subnetPrefix);
  const base = toNumber(address!) - (toNumber(address!) % 2 ** (32 - prefix));
  return Array.from({ length: count }, (_, index) => `${toAddress(base + index * size)}/${subnetPrefix}`);
}

/** The subnet plan of a center: one subnet per zone and availability zone. */
export function subnetPlan(vpcCidr: string, availabilityZones: readonly string[]): { zone: NetworkZone; availabilityZone: string; cidr: string }[] {
  const cidrs = splitCidr(vpcCidr, NETWORK_ZONES.length * availabilityZones.length);
  return NETWORK_ZONES.flatMap((zone, zoneIndex) =>
    availabilityZones.map((availabilityZone, azIndex) => ({ zone, availabilityZone, cidr: cidrs[zoneIndex * availabilityZones.length + azIndex]! })),
  );
}
