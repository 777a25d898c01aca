import { BUSINESS_SYSTEM_NAMES } from '../../model/domain';
import {
  ARTICLE_16_BUSINESSES,
  ARTICLE_18_LEVELS,
  LEGAL_BASIS_KIND_NAMES,
  overallSharingType,
  sharingGaps,
  unfitForInternet,
} from '../../model/sharing';
import { msg, said } from '../../document/i18n';
import { foldForComparison } from './fold';
import { acrossManifests, perManifest, type ManifestEntry, type ManifestSummary } from './rule';
import { joined, relatedSaid } from './words';

export const conditionalSharingTerms = perManifest(
  {
    id: 'conditional-sharing-terms',
    severity: 'error',
    title: 'Conditionally shared data states its conditions and scope',
    clause: 'Sharing rules art. 17 (有条件共享类还应标明共享条件和共享范围); plan §三(一).1',
  },
  ({ manifest }, report) => {
    (manifest.spec.dataResources ?? []).forEach((resource, index) => {
      const missing = sharingGaps(resource).conditionalTerms;
      if (missing.length > 0) {
        report({
          path: ['spec', 'dataResources', index, 'sharing'],
          at: 'key',
          ...said(
            msg('rule.conditional-sharing-terms.message', {
              name: resource.name,
              missing: missing.length > 1 ? 'both' : missing[0]!,
            }),
            msg('rule.conditional-sharing-terms.hint', { missing: missing.length > 1 ? 'both' : missing[0]! }),
          ),
        });
      }
    });
  },
);

export const notSharedLegalBasis = perManifest(
  {
    id: 'not-shared-legal-basis',
    severity: 'error',
    title: 'Data that is not shared cites a law, an administrative regulation or a central document',
    clause:
      'Sharing rules art. 18 (必须提出书面申请并提供法律、行政法规或党中央、国务院文件等依据) and art. 4(一) (不予共享的，须提供相关法律、法规和政策依据); plan §三(一).1',
  },
  ({ manifest }, report) => {
    (manifest.spec.dataResources ?? []).forEach((resource, index) => {
      const gaps = sharingGaps(resource);
      if (gaps.legalBasis) {
        report({
          path: ['spec', 'dataResources', index, 'sharing'],
          at: 'key',
          ...said(
            msg('rule.not-shared-legal-basis.missing', { name: resource.name }),
            msg('rule.not-shared-legal-basis.missing.hint', {
              kinds: ARTICLE_18_LEVELS.map((kind) => `\`${kind}\``).join(', '),
            }),
          ),
        });
      } else if (gaps.legalBasisLevel) {
        const basis = resource.sharing.legalBasis!;
        report({
          path: ['spec', 'dataResources', index, 'sharing', 'legalBasis', 'kind'],
          ...said(
            msg('rule.not-shared-legal-basis.level', {
              name: resource.name,
              kindName: LEGAL_BASIS_KIND_NAMES[basis.kind],
              kind: basis.kind,
              title: basis.title,
            }),
            msg('rule.not-shared-legal-basis.level.hint', {
              levels: joined(
                ARTICLE_18_LEVELS.map((kind) =>
                  msg('rule.not-shared-legal-basis.kind', { kindName: LEGAL_BASIS_KIND_NAMES[kind], kind }),
                ),
              ),
            }),
          ),
        });
      }
    });
  },
);

export const article16UnconditionalSharing = perManifest(
  {
    id: 'article-16-unconditional-sharing',
    severity: 'error',
    title:
      'Business data of the eight core businesses is shared without conditions unless a law, an administrative regulation or a central document says otherwise',
    clause: 'Sharing rules art. 16 (应予以无条件共享) and art. 18 (法律、行政法规或党中央、国务院文件)',
  },
  ({ manifest }, report) => {
    (manifest.spec.dataResources ?? []).forEach((resource, index) => {
      if (!sharingGaps(resource).article16) return;
      const basis = resource.sharing.legalBasis;
      const businesses = ARTICLE_16_BUSINESSES[resource.catalogClass]
        .map((business) => BUSINESS_SYSTEM_NAMES[business])
        .join('、');
      report({
        path: basis
          ? ['spec', 'dataResources', index, 'sharing', 'legalBasis', 'kind']
          : ['spec', 'dataResources', index, 'sharing', 'type'],
        ...said(
          msg('rule.article-16-unconditional-sharing.message', {
            name: resource.name,
            catalogClass: resource.catalogClass,
            businesses,
            basis: basis ? 'weak' : 'none',
            kindName: basis ? LEGAL_BASIS_KIND_NAMES[basis.kind] : '',
            kind: basis?.kind ?? '',
            title: basis?.title ?? '',
          }),
          msg('rule.article-16-unconditional-sharing.hint'),
        ),
      });
    });
  },
);

export const sharingUsageStated = perManifest(
  {
    id: 'sharing-usage-stated',
    severity: 'error',
    title: 'Shared data states its usage requirement and sharing method',
    clause: 'Sharing rules art. 17 (应标明使用要求) and plan §三(一).1 (共享方式)',
  },
  ({ manifest }, report) => {
    (manifest.spec.dataResources ?? []).forEach((resource, index) => {
      const gaps = sharingGaps(resource);
      if (gaps.usage) {
        report({
          path: ['spec', 'dataResources', index, 'usage'],
          ...said(
            msg('rule.sharing-usage-stated.usage', { name: resource.name }),
            msg('rule.sharing-usage-stated.usage.hint'),
          ),
        });
      }
      if (gaps.methods) {
        report({
          path: ['spec', 'dataResources', index, 'methods'],
          ...said(
            msg('rule.sharing-usage-stated.methods', { name: resource.name }),
            msg('rule.sharing-usage-stated.methods.hint'),
          ),
        });
      }
    });
  },
);

export const internetOnlyUnconditionalData = perManifest(
  {
    id: 'internet-only-unconditional-data',
    severity: 'error',
    title: 'A system exposed on the internet zone holds only unconditionally shared data',
    clause:
      'Sharing rules art. 15 (按照共享程度分为三种类型) and art. 25 (不得向第三方提供); GB/T 22239-2019 8.1.3.1 (边界防护)',
  },
  (entry, report) => {
    const workloads = entry.manifest.spec.placement?.workloads ?? [];
    const exposed = workloads.findIndex((workload) => workload.exposure === 'internet');
    if (exposed < 0) return;
    const workload = workloads[exposed]!;
    const resources = entry.manifest.spec.dataResources ?? [];
    for (const resource of unfitForInternet(resources)) {
      const index = resources.indexOf(resource);
      // The policy pack judges the same thing at deploy time (internet-only-unconditional-data): said here first, where the unit can fix it.
      report({
        path: ['spec', 'dataResources', index, 'sharing', 'type'],
        ...said(
          msg('rule.internet-only-unconditional-data.message', {
            name: resource.name,
            type: resource.sharing.type,
            workload: workload.name,
          }),
          msg('rule.internet-only-unconditional-data.hint'),
        ),
        related: [
          {
            entry,
            path: ['spec', 'placement', 'workloads', exposed, 'exposure'],
            ...relatedSaid(msg('rule.internet-only-unconditional-data.workload')),
          },
        ],
      });
    }
  },
);

export const resourceCenterSharingType = perManifest(
  {
    id: 'resource-center-sharing-type',
    severity: 'error',
    title: "The system's overall sharing type agrees with its data resources",
    clause:
      'Annex 2 (数据共享类型(无条件共享/有条件共享/不予共享)) and plan §三(一).1 (共享类型（无条件共享、有条件共享、不予共享）)',
  },
  (entry, report) => {
    const { manifest } = entry;
    const declared = manifest.spec.integration.resourceCenter.sharingType;
    const resources = manifest.spec.dataResources ?? [];
    const expected = overallSharingType(resources);
    if (declared === undefined || expected === undefined || declared === expected) return;
    const decisive = resources.findIndex((resource) => resource.sharing.type === expected);
    report({
      path: ['spec', 'integration', 'resourceCenter', 'sharingType'],
      ...said(
        msg('rule.resource-center-sharing-type.message', { declared, expected, name: resources[decisive]!.name }),
        msg('rule.resource-center-sharing-type.hint', { expected }),
      ),
      related: [
        {
          entry,
          path: ['spec', 'dataResources', decisive, 'sharing', 'type'],
          ...relatedSaid(msg('rule.resource-center-sharing-type.decisive', { expected })),
        },
      ],
    });
  },
);

export const oneDataOneSource = acrossManifests(
  {
    id: 'one-data-one-source',
    severity: 'error',
    title: 'One data item, one source',
    clause: 'Plan §三(一).3 (遵循“一数一源”的原则采集信息，…不得重复采集可以通过共享方式获取的信息)',
  },
  (entries, report) => {
    const providers = new Map<string, { entry: ManifestEntry<ManifestSummary>; index: number }>();
    for (const entry of entries) {
      (entry.manifest.spec.dataResources ?? []).forEach((resource, index) => {
        // Names that differ only in width, case, spaces or punctuation are the same data resource.
        const key = foldForComparison(resource.name);
        const first = providers.get(key);
        if (!first) {
          providers.set(key, { entry, index });
          return;
        }
        if (first.entry === entry) {
          report({
            entry,
            path: ['spec', 'dataResources', index, 'name'],
            ...said(
              msg('rule.one-data-one-source.twice', { name: resource.name }),
              msg('rule.one-data-one-source.twice.hint'),
            ),
            related: [
              {
                entry,
                path: ['spec', 'dataResources', first.index, 'name'],
                ...relatedSaid(msg('rule.one-data-one-source.first-listing')),
              },
            ],
          });
          return;
        }
        const owner = first.entry.manifest.metadata;
        report({
          entry,
          path: ['spec', 'dataResources', index, 'name'],
          ...said(
            msg('rule.one-data-one-source.message', {
              name: resource.name,
              number: owner.number,
              system: owner.name,
              file: first.entry.file,
            }),
            msg('rule.one-data-one-source.hint'),
          ),
          related: [
            {
              entry: first.entry,
              path: ['spec', 'dataResources', first.index, 'name'],
              ...relatedSaid(msg('rule.one-data-one-source.provided-here')),
            },
          ],
        });
      });
    }
  },
);
