import { compareFindings, type Finding } from '../document/findings';
import { MAX_FINDINGS_PER_FILE } from '../document/limits';
import { msg, said } from '../document/i18n';
import type { SystemMigration } from '../model/domain';
import type { ManifestEntry, ManifestSummary } from './rules';
import type { RequestEntry } from './rules/requests';
import type { CorrectionEntry } from './rules/correction-context';

/** What a validation run found: all the formatters need. */
export interface FindingsReport {
  files: string[];
  findings: Finding[];
  errors: number;
  warnings: number;
}

export interface ValidationReport<M extends ManifestSummary = SystemMigration> extends FindingsReport {
  /** Manifests that passed the schema check (whole, or summarized when only findings were asked for). */
  manifests: ManifestEntry<M>[];
  /** Sharing requests (`kind: SharingRequest`) that passed their schema. */
  requests: RequestEntry[];
  /** Data corrections (`kind: DataCorrection`) that passed their schema. */
  corrections: CorrectionEntry[];
  /** With a cache: how many files' own results were found in it, and how many were checked. */
  cache?: { hits: number; misses: number };
}

/** A manifest that still lists fields the importer filled in (metadata.defaulted), which its unit has not confirmed. */
export interface UnconfirmedManifest {
  file: string;
  defaulted: string[];
}

/** What `envcloud validate` reports: the findings, the unconfirmed manifests, and how the cache served the run. */
export interface CheckedReport extends FindingsReport {
  unconfirmed: UnconfirmedManifest[];
  /** With a cache: files whose own results were found in it or checked, and whether the findings across files were reused. */
  cache?: { hits: number; misses: number; acrossFiles: 'reused' | 'found' };
}

/** The manifests, in file order, that still list importer defaults. */
export function unconfirmedManifests(
  entries: readonly { file: string; manifest: { metadata: { defaulted?: string[] } } }[],
): UnconfirmedManifest[] {
  return entries
    .filter((entry) => (entry.manifest.metadata.defaulted ?? []).length > 0)
    .map((entry) => ({ file: entry.file, defaulted: [...entry.manifest.metadata.defaulted!] }));
}

/**
 * Appends in a loop: `target.push(...items)` passes every item as an argument, and 500,000 findings
 * (1,000 systems sharing one name) overflowed the call stack.
 */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * The report with its findings in file order, counted, and at most `MAX_FINDINGS_PER_FILE` listed per
 * file. The counts are of every finding, listed or not.
 */
export function sortedReport<M extends ManifestSummary>(
  files: string[],
  findings: Finding[],
  manifests: ManifestEntry<M>[],
  requests: RequestEntry[],
  corrections: CorrectionEntry[] = [],
): ValidationReport<M> {
  return { ...sortedFindings(files, findings), manifests, requests, corrections };
}

/** The findings in file order, counted, and at most `MAX_FINDINGS_PER_FILE` listed per file. */
export function sortedFindings(files: string[], findings: Finding[]): FindingsReport {
  findings.sort(compareFindings);
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  return { files, findings: capPerFile(findings), errors, warnings: findings.length - errors };
}

/**
 * Keeps the first `limit` findings of each file (in their sorted order) and closes a longer list with
 * one `too-many-findings` finding counting the rest: past a hundred, more lines of the same mistake
 * help nobody, and 23,500 of them made a 5 MB report.
 */
export function capPerFile(sorted: readonly Finding[], limit: number = MAX_FINDINGS_PER_FILE): Finding[] {
  const kept: Finding[] = [];
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end < sorted.length && sorted[end]!.file === sorted[start]!.file) end++;
    for (let i = start; i < Math.min(end, start + limit); i++) kept.push(sorted[i]!);
    if (end - start > limit) kept.push(moreFindings(sorted, start + limit, end, limit));
    start = end;
  }
  return kept;
}

/** The closing finding for the findings [from, to) that are not listed: where the first is, and how many of each severity. */
function moreFindings(sorted: readonly Finding[], from: number, to: number, limit: number): Finding {
  const first = sorted[from]!;
  let errors = 0;
  for (let i = from; i < to; i++) if (sorted[i]!.severity === 'error') errors++;
  const warnings = to - from - errors;
  const both = errors > 0 && warnings > 0 ? 'yes' : 'no';
  return {
    file: first.file,
    line: first.line,
    column: first.column,
    severity: errors > 0 ? 'error' : 'warning',
    ruleId: 'too-many-findings',
    ...said(
      msg('findings.too-many', { count: to - from, errors, warnings, both }),
      msg('findings.too-many.hint', { limit }),
    ),
  };
}
