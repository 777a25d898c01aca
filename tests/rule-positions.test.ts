import { clone, happyManifest, ruleFindings, yamlOf } from './support/manifests';
import { decommissioned, exempt, internetPortal, onboarding, shared, variant, website } from './support/variants';

// A rule about a block that is missing, or present where it must not be, points at the block's key
// (the line a reader looks for); a rule about a value points at the value. tests/rules.test.ts pins the
// field; these pin the column too, in the text validate reads.

/** The text at the one finding of `ruleId` (from its column to the end of its line). */
function textAt(manifest: unknown, ruleId: string): string {
  const findings = ruleFindings([manifest], ruleId);
  expect(findings).toHaveLength(1);
  const line = yamlOf(manifest).split('\n')[findings[0]!.line - 1]!;
  return line.slice(findings[0]!.column - 1);
}

const placement = () => clone(happyManifest().spec.placement)!;

const keyCases: [ruleId: string, manifest: unknown, key: string][] = [
  [
    'merge-names-business-system',
    variant(happyManifest, (m) => delete m.spec.disposition.businessSystem),
    'disposition:',
  ],
  [
    'merge-names-business-system',
    variant(exempt, (m) => (m.spec.disposition.businessSystem = 'air')),
    'businessSystem:',
  ],
  ['exempt-gives-reason', variant(exempt, (m) => delete m.spec.disposition.reason), 'disposition:'],
  ['decommission-runs-nothing', variant(decommissioned, (m) => (m.spec.placement = placement())), 'workloads:'],
  [
    'exempt-runs-nothing',
    variant(exempt, (m) => (m.spec.placement = { pool: 'central', database: placement().database })),
    'database:',
  ],
  [
    'websites-in-website-cluster',
    variant(happyManifest, (m) => (m.spec.placement.website = { domain: 'www.example.gov.cn' })),
    'website:',
  ],
  ['decommission-archives-data', variant(decommissioned, (m) => delete m.spec.archive), 'spec:'],
  ['website-has-settings', variant(website, (m) => delete m.spec.placement), 'spec:'],
  ['website-has-settings', variant(website, (m) => delete m.spec.placement.website), 'placement:'],
  ['cloud-is-the-norm', variant(happyManifest, (m) => delete m.spec.placement), 'spec:'],
  [
    'portal-connection',
    variant(happyManifest, (m) => delete m.spec.integration.extranetPortal.method),
    'extranetPortal:',
  ],
  ['portal-connection', variant(internetPortal, (m) => delete m.spec.integration.internetPortal), 'integration:'],
  [
    'data-onboarding-has-resources',
    variant(onboarding, (m) => delete m.spec.integration.resourceCenter.method),
    'resourceCenter:',
  ],
  ['data-onboarding-has-resources', variant(onboarding, (m) => delete m.spec.dataResources), 'spec:'],
  ['conditional-sharing-terms', variant(happyManifest, shared('conditional')), 'sharing:'],
  ['not-shared-legal-basis', variant(happyManifest, shared('not-shared')), 'sharing:'],
  [
    'blocked-names-reason-and-owner',
    variant(happyManifest, (m) =>
      Object.assign(m.spec.schedule, { status: 'planned', blocked: { reason: '等待数据库许可', owner: '信息中心' } }),
    ),
    'blocked:',
  ],
];

const valueCases: [ruleId: string, manifest: unknown, value: string][] = [
  [
    'portal-connection',
    variant(internetPortal, (m) => (m.spec.integration.internetPortal = { connect: false })),
    'false',
  ],
  ['zombie-matches-disposition', variant(happyManifest, (m) => (m.spec.integration.zombie = true)), 'true'],
  ['blocked-names-reason-and-owner', variant(happyManifest, (m) => (m.spec.schedule.status = 'blocked')), 'blocked'],
];

describe('where rule findings point', () => {
  it.each(keyCases.map(([ruleId, manifest, key]) => [ruleId, key, manifest] as const))(
    '%s points at the key %j',
    (ruleId, key, manifest) => {
      expect(textAt(manifest, ruleId)).toMatch(new RegExp(`^${key}`));
    },
  );

  it.each(valueCases.map(([ruleId, manifest, value]) => [ruleId, value, manifest] as const))(
    '%s points at the value %j',
    (ruleId, value, manifest) => {
      expect(textAt(manifest, ruleId)).toBe(value);
    },
  );
});
