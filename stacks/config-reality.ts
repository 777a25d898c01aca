// Stack config checked against the world it describes (issue #11 §5): regions that exist in the stack's
// partition, zones of their center's region, a same-city center that does not share the primary's
// failure domains, a remote center in another region. The schema only sees the shape of a name;
// `cn-nortwest-1` has the right shape and would preview with exit 0.
import { AWS_REGIONS, isZoneOf, partitionOf, regionsOf, type Partition } from '../model/regions';
import { BACKUP_ONLY_ROLES, CLUSTER_MIN_ZONES, isBackupOnly } from '../model/topology';
import { didYouMean } from '../document/suggest';
import { allowedList, configProblem, type ConfigProblem } from './config-problem';
import type { CenterConfig } from '../model/topology';
import { msg, render, type Message } from '../document/i18n';

type KeyName = (path: readonly (string | number)[]) => string;

/** The stack's partition: that of `aws:region` (the account's credentials reach one partition), else the primary's. */
function stackPartition(
  centers: readonly CenterConfig[],
  awsRegion: string | undefined,
): { partition: Partition; because: Message } {
  if (awsRegion)
    return { partition: partitionOf(awsRegion), because: msg('inputs.reality.because.region', { region: awsRegion }) };
  const known = [...centers]
    .sort((a, b) => Number(b.role === 'primary') - Number(a.role === 'primary'))
    .find((center) => center.region && AWS_REGIONS[center.region]);
  if (known)
    return {
      partition: partitionOf(known.region!),
      because: msg('inputs.reality.because.center', { role: known.role, region: known.region! }),
    };
  return { partition: 'aws-cn', because: msg('inputs.reality.because.default') };
}

/** A partition's name (PARTITION_NAMES) in the reader's language. */
function partitionName(partition: Partition): Message {
  return msg('inputs.reality.partition', { partition: partition.replace('-', '_') });
}

function suggestRegion(region: string, partition: Partition): Message {
  const own = regionsOf(partition);
  const suggestion = didYouMean(region, own) ?? didYouMean(region, Object.keys(AWS_REGIONS));
  const values = { partition: partitionName(partition), regions: allowedList(own, 6) };
  return suggestion
    ? msg('inputs.reality.regions-suggest', { suggestion, ...values })
    : msg('inputs.reality.regions', values);
}

function zonesText(region: string): Message {
  const zones = AWS_REGIONS[region]?.zones;
  return zones
    ? msg('inputs.reality.zones', { region, zones: allowedList(zones) })
    : msg('inputs.reality.zones-named', { region });
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
  const at = (path: (string | number)[], message: Message, hint: Message) =>
    problems.push(configProblem(keyName(path), path, message, hint));
  const { partition, because } = stackPartition(centers, awsRegion);
  if (awsRegion && !AWS_REGIONS[awsRegion]) {
    problems.push(
      configProblem(
        'aws:region',
        [],
        msg('inputs.reality.not-region', { region: awsRegion }),
        suggestRegion(awsRegion, partition),
      ),
    );
  }
  // Centers whose region and zones hold up; only these are compared with each other.
  const placed = new Map<CenterConfig, { region: string; zones: string[] }>();
  centers.forEach((center, index) => {
    const region = center.region;
    if (isBackupOnly(center) && !BACKUP_ONLY_ROLES.includes(center.role)) {
      at(
        ['centers', index, 'availabilityZones'],
        msg('inputs.reality.backup-only', { role: center.role }),
        msg('inputs.reality.backup-only.hint', {
          min: CLUSTER_MIN_ZONES,
          zones: region && AWS_REGIONS[region] ? msg('inputs.reality.then', { text: zonesText(region) }) : '',
        }),
      );
    }
    if (!region) return;
    if (!AWS_REGIONS[region]) {
      at(['centers', index, 'region'], msg('inputs.reality.not-region', { region }), suggestRegion(region, partition));
      return;
    }
    if (AWS_REGIONS[region]!.partition !== partition) {
      at(
        ['centers', index, 'region'],
        msg('inputs.reality.other-partition', {
          region,
          regionPartition: partitionName(AWS_REGIONS[region]!.partition),
          partition: partitionName(partition),
          because,
        }),
        msg('inputs.reality.other-partition.hint', {
          partition: partitionName(partition),
          regions: allowedList(regionsOf(partition), 6),
        }),
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
        msg('inputs.reality.not-zone', { zone, region, place: AWS_REGIONS[region]!.place, role: center.role }),
        suggestion ? msg('inputs.reality.zone-suggest', { suggestion, zones: zonesText(region) }) : zonesText(region),
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
        msg('inputs.reality.remote-same-region'),
        msg('inputs.reality.remote-same-region.hint', {
          partition: partitionName(partition),
          primary: primary.region,
          regions: allowedList(others, 6),
        }),
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
  const hint = disjointLayoutMessage(primaryZones, region);
  return zones.flatMap((zone, zoneIndex) => {
    if (!primaryZones.includes(zone)) return [];
    const path = ['centers', index, 'availabilityZones', zoneIndex];
    return [configProblem(keyName(path), path, msg('inputs.reality.shared-zone', { zone }), hint)];
  });
}

/** The same-city layout that shares no zone with the primary, in words: its own cluster where zones are left for one, else backup-only. */
export function disjointLayout(primaryZones: readonly string[], region: string): string {
  return render(disjointLayoutMessage(primaryZones, region), 'en');
}

/** disjointLayout as a catalog message, said in the reader's language. */
function disjointLayoutMessage(primaryZones: readonly string[], region: string): Message {
  const regionZones = AWS_REGIONS[region]?.zones;
  if (!regionZones) return msg('inputs.reality.layout.unknown', { region });
  const free = regionZones.filter((zone) => !primaryZones.includes(zone));
  const backupOnly = (zone: string) => msg('inputs.reality.layout.backup-only', { zone });
  if (free.length >= CLUSTER_MIN_ZONES)
    return msg('inputs.reality.layout.free', { zones: allowedList(free), min: CLUSTER_MIN_ZONES });
  const count = regionZones.length;
  if (free.length === 1)
    return msg('inputs.reality.layout.one-left', { region, count, taken: count - 1, backupOnly: backupOnly(free[0]!) });
  const left = regionZones[CLUSTER_MIN_ZONES];
  if (!left) return msg('inputs.reality.layout.none-left', { region, count });
  const zones = allowedList(regionZones.slice(0, CLUSTER_MIN_ZONES));
  return msg('inputs.reality.layout.all', { region, min: CLUSTER_MIN_ZONES, zones, backupOnly: backupOnly(left) });
}
