// s3-versioning-enabled on the ministry's clusters (#12): each system's bucket claim needs an Enabled
// BucketVersioning of the bucket it requests. From the pieces OnpremSystemData builds for two systems,
// one piece is removed or made unknown at a time.
import { evaluateStackPolicy, judgeStack, type PlannedResource } from '../../engine/policy-run';
import { s3VersioningEnabled } from '../../policies/mlps/aws-audit';
import { isUnknownValue, JUDGED_EVERYTHING_KNOWN } from '../../policies/unknowns';
import { planned, unknownProxy as proxy } from './support';

const UNKNOWN = proxy.unknownStringValue;
const CLAIM = 'kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim';
const VERSIONING = 'aws:s3/bucketVersioning:BucketVersioning';

/** A system's claim of `bucket` in the primary cluster and its versioning through the primary object store. */
function systemBucket(number: number, slug: string, bucket: string): [PlannedResource, PlannedResource] {
  const name = `envcloud-s${String(number).padStart(3, '0')}-${bucket}`;
  const claim = planned(
    CLAIM,
    `${slug}-data-store-${bucket}`,
    {
      metadata: {
        name: `s${String(number).padStart(3, '0')}-x-${bucket}`,
        labels: { 'envcloud.mee.gov.cn/system': slug, 'envcloud.mee.gov.cn/system-number': String(number) },
      },
      spec: { bucketName: name, storageClassName: 'envcloud-objects' },
    },
    { center: 'primary-k8s' },
  );
  const versioning = planned(
    VERSIONING,
    `${slug}-data-store-${bucket}-versioning`,
    { bucket: name, versioningConfiguration: { status: 'Enabled' } },
    { center: 'primary-objects', dependencies: [claim.urn] },
  );
  return [claim, versioning];
}

/** Two systems' buckets, and a center's backup bucket, a platform claim nobody versions. */
function happy(): PlannedResource[] {
  const backups = planned(
    CLAIM,
    'primary-data-backup-bucket',
    { metadata: { name: 'envcloud-backups' }, spec: { bucketName: 'envcloud-backups-primary' } },
    { center: 'primary-k8s' },
  );
  return [...systemBucket(27, 's027-a', 'files'), ...systemBucket(41, 's041-b', 'images'), backups];
}

/**
 * Runs the policy as the analyzer does, over props wrapped in @pulumi/policy's unknown-checking proxy:
 * answers what it reported and the open note it ended with.
 */
async function judgeWithUnknowns(resources: PlannedResource[]) {
  const found: { message: string; urn?: string }[] = [];
  try {
    await s3VersioningEnabled.validateStack(
      {
        resources: resources.map((resource) => ({
          ...resource,
          props: proxy.unknownCheckingProxy(resource.props),
          dependencies: [],
          propertyDependencies: {},
        })) as never,
        stackTags: new Map(),
        getConfig: () => ({}) as never,
        notApplicable: () => undefined as never,
      },
      (message, urn) => found.push({ message, ...(urn ? { urn } : {}) }),
    );
    return { found };
  } catch (error) {
    if (!isUnknownValue(error)) throw error;
    return { found, note: error.message };
  }
}

describe('s3-versioning-enabled on bucket claims', () => {
  it('passes the claims OnpremSystemData builds, and judges them (not not-applicable)', async () => {
    expect(await judgeStack(s3VersioningEnabled, happy())).toEqual({ violations: [], applicable: true });
  });

  it('fails the system whose versioning is gone, at its claim, and only that one', async () => {
    const resources = happy().filter((resource) => resource.name !== 's041-b-data-store-images-versioning');
    const claim = resources.find((resource) => resource.name === 's041-b-data-store-images')!;
    expect(await evaluateStackPolicy(s3VersioningEnabled, resources)).toEqual([
      {
        message: expect.stringMatching(
          /^bucket claim s041-b-data-store-images of system 41 \(s041-b\): its bucket envcloud-s041-images has no Enabled versioning/,
        ),
        urn: claim.urn,
      },
    ]);
  });

  it('fails a claim whose versioning is Suspended or configures another bucket', async () => {
    const suspended = happy().map((resource) =>
      resource.name === 's027-a-data-store-files-versioning'
        ? { ...resource, props: { ...resource.props, versioningConfiguration: { status: 'Suspended' } } }
        : resource,
    );
    const found = await evaluateStackPolicy(s3VersioningEnabled, suspended);
    // The versioning itself is judged (as on AWS), and the claim has no Enabled one.
    expect(found.map((violation) => violation.message)).toEqual([
      'bucket versioning must be Enabled, so overwritten or deleted objects can be restored',
      expect.stringMatching(/^bucket claim s027-a-data-store-files of system 27/),
    ]);
    const elsewhere = happy().map((resource) =>
      resource.name === 's027-a-data-store-files-versioning'
        ? { ...resource, props: { ...resource.props, bucket: 'envcloud-s027-other' } }
        : resource,
    );
    expect((await evaluateStackPolicy(s3VersioningEnabled, elsewhere)).map((violation) => violation.urn)).toEqual([
      happy()[0]!.urn,
    ]);
  });

  it('survives an unknown: a versioning whose bucket is not known leaves the claim lacking one open, never failed', async () => {
    const resources = happy()
      .filter((resource) => resource.name !== 's041-b-data-store-images-versioning')
      .map((resource) =>
        resource.name === 's027-a-data-store-files-versioning'
          ? { ...resource, props: { ...resource.props, bucket: UNKNOWN } }
          : resource,
      );
    const { found, note } = await judgeWithUnknowns(resources);
    expect(found).toEqual([]);
    expect(note).toContain(JUDGED_EVERYTHING_KNOWN);
    expect(note).toContain('s041-b-data-store-images (a bucket versioning is not known yet)');
  });

  it("survives an unknown claim: an unknown bucketName leaves that claim open and still fails the other system's", async () => {
    const resources = happy()
      .filter((resource) => resource.name !== 's041-b-data-store-images-versioning')
      .map((resource) =>
        resource.name === 's027-a-data-store-files'
          ? { ...resource, props: { ...resource.props, spec: { bucketName: UNKNOWN } } }
          : resource,
      );
    const { found, note } = await judgeWithUnknowns(resources);
    expect(found.map((violation) => violation.message)).toEqual([
      expect.stringMatching(/^bucket claim s041-b-data-store-images of system 41/),
    ]);
    expect(note).toContain('s027-a-data-store-files (.spec.bucketName)');
  });

  it('calls a stack with only platform claims not applicable', async () => {
    const platformOnly = happy().filter((resource) => resource.name === 'primary-data-backup-bucket');
    expect(await judgeStack(s3VersioningEnabled, platformOnly)).toMatchObject({
      applicable: false,
      reason: 'nothing to judge: the stack has no bucket, bucket versioning or system bucket claim',
    });
  });
});
