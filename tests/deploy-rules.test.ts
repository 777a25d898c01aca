import { DEFAULT_APPROVED_REGISTRY } from '../model/registry';
import { manifestRules } from '../validation/rules';
import { checkManifestRules } from '../validation/validate';
import { clone, entryOf, happyManifest, LAW_BASIS, ruleFindings } from './support/manifests';
import { internetPortal, variant } from './support/variants';

describe('rules a deploy depends on', () => {
  it('image-from-approved-registry judges against the registry it is given (validate --registry), the default otherwise', () => {
    const image = happyManifest().spec.placement!.workloads![0]!.image;
    expect(image.startsWith(`${DEFAULT_APPROVED_REGISTRY}/`)).toBe(true);
    const rule = (registry?: string) =>
      manifestRules(registry ? { approvedRegistry: registry } : {}).find(
        (candidate) => candidate.id === 'image-from-approved-registry',
      )!;
    expect(checkManifestRules(entryOf(happyManifest()), [rule()])).toEqual([]);
    const [finding] = checkManifestRules(entryOf(happyManifest()), [rule('harbor.example.gov.cn')]);
    expect(finding).toMatchObject({
      ruleId: 'image-from-approved-registry',
      field: 'spec.placement.workloads[0].image',
    });
    expect(finding!.message).toContain('not from the approved registry harbor.example.gov.cn');
    expect(finding!.hint).toContain('harbor.example.gov.cn/');
  });

  it('resource-center-sharing-type accepts the most restricted type of the resources, and names the resource that decides it', () => {
    const mixed = variant(happyManifest, (m) => {
      m.spec.dataResources.push({
        ...clone(m.spec.dataResources[0]),
        name: '执法记录',
        sharing: { type: 'not-shared', legalBasis: LAW_BASIS },
      });
      m.spec.integration.resourceCenter.sharingType = 'not-shared';
    });
    expect(ruleFindings([mixed], 'resource-center-sharing-type')).toEqual([]);
    const [finding] = ruleFindings(
      [
        variant(
          () => mixed,
          (m) => (m.spec.integration.resourceCenter.sharingType = 'conditional'),
        ),
      ],
      'resource-center-sharing-type',
    );
    expect(finding!.message).toContain('"执法记录"');
    expect(finding!.related![0]).toMatchObject({ file: 'manifests/m0.yaml' });
  });

  it('internet-only-unconditional-data flags each resource that is not unconditional, pointing at the exposed workload', () => {
    const both = variant(internetPortal, (m) => {
      m.spec.dataResources.push({
        ...clone(m.spec.dataResources[0]),
        name: '执法记录',
        sharing: { type: 'not-shared', legalBasis: LAW_BASIS },
      });
    });
    const findings = ruleFindings([both], 'internet-only-unconditional-data');
    expect(findings.map((finding) => finding.field)).toEqual(['spec.dataResources[1].sharing.type']);
    expect(findings[0]!.related![0]!.line).toBeGreaterThan(1);
    // The same data behind an extranet workload is fine.
    expect(
      ruleFindings(
        [
          variant(
            () => both,
            (m) => (m.spec.placement.workloads[0].exposure = 'extranet'),
          ),
        ],
        'internet-only-unconditional-data',
      ),
    ).toEqual([]);
  });

  it('portal-unified-identity also judges the method of a system that connects only to the internet portal', () => {
    const internetOnly = variant(
      internetPortal,
      (m) => (m.spec.integration.extranetPortal = { connect: false, method: 'unified-entry' }),
    );
    expect(ruleFindings([internetOnly], 'portal-unified-identity')).toHaveLength(1);
    expect(
      ruleFindings(
        [
          variant(
            () => internetOnly,
            (m) => (m.spec.integration.internetPortal.connect = false),
          ),
        ],
        'portal-unified-identity',
      ),
    ).toEqual([]);
  });
});
