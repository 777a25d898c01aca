// Stack config checked against the world it describes (issue #11 §5): regions that exist in the stack's
// partition, zones of their center's region, a same-city center that does not share the primary's
// failure domains, a remote center in another region. The schema only sees the shape of a name;
// `cn-nortwest-1` has the right shape and would preview with exit 0.
import { AWS_REGIONS, isZoneOf, PARTITION_NAMES, partitionOf, regionsOf, type Partition } from '../model/regions';
import { BACKUP_ONLY_ROLES, CLUSTER_MIN_ZONES, isBackupOnly } from '../model/topology';
import { didYouMean, listAllowed } from '../document/suggest';
import type { CenterConfig, ConfigProblem } from './config';

type KeyName = (path: readonly (string | number)[]) => string;

/** The stack's partition: that of `aws:region` (the account's credentials reach one partition), else the primary's. */
function stackPartition(
  centers: readonly CenterConfig[],
  awsRegion: string | undefined,
): { partition: Partition; because: string } {
  if (awsRegion) return { partition: partitionOf(awsRegion), because: `aws:region is ${awsRegion}` };
  const known = [...centers]
    .sort((a, b) => Number(b.role === 'primary') - Number(a.role === 'primary'))
    .find((center) => center.region && AWS_REGIONS[center.region]);
  if (known)
    return { partition: partitionOf(known.region!), because: `the ${known.role} center is in ${known.region}` };
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
export function realityProblems(
  mode: string,
  centers: readonly CenterConfig[],
  awsRegion: string | undefined,
  keyName: KeyName,
): ConfigProblem[] {
  if (mode !== 'aws') return [];
  const problems: ConfigProblem[] = [];
  const at = (path: (string | number)[], message: string, hint: string) =>
    problems.push({ key: keyName(path), path, message, hint });
  const { partition, because } = stackPartition(centers, awsRegion);
  if (awsRegion && !AWS_REGIONS[awsRegion]) {
    problems.push({
      key: 'aws:region',
      path: [],
      message: `\`${awsRegion}\` is not an AWS region`,
      hint: suggestRegion(awsRegion, partition),
    });
  }
  // Centers whose region and zones hold up; only these are compared with each other.
  const placed = new Map<CenterConfig, { region: string; zones: string[] }>();
  centers.forEach((center, index) => {
    const region = center.region;
    if (isBackupOnly(center) && !BACKUP_ONLY_ROLES.includes(center.role)) {
      at(
        ['centers', index, 'availabilityZones'],
        `lists one zone, which would make the ${center.role} center backup-only (no cluster): only the same-city backup center (同城备份) may be, since systems run in the primary center and fail over to the remote one`,
        `list ${CLUSTER_MIN_ZONES} zones (its EKS cluster and database subnet group span ${CLUSTER_MIN_ZONES})${region && AWS_REGIONS[region] ? `; ${zonesText(region)}` : ''}`,
      );
    }
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
      at(
        ['centers', index, 'availabilityZones', zoneIndex],
        `\`${zone}\` is not a zone of ${region} (${AWS_REGIONS[region]!.place}), the ${center.role} center's region`,
        `${suggestion ? `did you mean \`${suggestion}\`? ` : ''}${zonesText(region)}`,
      );
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
      at(
        ['centers', index, 'region'],
        `is the primary center's region too: the remote disaster-recovery center (异地灾备) must be in another region`,
        `a region of ${PARTITION_NAMES[partition]} other than ${primary.region}: ${listAllowed(others, 6)}`,
      );
    }
    if (center.role === 'same-city' && here.region === primary.region)
      problems.push(...sharedZoneProblems(index, here.zones, primary.zones, here.region, keyName));
  });
  return problems;
}

/**
 * The same-city center must share none of the primary's zones: one zone's outage would hit both centers.
 * Where the region has too few zones left for a second cluster (Beijing, cn-north-1, has three and the
 * primary's cluster takes two), the same-city center lists the one zone left and is built backup-only.
 */
function sharedZoneProblems(
  index: number,
  zones: readonly string[],
  primaryZones: readonly string[],
  region: string,
  keyName: KeyName,
): ConfigProblem[] {
  const hint = disjointLayout(primaryZones, region);
  return zones.flatMap((zone, zoneIndex) => {
    if (!primaryZones.includes(zone)) return [];
    const path = ['centers', index, 'availabilityZones', zoneIndex];
    return [
      {
        key: keyName(path),
        path,
        message: `\`${zone}\` is a zone of the primary center too: one zone's outage would hit both centers`,
        hint,
      },
    ];
  });
}

/** The same-city layout that shares no zone with the primary, in words: its own cluster where zones are left for one, else backup-only. */
export function disjointLayout(primaryZones: readonly string[], region: string): string {
  const regionZones = AWS_REGIONS[region]?.zones;
  if (!regionZones) return `use zones of ${region} the primary does not list`;
  const free = regionZones.filter((zone) => !primaryZones.includes(zone));
  const backupOnly = (zone: string) =>
    `\`availabilityZones: [${zone}]\`, and the same-city center is built backup-only (its backup vault, key and logs, no cluster)`;
  if (free.length >= CLUSTER_MIN_ZONES)
    return `use zones the primary does not list: ${listAllowed(free)} (${CLUSTER_MIN_ZONES} for a cluster of its own, or one alone for a backup-only center)`;
  if (free.length === 1)
    return `${region} has ${regionZones.length} zones and the primary takes ${regionZones.length - 1}: list the one left, ${backupOnly(free[0]!)}`;
  const left = regionZones[CLUSTER_MIN_ZONES];
  if (!left)
    return `${region} has only ${regionZones.length} zones, all the primary's: a same-city center there cannot be disjoint from it`;
  return `the primary lists every zone of ${region}: give it ${CLUSTER_MIN_ZONES} (${listAllowed(regionZones.slice(0, CLUSTER_MIN_ZONES))}) and list the one left here, ${backupOnly(left)}`;
}
