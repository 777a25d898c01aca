import type { ResourceValidationPolicy } from '@pulumi/policy';
import { readCatalogEntry } from '../../components/catalog-entry';
import { systemOf } from '../../components/resource-facts';
import { breaksArticle16, LEGAL_BASIS_KIND_NAMES } from '../../model/sharing';
import { definePolicy, type JudgedResource } from '../meta';
import { CONFIG_MAP_TYPE } from './records';
import { msg, t } from '../../document/i18n';

/** A catalog entry of article-16 data: what the policy judges. */
function article16Entry(resource: JudgedResource): boolean {
  return resource.type === CONFIG_MAP_TYPE && readCatalogEntry(resource.props)?.article16 === true;
}

export const sharingArticle16 = definePolicy<ResourceValidationPolicy>(
  {
    name: 'sharing-article-16',
    validateResource: (args, reportViolation) => {
      const entry = readCatalogEntry(args.props);
      if (!entry || !breaksArticle16(entry)) return;
      const system = systemOf(args.props);
      const basis = entry.legalBasisKind
        ? msg('policy.part.basis.below', {
            kind: entry.legalBasisKind,
            kindName: LEGAL_BASIS_KIND_NAMES[entry.legalBasisKind],
          })
        : msg('policy.part.basis.none');
      reportViolation(
        t('en', 'policy.finding.sharing-article-16.published', {
          who: system ? msg('policy.part.system', { number: system.number, slug: system.slug }) : args.name,
          name: entry.name,
          code: entry.catalogCode,
          type: entry.sharingType,
          basis,
        }),
      );
    },
  },
  {
    severity: 'critical',
    judges: {
      types: [CONFIG_MAP_TYPE],
      where: article16Entry,
      what: t('en', 'policy.what.article-16-entries'),
    },
    manifestField: ['spec', 'dataResources'],
    clause: 'Sharing rules art. 16 (应予以无条件共享) and art. 18 (法律、行政法规或党中央、国务院文件)',
    en: {
      description:
        'Article-16 data published to the resource center is shared without conditions unless a law, an administrative regulation or a central document says otherwise',
      remediation:
        'Set spec.dataResources[].sharing.type to unconditional, or cite in sharing.legalBasis a law, an administrative regulation or a central document (kind law, administrative-regulation or central-document).',
    },
    zh: {
      description: '发布到资源中心的第16条所列数据应无条件共享，除非有法律、行政法规或党中央、国务院文件依据',
      remediation:
        '将 spec.dataResources[].sharing.type 改为 unconditional，或在 sharing.legalBasis 中注明法律、行政法规或党中央、国务院文件依据（kind 为 law、administrative-regulation 或 central-document）。',
    },
  },
);
