import { BUSINESS_SYSTEM_NAMES } from '../../model/domain';
import {
  ARTICLE_16_BUSINESSES,
  ARTICLE_18_LEVELS,
  LEGAL_BASIS_KIND_NAMES,
  overallSharingType,
  sharingGaps,
  unfitForInternet,
} from '../../model/sharing';
import { foldForComparison } from './fold';
import { acrossManifests, perManifest, type ManifestEntry, type ManifestSummary } from './rule';

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
          message: `conditionally shared data resource "${resource.name}" does not state its ${missing.join(' and ')}`,
          hint: `add ${missing.map((field) => `\`${field}:\``).join(' and ')} under \`sharing\` (who may receive it, on what terms)`,
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
          message: `data resource "${resource.name}" is not shared but cites no law, regulation or policy`,
          hint: `add \`legalBasis:\` with its \`kind\` (${ARTICLE_18_LEVELS.map((kind) => `\`${kind}\``).join(', ')}), \`issuer\`, \`title\`, \`documentNumber\` and \`article\`, or share it`,
        });
      } else if (gaps.legalBasisLevel) {
        const basis = resource.sharing.legalBasis!;
        report({
          path: ['spec', 'dataResources', index, 'sharing', 'legalBasis', 'kind'],
          message: `data resource "${resource.name}" is not shared on the strength of ${LEGAL_BASIS_KIND_NAMES[basis.kind]} \`${basis.kind}\` (《${basis.title}》), below the level article 18 requires`,
          hint: `only ${ARTICLE_18_LEVELS.map((kind) => `${LEGAL_BASIS_KIND_NAMES[kind]} \`${kind}\``).join(', ')} can keep data from being shared: cite one, or share the data`,
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
        message: `data resource "${resource.name}" (${resource.catalogClass}: business data of ${businesses}) is shared only on conditions ${
          basis
            ? `on the strength of ${LEGAL_BASIS_KIND_NAMES[basis.kind]} \`${basis.kind}\` (《${basis.title}》), below the level article 18 names`
            : 'without any legal basis'
        }`,
        hint: 'article 16 data is shared without conditions: set `type: unconditional`, or cite under `legalBasis:` the law, administrative regulation or central document that restricts it',
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
          message: `shared data resource "${resource.name}" states no usage requirement`,
          hint: 'list at least one of `administrative-basis`, `work-reference`, `data-verification`, `business-collaboration`',
        });
      }
      if (gaps.methods) {
        report({
          path: ['spec', 'dataResources', index, 'methods'],
          message: `shared data resource "${resource.name}" states no sharing method`,
          hint: 'list at least one of `query`, `bulk-download`, `system-integration`',
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
        message: `data resource "${resource.name}" is \`${resource.sharing.type}\` but workload \`${workload.name}\` is exposed on the internet zone`,
        hint: 'expose the workload on `extranet` instead, or move the public part into a system that holds only unconditionally shared data',
        related: [
          {
            entry,
            path: ['spec', 'placement', 'workloads', exposed, 'exposure'],
            message: 'the workload exposed on the internet zone',
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
      message: `\`sharingType: ${declared}\` disagrees with the data resources: the most restricted of them is \`${expected}\` ("${resources[decisive]!.name}")`,
      hint: `set \`sharingType: ${expected}\` (the data as a whole is shared no more openly than its most restricted resource), or correct the resources' \`sharing.type\``,
      related: [
        {
          entry,
          path: ['spec', 'dataResources', decisive, 'sharing', 'type'],
          message: `the most restricted data resource is \`${expected}\``,
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
            message: `data resource "${resource.name}" is listed twice in this manifest`,
            hint: 'list each data resource once',
            related: [{ entry, path: ['spec', 'dataResources', first.index, 'name'], message: 'first listing' }],
          });
          return;
        }
        const owner = first.entry.manifest.metadata;
        report({
          entry,
          path: ['spec', 'dataResources', index, 'name'],
          message: `data resource "${resource.name}" is already provided by system ${owner.number} ${owner.name} (${first.entry.file})`,
          hint: 'each data item has one source: obtain it from the providing system through the resource center instead of collecting it again',
          related: [
            {
              entry: first.entry,
              path: ['spec', 'dataResources', first.index, 'name'],
              message: 'the data resource is provided here first',
            },
          ],
        });
      });
    }
  },
);
