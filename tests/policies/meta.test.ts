import type {
  ResourceValidation,
  ResourceValidationPolicy,
  StackValidation,
  StackValidationPolicy,
} from '@pulumi/policy';
import {
  definePolicy,
  judgesResource,
  judgesType,
  notApplicableReason,
  remediationSteps,
  type PolicyMeta,
} from '../../policies/meta';
import { isSet, isUnknownValue, JUDGED_EVERYTHING_KNOWN, judgeAll, PreviewGaps } from '../../policies/unknowns';
import { unknownProxy as proxy } from './support';

// The policy plumbing every policy goes through (policies/meta.ts, policies/unknowns.ts), as functions.

/** Props whose `arn` (and `nested.key`) is not known during a preview. */
const unknownProps = () =>
  proxy.unknownCheckingProxy({ arn: proxy.unknownStringValue, nested: { key: proxy.unknownStringValue }, known: 1 });
const readUnknown = (): unknown => unknownProps().arn;

const META: PolicyMeta = {
  severity: 'medium',
  clause: 'GB/T 22239-2019 8.1.3.2',
  judges: { types: ['aws:s3/bucket:Bucket', 'kubernetes:*'], where: (resource) => resource.props.judged === true },
  en: { description: 'Buckets are judged', remediation: 'Fix it.' },
  zh: { description: '存储桶须判定', remediation: '修复。' },
};

describe('what a policy judges', () => {
  it('matches types exactly or by a prefix ending in *', () => {
    expect(judgesType(META.judges, 'aws:s3/bucket:Bucket')).toBe(true);
    expect(judgesType(META.judges, 'aws:s3/bucket:BucketPolicy')).toBe(false);
    expect(judgesType(META.judges, 'kubernetes:core/v1:Namespace')).toBe(true);
    expect(judgesType(META.judges, 'kubernetesx:core/v1:Namespace')).toBe(false);
    expect(judgesType({ types: ['aws:*'] }, 'aws:')).toBe(true);
    expect(judgesType({ other: 'waiver' }, 'anything')).toBe(true);
  });
  it('applies `where` to resources of its types; an unknown value counts as judged, another error is thrown', () => {
    expect(judgesResource(META.judges, { type: 'aws:s3/bucket:Bucket', props: { judged: true } })).toBe(true);
    expect(judgesResource(META.judges, { type: 'aws:s3/bucket:Bucket', props: {} })).toBe(false);
    expect(judgesResource(META.judges, { type: 'aws:rds/instance:Instance', props: { judged: true } })).toBe(false);
    expect(judgesResource({ types: ['*'] }, { type: 'x', props: {} })).toBe(true);
    expect(judgesResource({ other: 'waiver' }, { type: 'x', props: {} })).toBe(true);
    const unknown = { types: ['*'], where: () => Boolean(readUnknown()) };
    expect(judgesResource(unknown, { type: 'x', props: {} })).toBe(true);
    const broken = {
      types: ['*'],
      where: () => {
        throw new TypeError('broken');
      },
    };
    expect(() => judgesResource(broken, { type: 'x', props: {} })).toThrow('broken');
  });
  it('says why it judged nothing', () => {
    expect(notApplicableReason({ other: 'waiver for this stack' })).toBe('nothing to judge: no waiver for this stack');
    expect(notApplicableReason({ types: ['a', 'b'] })).toBe('nothing to judge: the stack has no a, b');
    expect(notApplicableReason({ types: ['a'], what: 'system record' })).toBe(
      'nothing to judge: the stack has no system record',
    );
  });
});

describe('definePolicy', () => {
  const validate: ResourceValidation = (args, report) => report(`bad ${args.name}`);
  const policy = definePolicy<ResourceValidationPolicy>({ name: 'p', validateResource: validate }, META);
  const args = (props: Record<string, unknown>, type = 'aws:s3/bucket:Bucket') => ({
    type,
    name: 'b',
    urn: 'urn',
    props,
    notApplicable: (reason: string) => {
      throw new Error(`not applicable: ${reason}`);
    },
  });
  const run = (validation: unknown, props: Record<string, unknown>, type?: string) => {
    const found: string[] = [];
    (validation as ResourceValidation)(args(props, type) as never, (message) => found.push(message));
    return found;
  };

  it('shows both languages and the clause, severity and remediation, mandatory unless told', () => {
    expect(policy).toMatchObject({
      name: 'p',
      description: 'Buckets are judged / 存储桶须判定 [GB/T 22239-2019 8.1.3.2]',
      displayName: '存储桶须判定 (Buckets are judged)',
      severity: 'medium',
      enforcementLevel: 'mandatory',
      remediationSteps: '修复。\nFix it.',
      meta: META,
    });
    expect(remediationSteps(META)).toBe('修复。\nFix it.');
    expect(
      definePolicy<ResourceValidationPolicy>(
        { name: 'q', enforcementLevel: 'advisory', validateResource: validate },
        META,
      ),
    ).toMatchObject({
      enforcementLevel: 'advisory',
    });
  });
  it('judges what it judges, and answers not-applicable for the rest', () => {
    expect(run(policy.validateResource, { judged: true })).toEqual(['bad b']);
    expect(() => run(policy.validateResource, {})).toThrow(
      'not applicable: nothing to judge: the stack has no aws:s3/bucket:Bucket, kubernetes:*',
    );
    const listed = definePolicy<ResourceValidationPolicy>({ name: 'r', validateResource: [validate, validate] }, META);
    expect((listed.validateResource as ResourceValidation[]).map((one) => run(one, { judged: true }))).toEqual([
      ['bad b'],
      ['bad b'],
    ]);
  });
  it('keeps the resource type validateResourceOfType marks, so the server can skip other types', () => {
    const typed = Object.assign(validate, { __pulumiType: 'aws:s3/bucket:Bucket' });
    const marked = definePolicy<ResourceValidationPolicy>({ name: 's', validateResource: typed }, META)
      .validateResource as {
      __pulumiType?: string;
    };
    expect(marked.__pulumiType).toBe('aws:s3/bucket:Bucket');
    const plain = definePolicy<ResourceValidationPolicy>(
      { name: 't', validateResource: (a, r) => r(a.name) },
      META,
    ).validateResource;
    expect(plain).not.toHaveProperty('__pulumiType');
  });
  it('reports an unknown value of a resource as its open subject, sync or async', async () => {
    const sync = definePolicy<ResourceValidationPolicy>(
      { name: 'u', validateResource: () => void readUnknown() },
      META,
    );
    expect(() => run(sync.validateResource, { judged: true })).toThrow(`${JUDGED_EVERYTHING_KNOWN}: b (.arn)`);
    const rejecting = definePolicy<ResourceValidationPolicy>(
      { name: 'v', validateResource: async () => Promise.reject(catchUnknown()) },
      META,
    );
    const found: string[] = [];
    const pending = (rejecting.validateResource as ResourceValidation)(args({ judged: true }) as never, (m) =>
      found.push(m),
    );
    await expect(pending).rejects.toThrow(`${JUDGED_EVERYTHING_KNOWN}: b (.arn)`);
    const resolving = definePolicy<ResourceValidationPolicy>(
      { name: 'w', validateResource: async (a, r) => r(a.name) },
      META,
    );
    await expect(
      (resolving.validateResource as ResourceValidation)(args({ judged: true }) as never, () => undefined),
    ).resolves.toBeUndefined();
  });
  it('answers not-applicable for a stack with nothing it judges, and runs on one that has', () => {
    const stackValidate: StackValidation = (_args, report) => report('stack finding');
    const stack = definePolicy<StackValidationPolicy>({ name: 'x', validateStack: stackValidate }, META);
    const stackArgs = (props: Record<string, unknown>) => ({
      resources: [{ type: 'aws:s3/bucket:Bucket', props }],
      notApplicable: (reason: string) => reason,
    });
    const found: string[] = [];
    expect(stack.validateStack(stackArgs({}) as never, (m) => found.push(m))).toBe(
      'nothing to judge: the stack has no aws:s3/bucket:Bucket, kubernetes:*',
    );
    stack.validateStack(stackArgs({ judged: true }) as never, (m) => found.push(m));
    expect(found).toEqual(['stack finding']);
    const other = definePolicy<StackValidationPolicy>(
      { name: 'y', validateStack: stackValidate },
      { ...META, judges: { other: 'waiver' } },
    );
    expect(other.validateStack).toBe(stackValidate);
  });
});

/** The UnknownValueError reading an unknown value throws. */
function catchUnknown(): unknown {
  try {
    readUnknown();
  } catch (error) {
    return error;
  }
  throw new Error('no unknown value');
}

describe('PreviewGaps', () => {
  it('goes on after an unknown, and settles naming every open subject once, with its path', () => {
    const gaps = new PreviewGaps();
    const judged: string[] = [];
    gaps.judge('first', () => void unknownProps().nested.key);
    gaps.judge('second', () => judged.push('second'));
    gaps.judge('first', () => void unknownProps().nested.key);
    expect(judged).toEqual(['second']);
    expect(gaps.hasOpen).toBe(true);
    expect(() => gaps.settle()).toThrow(`${JUDGED_EVERYTHING_KNOWN}: first (.nested.key)`);
  });
  it('settles quietly when everything was known, and leaves nothing open without an unknown first', () => {
    const gaps = new PreviewGaps();
    gaps.judge('known', () => void unknownProps().known);
    expect(gaps.leaveOpen('namespace a', 'waiting')).toBe(false);
    expect(gaps.hasOpen).toBe(false);
    expect(() => gaps.settle()).not.toThrow();
    gaps.judge('b', () => void readUnknown());
    expect(gaps.leaveOpen('namespace a', 'waiting')).toBe(true);
    expect(() => gaps.settle()).toThrow(`${JUDGED_EVERYTHING_KNOWN}: b (.arn); namespace a (waiting)`);
  });
  it('rethrows errors that are no unknown value, and nests a settled judgement under its subject', () => {
    expect(() =>
      new PreviewGaps().judge('x', () => {
        throw new RangeError('real');
      }),
    ).toThrow('real');
    const outer = new PreviewGaps();
    outer.judge('policy', () => judgeAll((inner) => inner.judge('bucket b', () => void readUnknown())));
    expect(() => outer.settle()).toThrow(`${JUDGED_EVERYTHING_KNOWN}: policy: bucket b (.arn)`);
  });
  it('reads a value, or the fallback when it is unknown (noting the subject)', () => {
    const gaps = new PreviewGaps();
    expect(gaps.read('a', () => 'known', 'fallback')).toBe('known');
    expect(gaps.hasOpen).toBe(false);
    expect(gaps.read('b', () => readUnknown(), 'fallback')).toBe('fallback');
    expect(() => gaps.settle()).toThrow(`${JUDGED_EVERYTHING_KNOWN}: b (.arn)`);
  });
  it('isSet counts an unknown value as set, and passes other errors on', () => {
    expect(isSet(() => 'arn')).toBe(true);
    expect(isSet(() => '')).toBe(false);
    expect(isSet(() => undefined)).toBe(false);
    expect(isSet(readUnknown)).toBe(true);
    expect(() =>
      isSet(() => {
        throw new Error('other');
      }),
    ).toThrow('other');
    expect(isUnknownValue(catchUnknown())).toBe(true);
    expect(isUnknownValue(new Error('x'))).toBe(false);
  });
});
