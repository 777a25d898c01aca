// The one reader of IAM policy documents the policies share (bucket policies on AWS and RGW, IAM
// policies): a document of any shape a hand-written plan may hold gives its statements or none, and
// never throws, since a policy that threw would stop the pack judging the rest of the stack. Each
// policy that reads one is checked on the same shapes, so a policy with its own parsing cannot creep back.
import * as aws from '@pulumi/aws';
import { iamNoWildcardAdmin, grantsFullAdmin } from '../../policies/mlps/aws-audit';
import { deniesInsecureTransport } from '../../policies/mlps/aws-data';
import { listOf, statementsOf } from '../../policies/iam-document';
import { isCredential } from '../../policies/seed/data-access-credentials';
import { violationsOf } from './support';

const statement = { Effect: 'Allow', Action: '*', Resource: '*' };

/** Documents of shapes IAM would refuse, which a hand-written plan may still hold. */
const HOSTILE: [string, unknown][] = [
  ['text that is not JSON', '{"Statement": ['],
  ['JSON null', 'null'],
  ['a JSON number', '5'],
  ['a JSON list', '[1, 2]'],
  ['null', null],
  ['a number', 5],
  ['a Statement that is text', { Statement: 'Allow' }],
  ['statements that are no objects', { Statement: [null, 7, 'Allow', ['x']] }],
];

describe('statementsOf', () => {
  it('reads a document as text or as an object, its Statement as one statement or a list', () => {
    expect(statementsOf({ Statement: [statement] })).toEqual([statement]);
    expect(statementsOf({ Statement: statement })).toEqual([statement]);
    expect(statementsOf(JSON.stringify({ Statement: [statement, statement] }))).toEqual([statement, statement]);
  });

  it('keeps the object statements of a list that holds other entries too', () => {
    expect(statementsOf({ Statement: [null, statement, 'x'] })).toEqual([statement]);
  });

  it.each([...HOSTILE, ['no Statement', {}], ['nothing', undefined]])('finds none in %s', (_what, document) => {
    expect(statementsOf(document)).toEqual([]);
  });
});

describe('listOf', () => {
  it.each([
    ['one value', 's3:GetObject', ['s3:GetObject']],
    ['a list', ['a', 'b'], ['a', 'b']],
    ['nothing', undefined, []],
    ['null, which is a value', null, [null]],
  ])('reads %s', (_what, value, expected) => {
    expect(listOf(value)).toEqual(expected);
  });
});

describe('the policies that read a document survive every shape', () => {
  it.each(HOSTILE)(
    '%s grants no admin, denies no insecure transport and lets no one read a claim',
    (_what, document) => {
      expect(grantsFullAdmin(document)).toBe(false);
      expect(deniesInsecureTransport(document)).toBe(false);
      const bucketPolicy = typeof document === 'string' ? document : JSON.stringify(document);
      const claim = {
        type: 'kubernetes:objectbucket.io/v1alpha1:ObjectBucketClaim',
        props: {
          metadata: { labels: { 'envcloud.mee.gov.cn/system-number': '181', 'envcloud.mee.gov.cn/system': 's181-x' } },
          spec: { additionalConfig: { bucketPolicy } },
        },
      };
      expect(isCredential(claim)).toBe(false);
    },
  );

  it('iam-no-wildcard-admin judges a policy whose text is not JSON without failing the pack', async () => {
    expect(await violationsOf(iamNoWildcardAdmin, aws.iam.Policy, { policy: '{"Statement": [' })).toEqual([]);
  });
});
