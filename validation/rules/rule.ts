import type { SystemMigration } from '../../model/domain';
import type { FieldLocator, FieldPathSegments } from '../locate';
import type { RuleInfo } from './catalog';

/** A manifest that passed the schema check, with the means to locate its fields. */
export interface ManifestEntry {
  file: string;
  manifest: SystemMigration;
  locator: FieldLocator;
}

export interface Violation {
  entry: ManifestEntry;
  path: FieldPathSegments;
  /** Point at the field's key rather than its value (for fields that exist but are wrong as a whole). */
  at?: 'key' | 'value';
  message: string;
  hint?: string;
  related?: { entry: ManifestEntry; path: FieldPathSegments; message: string }[];
}

/** A rule beyond the schema. Every rule sees the whole set, so cross-manifest rules need no special case. */
export interface Rule extends RuleInfo {
  check(entries: readonly ManifestEntry[], report: (violation: Violation) => void): void;
}

/** A rule that looks at one manifest at a time. */
export function perManifest(
  info: RuleInfo,
  check: (entry: ManifestEntry, report: (violation: Omit<Violation, 'entry'>) => void) => void,
): Rule {
  return {
    ...info,
    check(entries, report) {
      for (const entry of entries) check(entry, (violation) => report({ entry, ...violation }));
    },
  };
}
