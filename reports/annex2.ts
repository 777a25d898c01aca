import { stringify } from 'csv-stringify/sync';
import { ANNEX2_COLUMNS, ANNEX2_FORM, annex2Row } from '../model/annex2-form';
import type { SystemMigration } from '../model/domain';
import { escapeHtml } from '../document/formats';
import { escapeNonPrintable } from '../document/printable';
import { managingUnits } from './metrics';

/** The systems of each unit, in order of the units' first system (the order of metrics.json's byUnit and annual-report/unit-NN.md); a jointly managed system under each of its units. */
export function systemsByUnit(systems: readonly SystemMigration[]): [string, SystemMigration[]][] {
  const byUnit = new Map<string, SystemMigration[]>();
  for (const manifest of [...systems].sort((a, b) => a.metadata.number - b.metadata.number)) {
    for (const unit of managingUnits(manifest)) {
      if (!byUnit.has(unit)) byUnit.set(unit, []);
      byUnit.get(unit)!.push(manifest);
    }
  }
  return [...byUnit];
}

/** 填表时间 as the form writes it: 2017年10月31日. */
export function formDate(day: string): string {
  return `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

/** A spreadsheet would run a cell that starts like a formula; a leading apostrophe keeps it text. */
function inert(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The form as CSV for WPS and Excel: UTF-8 with a byte-order mark, CRLF. The form's own lines first
 * (附 2, its title, 部门名称, 填表时间), then 系 统 整 合 意 见 and its group headings above their columns, then every column's heading, then one
 * record per system. Every cell has its non-printable characters written out (`\u{202E}`).
 */
export function annex2Csv(unit: string, systems: readonly SystemMigration[], filledOn: string): string {
  const groups = ANNEX2_COLUMNS.map((column, index) =>
    column.group && ANNEX2_COLUMNS[index - 1]?.group !== column.group ? column.group : '',
  );
  const records = [
    [ANNEX2_FORM.annex],
    [ANNEX2_FORM.title],
    [ANNEX2_FORM.unitLabel, `${unit} ${ANNEX2_FORM.sealNote}`],
    [ANNEX2_FORM.filledOnLabel, formDate(filledOn)],
    ANNEX2_COLUMNS.map((_, index) =>
      index === ANNEX2_COLUMNS.findIndex((column) => column.group) ? ANNEX2_FORM.opinionsHeading : '',
    ),
    groups,
    ANNEX2_COLUMNS.map((column) => column.label),
    ...systems.map((manifest) => {
      const row = annex2Row(manifest);
      return ANNEX2_COLUMNS.map((column) => row[column.id]);
    }),
  ].map((record) => record.map((cell) => inert(escapeNonPrintable(cell))));
  return `\uFEFF${stringify(records, { record_delimiter: 'windows' })}`;
}

const cell = (text: string): string => escapeHtml(escapeNonPrintable(text));

/** The form as a page to print: A4 landscape, the headings repeated on every page, one row per system. */
export function annex2Html(unit: string, systems: readonly SystemMigration[], filledOn: string): string {
  const grouped: { group: string; span: number }[] = [];
  for (const column of ANNEX2_COLUMNS) {
    if (!column.group) continue;
    const last = grouped.at(-1);
    if (last && last.group === column.group) last.span += 1;
    else grouped.push({ group: column.group, span: 1 });
  }
  const opinions = ANNEX2_COLUMNS.filter((column) => column.group);
  const [number, name] = ANNEX2_COLUMNS.slice(0, 2);
  const reason = ANNEX2_COLUMNS.at(-1)!;
  const rows = systems.map((manifest) => {
    const row = annex2Row(manifest);
    return `      <tr>${ANNEX2_COLUMNS.map((column) => `<td class="${column.id}">${cell(row[column.id])}</td>`).join('')}</tr>`;
  });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${cell(`${ANNEX2_FORM.title} — ${unit}`)}</title>
<style>
  @page { size: A4 landscape; margin: 12mm 10mm; }
  body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 10.5pt; margin: 0 auto; max-width: 277mm; color: #000; background: #fff; }
  .annex { margin: 0 0 4mm; font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
  h1 { font-size: 16pt; text-align: center; margin: 0 0 5mm; font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
  .header { display: flex; justify-content: space-between; margin: 0 0 3mm; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; }
  th, td { border: 0.5pt solid #000; padding: 1mm; vertical-align: middle; text-align: center; word-break: break-all; overflow-wrap: anywhere; }
  th { font-weight: normal; font-size: 8pt; }
  td { font-size: 8.5pt; }
  td.name, td.notIntegratedReason { text-align: left; }
  col.number { width: 8mm; } col.name { width: 34mm; } col.notIntegratedReason { width: 36mm; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  @media screen { body { padding: 10mm; } }
</style>
</head>
<body>
  <p class="annex">${cell(ANNEX2_FORM.annex)}</p>
  <h1>${cell(ANNEX2_FORM.title)}</h1>
  <div class="header">
    <p class="unit">${cell(ANNEX2_FORM.unitLabel)} <span>${cell(unit)}</span> ${cell(ANNEX2_FORM.sealNote)}</p>
    <p class="filled-on">${cell(ANNEX2_FORM.filledOnLabel)} <span>${cell(formDate(filledOn))}</span></p>
  </div>
  <table>
    <colgroup>${ANNEX2_COLUMNS.map((column) => `<col class="${column.id}">`).join('')}</colgroup>
    <thead>
      <tr><th rowspan="3">${cell(number!.label)}</th><th rowspan="3">${cell(name!.label)}</th><th colspan="${opinions.length}">${cell(ANNEX2_FORM.opinionsHeading)}</th><th rowspan="3">${cell(reason.label)}</th></tr>
      <tr>${grouped.map(({ group, span }) => `<th colspan="${span}">${cell(group)}</th>`).join('')}</tr>
      <tr>${opinions.map((column) => `<th>${cell(column.label)}</th>`).join('')}</tr>
    </thead>
    <tbody>
${rows.join('\n')}
    </tbody>
  </table>
</body>
</html>
`;
}

/** Each unit's form, `unit-NN.html` and `unit-NN.csv` (NN as in annual-report/), and an index of them. */
export function annex2Forms(systems: readonly SystemMigration[], filledOn: string): Record<string, string> {
  const files: Record<string, string> = {};
  const units = systemsByUnit(systems);
  units.forEach(([unit, own], index) => {
    const base = `unit-${String(index + 1).padStart(2, '0')}`;
    files[`${base}.html`] = annex2Html(unit, own, filledOn);
    files[`${base}.csv`] = annex2Csv(unit, own, filledOn);
  });
  files['index.html'] = `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>${cell(ANNEX2_FORM.title)}</title></head>
<body>
  <h1>${cell(ANNEX2_FORM.title)}</h1>
  <ol>
${units.map(([unit, own], index) => `    <li>${cell(unit)} (${own.length}): <a href="unit-${String(index + 1).padStart(2, '0')}.html">HTML</a> · <a href="unit-${String(index + 1).padStart(2, '0')}.csv">CSV</a></li>`).join('\n')}
  </ol>
</body>
</html>
`;
  return files;
}
