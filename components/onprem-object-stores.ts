// Bucket versioning on the ministry's own clusters (#12). A Rook ObjectBucketClaim cannot declare it, but
// every center's object store (Ceph RGW) speaks the S3 API: envcloud sets it with @pulumi/aws pointed at
// the center's gateway, as a platform RGW user whom each bucket's policy allows to read and set versioning.
// Versioning is bucket metadata, which multisite replicates from the master zone (the primary) to the others.
// Pure functions, testable without mocks; the providers are made by objectStoreProviders.
import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import type { CenterRole } from '../model/topology';
import { OBJECT_ZONE_GROUP, objectEndpoint, PLATFORM_OBJECT_USER } from './onprem-naming';
import { tlsOnlyPolicy, type DataCenter } from './onprem-center-data';
import { GRANT_OBJECT_ACTIONS, type BucketReader } from './grant-credentials';

/**
 * Who signs the S3 calls, as the stack config gives it (`envcloud:objectStoreUser`): the platform RGW
 * user and where its keys are. By default they are the profile `envcloud-rgw` of the AWS shared
 * credentials on the machine that runs `pulumi up`, so the stack file holds no key and no encrypted
 * stand-in a secrets provider would fail to decrypt; a stack may instead give both keys, encrypted.
 */
export interface ObjectStoreUser {
  /** The user's RGW id, which each bucket's policy names. Default: `envcloud-platform` (PLATFORM_OBJECT_USER). */
  user?: string;
  /** The shared-credentials profile holding the user's keys. Default: `envcloud-rgw` (OBJECT_STORE_PROFILE). */
  profile?: string;
  /** The user's S3 access key, set with `pulumi config set --secret`; with `secretAccessKey`, instead of the profile. */
  accessKeyId?: string;
  secretAccessKey?: string;
}

/** The AWS shared-credentials profile that holds the platform RGW user's keys unless the stack gives them. */
export const OBJECT_STORE_PROFILE = 'envcloud-rgw';

/** What OnpremSystemData needs to set its buckets' versioning: an S3 provider per center and the user they sign as. */
export interface ObjectStoreAccess {
  /** The `aws.Provider` of each center's object store, by role; the primary's sets the versioning of the claims it holds. */
  providers: Partial<Record<CenterRole, aws.Provider>>;
  /** The platform user's RGW id, whom each bucket's policy allows to read and set versioning. */
  user: string;
}

/** The principal an RGW bucket policy names a user of the default (empty) tenant by. */
export function rgwUserArn(user: string): string {
  return `arn:aws:iam:::user/${user}`;
}

/**
 * A system bucket's policy: TLS only (tlsOnlyPolicy), and the platform user may read and set the
 * bucket's versioning, nothing else (the claim's owner, the system, keeps every other right). Each
 * reader (a live grant's RGW user, components/grant-credentials.ts) may list the bucket and read its
 * objects, nothing else.
 */
export function systemBucketPolicy(
  bucket: string,
  platformUser: string,
  readers: readonly BucketReader[] = [],
): string {
  const policy = JSON.parse(tlsOnlyPolicy(bucket)) as { Version: string; Statement: object[] };
  return JSON.stringify({
    ...policy,
    Statement: [
      ...policy.Statement,
      {
        Sid: 'PlatformSetsVersioning',
        Effect: 'Allow',
        Principal: { AWS: [rgwUserArn(platformUser)] },
        Action: ['s3:GetBucketVersioning', 's3:PutBucketVersioning'],
        Resource: [`arn:aws:s3:::${bucket}`],
      },
      ...readers.map((reader) => ({
        Sid: reader.sid,
        Effect: 'Allow',
        Principal: { AWS: [rgwUserArn(reader.user)] },
        Action: [...GRANT_OBJECT_ACTIONS],
        Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
      })),
    ],
  });
}

/**
 * The S3 provider settings of a center's object store: its published endpoint, path-style requests,
 * the zone group as region, and none of the AWS account, region or metadata lookups RGW cannot answer.
 */
export function objectStoreProviderArgs(center: string): aws.ProviderArgs {
  return {
    region: OBJECT_ZONE_GROUP,
    endpoints: [{ s3: objectEndpoint(center) }],
    s3UsePathStyle: true,
    skipCredentialsValidation: true,
    skipRequestingAccountId: true,
    skipMetadataApiCheck: true,
    skipRegionValidation: true,
  };
}

/** The provider resource name of a center's object store. */
export function objectStoreProviderName(center: string): string {
  return `${center}-objects`;
}

/** Where the provider finds the platform user's keys: the stack's own (kept secret), else the profile. */
export function objectStoreCredentials(
  user: ObjectStoreUser = {},
): Pick<aws.ProviderArgs, 'accessKey' | 'secretKey' | 'profile'> {
  if (user.accessKeyId !== undefined && user.secretAccessKey !== undefined)
    return { accessKey: pulumi.secret(user.accessKeyId), secretKey: pulumi.secret(user.secretAccessKey) };
  return { profile: user.profile ?? OBJECT_STORE_PROFILE };
}

/** One S3 provider per center, signing as the platform user. */
export function objectStoreProviders(centers: readonly DataCenter[], user: ObjectStoreUser = {}): ObjectStoreAccess {
  const providers = Object.fromEntries(
    centers.map((center) => [
      center.role,
      new aws.Provider(objectStoreProviderName(center.name), {
        ...objectStoreProviderArgs(center.name),
        ...objectStoreCredentials(user),
      }),
    ]),
  ) as Partial<Record<CenterRole, aws.Provider>>;
  return { providers, user: user.user ?? PLATFORM_OBJECT_USER };
}
