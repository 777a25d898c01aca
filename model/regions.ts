// AWS regions and availability zones envcloud may place a center in: a fact, kept here once. The
// China regions are what the prod stack uses; their zones are listed exactly (Beijing has no zone c).
// Commercial regions are listed by name only: which zone letters an account sees varies by account,
// so their zones are checked by form (the region's name and one letter).

export type Partition = 'aws-cn' | 'aws';

export interface RegionFacts {
  partition: Partition;
  /** Every zone of the region, when it is the same for every account. */
  zones?: readonly string[];
  /** Where the region is, for messages. */
  place: string;
}

export const AWS_REGIONS: Readonly<Record<string, RegionFacts>> = {
  'cn-north-1': { partition: 'aws-cn', place: 'Beijing', zones: ['cn-north-1a', 'cn-north-1b', 'cn-north-1d'] },
  'cn-northwest-1': {
    partition: 'aws-cn',
    place: 'Ningxia',
    zones: ['cn-northwest-1a', 'cn-northwest-1b', 'cn-northwest-1c'],
  },
  'us-east-1': { partition: 'aws', place: 'N. Virginia' },
  'us-east-2': { partition: 'aws', place: 'Ohio' },
  'us-west-1': { partition: 'aws', place: 'N. California' },
  'us-west-2': { partition: 'aws', place: 'Oregon' },
  'af-south-1': { partition: 'aws', place: 'Cape Town' },
  'ap-east-1': { partition: 'aws', place: 'Hong Kong' },
  'ap-south-1': { partition: 'aws', place: 'Mumbai' },
  'ap-south-2': { partition: 'aws', place: 'Hyderabad' },
  'ap-southeast-1': { partition: 'aws', place: 'Singapore' },
  'ap-southeast-2': { partition: 'aws', place: 'Sydney' },
  'ap-southeast-3': { partition: 'aws', place: 'Jakarta' },
  'ap-southeast-4': { partition: 'aws', place: 'Melbourne' },
  'ap-southeast-5': { partition: 'aws', place: 'Malaysia' },
  'ap-northeast-1': { partition: 'aws', place: 'Tokyo' },
  'ap-northeast-2': { partition: 'aws', place: 'Seoul' },
  'ap-northeast-3': { partition: 'aws', place: 'Osaka' },
  'ca-central-1': { partition: 'aws', place: 'Canada Central' },
  'ca-west-1': { partition: 'aws', place: 'Calgary' },
  'eu-central-1': { partition: 'aws', place: 'Frankfurt' },
  'eu-central-2': { partition: 'aws', place: 'Zurich' },
  'eu-west-1': { partition: 'aws', place: 'Ireland' },
  'eu-west-2': { partition: 'aws', place: 'London' },
  'eu-west-3': { partition: 'aws', place: 'Paris' },
  'eu-south-1': { partition: 'aws', place: 'Milan' },
  'eu-south-2': { partition: 'aws', place: 'Spain' },
  'eu-north-1': { partition: 'aws', place: 'Stockholm' },
  'il-central-1': { partition: 'aws', place: 'Tel Aviv' },
  'me-south-1': { partition: 'aws', place: 'Bahrain' },
  'me-central-1': { partition: 'aws', place: 'UAE' },
  'sa-east-1': { partition: 'aws', place: 'São Paulo' },
};

export const PARTITION_NAMES: Readonly<Record<Partition, string>> = { 'aws-cn': 'AWS China', aws: 'AWS (commercial)' };

/** The regions of a partition, in the order above. */
export function regionsOf(partition: Partition): string[] {
  return Object.keys(AWS_REGIONS).filter((region) => AWS_REGIONS[region]!.partition === partition);
}

/** The partition of a region name (also of one not listed: China region names all start with `cn-`). */
export function partitionOf(region: string): Partition {
  return AWS_REGIONS[region]?.partition ?? (region.startsWith('cn-') ? 'aws-cn' : 'aws');
}

/** Whether a zone name is a zone of the region: listed exactly where known, else the region's name and one letter. */
export function isZoneOf(zone: string, region: string): boolean {
  const zones = AWS_REGIONS[region]?.zones;
  return zones
    ? zones.includes(zone)
    : zone.length === region.length + 1 && zone.startsWith(region) && /[a-z]$/.test(zone);
}
