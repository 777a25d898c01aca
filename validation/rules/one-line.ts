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
