// Stack config checked against the world it describes (issue #11 §5): regions that exist in the stack's
// partition, zones of their center's region, a same-city center that does not share the primary's
// failure domains, a remote center in another region. The schema only sees the shape of a name;
// `cn-nortwest-1` has the right shape and would preview with exit 0.
import { AWS_REGIONS, isZoneOf, PARTITION_NAMES, partitionOf, regionsOf, type Partition } from '../model/regions';
import { didYouMean, listAllowed } from '../validation/suggest';
import type { CenterConfig, ConfigProblem } from './config';

type KeyName = (path: readonly (string | number)[]) => string;

/** The stack's partition: that of `aws:region` (the account's credentials reach one partition), else the primary's. */
function stackPartition(centers: readonly CenterConfig[], awsRegion: string | undefined): { partition: Partition; because: string } {
  if (awsRegion) return { partition: partitionOf(awsRegion), because: `aws:region is ${awsRegion}` };
  const known = [...centers].sort((a, b) => Number(b.role === 'primary') - Number(a.role === 'primary')).find((center) => center.region && AWS_REGIONS[center.region]);
  if (known) return { partition: partitionOf(known.region!), because: `the ${known.role} center is in ${known.region}` };
  return { partition: 'aws-cn', because: 'envcloud deploys to AWS China unless aws:region says otherwise' };
}

function suggestRegion(region: string, partition: Partition): string {
  const own = regionsOf(partition);
  const suggestion = didYouMean(region, own) ?? didYouMean(region, Object.keys(AWS_REGIONS));
  return `${suggestion ? `did you mean \`${suggestion}\`? ` : ''}regions of ${PARTITION_NAMES[partition]}: ${listAllowed(own, 6)}`;
}

function zonesText(region: string): string {
  const zones = AWS_REGIONS[region]?.zones;
  return zones ? `zones of ${region}: ${listAllowed(zones)}` : `zones of ${region} are named ${region}a, ${region}b, …`;
}

/** Problems with regions and zones of an `aws` stack; none for other modes, whose centers name no region. */
export function realityProblems(mode: string, centers: readonly CenterConfig[], awsRegion: string | undefined, keyName: KeyName): ConfigProblem[] {
  if (mode !== 'aws') return [];
  const problems: ConfigProblem[] = [];
  const at = (path: (string | number)[], message: string, hint: string) => problems.push({ key: keyName(path), path, message, hint });
  const { partition, because } = stackPartition(centers, awsRegion);
  if (awsRegion && !AWS_REGIONS[awsRegion]) {
    problems.push({ key: 'aws:region', path: [], message: `\`${awsRegion}\` is not an AWS region`, hint: suggestRegion(awsRegion, partition) });
  }
  // Centers whose region and zones hold up; only these are compared with each other.
  const placed = new Map<CenterConfig, { region: string; zones: string[] }>();
  centers.forEach((center, index) => {
    const region = center.region;
    if (!region) return;
    if (!AWS_REGIONS[region]) {
      at(['centers', index, 'region'], `\`${region}\` is not an AWS region`, suggestRegion(region, partition));
      return;
    }
    if (AWS_REGIONS[region]!.partition !== partition) {
      at(
        ['centers', index, 'region'],
        `\`${region}\` is a region of ${PARTITION_NAMES[AWS_REGIONS[region]!.partition]}, but this stack is in ${PARTITION_NAMES[partition]} (${because})`,
        `one stack's credentials reach one partition; regions of ${PARTITION_NAMES[partition]}: ${listAllowed(regionsOf(partition), 6)}`,
      );
      return;
    }
    const zones = center.availabilityZones ?? [];
    let zonesHold = true;
    zones.forEach((zone, zoneIndex) => {
      if (isZoneOf(zone, region)) return;
      zonesHold = false;
      const suggestion = didYouMean(zone, AWS_REGIONS[region]!.zones ?? []);
      at(['centers', index, 'availabilityZones', zoneIndex], `\`${zone}\` is not a zone of ${region} (${AWS_REGIONS[region]!.place}), the ${center.role} center's region`, `${suggestion ? `did you mean \`${suggestion}\`? ` : ''}${zonesText(region)}`);
    });
    if (zonesHold) placed.set(center, { region, zones });
  });
  const primaryIndex = centers.findIndex((center) => center.role === 'primary');
  const primary = placed.get(centers[primaryIndex]!);
  if (!primary) return problems;
  centers.forEach((center, index) => {
    const here = placed.get(center);
    if (!here) return;
    if (center.role === 'remote' && here.region === primary.region) {
      const others = regionsOf(partition).filter((region) => region !== primary.region);
      at(['centers', index, 'region'], `is the primary center's region too: the remote disaster-recovery center (异地灾备) must be in another region`, `a region of ${PARTITION_NAMES[partition]} other than ${primary.region}: ${listAllowed(others, 6)}`);
    }
    if (center.role === 'same-city' && here.region === primary.region) problems.push(...sharedZoneProblems(index, here.zones, primary.zones, here.region, keyName));
  });
  return problems;
}

/** Each AWS center runs its own EKS cluster and database subnet group, and both need two zones. */
const ZONES_PER_CENTER = 2;

/**
 * The same-city center must not share the primary's zones: a zone outage would hit both. Where the
 * region has too few zones for two disjoint centers of two zones each (Beijing, cn-north-1, has three),
 * they may share only as many as they must, and the same-city center must take the zones the primary
 * leaves free.
 */
function sharedZoneProblems(index: number, zones: readonly string[], primaryZones: readonly string[], region: string, keyName: KeyName): ConfigProblem[] {
  const regionZones = AWS_REGIONS[region]?.zones;
  const forced = regionZones ? Math.max(0, primaryZones.length + ZONES_PER_CENTER - regionZones.length) : 0;
  const free = regionZones?.filter((zone) => !primaryZones.includes(zone)) ?? [];
  const problems: ConfigProblem[] = [];
  let shared = 0;
  zones.forEach((zone, zoneIndex) => {
    if (!primaryZones.includes(zone) || ++shared <= forced) return;
    const path = ['centers', index, 'availabilityZones', zoneIndex];
    const unused = free.filter((candidate) => !zones.includes(candidate));
    problems.push({
      key: keyName(path),
      path,
      message: `\`${zone}\` is a zone of the primary center too: one zone's outage would hit both centers`,
      hint:
        forced > 0
          ? `${region} has ${regionZones!.length} zones and each center needs ${ZONES_PER_CENTER}, so they may share ${forced}; ${unused.length > 0 ? `use ${listAllowed(unused)} instead` : 'share no more'}`
          : `use zones the primary does not${free.length > 0 ? `: ${listAllowed(free)}` : ''}`,
    });
  });
  return problems;
}
