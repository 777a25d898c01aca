import { stringify } from 'csv-stringify/sync';
import { CATALOG_CLASSES, type CatalogClass, type DataResource, type SystemMigration } from '../model/domain';
import {
  CATALOG_CLASS_NAMES,
  FORMAT_NAMES,
  METHOD_NAMES,
  OPENNESS_NAMES,
  SHARING_TYPE_NAMES,
  UPDATE_CYCLE_NAMES,
  USAGE_NAMES,
  type Language,
} from './labels';
import { legalBasisText } from '../model/sharing';

/** One entry of the information resource catalog (一个目录): a data resource and the system that provides it. */
export interface CatalogEntry extends DataResource {
  systemNumber: number;
  systemName: string;
  managingUnit: string;
}

/** The catalog grouped by the five base databases, each group in system order. */
/**
 * The catalog grouped by class; with `asOf`, as it stood that day: a resource published later is not in it
 * yet (a report as of 2017-11-15 listed 119 entries first published on 2017-12-31).
 */
export function resourceCatalog(
  manifests: readonly SystemMigration[],
  asOf?: string,
): Record<CatalogClass, CatalogEntry[]> {
  const groups = Object.fromEntries(
    CATALOG_CLASSES.map((catalogClass) => [catalogClass, [] as CatalogEntry[]]),
  ) as Record<CatalogClass, CatalogEntry[]>;
  const ordered = [...manifests].sort((a, b) => a.metadata.number - b.metadata.number);
  for (const { metadata, spec } of ordered) {
    for (const resource of spec.dataResources ?? []) {
      if (asOf !== undefined && resource.publishedOn > asOf) continue;
      groups[resource.catalogClass].push({
        ...resource,
        systemNumber: metadata.number,
        systemName: metadata.name,
        managingUnit: metadata.managingUnit,
      });
    }
  }
  return groups;
}

const COLUMNS: Record<Language, string[]> = {
  zh: [
    '信息资源代码',
    '目录分类',
    '信息资源名称',
    '资源格式',
    '资源摘要',
    '提供单位',
    '更新周期',
    '发布日期',
    '共享类型',
    '共享条件',
    '共享范围',
    '不予共享依据',
    '共享方式',
    '开放属性',
    '使用要求',
    '系统序号',
    '系统名称',
    '管理单位',
  ],
  en: [
    'Catalog code',
    'Catalog class',
    'Name',
    'Format',
    'Description',
    'Providing unit',
    'Update cycle',
    'Published on',
    'Sharing type',
    'Conditions',
    'Scope',
    'Legal basis',
    'Methods',
    'Openness',
    'Usage',
    'System number',
    'System name',
    'Managing unit',
  ],
};

/** A spreadsheet would run a cell that starts like a formula; a leading apostrophe keeps it text. */
function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The catalog as CSV that spreadsheet software opens with its Chinese intact: UTF-8 with a byte-order
 * mark, CRLF line ends, every field quoted where needed.
 */
export function catalogCsv(catalog: Record<CatalogClass, CatalogEntry[]>, lang: Language): string {
  const rows = CATALOG_CLASSES.flatMap((catalogClass) =>
    catalog[catalogClass].map((entry) =>
      [
        entry.catalogCode,
        CATALOG_CLASS_NAMES[lang][catalogClass],
        entry.name,
        FORMAT_NAMES[lang][entry.format],
        entry.description,
        entry.providingUnit,
        UPDATE_CYCLE_NAMES[lang][entry.updateCycle],
        entry.publishedOn,
        SHARING_TYPE_NAMES[lang][entry.sharing.type],
        entry.sharing.conditions ?? '',
        entry.sharing.scope ?? '',
        legalBasisText(entry.sharing.legalBasis),
        entry.methods.map((method) => METHOD_NAMES[lang][method]).join(lang === 'zh' ? '；' : '; '),
        OPENNESS_NAMES[lang][entry.openness],
        entry.usage.map((usage) => USAGE_NAMES[lang][usage]).join(lang === 'zh' ? '；' : '; '),
        String(entry.systemNumber),
        entry.systemName,
        entry.managingUnit,
      ].map(inert),
    ),
  );
  return `\uFEFF${stringify([COLUMNS[lang], ...rows], { record_delimiter: 'windows' })}`;
}
