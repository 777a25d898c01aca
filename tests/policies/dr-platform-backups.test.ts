// A systems-only stack on AWS (`envcloud:platformStack`, a wave stack) holds its systems' data and their
// replicas; the backup plans, selections and vaults are its platform stack's, which exports what they
// take and where they copy (BACKUPS_OUTPUT), read here through the StackReference. Each test starts from
// a wave stack whose platform backs up every tier to the centers it needs and changes one thing.
import type { PlannedResource } from '../../engine/policy-run';
import { evaluateStackPolicy, judgeStack } from '../../engine/policy-run';
import { BACKUPS_OUTPUT, platformBackups } from '../../model/tiers';
import { drTierRealised, statefulInBackupPlan } from '../../policies/dr/backups';
import { readPlatformBackups } from '../../policies/dr/platform-backups';
import { JUDGED_EVERYTHING_KNOWN } from '../../policies/unknowns';
import { recordResource } from '../audit/support';
import { clone, happyManifest } from '../support/manifests';
import { happyStack, judgePreviewed } from './dr-support';
import { planned, unknownProxy } from './support';

/** System 2's record, gold, declaring the database the stack holds as s002-db. */
function record(): PlannedResource {
  const system = clone(happyManifest());
  system.metadata.number = 2;
  system.metadata.slug = 's002-x';
  system.spec.protection.backup.tier = 'gold';
  system.spec.placement!.database = { engine: 'postgresql', sizeGiB: 50 };
  delete system.spec.placement!.storage;
  return recordResource(system, 'test');
}

const reference = (outputs: unknown) =>
  planned('pulumi:pulumi:StackReference', 'platform', { name: 'ministry/envcloud/prod', outputs });

/** The happy stack without the platform's vaults, plans and selections, reading them from its platform stack. */
function waveStack(outputs: unknown = { [BACKUPS_OUTPUT]: platformBackups(['same-city', 'remote']) }) {
  const platformTypes = ['aws:backup/vault:Vault', 'aws:backup/plan:Plan', 'aws:backup/selection:Selection'];
  return [...happyStack().filter((resource) => !platformTypes.includes(resource.type)), record(), reference(outputs)];
}

const messages = async (policy: Parameters<typeof evaluateStackPolicy>[0], resources: PlannedResource[]) =>
  (await evaluateStackPolicy(policy, resources)).map((violation) => violation.message);

describe('the DR policies on a systems-only stack, judged by its platform stack’s backups', () => {
  it('passes wave data the platform selects and copies to every center its tier needs', async () => {
    expect(await judgeStack(statefulInBackupPlan, waveStack())).toEqual({ violations: [], applicable: true });
    expect(await judgeStack(drTierRealised, waveStack())).toEqual({ violations: [], applicable: true });
    // Judged alone (no reference), the same data has no selection and, with no vault, was taken for the clusters.
    const alone = waveStack().filter((resource) => resource.type !== 'pulumi:pulumi:StackReference');
    expect(await messages(statefulInBackupPlan, alone)).toHaveLength(3);
    expect(await messages(drTierRealised, alone)).toEqual([
      expect.stringContaining('the gold tier needs its storage class in 3 centers'),
      expect.anything(),
    ]);
  });
  it('fails a tier the platform copies to fewer centers than it needs, naming the platform stack', async () => {
    const oneCenter = waveStack({ [BACKUPS_OUTPUT]: platformBackups(['remote']) });
    expect(await messages(statefulInBackupPlan, oneCenter)).toEqual([]);
    expect(await messages(drTierRealised, oneCenter)).toEqual([
      'the platform stack ministry/envcloud/prod copies gold backups to 1 other center(s); the tier needs 2 (same-city, remote)',
    ]);
  });
  it('fails data of a tier the platform’s plans do not select', async () => {
    const noGold = waveStack({ [BACKUPS_OUTPUT]: { mode: 'aws', copies: { silver: ['same-city', 'remote'] } } });
    expect(await messages(statefulInBackupPlan, noGold)).toEqual([
      expect.stringMatching(/^Instance s002-db .*gold.*no backup selection/),
      expect.stringMatching(/^Bucket s002-data .*gold.*no backup selection/),
      expect.stringMatching(/^Bucket s002-data-replica .*gold.*no backup selection/),
    ]);
    expect(await messages(drTierRealised, noGold)).toEqual([
      'systems declare the gold tier but the backup plans of the platform stack ministry/envcloud/prod select no gold data',
      expect.stringContaining('Instance s002-db is in the gold tier, but no backup selection takes it'),
    ]);
  });
  it.each([
    ['no backups output (a platform deployed by an older envcloud)', {}],
    ['backups of another shape', { [BACKUPS_OUTPUT]: { mode: 'aws', copies: { gold: ['mars'] } } }],
    ['backups of another mode', { [BACKUPS_OUTPUT]: { mode: 'kubeconfig', copies: {} } }],
  ])('fails once, at the stack, a platform stack with %s', async (_, outputs) => {
    const unexported = expect.stringContaining('exports no `backups` output');
    expect(await messages(statefulInBackupPlan, waveStack(outputs))).toEqual([unexported]);
    expect(await messages(drTierRealised, waveStack(outputs))).toEqual([unexported]);
  });
  it('judges a wave of websites only (no AWS resource) on AWS too, never by the clusters’ storage classes', async () => {
    const website = planned('kubernetes:core/v1:PersistentVolumeClaim', 'site', {
      metadata: {
        labels: {
          'envcloud.mee.gov.cn/system-number': '2',
          'envcloud.mee.gov.cn/system': 's002-x',
          'envcloud.mee.gov.cn/backup-tier': 'bronze',
        },
      },
      spec: { storageClassName: 'envcloud-bronze' },
    });
    const exported = reference({ [BACKUPS_OUTPUT]: platformBackups(['same-city', 'remote']) });
    expect(await messages(drTierRealised, [website, exported])).toEqual([]);
    expect(await messages(drTierRealised, [website, reference({})])).toEqual([
      expect.stringContaining('exports no `backups` output'),
    ]);
  });
  it('leaves a tier open while the platform stack’s outputs are not known', async () => {
    const open = await judgePreviewed(drTierRealised, waveStack(unknownProxy.unknownStringValue));
    expect(open.found).toEqual([]);
    expect(open.note).toContain(JUDGED_EVERYTHING_KNOWN);
    expect(open.note).toContain('the gold tier (.outputs); system 2 (s002-x) (.outputs)');
    const selection = await judgePreviewed(statefulInBackupPlan, waveStack(unknownProxy.unknownStringValue));
    expect(selection.found).toEqual([]);
    expect(selection.note).toContain('s002-db (.outputs)');
  });
});

describe('the backups a platform stack exports', () => {
  it('lists each tier with the backup centers it is copied to, of those the platform has', () => {
    expect(platformBackups(['same-city', 'remote'])).toEqual({
      mode: 'aws',
      copies: { gold: ['same-city', 'remote'], silver: ['same-city', 'remote'], bronze: ['remote'] },
    });
    expect(platformBackups([])).toEqual({ mode: 'aws', copies: { gold: [], silver: [], bronze: [] } });
  });
  it('is read back only in the shape the program writes', () => {
    const written = platformBackups(['remote']);
    expect(readPlatformBackups(JSON.parse(JSON.stringify(written)))).toEqual(written);
    for (const other of [
      undefined,
      'aws',
      { mode: 'aws' },
      { mode: 'aws', copies: [] },
      { mode: 'aws', copies: { platinum: [] } },
      { mode: 'aws', copies: { gold: 'remote' } },
    ])
      expect(readPlatformBackups(other)).toBeUndefined();
  });
});

describe('the platform stack’s own backup plans, judged when it holds no system', () => {
  // Its `backups` output is what every wave stack trusts; judged only for the tiers its systems declare,
  // a platform stack holding none passed plans that copied nowhere.
  const platformOnly = () =>
    happyStack().filter((resource) => ['aws:backup/vault:Vault', 'aws:backup/plan:Plan'].includes(resource.type));
  it('judges every tier a plan has a rule for', async () => {
    expect(await judgeStack(drTierRealised, platformOnly())).toEqual({ violations: [], applicable: true });
    const oneCopy = platformOnly().map((resource) =>
      resource.name === 'backups-gold'
        ? { ...resource, dependencies: resource.dependencies!.filter((urn) => !urn.endsWith('same-city-vault')) }
        : resource,
    );
    expect(await messages(drTierRealised, oneCopy)).toEqual([
      expect.stringContaining('the gold backup plan copies to 1 other center'),
    ]);
  });
});
