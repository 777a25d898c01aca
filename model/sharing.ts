import type { DataResource, SharingType } from './domain';

type SharingTerms = Pick<DataResource, 'sharing' | 'usage' | 'methods'>;

/**
 * What the sharing rules ask a data resource to state and it does not. Checked when a manifest is
 * validated and again by the policy pack at deploy time, so both enforce one reading of the rules.
 */
export interface SharingGaps {
  /** Art. 17: conditionally shared data states its conditions and scope. */
  conditionalTerms: ('conditions' | 'scope')[];
  /** Art. 18: data that is not shared cites its legal basis. */
  legalBasis: boolean;
  /** Art. 17: shared data states its usage requirement. */
  usage: boolean;
  /** Plan §三(一).1: shared data states how it is shared. */
  methods: boolean;
}

export function sharingGaps(resource: SharingTerms): SharingGaps {
  const { sharing } = resource;
  const shared = sharing.type !== 'not-shared';
  return {
    conditionalTerms: sharing.type === 'conditional' ? (['conditions', 'scope'] as const).filter((field) => !sharing[field]?.trim()) : [],
    legalBasis: sharing.type === 'not-shared' && !sharing.legalBasis?.trim(),
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
  for (const { sharing } of resources) if (overall === undefined || RESTRICTION[sharing.type] > RESTRICTION[overall]) overall = sharing.type;
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
} as const;
