// Bucket versioning on the ministry's own clusters (#12): a system's bucket is an ObjectBucketClaim, whose
// versioning a BucketVersioning sets over S3 through the center's object store (OnpremSystemData). They are
// tied by the bucket's name, which the claim requests (`spec.bucketName`) and the versioning configures
// (`bucket`). A system claim without an Enabled versioning of its bucket fails, at the system's manifest.
import type { PolicyResource, ReportViolation } from '@pulumi/policy';
import { systemOf } from '../../components/resource-facts';
import { ofType } from '../cluster';
import type { PreviewGaps } from '../unknowns';
import { msg, t } from '../../document/i18n';

export const BUCKET_CLAIM_TYPE = 'kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim';
export const VERSIONING_TYPE = 'aws:s3/bucketVersioning:BucketVersioning';

/** Whether a resource is a system's bucket claim (a platform claim, such as a center's backup bucket, is not). */
export function isSystemClaim(resource: { type: string; props: Record<string, any> }): boolean {
  return resource.type === BUCKET_CLAIM_TYPE && systemOf(resource.props) !== undefined;
}

/**
 * Each system claim's bucket has an Enabled versioning. A versioning whose bucket or status is not
 * known yet may be the one a claim lacks: such a claim is left open, never failed.
 */
export function judgeClaimVersioning(
  resources: readonly PolicyResource[],
  gaps: PreviewGaps,
  reportViolation: ReportViolation,
): void {
  const claims = ofType(resources, BUCKET_CLAIM_TYPE).filter((claim) =>
    gaps.read(claim.name, () => isSystemClaim(claim), false),
  );
  if (claims.length === 0) return;
  const enabled = new Set<string>();
  let open = false;
  for (const versioning of ofType(resources, VERSIONING_TYPE)) {
    let known = false;
    gaps.judge(versioning.name, () => {
      const { bucket } = versioning.props as { bucket?: unknown };
      if (versioning.props.versioningConfiguration?.status === 'Enabled' && typeof bucket === 'string')
        enabled.add(bucket);
      known = true;
    });
    if (!known) open = true;
  }
  for (const claim of claims) {
    gaps.judge(claim.name, () => {
      const bucket = String(claim.props.spec?.bucketName ?? '');
      if (enabled.has(bucket) || (open && gaps.leaveOpen(claim.name, 'a bucket versioning is not known yet'))) return;
      const system = systemOf(claim.props)!;
      reportViolation(
        t('en', 'policy.finding.s3-versioning-enabled.claim', {
          claim: claim.name,
          number: system.number,
          slug: system.slug,
          bucket: bucket || msg('policy.part.no-bucket-name'),
        }),
        claim.urn,
      );
    });
  }
}
