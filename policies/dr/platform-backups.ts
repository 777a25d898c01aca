// A systems-only stack (`envcloud:platformStack`) holds its systems' data but not the backup plans,
// vaults and selections that back it up: those are its platform stack's. Judged alone, every wave
// stack failed `stateful-in-backup-plan` and `dr-tier-realised` under `pulumi up`, and the platform
// stack, holding no system, answered both not applicable: no stack judged the waves' backups. A
// systems-only stack is judged against what its platform stack exports (BACKUPS_OUTPUT), read through
// its StackReference, whose outputs the engine reads during the preview already.
import type { PolicyResource } from '@pulumi/policy';
import type { CenterRole } from '../../model/topology';
import {
  BACKUPS_OUTPUT,
  isDataTier,
  STACK_REFERENCE_TYPE,
  type DataTier,
  type PlatformBackups,
} from '../../model/tiers';
import { isUnknownValue, type UnknownValue } from '../unknowns';

const ROLES: readonly string[] = ['primary', 'same-city', 'remote'] satisfies CenterRole[];

/** What a stack knows of the backups of the platform its systems run on. */
export type PlatformView =
  /** No StackReference: the stack builds its own platform, judged on its own resources. */
  | { kind: 'own' }
  /** A systems-only stack whose platform stack exports its backups. */
  | { kind: 'platform'; stack: string; backups: PlatformBackups }
  /** A systems-only stack whose platform stack exports none (deployed by an older envcloud), or an unreadable one. */
  | { kind: 'unexported'; stack: string }
  /** A systems-only stack whose reference is not read yet: a judgement needing it rethrows `error`, which leaves it open. */
  | { kind: 'unknown'; error: UnknownValue };

/** The exported backups, when they have the shape the program writes (platformBackups); else undefined. */
export function readPlatformBackups(value: unknown): PlatformBackups | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { mode, copies } = value as Record<string, unknown>;
  if (mode !== 'aws' || typeof copies !== 'object' || copies === null || Array.isArray(copies)) return undefined;
  const read: Partial<Record<DataTier, CenterRole[]>> = {};
  for (const [tier, roles] of Object.entries(copies)) {
    if (!isDataTier(tier)) return undefined;
    if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string' && ROLES.includes(role)))
      return undefined;
    read[tier] = roles as CenterRole[];
  }
  return { mode, copies: read };
}

/**
 * The platform a stack's systems run on, as far as the DR policies judge it. A reference whose outputs are
 * not known yet answers `unknown`: each judgement that needs it is left open by rethrowing its error.
 */
export function platformViewOf(resources: readonly PolicyResource[]): PlatformView {
  const reference = resources.find((resource) => resource.type === STACK_REFERENCE_TYPE);
  if (!reference) return { kind: 'own' };
  try {
    const stack = String(reference.props.name ?? reference.name);
    const backups = readPlatformBackups(
      (reference.props.outputs as Record<string, unknown> | undefined)?.[BACKUPS_OUTPUT],
    );
    return backups ? { kind: 'platform', stack, backups } : { kind: 'unexported', stack };
  } catch (error) {
    if (isUnknownValue(error)) return { kind: 'unknown', error };
    throw error;
  }
}

/** The tiers a platform's backup plans select, by the tag value they take. */
export function platformSelectedTiers(view: PlatformView): string[] {
  return view.kind === 'platform' ? Object.keys(view.backups.copies) : [];
}
