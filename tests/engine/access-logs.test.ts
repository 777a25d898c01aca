// The pure parts of bucket access logging and database redundancy, tested without mocks.
import { accessLogBucketPolicy, S3_LOG_DELIVERY_PRINCIPAL } from '../../components/access-log-bucket';
import { accountOfArn } from '../../components/aws-naming';
import { accessLogPrefix, needsMultiAz } from '../../components/aws-system-data';
import { trailEventSelectors } from '../../components/trail-selectors';
import { happyManifest } from '../support/manifests';

describe('the access log bucket policy', () => {
  const policy = JSON.parse(
    accessLogBucketPolicy('arn:aws-cn:s3:::primary-access-logs', '123456789012', 'cn-north-1'),
  ) as { Statement: Record<string, any>[] };
  const statement = (sid: string) => policy.Statement.find((candidate) => candidate.Sid === sid)!;
  it('lets S3 log delivery write, for this account’s buckets in the aws-cn partition only', () => {
    expect(statement('S3ServerAccessLogDelivery')).toMatchObject({
      Effect: 'Allow',
      Principal: { Service: S3_LOG_DELIVERY_PRINCIPAL },
      Action: 's3:PutObject',
      Resource: 'arn:aws-cn:s3:::primary-access-logs/*',
      Condition: {
        StringEquals: { 'aws:SourceAccount': '123456789012' },
        ArnLike: { 'aws:SourceArn': 'arn:aws-cn:s3:::*' },
      },
    });
    expect(
      JSON.parse(accessLogBucketPolicy('arn:aws:s3:::logs', '1', 'eu-west-1')).Statement[1].Condition.ArnLike[
        'aws:SourceArn'
      ],
    ).toBe('arn:aws:s3:::*');
  });
  it('denies plain HTTP, writes by anyone but log delivery, and deleting records', () => {
    expect(statement('TlsOnly').Condition).toEqual({ Bool: { 'aws:SecureTransport': 'false' } });
    expect(statement('OnlyLogDeliveryWrites')).toMatchObject({
      Effect: 'Deny',
      Action: 's3:PutObject',
      Condition: { StringNotEquals: { 'aws:PrincipalServiceName': S3_LOG_DELIVERY_PRINCIPAL } },
    });
    expect(statement('RecordsNotDeleted')).toMatchObject({
      Effect: 'Deny',
      Action: ['s3:DeleteObject', 's3:DeleteObjectVersion'],
    });
  });
  it('takes the account from the center key’s ARN', () => {
    expect(accountOfArn('arn:aws-cn:kms:cn-north-1:123456789012:key/abc')).toBe('123456789012');
    expect(() => accountOfArn('arn:aws-cn:s3:::bucket')).toThrow('not an ARN with an account');
  });
});

describe('the audit trail’s event selectors', () => {
  it('keep management events, record every S3 object event but the evidence buckets’ writes, and those buckets’ reads', () => {
    const [management, objects, reads] = trailEventSelectors(['arn:aws-cn:s3:::trail', 'arn:aws-cn:s3:::logs']);
    expect(management!.fieldSelectors).toEqual([{ field: 'eventCategory', equals: ['Management'] }]);
    expect(objects!.fieldSelectors).toEqual([
      { field: 'eventCategory', equals: ['Data'] },
      { field: 'resources.type', equals: ['AWS::S3::Object'] },
      { field: 'resources.ARN', notStartsWiths: ['arn:aws-cn:s3:::trail/', 'arn:aws-cn:s3:::logs/'] },
    ]);
    expect(reads!.fieldSelectors).toContainEqual({ field: 'readOnly', equals: ['true'] });
    expect(reads!.fieldSelectors).toContainEqual({
      field: 'resources.ARN',
      startsWiths: ['arn:aws-cn:s3:::trail/', 'arn:aws-cn:s3:::logs/'],
    });
  });
  it('exclude nothing when there is no evidence bucket', () => {
    expect(trailEventSelectors([]).map((selector) => selector.name)).toEqual(['management-events', 's3-object-events']);
  });
});

describe('a system’s data', () => {
  const withProtection = (mlpsLevel: number, tier: 'gold' | 'silver' | 'bronze') => {
    const manifest = happyManifest();
    manifest.spec.protection = {
      ...manifest.spec.protection,
      mlpsLevel,
      backup: { ...manifest.spec.protection.backup, tier },
    };
    return manifest;
  };
  it('runs multi-AZ at MLPS level 3 whatever the tier, and for gold; level 2 below gold does not', () => {
    expect(needsMultiAz(withProtection(3, 'bronze'))).toBe(true);
    expect(needsMultiAz(withProtection(3, 'silver'))).toBe(true);
    expect(needsMultiAz(withProtection(2, 'gold'))).toBe(true);
    expect(needsMultiAz(withProtection(2, 'silver'))).toBe(false);
  });
  it('logs a bucket under its identity slug, which a rename keeps', () => {
    const manifest = happyManifest();
    const before = accessLogPrefix(manifest, 'files');
    manifest.metadata.previousSlugs = [manifest.metadata.slug];
    manifest.metadata.slug = `${manifest.metadata.slug}-renamed`;
    expect(accessLogPrefix(manifest, 'files')).toBe(before);
    expect(before).toMatch(/^systems\/.+\/files\/$/);
  });
});
