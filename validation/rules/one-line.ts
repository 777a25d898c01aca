// Names are one line: a system's, its units', its contact's and its data resources'. A line break in one
// passed validate, then broke every output that lists names a line each (the text report printed a
// forged finding; catalog.csv and the annual reports carry the names too).
import { msg, said } from '../../document/i18n';
import { didYouMean } from '../../document/suggest';
import { INVENTORY_UNITS, managingUnits } from '../../model/units';
import type { SystemMigration } from '../../model/domain';
import type { FieldPathSegments } from '../../document/locate';
import { perManifest } from './rule';

export const namesOnOneLine = perManifest(
  {
    id: 'names-on-one-line',
    severity: 'error',
    title: 'A name is written on one line',
    clause: 'Sharing rules art. 11 (the catalog); envcloud: names are listed a line each',
  },
  ({ manifest }, report) => {
    const { metadata, spec } = manifest;
    const names: [FieldPathSegments, string | undefined][] = [
      [['metadata', 'name'], metadata.name],
      [['metadata', 'managingUnit'], metadata.managingUnit],
      [['metadata', 'reportingUnit'], metadata.reportingUnit],
      [['metadata', 'contact', 'name'], metadata.contact.name],
      ...(spec.dataResources ?? []).flatMap((resource, index): [FieldPathSegments, string | undefined][] => [
        [['spec', 'dataResources', index, 'name'], resource.name],
        [['spec', 'dataResources', index, 'providingUnit'], resource.providingUnit],
      ]),
    ];
    for (const violation of lineBreaks(names)) report(violation);
  },
);

/** A violation of names-on-one-line for each named field whose value holds a line break (requests' and corrections' too). */
export function lineBreaks(
  names: readonly [FieldPathSegments, string | undefined][],
): ({ path: FieldPathSegments } & ReturnType<typeof said>)[] {
  return names
    .filter(([, name]) => name !== undefined && /[\r\n]/.test(name))
    .map(([path]) => ({ path, ...said(msg('rule.names-on-one-line.message'), msg('rule.names-on-one-line.hint')) }));
}

/** What a unit wrote between joint units instead of `、`: the reports split on `、` alone. */
const OTHER_SEPARATOR = /[,，;；/／|｜]/u;

/** A system's unit fields, managing and reporting, each with where it is. */
function unitFields(manifest: SystemMigration): [FieldPathSegments, string | undefined][] {
  return [
    [['metadata', 'managingUnit'], manifest.metadata.managingUnit],
    [['metadata', 'reportingUnit'], manifest.metadata.reportingUnit],
  ];
}

export const unitInInventory = perManifest(
  {
    id: 'unit-in-inventory',
    severity: 'warning',
    title: "A system's units are units of the ministry, as the inventory names them",
    clause: 'Plan Annex 1 (系统管理单位, 系统填报单位); envcloud: the reports count each unit a system names',
  },
  ({ manifest }, report) => {
    // `国家发展改革委`, or `规财司` for 规划财务司, passed and got a report and an Annex 2 form of its own.
    for (const [path, text] of unitFields(manifest)) {
      for (const unit of text === undefined || OTHER_SEPARATOR.test(text) ? [] : managingUnits(text)) {
        if (INVENTORY_UNITS.includes(unit)) continue;
        const suggestion = didYouMean(unit, INVENTORY_UNITS);
        report({
          path,
          ...said(
            msg('rule.unit-in-inventory.message', { unit }),
            suggestion
              ? msg('rule.unit-in-inventory.hint-suggest', { suggestion })
              : msg('rule.unit-in-inventory.hint'),
          ),
        });
      }
    }
  },
);

export const jointUnitsSeparated = perManifest(
  {
    id: 'joint-units-separated',
    severity: 'error',
    title: 'Joint units are separated by 、',
    clause: 'Plan Annex 1 (办公厅、行政体制与人事司); envcloud: the figures count each unit a system names',
  },
  ({ manifest }, report) => {
    // `规划财务司,办公厅` passed and made a unit of its own, with its own annual report and Annex 2 form.
    for (const [path, unit] of unitFields(manifest)) {
      const separator = unit === undefined ? null : OTHER_SEPARATOR.exec(unit);
      if (separator)
        report({
          path,
          ...said(
            msg('rule.joint-units-separated.message', { separator: separator[0] }),
            msg('rule.joint-units-separated.hint'),
          ),
        });
    }
  },
);
