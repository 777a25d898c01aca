import type { SystemMigration } from '../../model/domain';
import { clone, happyManifest } from './manifests';

// Variants of the happy manifest the rule tests (tests/rules.test.ts, tests/deploy-rules.test.ts,
// tests/cross-manifest-rules.test.ts) pass or break a rule with.

export type Mutation = (manifest: any) => void;

export const decommissioned = () => happyManifest({ disposition: { outcome: 'decommission' } });
export const exempt = () => happyManifest({ disposition: { outcome: 'exempt' } });
export const website = () => happyManifest({ disposition: { outcome: 'website-cluster' } });
export const onboarding = () => happyManifest({ disposition: { outcome: 'data-onboarding' } });
export const internetPortal = () => happyManifest({ disposition: { outcome: 'internet-portal' } });

/** A copy of the base manifest, changed by `mutate`. */
export function variant(base: () => SystemMigration, mutate: Mutation = () => undefined): SystemMigration {
  const manifest: any = clone(base());
  mutate(manifest);
  return manifest;
}

/** Shares the first data resource with the given type (and terms). */
export const shared =
  (type: string, extra: Record<string, unknown> = {}): Mutation =>
  (manifest) => {
    manifest.spec.dataResources[0].sharing = { type, ...extra };
  };

/** The rules across manifests, in the order MANIFEST_RULES lists them (tests/cross-manifest-rules.test.ts tests each). */
export const SET_RULE_IDS = [
  'unique-number',
  'unique-slug',
  'slugs-not-nested',
  'one-data-one-source',
  'unique-catalog-code',
  'website-domains-unique',
  'duplicate-construction',
];
