// Names are one line: a system's, its units', its contact's and its data resources'. A line break in one
// passed validate, then broke every output that lists names a line each (the text report printed a
// forged finding; catalog.csv and the annual reports carry the names too).
import { msg, said } from '../../document/i18n';
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
    for (const [path, name] of names)
      if (name !== undefined && /[\r\n]/.test(name))
        report({ path, ...said(msg('rule.names-on-one-line.message'), msg('rule.names-on-one-line.hint')) });
  },
);

/** What a unit wrote between joint units instead of `、`: the reports split on `、` alone. */
const OTHER_SEPARATOR = /[,，;；/／|｜]/u;

export const jointUnitsSeparated = perManifest(
  {
    id: 'joint-units-separated',
    severity: 'error',
    title: 'Joint units are separated by 、',
    clause: 'Plan Annex 1 (办公厅、行政体制与人事司); envcloud: the figures count each unit a system names',
  },
  ({ manifest }, report) => {
    // `规划财务司,办公厅` passed and made a unit of its own, with its own annual report and Annex 2 form.
    const units: [FieldPathSegments, string | undefined][] = [
      [['metadata', 'managingUnit'], manifest.metadata.managingUnit],
      [['metadata', 'reportingUnit'], manifest.metadata.reportingUnit],
    ];
    for (const [path, unit] of units) {
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
