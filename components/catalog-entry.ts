import type * as k8s from '@pulumi/kubernetes';
import type { DataResource, LegalBasisKind, SharingType, SystemMigration } from '../model/domain';
import { isArticle16Data, LEGAL_BASIS_KINDS, type Article16Facts } from '../model/sharing';
import { LABEL_PREFIX, systemAnnotations, systemLabels } from './labels';
import { RECORD_KIND_LABEL } from './system-record';
import { childName } from './system-options';

/** The record kind (label `envcloud.mee.gov.cn/record`) of a data resource published to the resource center. */
export const CATALOG_ENTRY_RECORD = 'catalog-entry';

/**
 * The labels a catalog entry carries the sharing facts in, so the policy pack reads them at deploy time
 * without parsing the catalog: its sharing type, whether it is article-16 data, its legal basis's kind.
 */
export const CATALOG_ENTRY_LABELS = {
  sharingType: `${LABEL_PREFIX}/sharing-type`,
  article16: `${LABEL_PREFIX}/article-16`,
  legalBasisKind: `${LABEL_PREFIX}/legal-basis-kind`,
} as const;

/** Annotations (not label-safe values): the catalog code and the resource's name. */
export const CATALOG_ENTRY_ANNOTATIONS = {
  catalogCode: `${LABEL_PREFIX}/catalog-code`,
  name: `${LABEL_PREFIX}/data-resource`,
} as const;

/** A legal basis kind label for a resource that cites none. */
export const NO_LEGAL_BASIS = 'none';

const SHARING_TYPES: readonly SharingType[] = ['unconditional', 'conditional', 'not-shared'];

/** What a catalog entry says of itself: the facts art. 16 is judged on, with the code and name. */
export interface CatalogEntryFacts extends Article16Facts {
  catalogCode: string;
  name: string;
}

/** The suffix of an entry's names: its sequence number in the system (`catalog-0001`), which never changes. */
export function catalogEntrySuffix(resource: Pick<DataResource, 'catalogCode'>): string {
  return `catalog-${resource.catalogCode.split('/')[1] ?? resource.catalogCode}`;
}

/** The ConfigMap that publishes one data resource of a system to the resource center. */
export function catalogEntryArgs(manifest: SystemMigration, resource: DataResource) {
  return {
    metadata: {
      name: childName(manifest, catalogEntrySuffix(resource)),
      namespace: 'resource-center',
      labels: {
        ...systemLabels(manifest),
        [RECORD_KIND_LABEL]: CATALOG_ENTRY_RECORD,
        [CATALOG_ENTRY_LABELS.sharingType]: resource.sharing.type,
        [CATALOG_ENTRY_LABELS.article16]: String(isArticle16Data(resource)),
        [CATALOG_ENTRY_LABELS.legalBasisKind]: resource.sharing.legalBasis?.kind ?? NO_LEGAL_BASIS,
      },
      annotations: {
        ...systemAnnotations(manifest),
        [CATALOG_ENTRY_ANNOTATIONS.catalogCode]: resource.catalogCode,
        [CATALOG_ENTRY_ANNOTATIONS.name]: resource.name,
      },
    },
    data: { 'entry.json': JSON.stringify(resource) },
  } satisfies k8s.core.v1.ConfigMapArgs;
}

/**
 * Reads a catalog entry's facts from a ConfigMap's inputs; undefined when the object is no catalog
 * entry or its labels do not say a sharing type (then it carries nothing to judge).
 */
export function readCatalogEntry(props: {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
}): CatalogEntryFacts | undefined {
  const labels = props.metadata?.labels ?? {};
  if (labels[RECORD_KIND_LABEL] !== CATALOG_ENTRY_RECORD) return undefined;
  const sharingType = labels[CATALOG_ENTRY_LABELS.sharingType] as SharingType | undefined;
  if (sharingType === undefined || !SHARING_TYPES.includes(sharingType)) return undefined;
  const kind = labels[CATALOG_ENTRY_LABELS.legalBasisKind];
  const annotations = props.metadata?.annotations ?? {};
  return {
    sharingType,
    article16: labels[CATALOG_ENTRY_LABELS.article16] === 'true',
    ...(kind !== undefined && LEGAL_BASIS_KINDS.includes(kind as LegalBasisKind)
      ? { legalBasisKind: kind as LegalBasisKind }
      : {}),
    catalogCode: annotations[CATALOG_ENTRY_ANNOTATIONS.catalogCode] ?? '',
    name: annotations[CATALOG_ENTRY_ANNOTATIONS.name] ?? '',
  };
}
