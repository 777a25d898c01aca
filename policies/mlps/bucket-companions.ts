// A bucket's protections are separate resources in the AWS provider (v7): encryption, versioning and the
// public access block each configure one bucket. Judged one by one, a bucket created without them
// passes in silence, since there is nothing to judge. So these policies are stack policies: every
// bucket must have its companion, and every companion must be right.
import type { PolicyResource, ReportViolation, StackValidationArgs } from '@pulumi/policy';
import { dependsOn, ofType } from '../cluster';
import { judgeAll } from '../unknowns';
import { t } from '../../document/i18n';

export const BUCKET_TYPE = 'aws:s3/bucket:Bucket';

export interface BucketCompanion {
  /** The companion resource type, `aws:s3/bucketVersioning:BucketVersioning`. */
  type: string;
  /** What a bucket lacks without it, for the message: a `policy.part.companion.*` entry in English. */
  what: string;
  /** Judges one companion's props; `report` files the finding on that companion; `buckets` are the ones it configures. */
  judge(props: PolicyResource['props'], report: (message: string) => void, buckets: readonly PolicyResource[]): void;
}

/** The companions that configure `bucket`: they take its name or id as an input, so they depend on it. */
export function companionsOf(bucket: PolicyResource, companions: readonly PolicyResource[]): PolicyResource[] {
  return companions.filter((companion) => dependsOn(companion, bucket));
}

/**
 * Every bucket has the companion, and every companion is judged. A companion with an unknown value
 * (a key ARN created in the same run) leaves only that companion open.
 */
export function judgeBucketCompanions(
  args: StackValidationArgs,
  reportViolation: ReportViolation,
  companion: BucketCompanion,
): void {
  judgeAll((gaps) => {
    const companions = ofType(args.resources, companion.type);
    const buckets = ofType(args.resources, BUCKET_TYPE);
    for (const bucket of buckets) {
      if (companionsOf(bucket, companions).length === 0)
        reportViolation(
          t('en', 'policy.finding.bucket-companions.missing', { name: bucket.name, companion: companion.what }),
          bucket.urn,
        );
    }
    for (const configuration of companions) {
      const configured = buckets.filter((bucket) => dependsOn(configuration, bucket));
      gaps.judge(configuration.name, () =>
        companion.judge(configuration.props, (message) => reportViolation(message, configuration.urn), configured),
      );
    }
  });
}
