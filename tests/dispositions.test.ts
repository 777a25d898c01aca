// The disposition table (model/dispositions.ts) is the one place each disposition's meaning lives.
import { DISPOSITIONS } from '../model/dispositions';
import { MIGRATING_OUTCOMES, OUTCOMES, WEBSITE_OUTCOMES } from '../model/domain';
import { TIER_TARGETS } from '../model/tiers';
import { readInventory } from '../inventory/annex1';
import { dispositionFor } from '../inventory/recommendation';
import { INTEGRATING_OUTCOMES } from '../reports/metrics';

describe('the disposition table', () => {
  it('has one row per outcome of the schema, and nothing else', () => {
    expect(Object.keys(DISPOSITIONS).sort()).toEqual([...OUTCOMES].sort());
  });
  it('is what the lists the rest of the code reads are made of', () => {
    expect([...MIGRATING_OUTCOMES].sort()).toEqual([
      'data-onboarding',
      'extranet-portal',
      'internet-portal',
      'keep',
      'merge',
    ]);
    expect([...WEBSITE_OUTCOMES].sort()).toEqual(['already-integrated', 'website-cluster']);
    expect([...INTEGRATING_OUTCOMES].sort()).toEqual([
      'already-integrated',
      'data-onboarding',
      'decommission',
      'extranet-portal',
      'internet-portal',
      'merge',
      'website-cluster',
    ]);
  });
  it('runs on the platform exactly what migrates, and deploys each kind with its own component', () => {
    for (const [outcome, facts] of Object.entries(DISPOSITIONS)) {
      expect({ outcome, migrated: facts.component === 'migrated-system' }).toEqual({
        outcome,
        migrated: facts.migrates,
      });
      if (facts.connects) expect(facts.connects).toBe(outcome);
    }
  });
  it('gives every Annex 1 recommendation a disposition, by its text', () => {
    const unknown = readInventory().filter((row) => !dispositionFor(row.recommendation));
    expect(unknown).toEqual([]);
    for (const facts of Object.values(DISPOSITIONS))
      if (facts.annex1) expect(dispositionFor(facts.annex1)).toBeDefined();
  });
  it('defaults to a tier whose targets exist, or none for what stores nothing', () => {
    for (const facts of Object.values(DISPOSITIONS)) {
      if (facts.defaults.tier === 'none') expect(facts.defaults.placement).toBe('none');
      else expect(TIER_TARGETS[facts.defaults.tier]).toBeDefined();
    }
  });
});
