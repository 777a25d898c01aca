// The policy pack as `pulumi preview --policy-pack policies` runs it: started through
// @pulumi/pulumi/cmd/run-policy-pack with the language host's arguments and environment (it compiles
// policies/ with the SDK's ts-node), then driven over Pulumi's analyzer gRPC protocol with the offline
// prod plan. Offline: nothing is deployed, the plan comes from the program run under mocks.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { platformBackups } from '../../model/tiers';
import { runStackOffline } from '../../engine/offline';
import { toPlan, type Plan, type PlanResource } from '../../engine/plan';
import { buildPack } from '../../policies/pack';
import { remediationSteps } from '../../policies/meta';
import { readSystemRecord } from '../../components/system-record';
import { JUDGED_EVERYTHING_KNOWN } from '../../policies/unknowns';
import {
  PolicyPackProcess,
  reconcilePolicyPackConfig,
  type AnalyzerInfo,
  type Diagnostic,
} from '../../scripts/protocol/analyzer-client';
import {
  analyzeRequest,
  analyzeStackRequest,
  UNKNOWN,
  withProviderOutputsUnknown,
} from '../../scripts/protocol/analyzer-resources';

const root = join(__dirname, '../..');
const packDirectory = join(root, 'policies');
const TIMEOUT = 600_000;

/** A preview's policy run: Analyze for every resource, then AnalyzeStack. */
async function preview(pack: PolicyPackProcess, plan: Plan): Promise<Diagnostic[]> {
  const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
  const diagnostics: Diagnostic[] = [];
  for (const resource of plan.resources) {
    const { diagnostics: found } = await pack.analyze(analyzeRequest(resource, byUrn));
    // Analyze diagnostics are about the resource analyzed, as the engine attributes them.
    diagnostics.push(...found.map((diagnostic) => ({ ...diagnostic, urn: diagnostic.urn ?? resource.urn })));
  }
  diagnostics.push(...(await pack.analyzeStack(analyzeStackRequest(plan))).diagnostics);
  return diagnostics;
}

const mandatory = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((diagnostic) => diagnostic.enforcementLevel === 'mandatory');
/** The advisory @pulumi/policy files when a policy read a value not known during the preview. */
const unknownNotes = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((diagnostic) => diagnostic.message.includes('during preview'));

describe('the policy pack under the real engine protocol (`pulumi preview --policy-pack policies`, stack prod)', () => {
  let pack: PolicyPackProcess;
  let info: AnalyzerInfo;
  let plan: Plan;

  beforeAll(async () => {
    const offline = await runStackOffline(root, 'prod');
    plan = toPlan('prod', offline.registrations);
    pack = await PolicyPackProcess.start({ packDirectory, project: 'envcloud', stack: 'prod' });
    await pack.handshake(packDirectory);
    await pack.configureStack({ project: 'envcloud', stack: 'prod' });
    info = await pack.getAnalyzerInfo();
    await pack.configure(
      reconcilePolicyPackConfig(
        info.policies,
        JSON.parse(readFileSync(join(packDirectory, 'config.json'), 'utf8')) as Record<string, unknown>,
      ),
    );
  }, TIMEOUT);

  afterAll(async () => {
    await pack?.stop();
  });

  it('loads and serves every policy the pack registers, with severity, display name and remediation in both languages', () => {
    const registered = buildPack().policies;
    expect(info.name).toBe('envcloud');
    expect(info.policies.map((policy) => policy.name)).toEqual(registered.map((policy) => policy.name));
    for (const policy of registered) {
      const served = info.policies.find((candidate) => candidate.name === policy.name)!;
      expect({ name: policy.name, severity: served.severity, remediation: served.remediationSteps }).toEqual({
        name: policy.name,
        severity: policy.meta.severity,
        remediation: remediationSteps(policy.meta),
      });
      expect(served.displayName).toContain(policy.meta.zh.description);
      expect(served.displayName).toContain(policy.meta.en.description);
      expect(served.kind).toBe('validateStack' in policy ? 'stack' : 'resource');
    }
  });

  it(
    'passes the prod plan: no mandatory finding, nothing left unjudged',
    async () => {
      const diagnostics = await preview(pack, plan);
      expect(mandatory(diagnostics)).toEqual([]);
      expect(unknownNotes(diagnostics)).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'tells the engine which policies had nothing to judge (not-applicable), per resource and per stack',
    async () => {
      const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
      const record = plan.resources.find(
        (resource) =>
          resource.type === 'kubernetes:core/v1:ConfigMap' && readSystemRecord(resource.inputs) !== undefined,
      )!;
      const analyzed = await pack.analyze(analyzeRequest(record, byUrn));
      expect(analyzed.notApplicable).toEqual(
        expect.arrayContaining([{ policy: 'kms-key-rotation', reason: expect.stringContaining('aws:kms/key:Key') }]),
      );
      expect(analyzed.notApplicable.map((entry) => entry.policy)).not.toContain('cloud-is-the-norm');
      // The shipped waivers are all for dev: on prod the waiver policies judge nothing.
      const stack = await pack.analyzeStack(analyzeStackRequest(plan));
      expect(stack.notApplicable.map((entry) => entry.policy)).toEqual(
        expect.arrayContaining(['waivers-current', 'waived-findings']),
      );
      expect(stack.notApplicable.map((entry) => entry.policy)).not.toContain('dr-tier-realised');
    },
    TIMEOUT,
  );

  it(
    'passes the prod plan with every provider output unknown: no false mandatory finding, no policy stopped by an unknown',
    async () => {
      const { plan: unknown, unknowns } = withProviderOutputsUnknown(plan);
      expect(unknowns).toBeGreaterThan(400);
      const diagnostics = await preview(pack, unknown);
      expect(mandatory(diagnostics)).toEqual([]);
      const notes = unknownNotes(diagnostics);
      expect(notes.length).toBeGreaterThan(0);
      // Every note says which subjects were left open, after judging everything known; a policy that
      // stopped at its first unknown would carry @pulumi/policy's bare "… can't be known during preview".
      for (const note of notes) {
        expect(note.enforcementLevel).toBe('advisory');
        expect(note.message).toContain(JUDGED_EVERYTHING_KNOWN);
      }
    },
    TIMEOUT,
  );

  // A wave stack holds data and no backup plan: judged alone, it failed both DR policies on every `pulumi up`.
  it(
    'passes a systems-only (wave) stack by its platform stack’s exported backups, and fails it when they fall short',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'envcloud-wave-pack-'));
      try {
        const prod = readFileSync(join(root, 'Pulumi.prod.yaml'), 'utf8');
        const wave = `${prod}  envcloud:platformStack: ministry/envcloud/prod\n  envcloud:systems:\n    waves: [2]\n`;
        writeFileSync(join(dir, 'Pulumi.wave2.yaml'), wave);
        copyFileSync(join(root, 'Pulumi.yaml'), join(dir, 'Pulumi.yaml'));
        cpSync(join(root, 'manifests'), join(dir, 'manifests'), { recursive: true });
        const wavePlan = toPlan('wave2', (await runStackOffline(dir, 'wave2')).registrations);
        const drFindings = (diagnostics: readonly Diagnostic[]) =>
          mandatory(diagnostics).filter((diagnostic) =>
            ['stateful-in-backup-plan', 'dr-tier-realised'].includes(diagnostic.policy),
          );
        expect(mandatory(await preview(pack, wavePlan))).toEqual([]);
        const short = {
          ...wavePlan,
          resources: wavePlan.resources.map((resource) =>
            resource.type === 'pulumi:pulumi:StackReference'
              ? { ...resource, inputs: { ...resource.inputs, outputs: { backups: platformBackups(['remote']) } } }
              : resource,
          ),
        };
        expect(
          drFindings(await preview(pack, short)).map((diagnostic) => diagnostic.message.split('\n').pop()),
        ).toEqual(
          ['gold', 'silver'].map(
            (tier) =>
              `the platform stack ministry/envcloud/prod copies ${tier} backups to 1 other center(s); the tier needs 2 (same-city, remote)`,
          ),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  describe('deliberate violations in a preview with unknowns', () => {
    const BUCKET = 'urn:pulumi:prod::envcloud::aws:s3/bucket:Bucket::bare-bucket';
    let diagnostics: Diagnostic[];
    let database: PlanResource;

    beforeAll(async () => {
      const { plan: unknown } = withProviderOutputsUnknown(plan);
      database = unknown.resources.find(
        (resource) => resource.type === 'aws:rds/instance:Instance' && resource.inputs.kmsKeyId === UNKNOWN,
      )!;
      const resources = unknown.resources.map((resource) =>
        resource === database
          ? { ...resource, inputs: { ...resource.inputs, publiclyAccessible: true, deletionProtection: false } }
          : resource,
      );
      // After every other bucket, whose policies are unknown: one of them must not stop the judgement of this one.
      const provider = resources.find((resource) => resource.type === 'aws:s3/bucket:Bucket')!.provider!;
      resources.push({
        urn: BUCKET,
        type: 'aws:s3/bucket:Bucket',
        name: 'bare-bucket',
        provider,
        protect: true,
        retainOnDelete: true,
        dependencies: [],
        inputs: { tags: { 'envcloud:platform': 'scratch' } },
      });
      diagnostics = await preview(pack, { ...unknown, resources });
    }, TIMEOUT);

    it('reports a public, unprotected database although its key ARN is unknown', () => {
      const found = mandatory(diagnostics).filter(
        (diagnostic) => diagnostic.urn === database.urn && diagnostic.policy === 'rds-encrypted-private-protected',
      );
      expect(found.map((diagnostic) => diagnostic.message.split('\n').pop())).toEqual([
        'the database must not be publicly accessible',
        'the database must have deletion protection',
      ]);
      expect(found.every((diagnostic) => diagnostic.severity === 'critical')).toBe(true);
    });

    it.each(['s3-encryption-customer-key', 's3-versioning-enabled', 's3-public-access-blocked', 's3-tls-only'])(
      'reports a bucket without its companion resources: %s',
      (policy) => {
        const found = mandatory(diagnostics).filter(
          (diagnostic) => diagnostic.urn === BUCKET && diagnostic.policy === policy,
        );
        expect(found).toHaveLength(1);
        expect(found[0]!.message).toContain('bare-bucket');
      },
    );

    it('reports nothing mandatory but the violations made', () => {
      const made = new Set([
        `rds-encrypted-private-protected ${database.urn}`,
        ...['s3-encryption-customer-key', 's3-versioning-enabled', 's3-public-access-blocked', 's3-tls-only'].map(
          (policy) => `${policy} ${BUCKET}`,
        ),
      ]);
      expect(
        mandatory(diagnostics)
          .map((diagnostic) => `${diagnostic.policy} ${diagnostic.urn}`)
          .filter((key) => !made.has(key)),
      ).toEqual([]);
    });
  });
});
