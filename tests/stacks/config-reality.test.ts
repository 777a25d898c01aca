import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AWS_REGIONS, isZoneOf } from '../../model/regions';
import { isBackupOnly } from '../../model/topology';
import { disjointLayout } from '../../stacks/config-reality';
import { loadStackFile, StackConfigError } from '../../stacks/stack-file';

// Stack config checked against reality (issue #11 §5): each case is the shipped prod stack with one
// edit, refused at the edited line of Pulumi.prod.yaml with a hint.

const root = join(__dirname, '../..');
const prod = readFileSync(join(root, 'Pulumi.prod.yaml'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envcloud-reality-'));
  writeFileSync(join(dir, 'Pulumi.yaml'), readFileSync(join(root, 'Pulumi.yaml')));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Replaces the `occurrence`-th (1-based) `from` in prod with `to`; answers the text and the edited line. */
function edit(from: string, to: string, occurrence = 1): { text: string; line: number } {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) index = prod.indexOf(from, index + 1);
  if (index < 0) throw new Error(`no ${from} in Pulumi.prod.yaml`);
  const text = prod.slice(0, index) + to + prod.slice(index + from.length);
  return { text, line: text.slice(0, index).split('\n').length };
}

function refused(text: string): StackConfigError {
  writeFileSync(join(dir, 'Pulumi.prod.yaml'), text);
  try {
    loadStackFile(dir, 'prod');
  } catch (error) {
    expect(error).toBeInstanceOf(StackConfigError);
    return error as StackConfigError;
  }
  throw new Error('expected the stack to be refused');
}

function accepted(text: string) {
  writeFileSync(join(dir, 'Pulumi.prod.yaml'), text);
  return loadStackFile(dir, 'prod');
}

describe('regions and zones are facts', () => {
  it('AWS China has Beijing (zones a, b, d: no c) and Ningxia', () => {
    expect(Object.keys(AWS_REGIONS).filter((region) => AWS_REGIONS[region]!.partition === 'aws-cn')).toEqual([
      'cn-north-1',
      'cn-northwest-1',
    ]);
    expect(isZoneOf('cn-north-1d', 'cn-north-1')).toBe(true);
    expect(isZoneOf('cn-north-1c', 'cn-north-1')).toBe(false);
    expect(isZoneOf('us-east-1f', 'us-east-1')).toBe(true);
    expect(isZoneOf('us-east-2a', 'us-east-1')).toBe(false);
  });
});

describe('stack config against reality', () => {
  it('the shipped prod stack passes: remote in Ningxia, the same-city center backup-only in the one Beijing zone the primary leaves', () => {
    const { platform } = loadStackFile(root, 'prod');
    const [primary, sameCity, remote] = platform.centers;
    // Beijing has three zones and the primary's cluster takes two: the same-city center has the third, alone.
    expect(primary!.availabilityZones).toEqual(['cn-north-1a', 'cn-north-1b']);
    expect(sameCity!.availabilityZones).toEqual(['cn-north-1d']);
    expect(sameCity!.availabilityZones!.filter((zone) => primary!.availabilityZones!.includes(zone))).toEqual([]);
    expect(platform.centers.filter(isBackupOnly).map((center) => center.role)).toEqual(['same-city']);
    expect(remote!.availabilityZones).toHaveLength(2);
  });

  it.each<[string, string, string, number, string, string]>([
    [
      'a misspelt region',
      'region: cn-northwest-1',
      'region: cn-nortwest-1',
      1,
      'envcloud:centers[2].region',
      'did you mean `cn-northwest-1`?',
    ],
    [
      'a commercial region in a China stack',
      'region: cn-northwest-1',
      'region: us-east-1',
      1,
      'envcloud:centers[2].region',
      'is a region of AWS (commercial), but this stack is in AWS China (aws:region is cn-north-1)',
    ],
    [
      'Beijing zones in the Ningxia center',
      '[cn-northwest-1a, cn-northwest-1b]',
      '[cn-north-1a, cn-north-1b]',
      1,
      'envcloud:centers[2].availabilityZones[0]',
      'did you mean `cn-northwest-1a`?',
    ],
    [
      'a zone Beijing does not have',
      '[cn-north-1d]',
      '[cn-north-1c]',
      1,
      'envcloud:centers[1].availabilityZones[0]',
      'zones of cn-north-1: `cn-north-1a`, `cn-north-1b`, `cn-north-1d`',
    ],
    [
      'the same-city center on a zone of the primary (the old shipped layout)',
      '[cn-north-1d]',
      '[cn-north-1b, cn-north-1d]',
      1,
      'envcloud:centers[1].availabilityZones[0]',
      'list the one left, `availabilityZones: [cn-north-1d]`, and the same-city center is built backup-only',
    ],
    [
      'a backup-only same-city center in the primary’s zone',
      '[cn-north-1d]',
      '[cn-north-1a]',
      1,
      'envcloud:centers[1].availabilityZones[0]',
      "one zone's outage would hit both centers",
    ],
    [
      'a backup-only primary',
      '[cn-north-1a, cn-north-1b]',
      '[cn-north-1a]',
      1,
      'envcloud:centers[0].availabilityZones',
      'only the same-city backup center (同城备份) may be',
    ],
    [
      'a backup-only remote center',
      '[cn-northwest-1a, cn-northwest-1b]',
      '[cn-northwest-1a]',
      1,
      'envcloud:centers[2].availabilityZones',
      'list 2 zones (its EKS cluster and database subnet group span 2); zones of cn-northwest-1',
    ],
    [
      'a misspelt aws:region',
      'aws:region: cn-north-1',
      'aws:region: cn-nrth-1',
      1,
      'aws:region',
      'did you mean `cn-north-1`?',
    ],
  ])('%s is refused at its line, with a hint', (_what, from, to, occurrence, key, hint) => {
    const { text, line } = edit(from, to, occurrence);
    const error = refused(text);
    const problem = error.problems.find((candidate) => candidate.key === key);
    expect(problem).toMatchObject({ line });
    expect(`${problem!.message} ${problem!.hint}`).toContain(hint);
    expect(error.message).toMatch(
      new RegExp(
        `^Pulumi\\.prod\\.yaml:${line}:\\d+: error\\[stack-config\\]: ${key.replace(/[[\]]/g, '\\$&')} .*\n {2}hint: `,
        'm',
      ),
    );
  });

  it('the remote center must be in another region than the primary', () => {
    const { text } = edit(
      '      region: cn-northwest-1\n      availabilityZones: [cn-northwest-1a, cn-northwest-1b]',
      '      region: cn-north-1\n      availabilityZones: [cn-north-1a, cn-north-1d]',
    );
    const error = refused(text);
    expect(error.problems).toEqual([
      expect.objectContaining({ key: 'envcloud:centers[2].region', line: edit('region: cn-northwest-1', 'x').line }),
    ]);
    expect(error.problems[0]!.message).toContain('must be in another region');
  });

  it('a stack outside China takes commercial regions, and refuses a China one among them', () => {
    const commercial = prod
      .replace('aws:region: cn-north-1', 'aws:region: eu-central-1')
      .replaceAll('[cn-north-1a, cn-north-1b]', '[eu-central-1a, eu-central-1b]')
      .replace('[cn-north-1d]', '[eu-central-1c, eu-central-1d]')
      .replaceAll('region: cn-north-1', 'region: eu-central-1')
      .replace('region: cn-northwest-1', 'region: eu-west-1')
      .replace('[cn-northwest-1a, cn-northwest-1b]', '[eu-west-1a, eu-west-1b]');
    expect(accepted(commercial).platform.centers.map((center) => center.region)).toEqual([
      'eu-central-1',
      'eu-central-1',
      'eu-west-1',
    ]);
    const mixed = refused(
      commercial
        .replace('region: eu-west-1', 'region: cn-northwest-1')
        .replace('[eu-west-1a, eu-west-1b]', '[cn-northwest-1a, cn-northwest-1b]'),
    );
    expect(mixed.problems.map((problem) => problem.key)).toEqual(['envcloud:centers[2].region']);
    expect(mixed.problems[0]!.message).toContain('is a region of AWS China, but this stack is in AWS (commercial)');
    // With zones to spare, the same-city center may share none of the primary's.
    const shared = refused(commercial.replace('[eu-central-1c, eu-central-1d]', '[eu-central-1b, eu-central-1c]'));
    expect(shared.problems.map((problem) => problem.key)).toEqual(['envcloud:centers[1].availabilityZones[0]']);
  });

  it('a same-city center with two zones of its own may run its own cluster where the region has them', () => {
    const commercial = prod
      .replace('aws:region: cn-north-1', 'aws:region: eu-central-1')
      .replace('[cn-north-1a, cn-north-1b]', '[eu-central-1a, eu-central-1b]')
      .replace('[cn-north-1d]', '[eu-central-1c, eu-central-1d]');
    const stack = accepted(
      commercial
        .replaceAll('region: cn-north-1', 'region: eu-central-1')
        .replace('region: cn-northwest-1', 'region: eu-west-1')
        .replace('[cn-northwest-1a, cn-northwest-1b]', '[eu-west-1a, eu-west-1b]'),
    );
    expect(stack.platform.centers.filter(isBackupOnly)).toEqual([]);
  });

  it('suggests the disjoint layout the region allows', () => {
    expect(disjointLayout(['cn-north-1a', 'cn-north-1b'], 'cn-north-1')).toBe(
      'cn-north-1 has 3 zones and the primary takes 2: list the one left, `availabilityZones: [cn-north-1d]`, and the same-city center is built backup-only (its backup vault, key and logs, no cluster)',
    );
    expect(disjointLayout(['cn-north-1a'], 'cn-north-1')).toContain(
      'use zones the primary does not list: `cn-north-1b`, `cn-north-1d`',
    );
    expect(disjointLayout(['cn-north-1a', 'cn-north-1b', 'cn-north-1d'], 'cn-north-1')).toContain(
      'the primary lists every zone of cn-north-1: give it 2 (`cn-north-1a`, `cn-north-1b`) and list the one left here, `availabilityZones: [cn-north-1d]`',
    );
    expect(disjointLayout(['eu-central-1a', 'eu-central-1b'], 'eu-central-1')).toBe(
      'use zones of eu-central-1 the primary does not list',
    );
  });

  it('an onprem stack names no regions and is not checked for them', () => {
    expect(loadStackFile(root, 'onprem').platform.mode).toBe('kubeconfig');
  });
});
