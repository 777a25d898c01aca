// The parsing behind data-access-follows-grants' credential paths, on hand-made objects rather than a
// rendered plan: which bucket actions read data, how a statement's principal names RGW users, which
// provider labels count, and which roles a cluster keeps. The plan-level behaviour is in
// tests/sharing/credential-policy.test.ts; these pin the edges a plan of the shipped manifests never has.
import type { PolicyResource } from '@pulumi/policy';
import { ACCESS_PROVIDER_LABEL } from '../../components/grant-credentials';
import {
  BUCKET_CLAIM_TYPE,
  DATABASE_CLUSTER_TYPE,
  OBJECT_USER_TYPE,
  credentialPaths,
  isCredential,
} from '../../policies/seed/data-access-credentials';
import type { Consumer } from '../../policies/seed/data-access';
import { planned } from './support';

const PREFIX = 'envcloud.mee.gov.cn';
const OWNER = { [`${PREFIX}/system-number`]: '181', [`${PREFIX}/system`]: 's181-sjcsyjhpt' };
const READER = { [`${PREFIX}/system-number`]: '49', [`${PREFIX}/system`]: 's049-gkzdwryzdjkyjcsjkxt' };

function resource(type: string, name: string, props: Record<string, unknown>): PolicyResource {
  return planned(type, name, props) as unknown as PolicyResource;
}

/** An RGW user marked as reading system `provider`'s data, labelled as system 49's. */
function user(name: string, provider: string | undefined, metadataName: string | undefined = name): PolicyResource {
  const labels = { ...READER, ...(provider === undefined ? {} : { [ACCESS_PROVIDER_LABEL]: provider }) };
  return resource(OBJECT_USER_TYPE, name, { metadata: { name: metadataName, labels } });
}

function claim(policy: unknown, labels: Record<string, string> = OWNER): PolicyResource {
  const bucketPolicy = typeof policy === 'string' || policy === undefined ? policy : JSON.stringify(policy);
  return resource(BUCKET_CLAIM_TYPE, 'claim', { metadata: { labels }, spec: { additionalConfig: { bucketPolicy } } });
}

function allow(Action: unknown, Principal: unknown = '*'): PolicyResource {
  return claim({ Statement: [{ Effect: 'Allow', Principal, Action }] });
}

function cluster(roles: unknown, labels: Record<string, string> = OWNER): PolicyResource {
  return resource(DATABASE_CLUSTER_TYPE, 'db', { metadata: { labels }, spec: { managed: { roles } } });
}

describe('which objects are credentials', () => {
  it.each([
    ['an object read', true, 's3:GetObject'],
    ['every action', true, 's3:*'],
    ['a list of actions of which one reads data', true, ['s3:GetBucketVersioning', 's3:ListBucket']],
    ['reading a bucket’s configuration', false, 's3:GetBucketVersioning'],
    ['setting a bucket’s policy', false, 's3:PutBucketPolicy'],
    ['configuration actions only', false, ['s3:GetBucketAcl', 's3:PutBucketTagging']],
    ['a configuration action with a wildcard, which may reach more than configuration', true, 's3:GetBucketPolicy*'],
    ['another service’s action ending like a configuration one', true, 'xs3:GetBucketAcl'],
    ['no action at all', false, undefined],
  ])('a bucket statement allowing %s is a credential: %s', (_what, expected, action) => {
    expect(isCredential(allow(action))).toBe(expected);
  });

  it.each([
    ['a Deny', { Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:GetObject' }] }],
    ['a statement with no effect', { Statement: [{ Principal: '*', Action: 's3:GetObject' }] }],
    ['a policy with no statements', {}],
    ['a policy that is not JSON', '{"Statement": ['],
    ['no policy', undefined],
    ['a policy of null', 'null'],
    ['a policy that is a number', '5'],
    ['a policy whose statements are no objects', { Statement: ['Allow', null, 7] }],
    [
      'a policy given as a list of one JSON text, not as text',
      [JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] })],
    ],
    ['no additional config', 'no additional config'],
    ['no spec', 'no spec'],
  ])('a bucket with %s is none', (what, policy) => {
    const bucket = claim(policy);
    if (what === 'no additional config') bucket.props.spec = {};
    if (what === 'no spec') delete bucket.props.spec;
    expect(isCredential(bucket)).toBe(false);
    expect(credentialPaths([bucket])).toEqual([]);
  });

  it('reads a policy whose Statement is one statement, not a list, as IAM’s grammar allows', () => {
    const single = claim({ Statement: { Effect: 'Allow', Principal: '*', Action: 's3:GetObject' } });
    expect(isCredential(single)).toBe(true);
    expect(credentialPaths([single]).map((path) => path.consumer)).toEqual([consumer('everyone')]);
  });

  it('reads a policy written as an object, not as the JSON text Rook takes, for what it says', () => {
    const bucket = claim(undefined);
    bucket.props.spec.additionalConfig.bucketPolicy = {
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }],
    };
    expect(isCredential(bucket)).toBe(true);
  });

  it('reads an action that is no text as reading data', () => {
    expect(isCredential(allow([7]))).toBe(true);
  });

  it('a bucket of no system is none, whatever its policy lets read', () => {
    expect(isCredential(claim({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] }, {}))).toBe(
      false,
    );
  });

  it.each([
    ['a role to exist', true, [{ name: 'reporting' }]],
    [
      'a role to exist beside an absent one',
      true,
      [
        { name: 'old', ensure: 'absent' },
        { name: 'new', ensure: 'present' },
      ],
    ],
    ['only absent roles', false, [{ name: 'old', ensure: 'absent' }]],
    ['no roles', false, []],
    ['no managed roles at all', false, undefined],
  ])('a system’s cluster keeping %s is a credential: %s', (_what, expected, roles) => {
    expect(isCredential(cluster(roles))).toBe(expected);
  });

  it('a cluster of no system is none, whatever roles it keeps', () => {
    expect(isCredential(cluster([{ name: 'reporting' }], {}))).toBe(false);
  });

  it('an RGW user is one when it names a provider, whether or not it belongs to a system', () => {
    expect(isCredential(user('u', '181'))).toBe(true);
    expect(isCredential(user('u', undefined))).toBe(false);
    const bare = resource(OBJECT_USER_TYPE, 'u', { metadata: { labels: { [ACCESS_PROVIDER_LABEL]: '181' } } });
    expect(isCredential(bare)).toBe(true);
  });

  it('another kind of object of a system is none, even one carrying a bucket policy or roles', () => {
    const spec = {
      additionalConfig: {
        bucketPolicy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] }),
      },
      managed: { roles: [{ name: 'reporting' }] },
    };
    expect(isCredential(resource('kubernetes:core/v1:Secret', 's', { metadata: { labels: OWNER }, spec }))).toBe(false);
  });
});

/** A consumer as the tests write it: `system 49`, or what a path to no system names. */
function consumer(text: string): Consumer {
  return text === 'system 49'
    ? { kind: 'system', number: 49, slug: 's049-gkzdwryzdjkyjcsjkxt' }
    : { kind: 'unnamed', what: text };
}

describe('the paths the credentials open', () => {
  it.each([
    ['a positive number', [181], '181'],
    ['one', [1], '1'],
    ['zero', [], '0'],
    ['a negative number', [], '-3'],
    ['a fraction', [], '1.5'],
    ['no number', [], 'abc'],
  ])('an RGW user whose provider label is %s opens paths into %j', (_what, expected, provider) => {
    const paths = credentialPaths([user('u', provider)]);
    expect(paths.map((path) => path.provider.number)).toEqual(expected);
  });

  it('an RGW user reads as the system its labels name, else as a user no grant names', () => {
    const marked = user('reader', '181');
    expect(credentialPaths([marked])).toEqual([
      {
        provider: { number: 181, slug: '' },
        consumer: { kind: 'system', number: 49, slug: 's049-gkzdwryzdjkyjcsjkxt' },
        via: marked,
      },
    ]);
    const bare = resource(OBJECT_USER_TYPE, 'bare', { metadata: { labels: { [ACCESS_PROVIDER_LABEL]: '181' } } });
    expect(credentialPaths([bare]).map((path) => path.consumer)).toEqual([
      { kind: 'unnamed', what: 'the RGW user bare' },
    ]);
  });

  it('an RGW user with no name in its metadata is known by its resource name', () => {
    const unnamed = user('by-resource', undefined, undefined);
    const paths = credentialPaths([unnamed, allow('s3:GetObject', { AWS: 'arn:aws:iam:::user/by-resource' })]);
    expect(paths.map((path) => path.consumer)).toEqual([
      { kind: 'system', number: 49, slug: 's049-gkzdwryzdjkyjcsjkxt' },
    ]);
  });

  it.each([
    ['an ARN string', { AWS: 'arn:aws:iam:::user/reader' }, ['system 49']],
    [
      'a list of ARNs',
      { AWS: ['arn:aws:iam:::user/reader', 'arn:aws:iam:::user/other'] },
      ['system 49', 'the RGW user other'],
    ],
    ['an ARN with an account', { AWS: 'arn:aws:iam::123456789012:user/reader' }, ['system 49']],
    ['a bare ARN, not in an AWS field', 'arn:aws:iam:::user/reader', ['system 49']],
    ['a user id, not an ARN', { AWS: 'reader' }, ['system 49']],
    [
      'something only ending like an ARN',
      { AWS: 'xarn:aws:iam:::user/reader' },
      ['the RGW user xarn:aws:iam:::user/reader'],
    ],
    ['everyone', '*', ['everyone']],
    ['everyone, in an AWS field', { AWS: '*' }, ['everyone']],
    ['everyone among named users', { AWS: ['arn:aws:iam:::user/reader', '*'] }, ['everyone']],
    ['an empty list', { AWS: [] }, ['everyone']],
    ['no AWS field', { Service: 'x' }, ['everyone']],
    ['null', null, ['everyone']],
    ['no principal', undefined, ['everyone']],
    ['a list with an entry that is no text', { AWS: ['arn:aws:iam:::user/reader', 7] }, ['everyone']],
  ])('a bucket statement whose principal is %s opens a path to each user', (_what, principal, expected) => {
    const statement = {
      Effect: 'Allow',
      Action: 's3:GetObject',
      ...(principal === undefined ? {} : { Principal: principal }),
    };
    const paths = credentialPaths([user('reader', undefined), claim({ Statement: [statement] })]);
    expect(paths.map((path) => [path.provider, path.via.name])).toEqual(
      expected.map(() => [{ number: 181, slug: 's181-sjcsyjhpt' }, 'claim']),
    );
    expect(paths.map((path) => path.consumer)).toEqual(expected.map(consumer));
  });

  it('knows an RGW user by the name in its metadata, and one with no metadata by its resource name', () => {
    const renamed = user('resource-name', undefined, 'reader');
    const bare = resource(OBJECT_USER_TYPE, 'bare', {});
    const read = (name: string) => allow('s3:GetObject', { AWS: `arn:aws:iam:::user/${name}` });
    const paths = credentialPaths([renamed, bare, read('reader'), read('resource-name'), read('bare')]);
    expect(paths.map((path) => path.consumer)).toEqual([
      consumer('system 49'),
      consumer('the RGW user resource-name'),
      consumer('the RGW user bare'),
    ]);
  });

  it('names only RGW users: a statement naming another object’s name reads as a user no grant names', () => {
    const paths = credentialPaths([cluster([]), allow('s3:GetObject', { AWS: 'arn:aws:iam:::user/db' })]);
    expect(paths.map((path) => path.consumer)).toEqual([{ kind: 'unnamed', what: 'the RGW user db' }]);
  });

  it('a role named for a grant reads as its consumer; another, or one with no name, as a role no grant names', () => {
    const roles = [
      { name: 's057_grant_sr_2099_001', ensure: 'present' },
      { name: 's049_grant_sr_2026_001', ensure: 'absent' },
      { name: 'reporting' },
      {},
    ];
    const paths = credentialPaths([cluster(roles)]);
    expect(paths.map((path) => path.provider)).toEqual(Array(3).fill({ number: 181, slug: 's181-sjcsyjhpt' }));
    expect(paths.map((path) => path.consumer)).toEqual([
      { kind: 'system', number: 57, slug: '' },
      { kind: 'unnamed', what: 'the database role reporting' },
      { kind: 'unnamed', what: 'the database role ' },
    ]);
  });

  it('opens nothing through objects of no system, or of a kind that holds no credential', () => {
    const read = { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] };
    const other = resource('kubernetes:core/v1:Secret', 's', {
      metadata: { labels: OWNER },
      spec: { managed: { roles: [{ name: 'x' }] } },
    });
    expect(credentialPaths([claim(read, {}), cluster([{ name: 'reporting' }], {}), other])).toEqual([]);
  });

  it('reads a cluster’s roles only, even when it carries a bucket policy', () => {
    const db = cluster([{ name: 'reporting' }]);
    db.props.spec.additionalConfig = {
      bucketPolicy: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }] }),
    };
    expect(credentialPaths([db]).map((path) => path.consumer)).toEqual([consumer('the database role reporting')]);
  });
});
