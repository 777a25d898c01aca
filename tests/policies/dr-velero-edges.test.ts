import { evaluateStackPolicy, type PlannedResource } from '../../engine/policy-run';
import { drTierRealised } from '../../policies/dr/backups';
import { durationHours, VeleroCoverage } from '../../policies/dr/velero';
import { PreviewGaps } from '../../policies/unknowns';
import { recordResource } from '../audit/support';
import { clone, happyManifest } from '../support/manifests';
import { CENTERS, veleroPieces, without } from './dr-support';
import { planned } from './support';

// The survivors of the mutation run of policies/dr/velero.ts: Go durations, objects and Velero pieces
// missing metadata, pieces of the wrong kind, tiers of objects below their system's
// (tests/policies/dr-velero.test.ts has the main cases).

const labels = (tier = 'gold') => ({
  'envcloud.mee.gov.cn/system-number': '2',
  'envcloud.mee.gov.cn/system': 's002-x',
  'envcloud.mee.gov.cn/backup-tier': tier,
});
const gold = () => {
  const system = clone(happyManifest());
  system.metadata.number = 2;
  system.metadata.slug = 's002-x';
  delete system.spec.placement!.database;
  delete system.spec.placement!.storage;
  system.spec.protection.backup = { tier: 'gold', rpoMinutes: 15, rtoMinutes: 60 };
  return system;
};
const deployment = (metadata: Record<string, unknown> = { name: 's002-x-app', namespace: 'ns', labels: labels() }) =>
  planned('kubernetes:apps/v1:Deployment', 's002-x-app', { metadata }, { center: 'primary-k8s' });
const storageClasses = CENTERS.map((center) =>
  planned(
    'kubernetes:storage.k8s.io/v1:StorageClass',
    `${center}-sc-gold`,
    { metadata: { name: 'envcloud-gold' } },
    { center: `${center}-k8s` },
  ),
);
const stack = (pieces = veleroPieces(), app = deployment()) => [
  recordResource(gold()),
  app,
  ...storageClasses,
  ...pieces,
];
const messages = async (resources: PlannedResource[]) =>
  (await evaluateStackPolicy(drTierRealised, resources)).map((violation) => violation.message);
const edit = (resources: PlannedResource[], name: string, change: (resource: PlannedResource) => PlannedResource) =>
  resources.map((resource) => (resource.name === name ? change(resource) : resource));

describe('durationHours', () => {
  it('adds the units of a Go duration', () => {
    expect(durationHours('2160h0m0s')).toBe(2160);
    expect(durationHours('90m')).toBe(1.5);
    expect(durationHours('36s')).toBeCloseTo(0.01);
    expect(durationHours('1800000ms')).toBeCloseTo(0.5);
    expect(durationHours('839.25h45m')).toBe(840);
  });
  it('reads nothing that is not a whole Go duration', () => {
    for (const text of ['x840h', '840hx', '840h ', '840', '', 840, undefined, '840 h'])
      expect(durationHours(text)).toBeUndefined();
  });
});

describe('Velero judged: edges', () => {
  it('passes the happy stack, and a system with no objects of its own', async () => {
    expect(await messages(stack())).toEqual([]);
    expect(await messages([recordResource(gold()), ...storageClasses, ...veleroPieces()])).toEqual([]);
  });
  it('fails a retention in milliseconds below the tier’s, and a cron that is no text', async () => {
    const ttl = veleroPieces('gold', '0 * * * *', '1000ms');
    expect((await messages(stack(ttl)))[0]).toContain("keeps backups 1000ms, less than the gold tier's 35 days");
    const cron = veleroPieces().map((piece) =>
      piece.type === 'kubernetes:velero.io/v1:Schedule'
        ? { ...piece, props: { ...piece.props, spec: { ...(piece.props.spec as object), schedule: 5 } } }
        : piece,
    );
    expect((await messages(stack(cron)))[0]).toContain("runs at `5`, not the gold tier's `0 * * * *`");
  });
  it('takes only BackupStorageLocations as locations and only object stores as stores', async () => {
    const notLocation = edit(stack(), 'primary-data-bsl-same-city', (resource) => ({
      ...resource,
      type: 'kubernetes:core/v1:ConfigMap',
    }));
    expect((await messages(notLocation))[0]).toContain(
      'its storage location envcloud-same-city is no BackupStorageLocation of its cluster',
    );
    const notStore = edit(stack(), 'same-city-data-object-store', (resource) => ({
      ...resource,
      type: 'kubernetes:core/v1:ConfigMap',
    }));
    expect((await messages(notStore))[0]).toContain(
      'its storage location envcloud-same-city writes into no object store of the stack',
    );
  });
  it('names a schedule without a storage location (default) and a location without a URL', async () => {
    const noLocation = edit(stack(), 'primary-data-schedule-gold-remote', (resource) => {
      const props = structuredClone(resource.props) as Record<string, any>;
      delete props.spec.template.storageLocation;
      return { ...resource, props };
    });
    expect((await messages(noLocation))[0]).toContain(
      'Velero schedule envcloud-gold-to-remote: its storage location (default) is no BackupStorageLocation of its cluster',
    );
    const noUrl = edit(stack(), 'primary-data-bsl-remote', (resource) => ({
      ...resource,
      props: { metadata: { name: 'envcloud-remote', namespace: 'velero' } },
    }));
    expect((await messages(noUrl))[0]).toContain('its storage location envcloud-remote writes into no object store');
  });
  it('does not fail on pieces and objects without metadata or spec, naming an object by its resource name', async () => {
    const bare = [
      planned('kubernetes:velero.io/v1:BackupStorageLocation', 'bare-bsl', {}, { center: 'primary-k8s' }),
      planned(
        'kubernetes:velero.io/v1:Schedule',
        'bare-schedule',
        { metadata: { name: 'bare' } },
        { center: 'remote-k8s' },
      ),
      planned('kubernetes:ceph.rook.io/v1:CephObjectStore', 'bare-store', {}, { center: 'remote-k8s' }),
    ];
    expect(await messages([...stack(), ...bare])).toEqual([]);
    const unnamed = deployment({ labels: labels() });
    expect(await messages(stack(without(veleroPieces(), 'primary-data-schedule-gold-remote'), unnamed))).toEqual([
      expect.stringContaining('deployment s002-x-app: Velero backs it up to 1 other center(s)'),
    ]);
    const specless = planned(
      'kubernetes:velero.io/v1:Schedule',
      'specless',
      { metadata: { name: 'specless' } },
      {
        center: 'primary-k8s',
      },
    );
    expect(
      (await messages([...stack(without(veleroPieces(), 'primary-data-schedule-gold-remote')), specless]))[0],
    ).toContain('Velero schedule specless runs at `undefined`');
  });
  it('judges an object labelled with a lower tier than its system’s at the system’s tier', async () => {
    const bronzeApp = deployment({ name: 's002-x-app', namespace: 'ns', labels: labels('bronze') });
    const bronze = veleroPieces('bronze', '0 18 * * 0', '8760h0m0s');
    // (the bronze label also asks for the bronze storage class, which this stack lacks: another finding)
    expect((await messages(stack(bronze, bronzeApp))).find((message) => message.startsWith('system 2'))).toContain(
      "deployment s002-x-app: Velero backs it up to 0 other center(s); the gold tier needs 2 (same-city, remote): Velero schedule envcloud-bronze-to-primary runs at `0 18 * * 0`, not the gold tier's `0 * * * *`",
    );
  });
  it('knows whether the stack runs Velero at all', () => {
    const present = (resources: PlannedResource[]) =>
      new VeleroCoverage(resources.map((resource) => ({ ...resource, dependencies: [] })) as never, new PreviewGaps())
        .present;
    expect(present([])).toBe(false);
    expect(present(veleroPieces().filter((piece) => piece.type === 'kubernetes:velero.io/v1:Schedule'))).toBe(true);
    expect(
      present(veleroPieces().filter((piece) => piece.type === 'kubernetes:velero.io/v1:BackupStorageLocation')),
    ).toBe(true);
    expect(present(storageClasses)).toBe(false);
  });
});
