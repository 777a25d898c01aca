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
  it('is documented: the README lists every policy it registers', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { buildPack } = await import('../../policies/pack');
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    for (const policy of buildPack().policies) expect(readme).toContain(`| \`${policy.name}\``);
  });
});
