import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MockResourceArgs } from '@pulumi/pulumi/runtime/mocks';
import { plausibleState } from '../../engine/fake-state';
import { runStackOffline } from '../../engine/offline';
import { toPlan } from '../../engine/plan';
import { validatePaths } from '../../validation/validate';
import { selectSystems } from '../../stacks/selection';
import { platformBackups } from '../../model/tiers';
import { auditRun } from '../audit/support';

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
    // auditRun reads the pack's waivers and config beside the stack file.
    mkdirSync(join(dir, 'policies'));
    for (const file of ['waivers.yaml', 'config.json'])
      copyFileSync(join(root, 'policies', file), join(dir, 'policies', file));
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

  // Judged alone, every wave stack failed the DR policies (no backup plan, no vault: taken for the clusters).
  it('judges its backups by the backups the platform stack exports, read through the StackReference', async () => {
    const report = await validatePaths(['manifests'], { cwd: root });
    const entries = selectSystems(report.manifests, { waves: [2] });
    const manifests = entries.map((entry) => entry.manifest);
    // Offline the reference answers what a platform stack deployed from this config exports.
    const run = await runStackOffline(dir, 'wave2', { manifests });
    const reference = toPlan('wave2', run.registrations).resources.find(
      (resource) => resource.type === 'pulumi:pulumi:StackReference',
    )!;
    // The policies see its backups; never the platform's kubeconfigs.
    expect(reference.inputs.outputs).toEqual({ backups: platformBackups(['same-city', 'remote']) });
    const audit = await auditRun(dir, run, entries);
    const dr = audit.policies.filter((policy) => ['stateful-in-backup-plan', 'dr-tier-realised'].includes(policy.name));
    expect(dr.map((policy) => policy.status)).toEqual(['pass', 'pass']);
    expect(audit.findings.filter((finding) => finding.status === 'fail')).toEqual([]);

    // A platform stack that copies to the remote center only leaves gold and silver unrealised.
    const state = (args: MockResourceArgs) =>
      args.type === 'pulumi:pulumi:StackReference'
        ? { ...args.inputs, outputs: { platform: exported, backups: platformBackups(['remote']) } }
        : plausibleState(args);
    const short = await auditRun(
      dir,
      await runStackOffline(dir, 'wave2', { manifests, overrides: { state } }),
      entries,
    );
    const failed = short.findings.filter((finding) => finding.status === 'fail');
    expect(failed.map((finding) => [finding.policy, finding.message])).toEqual(
      ['gold', 'silver'].map((tier) => [
        'dr-tier-realised',
        `the platform stack ministry/envcloud/prod copies ${tier} backups to 1 other center(s); the tier needs 2 (same-city, remote)`,
      ]),
    );

    // Offline, the platform is read from its own file when the project has it: one changed since the wave's
    // copy was written (its same-city center gone) fails the wave as the real platform stack would.
    const prod = readFileSync(join(root, 'Pulumi.prod.yaml'), 'utf8');
    const sameCity = / {4}- name: same-city\n( {6}.*\n)+/.exec(prod)![0];
    writeFileSync(join(dir, 'Pulumi.prod.yaml'), prod.replace(sameCity, ''));
    try {
      const changed = await auditRun(dir, await runStackOffline(dir, 'wave2', { manifests }), entries);
      expect(changed.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.message)).toEqual(
        failed.map((finding) => finding.message),
      );
    } finally {
      rmSync(join(dir, 'Pulumi.prod.yaml'));
    }
  }, 120000);
});
