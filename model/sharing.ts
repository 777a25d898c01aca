import type { BusinessSystem, CatalogClass, DataResource, LegalBasis, LegalBasisKind, SharingType } from './domain';
import { enumValues } from './schema';
import type { SharingRequest } from './sharing-request.generated';

type SharingTerms = Pick<DataResource, 'sharing' | 'usage' | 'methods'>;

/** Kinds of legal basis (schema `legalBasisKind`), from the highest level to the lowest. */
export const LEGAL_BASIS_KINDS = enumValues('legalBasisKind') as readonly LegalBasisKind[];

/**
 * The kinds of basis of the level rules art. 18 names for data that is not shared: a law, an
 * administrative regulation, or a document of the Party Central Committee or the State Council
 * (法律、行政法规或党中央、国务院文件). Nothing lower (a departmental rule, an internal rule) will do.
 */
export const ARTICLE_18_LEVELS: readonly LegalBasisKind[] = ['law', 'administrative-regulation', 'central-document'];

/** Chinese names of the kinds of legal basis. */
export const LEGAL_BASIS_KIND_NAMES: Readonly<Record<LegalBasisKind, string>> = {
  law: '法律',
  'administrative-regulation': '行政法规',
  'central-document': '党中央、国务院文件',
  'departmental-rule': '部门规章',
  'normative-document': '规范性文件',
  'internal-rule': '内部规定',
};

/** Whether a basis is of the level rules art. 18 names. */
export function meetsArticle18(basis: LegalBasis | undefined): boolean {
  return basis !== undefined && ARTICLE_18_LEVELS.includes(basis.kind);
}

/** A legal basis as one line of text (the catalog CSV, messages): 《title》（documentNumber）article, issuer. */
export function legalBasisText(basis: LegalBasis | undefined): string {
  if (!basis) return '';
  return `《${basis.title}》（${basis.documentNumber}）${basis.article}，${basis.issuer}（${LEGAL_BASIS_KIND_NAMES[basis.kind]}）`;
}

/**
 * The business data of the eight core businesses is shared without conditions, rules art. 16(一) (综合政务管理等业务类数据).
 * Each catalog class, one of the five base
 * databases, holds the data of these businesses, so every class is article-16 data; art. 16(二) adds
 * information formed in administrative licensing and office work and information reported up by local
 * authorities, which the same classes hold. A class not in this table would not be article-16 data.
 */
export const ARTICLE_16_BUSINESSES: Readonly<Record<CatalogClass, readonly BusinessSystem[]>> = {
  'environmental-quality': ['air', 'water', 'soil'],
  'pollution-source': ['pollution-source', 'inspection-enforcement'],
  'ecological-protection': ['ecological-protection'],
  'nuclear-radiation-safety': ['nuclear-radiation-safety'],
  'integrated-management': ['integrated-office'],
};

/** Whether a data resource is article-16 data: its catalog class holds the business data art. 16 names. */
export function isArticle16Data(resource: Partial<Pick<DataResource, 'catalogClass'>>): boolean {
  return resource.catalogClass !== undefined && ARTICLE_16_BUSINESSES[resource.catalogClass] !== undefined;
}

/** The facts art. 16 is judged on, as a data resource states them or its catalog entry carries them. */
export interface Article16Facts {
  sharingType: SharingType;
  /** Whether the resource is article-16 data (isArticle16Data). */
  article16: boolean;
  /** The kind of its legal basis, when it cites one. */
  legalBasisKind?: LegalBasisKind | undefined;
}

/**
 * Rules art. 16 with art. 18: article-16 data is shared without conditions; marking it conditional or
 * not-shared needs a basis of the art. 18 level. The one reading validate and the policy pack share.
 */
export function breaksArticle16(facts: Article16Facts): boolean {
  if (!facts.article16 || facts.sharingType === 'unconditional') return false;
  return facts.legalBasisKind === undefined || !ARTICLE_18_LEVELS.includes(facts.legalBasisKind);
}

/**
 * What the sharing rules ask a data resource to state and it does not. Checked when a manifest is
 * validated and again by the policy pack at deploy time, so both enforce one reading of the rules.
 */
export interface SharingGaps {
  /** Art. 17: conditionally shared data states its conditions and scope. */
  conditionalTerms: ('conditions' | 'scope')[];
  /** Art. 18: data that is not shared cites its legal basis. */
  legalBasis: boolean;
  /** Art. 18: the basis of data that is not shared is a law, an administrative regulation or a central document. */
  legalBasisLevel: boolean;
  /** Art. 16: article-16 data shared only on conditions without a basis of the art. 18 level (needs `catalogClass`). */
  article16: boolean;
  /** Art. 17: shared data states its usage requirement. */
  usage: boolean;
  /** Plan §三(一).1: shared data states how it is shared. */
  methods: boolean;
}

export function sharingGaps(resource: SharingTerms & Partial<Pick<DataResource, 'catalogClass'>>): SharingGaps {
  const { sharing } = resource;
  const shared = sharing.type !== 'not-shared';
  return {
    conditionalTerms:
      sharing.type === 'conditional'
        ? (['conditions', 'scope'] as const).filter((field) => !sharing[field]?.trim())
        : [],
    legalBasis: sharing.type === 'not-shared' && !sharing.legalBasis,
    legalBasisLevel:
      sharing.type === 'not-shared' && sharing.legalBasis !== undefined && !meetsArticle18(sharing.legalBasis),
    // Not-shared article-16 data on a weak basis is already legalBasisLevel: said once.
    article16:
      sharing.type === 'conditional' &&
      breaksArticle16({
        sharingType: sharing.type,
        article16: isArticle16Data(resource),
        legalBasisKind: sharing.legalBasis?.kind,
      }),
    usage: shared && (resource.usage?.length ?? 0) === 0,
    methods: shared && (resource.methods?.length ?? 0) === 0,
  };
}

/** Sharing types from the most open to the most restricted (rules art. 15). */
const RESTRICTION: Readonly<Record<SharingType, number>> = { unconditional: 0, conditional: 1, 'not-shared': 2 };

/**
 * The sharing type of a system's data as a whole (Annex 2, `resourceCenter.sharingType`): that of its
 * most restricted data resource, since the whole can be shared no more openly than its least shareable
 * part. Undefined when the system lists no data resource.
 */
export function overallSharingType(resources: readonly Pick<DataResource, 'sharing'>[]): SharingType | undefined {
  let overall: SharingType | undefined;
  for (const { sharing } of resources)
    if (overall === undefined || RESTRICTION[sharing.type] > RESTRICTION[overall]) overall = sharing.type;
  return overall;
}

/**
 * Data a system exposed on the internet zone must not hold: whatever is not shared unconditionally
 * (rules art. 15 and 25). Checked when a manifest is validated and again by the policy pack.
 */
export function unfitForInternet<R extends Pick<DataResource, 'sharing'>>(resources: readonly R[]): R[] {
  return resources.filter((resource) => resource.sharing.type !== 'unconditional');
}

/**
 * Time limits of the sharing rules, in working days of the official calendar (model/calendar.ts).
 * Each is counted from the day after the event that starts it.
 */
export const WORKING_DAY_LIMITS = {
  /** Rules art. 21: a request for conditionally shared data is answered (提供单位应在5个工作日内予以答复). */
  conditionalRequest: 5,
  /** Plan §三(一).4: a request for data outside the catalog's sharing scope is answered (提供部门应在10个工作日内予以答复). */
  outsideScopeRequest: 10,
  /** Rules art. 23(四): a request from another national government department is answered (网信办应在10个工作日内予以答复). */
  externalRequest: 10,
  /** Rules art. 12: the catalog is updated after a change (15个工作日内). */
  catalogUpdate: 15,
  /**
   * Rules art. 7(四) and art. 8(二): a reported doubt or error is checked and answered. The rules say
   * 及时 without a number; envcloud's choice is the 10 working days plan §三(一).4 gives for a request.
   */
  correctionAnswer: 10,
} as const;

/** The ministry's information center (部信息中心): it catalogues and maintains the base data (rules art. 14). */
export const INFORMATION_CENTER = '信息中心';

/**
 * The longest a resource goes without a change in each update cycle (`updateCycle`), in days; past it
 * the resource is stale. Irregular resources have no cycle and are never stale.
 */
export const UPDATE_CYCLE_DAYS: Readonly<Record<DataResource['updateCycle'], number | undefined>> = {
  'real-time': 1,
  daily: 1,
  weekly: 7,
  monthly: 31,
  quarterly: 92,
  yearly: 366,
  irregular: undefined,
};

/**
 * Whether a request is a grant live on `asOf` (YYYY-MM-DD): granted, with or without conditions,
 * answered on or before that day, and not expired. A grant is live through its `expiresOn` day and
 * gone the day after. The plan's access set and the correction rules read grants by it.
 */
export function isLiveGrant(request: SharingRequest, asOf: string): boolean {
  const answer = request.spec.answer;
  if (!answer || (answer.decision !== 'granted' && answer.decision !== 'granted-with-conditions')) return false;
  if (answer.answeredOn > asOf) return false;
  return answer.expiresOn === undefined || asOf <= answer.expiresOn;
}
