import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MockResourceArgs } from '@pulumi/pulumi/runtime/mocks';
import { plausibleState } from '../../engine/fake-state';
import { runStackOffline } from '../../engine/offline';
import { toPlan } from '../../engine/plan';
import { validatePaths } from '../../validation/validate';
import { selectSystems } from '../../stacks/selection';

const root = join(__dirname, '../..');

/** What the prod platform stack exports as `platform` (see definePlatform). */
const exported = {
  mode: 'aws',
  centers: [
    {
      role: 'primary',
      kubeconfig: '{"kind":"Config","clusters":[]}',
      region: 'cn-north-1',
      keyArn: 'arn:aws-cn:kms:cn-north-1:1:key/primary',
      databaseSubnetGroup: 'primary-db',
      accessLogBucket: 'primary-access-logs-1a2b',
    },
    // Backup-only (one zone): no cluster, so no kubeconfig, and no database subnet group.
    {
      role: 'same-city',
      region: 'cn-north-1',
      keyArn: 'arn:aws-cn:kms:cn-north-1:1:key/same-city',
      accessLogBucket: 'same-city-access-logs-5e6f',
    },
    {
      role: 'remote',
      kubeconfig: '{}',
      region: 'cn-northwest-1',
      keyArn: 'arn:aws-cn:kms:cn-northwest-1:1:key/remote',
      databaseSubnetGroup: 'remote-db',
      accessLogBucket: 'remote-access-logs-3c4d',
    },
  ],
};

describe('splitting systems over stacks with a StackReference', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-split-'));
    const prod = readFileSync(join(root, 'Pulumi.prod.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'Pulumi.wave2.yaml'),
      `${prod}  envcloud:platformStack: ministry/envcloud/prod\n  envcloud:systems:\n    waves: [2]\n`,
    );
    copyFileSync(join(root, 'Pulumi.yaml'), join(dir, 'Pulumi.yaml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('deploys only its systems, onto the centers the platform stack exports', async () => {
    const report = await validatePaths(['manifests'], { cwd: root });
    const wave2 = selectSystems(report.manifests, { waves: [2] }).map((entry) => entry.manifest);
    const state = (args: MockResourceArgs) =>
      args.type === 'pulumi:pulumi:StackReference'
        ? { ...args.inputs, outputs: { platform: exported } }
        : plausibleState(args);
    const run = await runStackOffline(dir, 'wave2', { manifests: wave2, overrides: { state } });
    const plan = toPlan('wave2', run.registrations);

    const reference = plan.resources.find((resource) => resource.type === 'pulumi:pulumi:StackReference');
    expect(reference?.inputs.name).toBe('ministry/envcloud/prod');
    for (const platformType of [
      'envcloud:platform:AwsCenter',
      'envcloud:platform:ClusterBaseline',
      'envcloud:platform:BackupTopology',
      'aws:eks/cluster:Cluster',
    ]) {
      expect(plan.resources.filter((resource) => resource.type === platformType)).toEqual([]);
    }
    // The provider receives the exported kubeconfig; what is written down (the plan) never shows it.
    const kubernetes = run.registrations.find((resource) => resource.type === 'pulumi:providers:kubernetes')!;
    expect(kubernetes.inputs.kubeconfig).toBe(exported.centers[0]!.kubeconfig);
    expect(plan.resources.find((resource) => resource.urn === kubernetes.urn)?.inputs.kubeconfig).toBe('[redacted]');
    const regions = plan.resources
      .filter((resource) => resource.type === 'pulumi:providers:aws')
      .map((provider) => [provider.name, provider.inputs.region]);
    expect(regions).toEqual(
      expect.arrayContaining([
        ['primary-aws', 'cn-north-1'],
        ['remote-aws', 'cn-northwest-1'],
      ]),
    );
    expect(Object.keys(run.outputs.systems)).toHaveLength(wave2.length);
    const database = plan.resources.find(
      (resource) => resource.type === 'aws:rds/instance:Instance' && !resource.name.endsWith('replica'),
    )!;
    expect(database.inputs).toMatchObject({ dbSubnetGroupName: 'primary-db', kmsKeyId: exported.centers[0]!.keyArn });
    // Its buckets log into the platform stack's access log bucket of their center.
    const loggings = plan.resources.filter((resource) => resource.type === 'aws:s3/bucketLogging:BucketLogging');
    expect(loggings.length).toBe(plan.resources.filter((resource) => resource.type === 'aws:s3/bucket:Bucket').length);
    expect(new Set(loggings.map((logging) => logging.inputs.targetBucket))).toEqual(
      new Set(['primary-access-logs-1a2b', 'remote-access-logs-3c4d']),
    );
  }, 120000);
});
