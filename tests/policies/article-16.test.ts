import * as k8s from '@pulumi/kubernetes';
import { auditResources } from '../../audit/run';
import {
  CATALOG_ENTRY_LABELS,
  catalogEntryArgs,
  NO_LEGAL_BASIS,
  readCatalogEntry,
} from '../../components/catalog-entry';
import { judgeResource } from '../../engine/policy-run';
import type { DataResource, SystemMigration } from '../../model/domain';
import { sharingArticle16 } from '../../policies/seed/article-16';
import { clone, entryOf, happyManifest, INTERNAL_RULE_BASIS, LAW_BASIS } from '../support/manifests';
import { violationsOf } from './support';

/** The happy manifest's first data resource, with one change. */
function resourceWith(change: (resource: DataResource) => void): { manifest: SystemMigration; resource: DataResource } {
  const manifest = clone(happyManifest());
  const resource = manifest.spec.dataResources![0]!;
  change(resource);
  return { manifest, resource };
}

const entry = (change: (resource: DataResource) => void = () => undefined) => {
  const { manifest, resource } = resourceWith(change);
  return catalogEntryArgs(manifest, resource);
};

const CONDITIONAL = { type: 'conditional', conditions: '仅限执法使用', scope: '部内执法单位' } as const;

describe('the catalog entry a system publishes to the resource center', () => {
  it('carries the sharing type, article 16 and the legal basis kind as labels, and reads back', () => {
    const args = entry((resource) => (resource.sharing = { ...CONDITIONAL, legalBasis: LAW_BASIS }));
    expect(args.metadata.labels).toMatchObject({
      [CATALOG_ENTRY_LABELS.sharingType]: 'conditional',
      [CATALOG_ENTRY_LABELS.article16]: 'true',
      [CATALOG_ENTRY_LABELS.legalBasisKind]: 'law',
    });
    expect(readCatalogEntry(args)).toMatchObject({
      sharingType: 'conditional',
      article16: true,
      legalBasisKind: 'law',
    });
    expect(entry().metadata.labels[CATALOG_ENTRY_LABELS.legalBasisKind]).toBe(NO_LEGAL_BASIS);
    expect(readCatalogEntry(entry())).not.toHaveProperty('legalBasisKind');
  });
});

describe('sharing-article-16', () => {
  it('passes the happy manifest’s unconditional article-16 data', async () => {
    expect(await violationsOf(sharingArticle16, k8s.core.v1.ConfigMap, entry())).toEqual([]);
  });
  it('fails article-16 data marked conditional without a basis', async () => {
    const args = entry((resource) => (resource.sharing = { ...CONDITIONAL }));
    expect(await violationsOf(sharingArticle16, k8s.core.v1.ConfigMap, args)).toEqual([
      expect.stringMatching(/publishes article-16 data .* as conditional without a legal basis/),
    ]);
  });
  it('fails article-16 data not shared on an internal rule, and passes it on a law', async () => {
    const weak = entry((resource) => (resource.sharing = { type: 'not-shared', legalBasis: INTERNAL_RULE_BASIS }));
    expect(await violationsOf(sharingArticle16, k8s.core.v1.ConfigMap, weak)).toEqual([
      expect.stringContaining('as not-shared on a internal-rule (内部规定)'),
    ]);
    const law = entry((resource) => (resource.sharing = { type: 'not-shared', legalBasis: LAW_BASIS }));
    expect(await violationsOf(sharingArticle16, k8s.core.v1.ConfigMap, law)).toEqual([]);
  });
  it('is not applicable to an entry of data outside the article-16 categories, nor to other ConfigMaps', async () => {
    const args = entry((resource) => (resource.sharing = { ...CONDITIONAL }));
    args.metadata.labels[CATALOG_ENTRY_LABELS.article16] = 'false';
    const outside = await judgeResource(sharingArticle16, {
      type: 'kubernetes:core/v1:ConfigMap',
      name: 'entry',
      urn: 'urn:pulumi:prod::envcloud::kubernetes:core/v1:ConfigMap::entry',
      props: args,
    });
    expect(outside).toMatchObject({ violations: [], applicable: false });
    // A ConfigMap that is no catalog entry at all (no labels of one).
    const plain = await judgeResource(sharingArticle16, {
      type: 'kubernetes:core/v1:ConfigMap',
      name: 'other',
      urn: 'urn:pulumi:prod::envcloud::kubernetes:core/v1:ConfigMap::other',
      props: { metadata: { name: 'other', labels: {} }, data: {} },
    });
    expect(plain).toMatchObject({ violations: [], applicable: false });
  });
  it('locates a finding at the system’s manifest in the audit', async () => {
    const { manifest, resource } = resourceWith((changed) => (changed.sharing = { ...CONDITIONAL }));
    const report = await auditResources({
      stack: 'prod',
      today: '2026-11-22',
      entries: [entryOf(manifest, 'manifests/s900.yaml')],
      resources: [
        {
          type: 'kubernetes:core/v1:ConfigMap',
          name: 'entry',
          urn: 'urn:pulumi:prod::envcloud::kubernetes:core/v1:ConfigMap::entry',
          props: catalogEntryArgs(manifest, resource),
        },
      ],
    });
    const found = report.findings.filter((finding) => finding.policy === 'sharing-article-16');
    expect(found).toMatchObject([
      { severity: 'critical', status: 'fail', location: { file: 'manifests/s900.yaml', line: expect.any(Number) } },
    ]);
    const none = await auditResources({ stack: 'prod', today: '2026-11-22', resources: [] });
    expect(none.policies.find((policy) => policy.name === 'sharing-article-16')).toMatchObject({
      status: 'not-applicable',
    });
  });
});
