// Bucket versioning on the ministry's clusters (#12), in the onprem plan run offline under mocks: each
// system bucket claim waits until it is bound, and a BucketVersioning of its bucket is set through the
// S3 provider of the claim's center (the primary, the multisite master), as the user its policy allows.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStackOffline } from '../../engine/offline';
import { summarize, toPlan, type Plan, type PlanResource } from '../../engine/plan';
import { STATEFUL_TYPES } from '../../model/stateful';

const root = join(__dirname, '../..');
const CLAIM = 'kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim';
const VERSIONING = 'aws:s3/bucketVersioning:BucketVersioning';
const SYSTEM_LABEL = 'envcloud.mee.gov.cn/system';

interface ClaimInputs {
  metadata: { name: string; labels: Record<string, string>; annotations: Record<string, string> };
  spec: { bucketName: string; additionalConfig: { bucketPolicy: string } };
}

describe('bucket versioning in the onprem plan', () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = toPlan('onprem', (await runStackOffline(root, 'onprem')).registrations);
  }, 120000);
  const byUrn = () => new Map(plan.resources.map((resource) => [resource.urn, resource]));
  const systemClaims = () =>
    plan.resources.filter(
      (resource) =>
        resource.type === CLAIM && (resource.inputs as unknown as ClaimInputs).metadata.labels[SYSTEM_LABEL],
    );

  it('has one S3 provider per center, at its gateway, signing with the keys of the envcloud-rgw profile', () => {
    const providers = plan.resources.filter((resource) => resource.type === 'pulumi:providers:aws');
    expect(providers.map((provider) => provider.name).sort()).toEqual([
      'primary-objects',
      'remote-objects',
      'same-city-objects',
    ]);
    for (const provider of providers) {
      const center = provider.name.replace(/-objects$/, '');
      expect(provider.inputs).toMatchObject({
        region: 'envcloud',
        s3UsePathStyle: 'true',
        skipCredentialsValidation: 'true',
        skipRequestingAccountId: 'true',
        skipMetadataApiCheck: 'true',
        skipRegionValidation: 'true',
      });
      expect(JSON.stringify(provider.inputs)).toContain(`https://s3.${center}.envcloud.mee.gov.cn`);
      // The shipped stack gives no key: the provider reads the profile on the machine that runs `pulumi up`.
      expect(provider.inputs).toMatchObject({ profile: 'envcloud-rgw' });
      expect(provider.inputs).not.toHaveProperty('accessKey');
    }
    const summary = summarize(plan);
    expect(summary.byTypeAndCenter['pulumi:providers:aws']).toEqual({ primary: 1, 'same-city': 1, remote: 1 });
  });

  it('gives each system bucket claim exactly one Enabled versioning of its bucket, through the primary object store, after the claim', () => {
    const claims = systemClaims();
    const versionings = plan.resources.filter((resource) => resource.type === VERSIONING);
    expect(claims.length).toBeGreaterThan(0);
    expect(versionings).toHaveLength(claims.length);
    const resources = byUrn();
    for (const claim of claims) {
      const { spec } = claim.inputs as unknown as ClaimInputs;
      const matching = versionings.filter((versioning) => versioning.inputs.bucket === spec.bucketName);
      expect(matching).toHaveLength(1);
      const versioning: PlanResource = matching[0]!;
      expect(versioning.inputs.versioningConfiguration).toEqual({ status: 'Enabled' });
      expect(versioning.provider).toMatch(/::pulumi:providers:aws::primary-objects$/);
      expect(claim.provider).toMatch(/::primary-k8s$/);
      expect(versioning.dependencies).toContain(claim.urn);
      expect(versioning.parent).toBe(claim.parent);
      expect(resources.get(versioning.parent!)?.type).toBe('envcloud:system:OnpremSystemData');
      // Not data-bearing and not protected (the claim is); kept, so leaving the stack never suspends it.
      expect(versioning).toMatchObject({ protect: false, retainOnDelete: true });
    }
    expect(STATEFUL_TYPES).not.toContain(VERSIONING);
  });

  it('makes each system claim wait until bound, and lets the platform user set its versioning', () => {
    for (const claim of systemClaims()) {
      const { metadata, spec } = claim.inputs as unknown as ClaimInputs;
      expect(metadata.annotations['pulumi.com/waitFor']).toBe('jsonpath={.status.phase}=Bound');
      expect(spec.bucketName).toBe(`envcloud-${metadata.name.split('-')[0]}-${claim.name.split('-').pop()}`);
      const statements = (JSON.parse(spec.additionalConfig.bucketPolicy) as { Statement: { Sid: string }[] }).Statement;
      // A live grant's RGW user may read too (issue #13 §2): today only no. 181's, by sr-2026-001 until 2027-03-10.
      const sids = statements.map((statement) => statement.Sid);
      expect(sids.filter((sid) => !sid.startsWith('Grant'))).toEqual(['TlsOnly', 'PlatformSetsVersioning']);
      if (!metadata.name.startsWith('s181-')) expect(sids).toHaveLength(2);
    }
  });

  it("does not version the centers' backup buckets, whose retention Velero and barman enforce by deleting", () => {
    const backups = plan.resources.filter((resource) => resource.type === CLAIM && !systemClaims().includes(resource));
    expect(backups.map((claim) => (claim.inputs as unknown as ClaimInputs).spec.bucketName).sort()).toEqual([
      'envcloud-backups-primary',
      'envcloud-backups-remote',
      'envcloud-backups-same-city',
    ]);
    const versioned = new Set(
      plan.resources.filter((resource) => resource.type === VERSIONING).map((resource) => resource.inputs.bucket),
    );
    for (const claim of backups)
      expect(versioned.has((claim.inputs as unknown as ClaimInputs).spec.bucketName)).toBe(false);
  });
});

describe('a kubeconfig stack that gives the platform object store user its keys', () => {
  it('signs with them as secrets, never in the plan, instead of the profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'envcloud-objects-'));
    try {
      writeFileSync(join(dir, 'Pulumi.yaml'), readFileSync(join(root, 'Pulumi.yaml'), 'utf8'));
      const shipped = readFileSync(join(root, 'Pulumi.onprem.yaml'), 'utf8');
      // Encrypted in a real stack; offline, a secret stands in for its decrypted value.
      const keys = [
        '  envcloud:objectStoreUser:',
        '    accessKeyId: { secure: v1:b2ZmbGluZQ==:c3RhbmQtaW4= }',
        '    secretAccessKey: { secure: v1:b2ZmbGluZQ==:c3RhbmQtaW4= }',
        '',
      ].join('\n');
      writeFileSync(join(dir, 'Pulumi.onprem.yaml'), `${shipped}${keys}`);
      const manifests = (await runStackOffline(root, 'onprem')).systems;
      const run = await runStackOffline(dir, 'onprem', { manifests });
      const providers = toPlan('onprem', run.registrations).resources.filter(
        (resource) => resource.type === 'pulumi:providers:aws',
      );
      expect(providers).toHaveLength(3);
      for (const provider of providers) {
        expect(provider.inputs).not.toHaveProperty('profile');
        expect(provider.inputs).toHaveProperty('accessKey');
        expect(JSON.stringify(provider.inputs)).not.toContain('v1:');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
});
