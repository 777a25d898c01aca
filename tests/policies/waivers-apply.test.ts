import type {
  PolicyResource,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from '@pulumi/policy';
import { evaluatePolicy, evaluateStackPolicy } from '../../engine/policy-run';
import { definePolicy, type EnvcloudPolicy } from '../../policies/meta';
import {
  activeWaiverFor,
  isExpired,
  stackOfUrn,
  waiverMatches,
  waiverPolicies,
  WaiverLedger,
  withWaivers,
} from '../../policies/waivers/apply';
import type { Waiver } from '../../policies/waivers/load';
import { waiver } from '../audit/support';
import { planned } from './support';

// How waivers match findings (policies/waivers/apply.ts), one field of a matching waiver changed at a
// time; tests/audit/waivers.test.ts runs them through the audit.

const TODAY = '2026-11-22';
const labels = { 'envcloud.mee.gov.cn/system-number': '900', 'envcloud.mee.gov.cn/system': 's900-test' };
const subject = {
  policy: 'cloud-is-the-norm',
  urn: 'urn:pulumi:prod::envcloud::kubernetes:core/v1:ConfigMap::s900-record',
  props: { metadata: { labels } },
  stack: 'prod',
};
/** A waiver matching `subject` by everything it can name. */
const exact = (fields: Partial<Waiver> = {}) =>
  waiver({ rule: 'cloud-is-the-norm', stack: 'prod', resource: 's900-record', system: 900, ...fields });

describe('waiverMatches', () => {
  it('matches on rule, stack, resource (name, URN or *) and system (number or slug)', () => {
    expect(waiverMatches(exact(), subject)).toBe(true);
    expect(waiverMatches(exact({ resource: subject.urn }), subject)).toBe(true);
    expect(waiverMatches(exact({ resource: '*' }), subject)).toBe(true);
    expect(waiverMatches(exact({ system: 's900-test' }), subject)).toBe(true);
    const { stack: _stack, resource: _resource, system: _system, ...ruleOnly } = exact();
    expect(waiverMatches(ruleOnly, subject)).toBe(true);
  });
  it('does not match another rule, stack, resource or system', () => {
    expect(waiverMatches(exact({ rule: 'other' }), subject)).toBe(false);
    expect(waiverMatches(exact({ stack: 'onprem' }), subject)).toBe(false);
    expect(waiverMatches(exact(), { ...subject, stack: undefined as unknown as string })).toBe(false);
    expect(waiverMatches(exact({ resource: 's900' }), subject)).toBe(false);
    expect(waiverMatches(exact(), { ...subject, urn: undefined as unknown as string })).toBe(false);
    expect(waiverMatches(exact({ system: 901 }), subject)).toBe(false);
    expect(waiverMatches(exact({ system: '900' }), subject)).toBe(false);
    expect(waiverMatches(exact(), { ...subject, props: {} })).toBe(false);
  });
});

describe('expiry and the stack of a URN', () => {
  it('holds a waiver through its expiry day', () => {
    expect(isExpired({ expires: TODAY }, TODAY)).toBe(false);
    expect(isExpired({ expires: '2026-11-21' }, TODAY)).toBe(true);
    expect(activeWaiverFor([exact({ expires: '2026-11-21' })], subject, TODAY)).toBeUndefined();
    const current = exact({ expires: TODAY });
    expect(activeWaiverFor([exact({ expires: '2026-11-21' }), current], subject, TODAY)).toBe(current);
  });
  it('reads the stack from a URN', () => {
    expect(stackOfUrn(subject.urn)).toBe('prod');
    expect(stackOfUrn('urn:pulumi:onprem::envcloud::x::y')).toBe('onprem');
    expect(stackOfUrn('')).toBeUndefined();
  });
});

const META = {
  severity: 'high' as const,
  judges: { types: ['*'] },
  clause: 'c',
  en: { description: 'd', remediation: 'r' },
  zh: { description: 'd', remediation: 'r' },
};

describe('withWaivers', () => {
  const failing = definePolicy<ResourceValidationPolicy>(
    {
      name: 'cloud-is-the-norm',
      validateResource: (args, report) => report(`bad ${args.name}`),
    },
    META,
  ) as EnvcloudPolicy;
  const resource = {
    type: 'kubernetes:core/v1:ConfigMap',
    name: 's900-record',
    urn: subject.urn,
    props: subject.props,
  };

  it('leaves a policy no waiver names as it is', () => {
    const ledger = new WaiverLedger();
    expect(withWaivers(failing, [exact({ rule: 'other' })], ledger, TODAY)).toBe(failing);
  });
  it('moves a waived finding to the ledger, with its URN, and reports the others', async () => {
    const ledger = new WaiverLedger();
    const used = exact();
    const sifted = withWaivers(failing, [used], ledger, TODAY);
    expect(await evaluatePolicy(sifted as never, resource)).toEqual([]);
    expect(ledger.waived).toEqual([
      { policy: 'cloud-is-the-norm', message: 'bad s900-record', urn: subject.urn, waiver: used },
    ]);
    expect([...ledger.used]).toEqual([used]);
    expect(await evaluatePolicy(sifted as never, { ...resource, name: 'other', urn: `${subject.urn}-2` })).toEqual([
      'bad other',
    ]);
    const expired = withWaivers(failing, [exact({ expires: '2026-01-01' })], new WaiverLedger(), TODAY);
    expect(await evaluatePolicy(expired as never, resource)).toEqual(['bad s900-record']);
  });
  it('matches a stack policy’s finding by the resource it names, or by the stack alone', async () => {
    const stackPolicy = definePolicy<StackValidationPolicy>(
      {
        name: 'zombie-runs-nothing-data-archived',
        validateStack: (args: StackValidationArgs, report) => {
          report('on the record', args.resources[0]!.urn);
          report('on the stack');
        },
      },
      META,
    ) as EnvcloudPolicy;
    const record = { ...planned('kubernetes:core/v1:ConfigMap', 's900-record', subject.props), urn: subject.urn };
    const bySystem = waiver({ rule: 'zombie-runs-nothing-data-archived', system: 's900-test' });
    const ledger = new WaiverLedger();
    const sifted = withWaivers(stackPolicy, [bySystem], ledger, TODAY);
    expect(await evaluateStackPolicy(sifted as never, [record])).toEqual([{ message: 'on the stack' }]);
    expect(ledger.waived.map((finding) => finding.urn)).toEqual([subject.urn]);
    const byStack = waiver({
      rule: 'zombie-runs-nothing-data-archived',
      stack: 'prod',
      resource: '*',
      system: undefined,
    });
    const stackLedger = new WaiverLedger();
    expect(
      await evaluateStackPolicy(withWaivers(stackPolicy, [byStack], stackLedger, TODAY) as never, [record]),
    ).toEqual([]);
    expect(stackLedger.waived.map((finding) => finding.message)).toEqual(['on the record', 'on the stack']);
    expect(stackLedger.waived[1]).not.toHaveProperty('urn');
  });
});

describe('waiverPolicies', () => {
  const resources = [planned('kubernetes:core/v1:ConfigMap', 'x')];
  it('fail an expired waiver of this stack with where it is written, and list one that matched nothing', async () => {
    const expired = exact({ expires: '2026-11-01', owner: 'ops' });
    const unused = waiver({
      rule: 'cloud-is-the-norm',
      stack: 'test',
      resource: 'a',
      system: undefined,
      expires: '2027-01-01',
    });
    const elsewhere = exact({ stack: 'onprem', expires: '2026-11-01' });
    const ledger = new WaiverLedger();
    const [current, listed] = waiverPolicies([expired, unused, elsewhere], ledger, TODAY);
    // In stack test only `unused` applies, and it has not expired.
    expect(await evaluateStackPolicy(current!, resources)).toEqual([]);
    const prodResources = [{ ...resources[0]!, urn: 'urn:pulumi:prod::envcloud::kubernetes:core/v1:ConfigMap::x' }];
    expect((await evaluateStackPolicy(current!, prodResources)).map((finding) => finding.message)).toEqual([
      `waiver for cloud-is-the-norm (stack prod, resource s900-record, system 900) at ${expired.file}:${expired.line} expired on 2026-11-01 (owner: ops): renew it with a new date or fix the finding`,
    ]);
    expect((await evaluateStackPolicy(listed!, resources)).map((finding) => finding.message)).toEqual([
      `waiver for cloud-is-the-norm (stack test, resource a) at ${unused.file}:${unused.line} matches no finding: remove it`,
    ]);
    expect(ledger.aboutWaiver.size).toBe(2);
  });
  it('judge nothing in a stack without waivers', async () => {
    const [current] = waiverPolicies([exact({ stack: 'onprem' })], new WaiverLedger(), TODAY);
    const judged = current!.validateStack(
      { resources: resources as unknown as PolicyResource[], notApplicable: (reason: string) => reason } as never,
      () => undefined,
    );
    expect(judged).toEqual(expect.stringContaining('waiver for this stack'));
  });
});
