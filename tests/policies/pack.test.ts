import type { StackValidationPolicy } from '@pulumi/policy';
import { ALL_POLICIES } from '../../policies/all';

describe('the policy pack', () => {
  it('gives every policy a unique kebab-case name, a severity, a clause, and both languages', () => {
    const names = ALL_POLICIES.map((policy) => policy.name);
    expect(new Set(names).size).toBe(names.length);
    for (const policy of ALL_POLICIES) {
      expect(policy.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['critical', 'high', 'medium', 'low']).toContain(policy.meta.severity);
      expect(policy.meta.clause).toMatch(/GB\/T 22239-2019|Plan|rules art\./);
      for (const language of ['zh', 'en'] as const) {
        expect(policy.meta[language].description.length).toBeGreaterThan(5);
        expect(policy.meta[language].remediation.length).toBeGreaterThan(5);
      }
      expect(policy.description).toContain(policy.meta.clause);
      expect(['advisory', 'mandatory', 'disabled']).toContain(policy.enforcementLevel);
    }
  });
});

describe('the pack as registered', () => {
  it('registers every policy, with the waivers applied, then the two waiver policies', async () => {
    const { buildPack } = await import('../../policies/pack');
    const { policies } = buildPack();
    expect(policies.map((policy) => policy.name)).toEqual([
      ...ALL_POLICIES.map((policy) => policy.name),
      'waivers-current',
      'waived-findings',
    ]);
    expect(policies.find((policy) => policy.name === 'waived-findings')!.enforcementLevel).toBe('advisory');
  });
  it('without waivers given, has none: the waiver policies judge nothing, as with an empty list', async () => {
    const { buildPack } = await import('../../policies/pack');
    const { judgeStack } = await import('../../engine/policy-run');
    const waiverPolicies = (pack: ReturnType<typeof buildPack>) =>
      pack.policies.filter((policy) => policy.name.startsWith('waive')) as StackValidationPolicy[];
    for (const pack of [buildPack(), buildPack({ waivers: [] })]) {
      expect(waiverPolicies(pack).map((policy) => policy.name)).toEqual(['waivers-current', 'waived-findings']);
      for (const policy of waiverPolicies(pack))
        expect(await judgeStack(policy, [])).toEqual({
          violations: [],
          applicable: false,
          reason: expect.stringContaining('nothing to judge'),
        });
    }
  });
  it('is documented: the README lists every policy it registers', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { buildPack } = await import('../../policies/pack');
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    for (const policy of buildPack().policies) expect(readme).toContain(`| \`${policy.name}\``);
  });
});

describe('the pack’s options and names', () => {
  it('judges waivers on the day given, else today in China', async () => {
    const { buildPack } = await import('../../policies/pack');
    const { todayInChina } = await import('../../model/calendar');
    const { evaluateStackPolicy } = await import('../../engine/policy-run');
    const { waiver } = await import('../audit/support');
    // 16:00 UTC on 3 December is already the 4th in Beijing.
    expect(todayInChina(new Date('2026-12-03T16:00:00Z'))).toBe('2026-12-04');
    expect(todayInChina(new Date('2026-12-03T15:59:59Z'))).toBe('2026-12-03');
    const expiring = waiver({ expires: '2026-11-22' });
    const stack = [{ type: 'x:y:Z', name: 'z', urn: 'urn:pulumi:prod::envcloud::x:y:Z::z', props: {} }];
    const current = (today?: string) =>
      buildPack({ waivers: [expiring], ...(today ? { today } : {}) }).policies.find(
        (policy) => policy.name === 'waivers-current',
      )!;
    expect(await evaluateStackPolicy(current('2026-11-22') as never, stack)).toEqual([]);
    expect(await evaluateStackPolicy(current('2026-11-23') as never, stack)).toEqual([
      { message: expect.stringContaining('expired on 2026-11-22') },
    ]);
    // Today is after 2026-11-22 on every machine that runs this suite.
    expect(await evaluateStackPolicy(current() as never, stack)).toHaveLength(todayInChina() > '2026-11-22' ? 1 : 0);
  });
  it('the offline audit judges waivers on its day, or on today in China when that is later', async () => {
    const { waiverDay } = await import('../../audit/stack');
    const now = new Date('2026-12-03T16:30:00Z'); // 00:30 on 4 December in Beijing
    expect(waiverDay('2026-11-01', now)).toBe('2026-12-04');
    expect(waiverDay(undefined, now)).toBe('2026-12-04');
    expect(waiverDay('2027-07-01', now)).toBe('2027-07-01');
  });

  it('names every policy and the two waiver policies, for waivers and the pack config', async () => {
    const { packRuleNames } = await import('../../policies/pack');
    expect(packRuleNames()).toEqual([
      ...ALL_POLICIES.map((policy) => policy.name),
      'waivers-current',
      'waived-findings',
    ]);
    // The same names, in the same order, as the pack registers: a new waiver policy must be named here too.
    const { buildPack } = await import('../../policies/pack');
    expect(packRuleNames()).toEqual(buildPack().policies.map((policy) => policy.name));
  });
});

describe('cluster facts (policies/cluster.ts)', () => {
  it('reads a resource’s provider, else the stack and project of its URN; its type; its dependencies', async () => {
    const { dependsOn, ofType, providerOf } = await import('../../policies/cluster');
    const resource = (urn: string, extra: Record<string, unknown> = {}) => ({
      urn,
      type: urn.split('::')[2]!,
      ...extra,
    });
    const a = resource('urn:pulumi:prod::envcloud::aws:s3/bucket:Bucket::a', { provider: { urn: 'urn:provider' } });
    const b = resource('urn:pulumi:prod::envcloud::aws:s3/bucket:Bucket::b', { dependencies: [a] });
    const c = resource('urn:pulumi:prod::envcloud::aws:kms/key:Key::c', { dependencies: [] });
    expect(providerOf(a as never)).toBe('urn:provider');
    expect(providerOf(b as never)).toBe('urn:pulumi:prod::envcloud');
    expect(ofType([a, b, c] as never, 'aws:s3/bucket:Bucket')).toEqual([a, b]);
    expect(dependsOn(b as never, a as never)).toBe(true);
    expect(dependsOn(c as never, a as never)).toBe(false);
  });
});
