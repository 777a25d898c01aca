import { join } from 'node:path';
import { runStackOffline, type OfflineRun } from '../../engine/offline';
import { auditRun } from '../audit/support';
import { toPlan } from '../../engine/plan';
import { MIGRATING_OUTCOMES } from '../../model/domain';
import { formatAuditText } from '../../audit/format/text';
import { ALL_POLICIES } from '../../policies/all';
import { ofSystem } from './support';
import { policyText } from '../../audit/format/policy-text';
import { cliEnglishSentences } from '../support/english-cli';

const root = join(__dirname, '../..');

// The onprem stack's audit; tests/engine/onprem.test.ts checks what the stack itself plans.
describe('the onprem stack, run offline under mocks', () => {
  let run: OfflineRun;
  beforeAll(async () => {
    run = await runStackOffline(root, 'onprem');
  }, 120000);

  describe('its audit (policies evaluated in-process)', () => {
    let report: Awaited<ReturnType<typeof auditRun>>;
    beforeAll(async () => {
      report = await auditRun(root, run);
    }, 120000);

    it('calls every AWS-only policy not applicable, never passed: its only AWS resources set bucket versioning on the clusters', () => {
      const aws = ALL_POLICIES.filter(
        (policy) => 'types' in policy.meta.judges && policy.meta.judges.types.every((type) => type.startsWith('aws:')),
      );
      expect(aws.length).toBeGreaterThanOrEqual(15);
      for (const policy of aws)
        expect(report.policies.find((audited) => audited.name === policy.name)).toMatchObject({
          status: 'not-applicable',
          notApplicable: expect.stringContaining('nothing to judge'),
        });
      expect(report.policies.find((audited) => audited.name === 's3-versioning-enabled')).toMatchObject({
        status: 'pass',
      });
    });

    it('passes: every system declaring stored data has it held and backed up in its tier, on the clusters', () => {
      const declaring = run.systems.filter(
        (manifest) =>
          MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome) &&
          (manifest.spec.placement?.database || manifest.spec.placement?.storage?.object?.length),
      );
      expect(declaring.length).toBeGreaterThan(100);
      for (const policy of ['stateful-in-backup-plan', 'dr-tier-realised'])
        expect(report.policies.find((audited) => audited.name === policy)).toMatchObject({ status: 'pass' });
      expect(report.findings.filter((finding) => finding.status === 'fail')).toEqual([]);
      expect(report.summary).toMatchObject({ verdict: 'passed', passed: true });
    });

    it('says in the summary line how many policies passed, did not apply and failed', () => {
      const { policies } = report.summary;
      expect(policies.pass + policies['not-applicable'] + policies.fail + policies.waived).toBe(report.policies.length);
      expect(policies.fail).toBe(0);
      const line = formatAuditText(report, 'en').trim().split('\n').pop();
      expect(line).toBe(
        `${report.policies.length} policies over ${report.resources} resources (182 systems): ${policies.pass} passed, ${policies['not-applicable']} not applicable, 0 failed, 0 waived; findings: 0 failed, 0 advisory, 0 waived — PASSED`,
      );
    });

    /** The audit of the run with the registrations `drop` picks removed (nothing else changes). */
    const auditWithout = (drop: (registration: OfflineRun['registrations'][number]) => boolean) =>
      auditRun(root, { ...run, registrations: run.registrations.filter((registration) => !drop(registration)) });
    const failedSystems = (audited: Awaited<ReturnType<typeof auditRun>>) =>
      audited.findings
        .filter((finding) => finding.status === 'fail')
        .map((finding) => `${finding.policy} ${finding.system?.number}: ${finding.message}`);
    const metaName = (registration: OfflineRun['registrations'][number]) =>
      (registration.inputs.metadata as { name?: string } | undefined)?.name ?? '';
    /** The failed findings' messages as a Chinese audit prints them: Chinese to the end, nested problems included (issue #14). */
    const inChinese = (audited: Awaited<ReturnType<typeof auditRun>>) =>
      audited.findings
        .filter((finding) => finding.status === 'fail')
        .map((finding) => {
          const chinese = policyText(finding.message, 'zh');
          expect([chinese, cliEnglishSentences(chinese)]).toEqual([chinese, []]);
          return chinese;
        });

    it('fails the system, at its manifest, when its database cluster loses its ScheduledBackup', async () => {
      const audited = await auditWithout(
        (registration) =>
          registration.type === 'kubernetes:postgresql.cnpg.io/v1:ScheduledBackup' &&
          metaName(registration) === 's027-jsxmxzspxtjsxmhpjyssbxt-db-silver',
      );
      expect(failedSystems(audited)).toEqual([
        expect.stringMatching(
          /^dr-tier-realised 27: .*database \(postgresql, 50 GiB\): database cluster s027-\S+-db has no ScheduledBackup/,
        ),
      ]);
      expect(audited.findings.find((finding) => finding.status === 'fail')!.location.file).toMatch(/^manifests\/s027-/);
      expect(inChinese(audited)).toEqual([
        expect.stringMatching(
          /^系统 27（\S+）声明为银级，栈没有为其数据落实该等级：数据库（postgresql，50 GiB）：数据库集群 s027-\S+-db 没有 ScheduledBackup/,
        ),
      ]);
    }, 120000);

    it('fails a silver system when the replica cluster archiving in its second center is gone (one copy location short)', async () => {
      const audited = await auditWithout(
        (registration) =>
          metaName(registration) === 's027-jsxmxzspxtjsxmhpjyssbxt-db-remote' ||
          metaName(registration) === 's027-jsxmxzspxtjsxmhpjyssbxt-db-remote-silver',
      );
      expect(failedSystems(audited)).toEqual([
        expect.stringMatching(
          /^dr-tier-realised 27: .*has backups in 1 other center\(s\); the silver tier needs 2 \(same-city, remote\)/,
        ),
      ]);
    }, 120000);

    it('fails a gold system whose database has no replica cluster in another center, and every system when the remote object store is gone', async () => {
      const gold = run.systems.find(
        (manifest) => manifest.spec.protection.backup.tier === 'gold' && manifest.spec.placement?.database,
      )!;
      const slug = gold.metadata.slug;
      const noReplicas = await auditWithout(
        (registration) =>
          registration.type === 'kubernetes:postgresql.cnpg.io/v1:Cluster' &&
          metaName(registration).startsWith(`${slug}-db-`),
      );
      expect(failedSystems(noReplicas)).toEqual([
        expect.stringMatching(new RegExp(`^dr-tier-realised ${gold.metadata.number}: .*has backups in 1 other center`)),
      ]);
      // The remote center's object store (its zone and store) gone: nothing archives or replicates there any more.
      const noRemoteStore = await auditWithout(
        (registration) => registration.name === 'remote-data-object-store' || registration.name === 'remote-data-zone',
      );
      const failed = new Set(
        noRemoteStore.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.system!.number),
      );
      const declaring = run.systems.filter(
        (manifest) =>
          MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome) &&
          (manifest.spec.placement?.database || manifest.spec.placement?.storage?.object?.length),
      );
      // Velero's remote location writes into that store too: every system with objects on the cluster in a tier fails as well.
      const expected = new Set([
        ...declaring.map((manifest) => manifest.metadata.number),
        ...protectedSystems(() => true),
      ]);
      expect([...failed].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
      // Every system's finding, with its every problem, in Chinese.
      expect(inChinese(noRemoteStore).length).toBeGreaterThan(100);
    }, 240000);

    /** Systems in a tier `tiers` accepts that have volumes or Deployments on the clusters, which Velero must back up. */
    const protectedSystems = (tiers: (tier: string) => boolean) => {
      const plan = toPlan('onprem', run.registrations);
      return run.systems
        .filter(
          (manifest) => manifest.spec.protection.backup.tier !== 'none' && tiers(manifest.spec.protection.backup.tier),
        )
        .filter((manifest) =>
          ofSystem(plan, manifest.metadata.slug).some((resource) =>
            ['kubernetes:apps/v1:Deployment', 'kubernetes:core/v1:PersistentVolumeClaim'].includes(resource.type),
          ),
        )
        .map((manifest) => manifest.metadata.number)
        .sort((a, b) => a - b);
    };
    const failedNumbers = (audited: Awaited<ReturnType<typeof auditRun>>) =>
      [
        ...new Set(
          audited.findings.filter((finding) => finding.status === 'fail').map((finding) => finding.system!.number),
        ),
      ].sort((a, b) => a - b);

    it('fails exactly the bronze systems, at their manifests, when the Velero schedule taking bronze to the remote center is gone', async () => {
      const bronze = protectedSystems((tier) => tier === 'bronze');
      expect(bronze.length).toBeGreaterThan(0);
      const audited = await auditWithout(
        (registration) =>
          registration.type === 'kubernetes:velero.io/v1:Schedule' &&
          metaName(registration) === 'envcloud-bronze-to-remote',
      );
      expect(failedNumbers(audited)).toEqual(bronze);
      const finding = audited.findings.find((candidate) => candidate.status === 'fail')!;
      expect(finding).toMatchObject({ policy: 'dr-tier-realised' });
      expect(finding.location.file).toMatch(/^manifests\/s\d{3}-/);
      expect(finding.message).toMatch(
        /which Velero does not realise for its cluster objects: (deployment|volume) \S+: Velero backs it up to 0 other center\(s\); the bronze tier needs 1 \(remote\)/,
      );
      expect(inChinese(audited)[0]).toMatch(
        /Velero 没有为其集群对象落实该等级：(部署（Deployment）|卷) \S+：Velero 只把它备份到 0 个其他中心；铜级需要 1 个（remote）/,
      );
    }, 120000);

    it('fails the gold and silver systems, not the bronze ones, when the same-city BackupStorageLocation is gone from the primary cluster', async () => {
      const audited = await auditWithout((registration) => registration.name === 'primary-data-bsl-same-city');
      expect(failedNumbers(audited)).toEqual(protectedSystems((tier) => tier === 'gold' || tier === 'silver'));
      expect(audited.findings.find((candidate) => candidate.status === 'fail')!.message).toContain(
        'its storage location envcloud-same-city is no BackupStorageLocation of its cluster',
      );
    }, 120000);

    it('fails the system, at its manifest, when one of its buckets loses its versioning', async () => {
      const versionings = run.registrations.filter(
        (registration) => registration.type === 'aws:s3/bucketVersioning:BucketVersioning',
      );
      expect(versionings.length).toBeGreaterThan(0);
      const dropped = versionings[0]!;
      const number = Number(/^envcloud-s(\d{3})-/.exec(String(dropped.inputs.bucket))![1]);
      const audited = await auditWithout((registration) => registration.urn === dropped.urn);
      expect(failedSystems(audited)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^s3-versioning-enabled ${number}: bucket claim \\S+ of system ${number} .*has no Enabled versioning`,
          ),
        ),
      ]);
      const finding = audited.findings.find((candidate) => candidate.status === 'fail')!;
      expect(finding.location.file).toMatch(new RegExp(`^manifests/s${String(number).padStart(3, '0')}-`));
    }, 120000);

    it('fails the gold systems with a database, at their manifests, when the remote cluster loses its restore-test CronJob, and each of them when its recovery Cluster is gone', async () => {
      const withDatabase = run.systems
        .filter(
          (manifest) =>
            manifest.spec.protection.backup.tier === 'gold' &&
            MIGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome) &&
            manifest.spec.placement?.database,
        )
        .map((manifest) => manifest.metadata.number)
        .sort((a, b) => a - b);
      expect(withDatabase.length).toBeGreaterThan(0);
      const noJob = await auditWithout((registration) => registration.name === 'remote-data-restore-test-job');
      expect(failedNumbers(noJob)).toEqual(withDatabase);
      const finding = noJob.findings.find((candidate) => candidate.status === 'fail')!;
      expect(finding).toMatchObject({ policy: 'k8s-restore-test-monthly' });
      expect(finding.location.file).toMatch(/^manifests\/s\d{3}-/);
      expect(finding.message).toMatch(
        /keeps gold data that no monthly restore test restores: cluster remote-k8s has no restore-test CronJob$/,
      );
      // Every recovery Cluster's ConfigMap gone from the same-city cluster: each of those systems fails on its database.
      const noRecovery = await auditWithout(
        (registration) =>
          registration.type === 'kubernetes:core/v1:ConfigMap' && metaName(registration).endsWith('-restore-test'),
      );
      expect(failedNumbers(noRecovery)).toEqual(withDatabase);
      expect(inChinese(noJob)[0]).toMatch(
        /存有金级数据，却没有每月的恢复测试还原它们：集群 remote-k8s 没有恢复测试 CronJob$/,
      );
      expect(failedSystems(noRecovery)[0]).toMatch(
        /^k8s-restore-test-monthly \d+: .*database cluster \S+-db: no restore-test CronJob mounts its recovery Cluster \S+-db-restore-test$/,
      );
    }, 240000);

    it("fails the silver systems when their schedules keep backups less than the tier's 90 days", async () => {
      const shortened = run.registrations.map((registration) => {
        if (
          registration.type !== 'kubernetes:velero.io/v1:Schedule' ||
          !metaName(registration).startsWith('envcloud-silver-')
        )
          return registration;
        const inputs = structuredClone(registration.inputs) as { spec: { template: { ttl: string } } };
        inputs.spec.template.ttl = '720h0m0s';
        return { ...registration, inputs };
      });
      const audited = await auditRun(root, { ...run, registrations: shortened });
      expect(failedNumbers(audited)).toEqual(protectedSystems((tier) => tier === 'silver'));
      expect(audited.findings.find((candidate) => candidate.status === 'fail')!.message).toContain(
        "keeps backups 720h0m0s, less than the silver tier's 90 days",
      );
    }, 120000);
  });
});
