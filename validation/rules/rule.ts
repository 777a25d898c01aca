import type { SystemMigration } from '../../model/domain';
import type { FieldLocator, FieldPathSegments } from '../../document/locate';
import type { Localized, Message } from '../../document/i18n';
import type { RuleInfo } from './catalog';

/**
 * What rules across manifests read of each one. It is kept for every file until all are read, so it
 * is small: holding whole manifests made garbage collection a sixth of `validate`'s time at 10,000
 * files. The type keeps set rules honest: they cannot read a field that is not summarized.
 */
export interface ManifestSummary {
  /** `defaulted` is not read by rules: validate ends with a note on the importer defaults still unconfirmed. */
  metadata: Pick<
    SystemMigration['metadata'],
    'number' | 'name' | 'slug' | 'previousSlugs' | 'managingUnit' | 'reportingUnit' | 'defaulted'
  >;
  spec: {
    disposition: Pick<SystemMigration['spec']['disposition'], 'outcome'>;
    /** `validate --baseline-dir` checks the change of the status against the baseline's. */
    schedule: Pick<SystemMigration['spec']['schedule'], 'status'>;
    /**
     * Sharing requests read the catalog from these: each resource's name, catalog code, sharing terms and
     * usage; the dated catalog rules (catalog-upkeep.ts) its update cycle and its days of change and publication.
     */
    dataResources?: Pick<
      NonNullable<SystemMigration['spec']['dataResources']>[number],
      'name' | 'catalogCode' | 'sharing' | 'usage' | 'updateCycle' | 'publishedOn' | 'lastChangedOn' | 'lastPublishedOn'
    >[];
    /** website-domains-unique reads the host name each site is served at. */
    placement?: { website?: { domain: string } };
  };
}

/** A manifest that passed the schema check (whole, or summarized), with the means to locate its fields. */
export interface ManifestEntry<M extends ManifestSummary = SystemMigration> {
  file: string;
  manifest: M;
  locator: FieldLocator;
}

export interface Violation<M extends ManifestSummary = SystemMigration> {
  entry: ManifestEntry<M>;
  path: FieldPathSegments;
  /** Point at the field's key rather than its value (for fields that exist but are wrong as a whole). */
  at?: 'key' | 'value';
  message: string;
  hint?: string;
  /** `message` and `hint` as catalog messages (`said`), printed in the reader's language. */
  localized?: Localized;
  related?: { entry: ManifestEntry<M>; path: FieldPathSegments; message: string; localized?: Message }[];
}

/** A rule that looks at one whole manifest at a time: it runs as each file is read. */
export interface ManifestRule extends RuleInfo {
  scope: 'manifest';
  checkOne(entry: ManifestEntry, report: (violation: Omit<Violation, 'entry'>) => void): void;
}

/** A rule across all manifests (uniqueness, duplication): it sees every manifest's summary at once. */
export interface SetRule extends RuleInfo {
  scope: 'set';
  check(
    entries: readonly ManifestEntry<ManifestSummary>[],
    report: (violation: Violation<ManifestSummary>) => void,
  ): void;
}

export type Rule = ManifestRule | SetRule;

export function perManifest(info: RuleInfo, checkOne: ManifestRule['checkOne']): ManifestRule {
  return { ...info, scope: 'manifest', checkOne };
}

export function acrossManifests(info: RuleInfo, check: SetRule['check']): SetRule {
  return { ...info, scope: 'set', check };
}

/**
 * The summary of a whole manifest. Its strings are copied: the parser's strings are slices of the
 * file's text, and one kept slice keeps the whole text alive.
 */
export function summarizeManifest(manifest: SystemMigration): ManifestSummary {
  const { number, name, slug, previousSlugs, managingUnit, reportingUnit, defaulted } = manifest.metadata;
  const { outcome } = manifest.spec.disposition;
  const resources = manifest.spec.dataResources;
  return {
    metadata: {
      number,
      name: detached(name),
      slug: detached(slug),
      managingUnit: detached(managingUnit),
      reportingUnit: detached(reportingUnit),
      ...(previousSlugs ? { previousSlugs: previousSlugs.map(detached) } : {}),
      ...(defaulted && defaulted.length > 0 ? { defaulted: defaulted.map(detached) } : {}),
    },
    spec: {
      disposition: { outcome: detached(outcome) },
      schedule: { status: manifest.spec.schedule.status },
      ...(manifest.spec.placement?.website
        ? { placement: { website: { domain: detached(manifest.spec.placement.website.domain) } } }
        : {}),
      ...(resources
        ? {
            dataResources: resources.map((resource) => ({
              name: detached(resource.name),
              catalogCode: detached(resource.catalogCode),
              sharing: {
                type: resource.sharing.type,
                ...(resource.sharing.conditions !== undefined
                  ? { conditions: detached(resource.sharing.conditions) }
                  : {}),
              },
              usage: [...resource.usage],
              updateCycle: resource.updateCycle,
              publishedOn: resource.publishedOn,
              ...(resource.lastChangedOn !== undefined ? { lastChangedOn: resource.lastChangedOn } : {}),
              ...(resource.lastPublishedOn !== undefined ? { lastPublishedOn: resource.lastPublishedOn } : {}),
            })),
          }
        : {}),
    },
  };
}

/** Slices shorter than this are copies already (V8's SlicedString::kMinLength). */
const SHORTEST_SLICE = 13;

/** A copy of the string that shares no storage with a larger one (a concatenation is flattened into new storage). */
function detached<T extends string>(text: T): T {
  return (text.length < SHORTEST_SLICE ? text : ` ${text}`.slice(1)) as T;
}
