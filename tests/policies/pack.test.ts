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
