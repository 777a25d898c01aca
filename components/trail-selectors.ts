import type * as aws from '@pulumi/aws';

type Selector = aws.types.input.cloudtrail.TrailAdvancedEventSelector;

/** The S3 object resource type of CloudTrail data events. */
export const S3_OBJECT = 'AWS::S3::Object';

/**
 * The audit trail's advanced event selectors: management events (advanced selectors replace the
 * default, so leaving them out would stop recording them), every S3 object operation in every bucket
 * and region, and only reads of the evidence buckets.
 *
 * `evidenceBucketArns` are the trail's own bucket and the access log bucket it logs into. Writes to
 * them are left out because recording them loops: CloudTrail writes a log file into its bucket, S3
 * logs that request into the access log bucket, a data event on that write goes back into the trail
 * bucket, and so on for ever (AWS calls these recursive events). Those writes are still recorded:
 * the trail bucket's by server access logging, its files are signed (log file validation); the
 * access log bucket accepts writes from S3 log delivery only. Reads of both stay in the trail.
 * Covering all buckets, not a list, also covers buckets that split stacks create later.
 */
export function trailEventSelectors(evidenceBucketArns: readonly string[]): Selector[] {
  const prefixes = evidenceBucketArns.map((arn) => `${arn}/`);
  const s3Data = [
    { field: 'eventCategory', equals: ['Data'] },
    { field: 'resources.type', equals: [S3_OBJECT] },
  ];
  return [
    { name: 'management-events', fieldSelectors: [{ field: 'eventCategory', equals: ['Management'] }] },
    {
      name: 's3-object-events',
      fieldSelectors: [
        ...s3Data,
        ...(prefixes.length > 0 ? [{ field: 'resources.ARN', notStartsWiths: prefixes }] : []),
      ],
    },
    ...(prefixes.length > 0
      ? [
          {
            name: 'evidence-reads',
            fieldSelectors: [
              ...s3Data,
              { field: 'readOnly', equals: ['true'] },
              { field: 'resources.ARN', startsWiths: prefixes },
            ],
          },
        ]
      : []),
  ];
}
