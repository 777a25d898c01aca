// Bucket versioning on the ministry's clusters (#12): the pure parts, without mocks. The plan they make
// is checked in tests/engine/onprem-versioning.test.ts.
import type * as k8s from '@pulumi/kubernetes';
import * as pulumi from '@pulumi/pulumi';
import {
  OBJECT_STORE_PROFILE,
  objectStoreCredentials,
  objectStoreProviderArgs,
  objectStoreProviderName,
  rgwUserArn,
  systemBucketPolicy,
  type ObjectStoreAccess,
} from '../../components/onprem-object-stores';
import { tlsOnlyPolicy } from '../../components/onprem-center-data';
import { CLAIM_BOUND, PLATFORM_OBJECT_USER, WAIT_FOR_ANNOTATION } from '../../components/onprem-naming';
import { systemBucketName, systemDataProblem } from '../../components/onprem-system-data';
import { clone, happyManifest } from '../support/manifests';

interface Statement {
  Sid: string;
  Effect: string;
  Principal: unknown;
  Action: unknown;
  Resource: string[];
  Condition?: unknown;
}

describe("a system bucket's policy", () => {
  const policy = JSON.parse(systemBucketPolicy('envcloud-s027-files', PLATFORM_OBJECT_USER)) as {
    Version: string;
    Statement: Statement[];
  };

  it('keeps the TLS-only denial of every bucket, unchanged', () => {
    const tls = JSON.parse(tlsOnlyPolicy('envcloud-s027-files')) as { Version: string; Statement: Statement[] };
    expect(policy.Version).toBe(tls.Version);
    expect(policy.Statement[0]).toEqual(tls.Statement[0]);
  });

  it('lets the platform user read and set the versioning of that bucket, and nothing else', () => {
    expect(policy.Statement).toHaveLength(2);
    expect(policy.Statement[1]).toEqual({
      Sid: 'PlatformSetsVersioning',
      Effect: 'Allow',
      Principal: { AWS: ['arn:aws:iam:::user/envcloud-platform'] },
      Action: ['s3:GetBucketVersioning', 's3:PutBucketVersioning'],
      Resource: ['arn:aws:s3:::envcloud-s027-files'],
    });
  });

  it('names an RGW user of the default tenant, and another user when the stack names one', () => {
    expect(rgwUserArn('ops')).toBe('arn:aws:iam:::user/ops');
    const other = JSON.parse(systemBucketPolicy('b', 'ops')) as { Statement: Statement[] };
    expect(other.Statement[1]!.Principal).toEqual({ AWS: ['arn:aws:iam:::user/ops'] });
  });
});

describe("a center's object store as S3", () => {
  it("points @pulumi/aws at the center's gateway, path-style, with none of AWS's own lookups", () => {
    expect(objectStoreProviderArgs('remote')).toEqual({
      region: 'envcloud',
      endpoints: [{ s3: 'https://s3.remote.envcloud.mee.gov.cn' }],
      s3UsePathStyle: true,
      skipCredentialsValidation: true,
      skipRequestingAccountId: true,
      skipMetadataApiCheck: true,
      skipRegionValidation: true,
    });
    expect(objectStoreProviderName('same-city')).toBe('same-city-objects');
  });

  it('signs with the envcloud-rgw profile unless the stack gives both keys, which stay secret', () => {
    expect(OBJECT_STORE_PROFILE).toBe('envcloud-rgw');
    expect(objectStoreCredentials()).toEqual({ profile: 'envcloud-rgw' });
    expect(objectStoreCredentials({ user: 'u', profile: 'other' })).toEqual({ profile: 'other' });
    // One key alone is no credential (the config schema refuses it): the profile still decides.
    expect(objectStoreCredentials({ accessKeyId: 'AK' })).toEqual({ profile: 'envcloud-rgw' });
    const keys = objectStoreCredentials({ accessKeyId: 'AK', secretAccessKey: 'SK', profile: 'ignored' });
    expect(Object.keys(keys).sort()).toEqual(['accessKey', 'secretKey']);
    expect(pulumi.Output.isInstance(keys.accessKey)).toBe(true);
  });

  it('makes the claim wait until Rook has bound it (the kubernetes provider’s await annotation)', () => {
    expect({ [WAIT_FOR_ANNOTATION]: CLAIM_BOUND }).toEqual({
      'pulumi.com/waitFor': 'jsonpath={.status.phase}=Bound',
    });
  });
});

describe('OnpremSystemData args', () => {
  const withBuckets = () => {
    const manifest = clone(happyManifest());
    manifest.spec.protection.backup.tier = 'silver';
    manifest.spec.placement = { ...manifest.spec.placement!, storage: { object: [{ name: 'files', sizeGiB: 10 }] } };
    return manifest;
  };
  const roles = ['primary', 'same-city', 'remote'] as const;
  const providers = Object.fromEntries(roles.map((role) => [role, {} as k8s.Provider]));
  const centers = roles.map((role) => ({ name: role, role }));

  it('need the primary object store when the system declares buckets', () => {
    expect(systemDataProblem({ manifest: withBuckets(), providers, centers })).toMatch(
      /^args\.objectStores has no primary center, which sets the versioning of system 900's buckets/,
    );
    const objectStores = { providers: { primary: {} }, user: PLATFORM_OBJECT_USER } as ObjectStoreAccess;
    expect(systemDataProblem({ manifest: withBuckets(), providers, centers, objectStores })).toBeUndefined();
  });

  it('name the bucket deterministically, by the system number, never generated', () => {
    expect(systemBucketName(withBuckets(), 'files')).toBe('envcloud-s900-files');
  });
});
