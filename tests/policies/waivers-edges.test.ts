// The edges of the waiver file and of waived findings that tests/audit/waivers.test.ts and
// tests/policies/waivers-apply.test.ts pass over: the whole message and hint of each waiver-file
// finding (numbered from 1, lengths at their minimum), a file with one bad waiver answering no
// waivers, loadWaivers on a real file, and the two waiver policies' own metadata (#17).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResourceValidationPolicy, StackValidationPolicy } from '@pulumi/policy';
import { evaluatePolicy, evaluateStackPolicy } from '../../engine/policy-run';
import { definePolicy, type EnvcloudPolicy } from '../../policies/meta';
import { packRuleNames } from '../../policies/pack';
import {
  WAIVED_FINDINGS,
  WAIVERS_CURRENT,
  waiverPolicies,
  WaiverLedger,
  withWaivers,
} from '../../policies/waivers/apply';
import { loadWaivers, parseWaivers, WaiverFileError } from '../../policies/waivers/load';
import { waiver } from '../audit/support';
import { planned } from './support';

const header = 'apiVersion: envcloud/v1\nkind: PolicyWaivers\nwaivers:\n';
const complete = {
  rule: 'cloud-is-the-norm',
  system: '900',
  reason: 'Placement is decided in the next wave.',
  owner: '信息中心',
  expires: '2027-01-31',
};
type Fields = Partial<Record<keyof typeof complete | 'stack' | 'resource', string | undefined>>;
/** A waiver file of the given waivers, each the complete one with some fields changed (undefined: left out). */
const file = (...waivers: Fields[]) =>
  header +
  waivers
    .map((fields) =>
      Object.entries({ ...complete, ...fields })
        .filter(([, value]) => value !== undefined)
        .map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}: ${value}\n`)
        .join(''),
    )
    .join('');
const parse = (text: string, stacks?: string[]) =>
  parseWaivers('policies/waivers.yaml', Buffer.from(text), packRuleNames(), stacks);
const said = (text: string, stacks?: string[]) =>
  parse(text, stacks).findings.map(({ ruleId, message, hint }) => ({ ruleId, message, hint }));

describe('the waiver file’s findings, whole', () => {
  it('numbers waivers from 1, and answers no waivers when any of them has a problem', () => {
    const { waivers, findings } = parse(file({}, { rule: 'cloud-is-the-nrom' }));
    expect(waivers).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'waiver-unknown-rule',
        severity: 'error',
        file: 'policies/waivers.yaml',
        line: 9,
        message: 'waiver 2 names rule `cloud-is-the-nrom`, which the pack does not have',
        hint: 'did you mean `cloud-is-the-norm`? `envcloud audit --list-rules` lists them',
      }),
    ]);
    expect(parse(file({}, { rule: 'kms-key-rotation' })).waivers.map((read) => [read.rule, read.line])).toEqual([
      ['cloud-is-the-norm', 4],
      ['kms-key-rotation', 9],
    ]);
  });
  // A 703 KiB waiver file was refused as past a manifest's 256 KiB, with a hint to an option audit lacks.
  it('reads a waiver file up to the 1 MiB of a settings file', () => {
    const padded = `# ${'x'.repeat(700 * 1024)}\n${file({})}`;
    expect(parse(padded).findings).toEqual([]);
    expect(parse(padded).waivers).toHaveLength(1);
  });
  // Eleven zero-width spaces passed as a reason, and waived five critical findings.
  it('counts no invisible character toward a reason or an owner', () => {
    expect(said(file({}, { reason: `'${'\u200b'.repeat(11)}'`, owner: "'信\u200d'" }))).toEqual([
      expect.objectContaining({
        ruleId: 'waiver-reason',
        message: expect.stringContaining('a reason of 0 characters'),
      }),
      expect.objectContaining({ ruleId: 'waiver-owner', message: expect.stringContaining('a owner of 1 characters') }),
    ]);
  });
  it('takes a reason of 10 and an owner of 2 characters without spaces, not one fewer', () => {
    expect(parse(file({ reason: "'  0123456789  '", owner: "' 信息 '" })).findings).toEqual([]);
    expect(said(file({}, { reason: "' 012345678 '", owner: "'信 '" }))).toEqual([
      {
        ruleId: 'waiver-reason',
        message: 'waiver 2 (cloud-is-the-norm) has a reason of 9 characters without its spaces; at least 10 are needed',
        hint: 'say why the exception is acceptable and what compensates for it',
      },
      {
        ruleId: 'waiver-owner',
        message: 'waiver 2 (cloud-is-the-norm) has a owner of 1 characters without its spaces; at least 2 are needed',
        hint: 'name a unit and a person or mailbox',
      },
    ]);
  });
  it('asks for a scope, and takes a resource alone as one', () => {
    expect(parse(file({ system: undefined, resource: "'*'" })).findings).toEqual([]);
    expect(said(file({ system: undefined }))).toEqual([
      {
        ruleId: 'waiver-scope',
        message: 'waiver 1 (cloud-is-the-norm) says neither which resource nor which system it covers',
        hint: 'add `resource:` (a URN, a resource name, or "*") or `system:` (an inventory number or slug)',
      },
    ]);
  });
  it('names the stacks there are, or says there are none', () => {
    expect(said(file({ stack: 'prd' }), ['dev', 'prod'])).toEqual([
      {
        ruleId: 'waiver-unknown-stack',
        message: 'waiver 1 (cloud-is-the-norm) is for stack `prd`, which has no Pulumi.prd.yaml: it would never apply',
        hint: 'did you mean `prod`? the stacks are dev, prod',
      },
    ]);
    expect(said(file({ stack: 'prod' }), [])).toEqual([
      expect.objectContaining({
        ruleId: 'waiver-unknown-stack',
        hint: 'no Pulumi.<stack>.yaml was found beside it',
      }),
    ]);
    expect(parse(file({ stack: 'anything' })).findings).toEqual([]);
  });
  it('gives every finding severity error, and no waivers for a file the schema or the secret scan refuses', () => {
    const findings = parse(file({ system: undefined, reason: "'    short    '", stack: 'prd' }), ['prod']).findings;
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['waiver-scope', 'error'],
      ['waiver-reason', 'error'],
      ['waiver-unknown-stack', 'error'],
    ]);
    expect(parse(file({ expires: 'soon' })).waivers).toEqual([]);
    expect(parse(file({ owner: 'ops postgres://audit:Hunter2Hunter2@db.internal/x' })).waivers).toEqual([]);
  });
});

describe('loadWaivers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'envcloud-waivers-'));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  it('reads a file’s waivers, located in the file by its own path unless named otherwise', () => {
    const path = write('good.yaml', file({ stack: 'prod' }));
    expect(loadWaivers(path, packRuleNames())).toEqual([
      expect.objectContaining({ rule: 'cloud-is-the-norm', stack: 'prod', file: path, line: 4 }),
    ]);
    expect(loadWaivers(path, packRuleNames(), 'policies/waivers.yaml', ['prod'])).toEqual([
      expect.objectContaining({ file: 'policies/waivers.yaml' }),
    ]);
  });
  it('throws every finding of the file, under the name it was given', () => {
    const path = write('bad.yaml', file({ stack: 'prd' }, { rule: 'nothing-like-it' }));
    let caught: unknown;
    try {
      loadWaivers(path, packRuleNames(), 'policies/waivers.yaml', ['prod']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WaiverFileError);
    expect((caught as WaiverFileError).name).toBe('WaiverFileError');
    const { findings, message } = caught as WaiverFileError;
    expect(findings.map((finding) => [finding.file, finding.ruleId, finding.line])).toEqual([
      ['policies/waivers.yaml', 'waiver-unknown-stack', 9],
      ['policies/waivers.yaml', 'waiver-unknown-rule', 10],
    ]);
    expect(message).toContain('policies/waivers.yaml:9:');
  });
});

const META = {
  severity: 'high' as const,
  judges: { types: ['*'] },
  clause: 'c',
  en: { description: 'd', remediation: 'r' },
  zh: { description: 'd', remediation: 'r' },
};
const TODAY = '2026-11-22';
const urn = 'urn:pulumi:prod::envcloud::kubernetes:core/v1:ConfigMap::s900-record';

describe('waivers on a policy', () => {
  const failing = definePolicy<ResourceValidationPolicy>(
    { name: 'cloud-is-the-norm', validateResource: (args, report) => report(`bad ${args.name}`) },
    META,
  ) as EnvcloudPolicy;
  const resource = { type: 'kubernetes:core/v1:ConfigMap', name: 's900-record', urn, props: {} };

  it('applies when any waiver names the policy, not only when all do', async () => {
    const ledger = new WaiverLedger();
    const covering = waiver({ system: undefined, resource: 's900-record' });
    const sifted = withWaivers(failing, [waiver({ rule: 'other' }), covering], ledger, TODAY);
    expect(sifted).not.toBe(failing);
    expect(await evaluatePolicy(sifted as never, resource)).toEqual([]);
    expect([...ledger.used]).toEqual([covering]);
  });
  it('matches a stack-scoped waiver by the stack of the resource’s URN', async () => {
    const sifted = (stack: string) =>
      withWaivers(failing, [waiver({ system: undefined, resource: '*', stack })], new WaiverLedger(), TODAY);
    expect(await evaluatePolicy(sifted('prod') as never, resource)).toEqual([]);
    expect(await evaluatePolicy(sifted('dev') as never, resource)).toEqual(['bad s900-record']);
  });
  it('matches a stack policy’s finding on no resource in a stack of none by the stack alone', async () => {
    const empty = definePolicy<StackValidationPolicy>(
      { name: 'cloud-is-the-norm', validateStack: (_args, report) => report('on nothing') },
      { ...META, judges: { other: 'anything' } },
    ) as EnvcloudPolicy;
    const ledger = new WaiverLedger();
    const sifted = withWaivers(empty, [waiver({ system: undefined, resource: '*' })], ledger, TODAY);
    expect(await evaluateStackPolicy(sifted as never, [])).toEqual([]);
    expect(ledger.waived).toEqual([expect.objectContaining({ message: 'on nothing' })]);
    const scoped = withWaivers(empty, [waiver({ system: undefined, stack: 'prod', resource: '*' })], ledger, TODAY);
    expect(await evaluateStackPolicy(scoped as never, [])).toEqual([{ message: 'on nothing' }]);
  });
});

describe('the waiver policies', () => {
  it('fail expired waivers (mandatory, high) and list the rest (advisory, low), citing MLPS', () => {
    const [current, listed] = waiverPolicies([], new WaiverLedger(), TODAY);
    expect(current).toMatchObject({ name: WAIVERS_CURRENT, enforcementLevel: 'mandatory', severity: 'high' });
    expect(listed).toMatchObject({ name: WAIVED_FINDINGS, enforcementLevel: 'advisory', severity: 'low' });
    for (const policy of [current!, listed!]) {
      expect(policy.meta.clause).toBe(
        'GB/T 22239-2019 8.1.6 (安全管理制度) and 8.1.10 (安全运维管理: 例外须审批、有期限)',
      );
      expect(policy.meta.judges).toEqual({ other: 'waiver for this stack in the waiver file' });
    }
    expect(current!.displayName).toBe('豁免不得超过有效期 (No waiver is past its expiry date)');
    expect(current!.remediationSteps).toBe(
      '整改被豁免的问题，或经责任人批准后更新豁免期限。\nFix what the waiver covered, or renew the waiver with its owner’s approval and a new date.',
    );
    expect(listed!.displayName).toBe(
      '被豁免的问题照常报告，未匹配任何问题的豁免须列出 (Waived findings are reported, and waivers that match nothing are listed)',
    );
    expect(listed!.remediationSteps).toBe(
      '删除未匹配的豁免；在到期前完成被豁免问题的整改。\nRemove waivers that match nothing; plan the fixes of waived findings before their expiry.',
    );
  });
  it('list a waived finding with its reason, owner and expiry, at its resource', async () => {
    const used = waiver({ stack: 'prod', resource: '*', system: undefined });
    const ledger = new WaiverLedger();
    ledger.waived.push({ policy: 'cloud-is-the-norm', message: 'bad', urn, waiver: used });
    ledger.used.add(used);
    const [current, listed] = waiverPolicies([used], ledger, TODAY);
    const stack = [{ ...planned('kubernetes:core/v1:ConfigMap', 's900-record'), urn }];
    expect(await evaluateStackPolicy(current!, stack)).toEqual([]);
    expect(await evaluateStackPolicy(listed!, stack)).toEqual([
      {
        message: `[waived] cloud-is-the-norm: bad — ${used.reason} (owner ${used.owner}, until ${used.expires})`,
        urn,
      },
    ]);
    expect(ledger.aboutWaiver.size).toBe(0);
  });
  it('judge a waiver of every stack in a stack of no resources, and do not list an expired one as unused', async () => {
    const expired = waiver({ expires: '2026-11-21' });
    const ledger = new WaiverLedger();
    const [current, listed] = waiverPolicies([expired], ledger, TODAY);
    expect(await evaluateStackPolicy(current!, [])).toEqual([
      {
        message: `waiver for cloud-is-the-norm (system 900) at policies/waivers.yaml:8 expired on 2026-11-21 (owner: ${expired.owner}): renew it with a new date or fix the finding`,
      },
    ]);
    expect(await evaluateStackPolicy(listed!, [])).toEqual([]);
    expect([...ledger.aboutWaiver.values()]).toEqual([expired]);
  });
  it('list nothing, and say so, in a stack without waivers', () => {
    const [, listed] = waiverPolicies([waiver({ stack: 'onprem' })], new WaiverLedger(), TODAY);
    const judged = listed!.validateStack(
      { resources: [planned('kubernetes:core/v1:ConfigMap', 'x')], notApplicable: (reason: string) => reason } as never,
      () => undefined,
    );
    expect(judged).toBe('nothing to judge: no waiver for this stack in the waiver file');
  });
});
