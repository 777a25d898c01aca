import { todayInChina } from '../model/calendar';
import { ALL_POLICIES } from './all';
import type { EnvcloudPolicy } from './meta';
import { WAIVED_FINDINGS, WAIVERS_CURRENT, WaiverLedger, waiverPolicies, withWaivers } from './waivers/apply';
import type { Waiver } from './waivers/load';

export interface PackOptions {
  /** Accepted exceptions (policies/waivers.yaml). Default: none. */
  waivers?: readonly Waiver[];
  /** The day waivers are judged against, YYYY-MM-DD. Default: today in China (`todayInChina`). */
  today?: string;
}

/** Names of the pack's policies, waiver policies included, for validating waivers and pack config. */
export function packRuleNames(): string[] {
  return [...ALL_POLICIES.map((policy) => policy.name), WAIVERS_CURRENT, WAIVED_FINDINGS];
}

/**
 * The policies the pack registers: every policy with the waivers applied, then the two waiver
 * policies. `pulumi preview --policy-pack policies` and `envcloud audit` both use this, so they agree.
 */
export function buildPack(options: PackOptions = {}): { policies: EnvcloudPolicy[]; ledger: WaiverLedger } {
  const waivers = options.waivers ?? [];
  const today = options.today ?? todayInChina();
  const ledger = new WaiverLedger();
  return {
    policies: [
      ...ALL_POLICIES.map((policy) => withWaivers(policy, waivers, ledger, today)),
      ...waiverPolicies(waivers, ledger, today),
    ],
    ledger,
  };
}
