// Values not known during a preview, read through @pulumi/policy's own proxy (the one the analyzer
// server wraps every resource's props in): a policy judges everything known and leaves only the
// unknown subject open. The same cases run over gRPC in tests/protocol/policy-pack.test.ts.
import type { PolicyResource, ResourceValidation, StackValidationArgs } from '@pulumi/policy';
import { rdsEncryptedPrivateProtected, s3TlsOnly } from '../../policies/mlps/aws-data';
import { isUnknownValue, JUDGED_EVERYTHING_KNOWN } from '../../policies/unknowns';
import { unknownProxy as proxy } from './support';

const UNKNOWN = proxy.unknownStringValue;

function resource(
  type: string,
  name: string,
  props: Record<string, unknown>,
  dependencies: PolicyResource[] = [],
): PolicyResource {
  return {
    type,
    name,
    urn: `urn:pulumi:test::envcloud::${type}::${name}`,
    props: proxy.unknownCheckingProxy(props),
    opts: {
      protect: false,
      ignoreChanges: [],
      aliases: [],
      customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
      additionalSecretOutputs: [],
    },
    dependencies,
    propertyDependencies: {},
    isType: () => false,
    asType: () => undefined,
  } as PolicyResource;
}

/** Runs a validation; answers what it reported and the unknown note it ended with. */
async function run(
  validate: () => unknown,
  found: { message: string; urn?: string }[],
): Promise<{ found: typeof found; note?: string }> {
  try {
    await validate();
    return { found };
  } catch (error) {
    if (!isUnknownValue(error)) throw error;
    return { found, note: error.message };
  }
}

const TLS_POLICY = JSON.stringify({
  Statement: [{ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
});

describe('a value not known during a preview', () => {
  it('leaves one bucket open in s3-tls-only and still judges the buckets after it', async () => {
    const first = resource('aws:s3/bucket:Bucket', 'first', {});
    const second = resource('aws:s3/bucket:Bucket', 'second', {});
    const resources = [
      first,
      resource('aws:s3/bucketPolicy:BucketPolicy', 'first-policy', { policy: UNKNOWN }, [first]),
      second,
      resource('aws:s3/bucketPolicy:BucketPolicy', 'second-policy', { policy: '{}' }, [second]),
    ];
    const found: { message: string; urn?: string }[] = [];
    const args = {
      resources,
      stackTags: new Map(),
      getConfig: () => ({}),
      notApplicable: () => undefined as never,
    } as unknown as StackValidationArgs;
    const result = await run(
      () => s3TlsOnly.validateStack(args, (message, urn) => found.push({ message, ...(urn ? { urn } : {}) })),
      found,
    );
    expect(result.found.map((finding) => finding.urn)).toEqual([second.urn]);
    expect(result.note).toBe(`${JUDGED_EVERYTHING_KNOWN}: bucket first (.policy)`);
  });

  it('passes a bucket whose known policy denies plain HTTP, and leaves nothing open', async () => {
    const bucket = resource('aws:s3/bucket:Bucket', 'b', {});
    const resources = [
      bucket,
      resource('aws:s3/bucketPolicy:BucketPolicy', 'b-policy', { policy: TLS_POLICY }, [bucket]),
    ];
    const found: { message: string }[] = [];
    const args = {
      resources,
      stackTags: new Map(),
      getConfig: () => ({}),
      notApplicable: () => undefined as never,
    } as unknown as StackValidationArgs;
    expect(await run(() => s3TlsOnly.validateStack(args, (message) => found.push({ message })), found)).toEqual({
      found: [],
    });
  });

  it('does not hide a public, unprotected database behind an unknown key ARN', async () => {
    const db = resource('aws:rds/instance:Instance', 'db', {
      storageEncrypted: true,
      kmsKeyId: UNKNOWN,
      publiclyAccessible: true,
      deletionProtection: false,
    });
    const found: { message: string }[] = [];
    const validate = rdsEncryptedPrivateProtected.validateResource as ResourceValidation;
    const args = {
      type: db.type,
      name: db.name,
      urn: db.urn,
      props: db.props,
      opts: db.opts,
      isType: (cls: { __pulumiType?: string }) => cls.__pulumiType === db.type,
      getConfig: () => ({}),
      notApplicable: () => undefined as never,
    };
    const result = await run(() => validate(args as never, (message) => found.push({ message })), found);
    expect(result.found.map((finding) => finding.message)).toEqual([
      'the database must not be publicly accessible',
      'the database must have deletion protection',
    ]);
    expect(result.note).toBe(`${JUDGED_EVERYTHING_KNOWN}: db: encryption (.kmsKeyId)`);
  });
});
