import { evaluateStackPolicy, type PlannedResource } from '../../engine/policy-run';
import { drTierRealised } from '../../policies/dr/backups';
import { recordResource } from '../audit/support';
import { clone, happyManifest } from '../support/manifests';
import { planned } from './support';
import { CENTERS, veleroPieces, without } from './dr-support';

describe('Velero judged (dr-tier-realised on the clusters)', () => {
  const labels = {
    'envcloud.mee.gov.cn/system-number': '2',
    'envcloud.mee.gov.cn/system': 's002-x',
    'envcloud.mee.gov.cn/backup-tier': 'gold',
  };
  const gold = () => {
    const system = clone(happyManifest());
    system.metadata.number = 2;
    system.metadata.slug = 's002-x';
    delete system.spec.placement!.database;
    delete system.spec.placement!.storage;
    system.spec.protection.backup = { tier: 'gold', rpoMinutes: 15, rtoMinutes: 60 };
    return system;
  };
  const deployment = planned(
    'kubernetes:apps/v1:Deployment',
    's002-x-app',
    { metadata: { name: 's002-x-app', namespace: 'bs-pollution-source', labels } },
    { center: 'primary-k8s' },
  );
  const volume = planned(
    'kubernetes:core/v1:PersistentVolumeClaim',
    's002-x-files',
    {
      metadata: { name: 's002-x-files', namespace: 'bs-pollution-source', labels },
      spec: { storageClassName: 'envcloud-gold' },
    },
    { center: 'primary-k8s' },
  );
  const storageClasses = CENTERS.map((center) =>
    planned(
      'kubernetes:storage.k8s.io/v1:StorageClass',
      `${center}-sc-gold`,
      { metadata: { name: 'envcloud-gold' } },
      { center: `${center}-k8s` },
    ),
  );
  const happy = () => [recordResource(gold()), deployment, volume, ...storageClasses, ...veleroPieces()];
  const messages = async (resources: PlannedResource[]) =>
    (await evaluateStackPolicy(drTierRealised, resources)).map((violation) => violation.message);
  const edit = (resources: PlannedResource[], name: string, change: (props: Record<string, any>) => void) =>
    resources.map((resource) => {
      if (resource.name !== name) return resource;
      const props = structuredClone(resource.props) as Record<string, any>;
      change(props);
      return { ...resource, props };
    });

  it('passes a gold system whose Deployment and volume gold schedules take to all three centers', async () => {
    expect(await messages(happy())).toEqual([]);
  });
  it('fails when the schedule to the remote center is gone, naming each object and the centers', async () => {
    expect(await messages(without(happy(), 'primary-data-schedule-gold-remote'))).toEqual([
      'system 2 (s002-x) declares the gold tier, which Velero does not realise for its cluster objects: deployment s002-x-app: Velero backs it up to 1 other center(s); the gold tier needs 2 (same-city, remote); volume s002-x-files: Velero backs it up to 1 other center(s); the gold tier needs 2 (same-city, remote)',
    ]);
  });
  it('fails when a storage location is gone, read-only, or writes into no center’s store', async () => {
    expect((await messages(without(happy(), 'primary-data-bsl-same-city')))[0]).toContain(
      'Velero schedule envcloud-gold-to-same-city: its storage location envcloud-same-city is no BackupStorageLocation of its cluster',
    );
    expect(
      (await messages(edit(happy(), 'primary-data-bsl-remote', (props) => (props.spec.accessMode = 'ReadOnly'))))[0],
    ).toContain('its storage location envcloud-remote is read-only');
    expect(
      (
        await messages(
          edit(
            happy(),
            'primary-data-bsl-remote',
            (props) => (props.spec.config.s3Url = 'https://s3.elsewhere.example'),
          ),
        )
      )[0],
    ).toContain('writes into no object store of the stack');
  });
  it('fails a schedule at a lower tier’s frequency or retention, or one leaving volume data in the cluster', async () => {
    expect(
      (
        await messages([recordResource(gold()), deployment, ...storageClasses, ...veleroPieces('gold', '0 2 * * *')])
      )[0],
    ).toContain("runs at `0 2 * * *`, not the gold tier's `0 * * * *`");
    expect(
      (
        await messages([
          recordResource(gold()),
          deployment,
          ...storageClasses,
          ...veleroPieces('gold', '0 * * * *', '720h0m0s'),
        ])
      )[0],
    ).toContain("keeps backups 720h0m0s, less than the gold tier's 35 days");
    const inCluster = ['primary', 'same-city', 'remote'].reduce(
      (resources, center) =>
        edit(resources, `primary-data-schedule-gold-${center}`, (props) => delete props.spec.template.snapshotMoveData),
      happy(),
    );
    expect(await messages(inCluster)).toEqual([
      expect.stringContaining('volume s002-x-files: Velero backs it up to 0 other center(s)'),
    ]);
    expect((await messages(inCluster))[0]).not.toContain('deployment');
  });
  it('fails objects a schedule’s selector does not take: another tier’s label, an excluded namespace', async () => {
    expect(
      await messages([
        recordResource(gold()),
        deployment,
        ...storageClasses,
        ...veleroPieces('silver', '0 2 * * *', '2160h0m0s'),
      ]),
    ).toEqual([expect.stringContaining('deployment s002-x-app: no Velero schedule of its cluster backs it up')]);
    const excluded = ['primary', 'same-city', 'remote'].reduce(
      (resources, center) =>
        edit(
          resources,
          `primary-data-schedule-gold-${center}`,
          (props) => (props.spec.template.excludedNamespaces = ['bs-pollution-source']),
        ),
      happy(),
    );
    expect((await messages(excluded))[0]).toContain('no Velero schedule of its cluster backs it up');
  });
  /** Every gold schedule changed the same way. */
  const everySchedule = (change: (props: Record<string, any>) => void, resources = happy()) =>
    CENTERS.reduce((all, center) => edit(all, `primary-data-schedule-gold-${center}`, change), resources);

  it('counts only schedules taking the objects’ kind: included and excluded resources', async () => {
    const included = (list: string[]) => everySchedule((props) => (props.spec.template.includedResources = list));
    expect(await messages(included(['deployments', 'persistentvolumeclaims']))).toEqual([]);
    expect(await messages(included(['*']))).toEqual([]);
    expect(await messages(included([]))).toEqual([]);
    expect(await messages(included(['deployments']))).toEqual([
      expect.stringMatching(/: volume s002-x-files: no Velero schedule of its cluster backs it up$/),
    ]);
    const excluded = everySchedule((props) => (props.spec.template.excludedResources = ['deployments']));
    expect(await messages(excluded)).toEqual([
      expect.stringMatching(
        /Velero does not realise for its cluster objects: deployment s002-x-app: no Velero schedule/,
      ),
    ]);
  });
  it('counts a schedule of the objects’ namespace, or of every namespace when it names none', async () => {
    const only = (namespaces: string[]) =>
      everySchedule((props) => (props.spec.template.includedNamespaces = namespaces));
    expect(await messages(only(['bs-pollution-source']))).toEqual([]);
    expect(await messages(everySchedule((props) => delete props.spec.template.includedNamespaces))).toEqual([]);
    expect((await messages(only(['other'])))[0]).toContain(
      'deployment s002-x-app: no Velero schedule of its cluster backs it up; volume s002-x-files: no Velero schedule',
    );
    // An object without a namespace is in `default`.
    const inDefault = edit(only(['default']), 's002-x-app', (props) => delete props.metadata.namespace);
    expect(await messages(inDefault)).toEqual([expect.stringContaining('volume s002-x-files: no Velero schedule')]);
    expect((await messages(inDefault))[0]).not.toContain('deployment');
  });
  it('counts a selector by its matchLabels only, never one by expressions', async () => {
    const expressions = everySchedule(
      (props) => (props.spec.template.labelSelector.matchExpressions = [{ key: 'a', operator: 'Exists' }]),
    );
    expect((await messages(expressions))[0]).toContain('deployment s002-x-app: no Velero schedule');
    expect(await messages(everySchedule((props) => delete props.spec.template.labelSelector))).toEqual([]);
    const emptyExpressions = everySchedule((props) => (props.spec.template.labelSelector.matchExpressions = []));
    expect(await messages(emptyExpressions)).toEqual([]);
  });
  it('fails paused schedules, and takes defaultVolumesToFsBackup for moving volume data', async () => {
    expect(await messages(everySchedule((props) => (props.spec.paused = true)))).toEqual([
      expect.stringContaining(
        'deployment s002-x-app: Velero backs it up to 0 other center(s); the gold tier needs 2 (same-city, remote): Velero schedule envcloud-gold-to-primary is paused; Velero schedule envcloud-gold-to-same-city is paused; Velero schedule envcloud-gold-to-remote is paused; volume',
      ),
    ]);
    expect(await messages(everySchedule((props) => (props.spec.paused = false)))).toEqual([]);
    const fsBackup = everySchedule((props) => {
      delete props.spec.template.snapshotMoveData;
      props.spec.template.defaultVolumesToFsBackup = true;
    });
    expect(await messages(fsBackup)).toEqual([]);
    const neither = everySchedule((props) => (props.spec.template.snapshotMoveData = false));
    expect((await messages(neither))[0]).toContain(
      'Velero schedule envcloud-gold-to-remote leaves volume data in cluster snapshots (neither snapshotMoveData nor defaultVolumesToFsBackup)',
    );
  });
  it('reads the schedule’s cron with any spacing and its retention as a Go duration', async () => {
    expect(await messages(everySchedule((props) => (props.spec.schedule = ' 0  *\t* * * ')))).toEqual([]);
    for (const ttl of ['840h', '50400m', '3024000s', '839h60m0s', '3024000000ms', '839.5h30m'])
      expect(await messages(everySchedule((props) => (props.spec.template.ttl = ttl)))).toEqual([]);
    for (const ttl of ['839h59m59s', '3023999s', '840 hours', '840d', 840, undefined]) {
      const [message] = await messages(everySchedule((props) => (props.spec.template.ttl = ttl)));
      expect(message).toContain(`keeps backups ${ttl ?? 'for the server default'}, less than the gold tier's 35 days`);
    }
    const [silver] = await messages(everySchedule((props) => (props.spec.schedule = '0 18 * * *')));
    expect(silver).toContain("runs at `0 18 * * *`, not the gold tier's `0 * * * *`");
  });
  it('judges an object labelled with a better tier than its system’s at that tier', async () => {
    const silverSystem = gold();
    silverSystem.spec.protection.backup = { tier: 'silver', rpoMinutes: 1440, rtoMinutes: 240 };
    const silverRecord = recordResource(silverSystem);
    const silverClasses = storageClasses.map((storageClass) => ({
      ...storageClass,
      name: `${storageClass.name}-silver`,
      props: { metadata: { name: 'envcloud-silver' } },
    }));
    const stack = (schedules: PlannedResource[]) => [
      silverRecord,
      deployment,
      ...storageClasses,
      ...silverClasses,
      ...schedules,
    ];
    // The Deployment is labelled gold: silver schedules do not take it (their selector asks for silver) …
    expect((await messages(stack(veleroPieces('silver', '0 18 * * *', '2160h0m0s'))))[0]).toContain(
      'declares the silver tier, which Velero does not realise for its cluster objects: deployment s002-x-app: no Velero schedule',
    );
    // … and gold schedules do, judged at gold.
    expect(await messages(stack(veleroPieces('gold', '0 * * * *', '840h0m0s')))).toEqual([]);
    const sameTier = edit(stack(veleroPieces('silver', '0 18 * * *', '2160h0m0s')), 's002-x-app', (props) => {
      props.metadata.labels['envcloud.mee.gov.cn/backup-tier'] = 'silver';
    });
    expect(await messages(sameTier)).toEqual([]);
  });
});
