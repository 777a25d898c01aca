import type { DataResource } from './domain';

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
