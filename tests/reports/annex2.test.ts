import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANNEX2_COLUMNS, ANNEX2_FORM } from '../../model/annex2-form';
import type { SystemMigration } from '../../model/domain';
import { managingUnits } from '../../model/units';
import { annex2Csv, annex2Forms, annex2Html } from '../../reports/annex2';
import { buildReport, DEFAULT_CENTERS } from '../../reports/build';
import { PLAN_FILE, SEEDS_DIR } from '../support/seeds';
import { committedManifests } from './support';

/** The form's three heading rows as the seed prints them (tab-separated cells, a PDF's table). */
function seedForm(): { labels: string[]; groups: string[]; opinions: string; header: string[] } {
  const lines = readFileSync(join(SEEDS_DIR, PLAN_FILE), 'utf8').split('\n');
  const annex = lines.findIndex((line) => line.trim() === '附 2');
  const at = lines.findIndex((line, index) => index > annex && line.startsWith('序号\t系统名称\t'));
  expect(annex).toBeGreaterThan(0);
  expect(at).toBeGreaterThan(annex);
  const [top, middle, leaves] = lines.slice(at, at + 3).map((line) =>
    line
      .split('\t')
      .map((cell) => cell.trim())
      .filter((cell) => cell !== ''),
  );
  return {
    // 序号, 系统名称, the opinion columns, and the last column (不予整合), which spans the three rows.
    labels: [top![0]!, top![1]!, ...leaves!, top!.at(-1)!],
    groups: middle!,
    opinions: top![2]!,
    header: lines
      .slice(annex, at)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  };
}

const records = (csv: string): string[][] =>
  parse(csv.slice(1), { record_delimiter: '\r\n', relax_column_count: true }) as string[][];
const dataRows = (csv: string): string[][] => records(csv).slice(7);

describe('Annex 2 opinion form per unit (附2 意见表)', () => {
  let manifests: SystemMigration[];
  beforeAll(async () => (manifests = await committedManifests()));
  const byNumber = (number: number): SystemMigration =>
    structuredClone(manifests.find((manifest) => manifest.metadata.number === number)!);

  it("has the seed's header and columns, in its order and wording", () => {
    const seed = seedForm();
    expect(ANNEX2_COLUMNS.map((column) => column.label)).toEqual(seed.labels);
    expect([...new Set(ANNEX2_COLUMNS.flatMap((column) => (column.group ? [column.group] : [])))]).toEqual(seed.groups);
    expect(ANNEX2_FORM.opinionsHeading).toBe(seed.opinions);
    // 附 2, the title, 部门名称: (盖章), 填表时间: 年 月 日
    expect(seed.header).toEqual([
      ANNEX2_FORM.annex,
      ANNEX2_FORM.title,
      `${ANNEX2_FORM.unitLabel} ${ANNEX2_FORM.sealNote}`,
      `${ANNEX2_FORM.filledOnLabel} 年 月 日`,
    ]);

    const system = byNumber(27);
    const csv = records(annex2Csv('环境影响评价司', [system], '2017-10-31'));
    expect(csv.slice(0, 4)).toEqual([
      ['附 2'],
      ['信息系统整合共享部门意见表'],
      ['部门名称:', '环境影响评价司 (盖章)'],
      ['填表时间:', '2017年10月31日'],
    ]);
    expect(csv[4]![2]).toBe(seed.opinions);
    expect(csv[5]!.filter((cell) => cell !== '')).toEqual(seed.groups);
    expect(csv[6]).toEqual(seed.labels);

    const html = annex2Html('环境影响评价司', [system], '2017-10-31');
    const headings = [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((match) => match[1]!.replace(/&quot;/g, '"'));
    expect(headings).toEqual([
      seed.labels[0],
      seed.labels[1],
      seed.opinions,
      seed.labels.at(-1),
      ...seed.groups,
      ...seed.labels.slice(2, -1),
    ]);
    expect(html).toContain('部门名称: <span>环境影响评价司</span> (盖章)');
    expect(html).toContain('填表时间: <span>2017年10月31日</span>');
  });

  it("lists one row per system of each unit, a jointly managed system on each of its units' forms", () => {
    const files = annex2Forms(manifests, '2017-10-31');
    const units = [...new Set(manifests.flatMap((manifest) => managingUnits(manifest.metadata.managingUnit)))];
    const csvs = Object.keys(files).filter((name) => name.endsWith('.csv'));
    expect(csvs).toHaveLength(units.length);
    const joint = manifests.find((manifest) => managingUnits(manifest.metadata.managingUnit).length > 1)!;
    let onForms = 0;
    for (const name of csvs) {
      const unit = records(files[name]!)[2]![1]!.replace(/ \(盖章\)$/, '');
      const expected = manifests
        .filter((manifest) => managingUnits(manifest.metadata.managingUnit).includes(unit))
        .map((manifest) => manifest.metadata.number)
        .sort((a, b) => a - b);
      const rows = dataRows(files[name]!);
      expect({ unit, numbers: rows.map((row) => Number(row[0])) }).toEqual({ unit, numbers: expected });
      expect(rows.every((row) => row.length === ANNEX2_COLUMNS.length)).toBe(true);
      if (rows.some((row) => Number(row[0]) === joint.metadata.number)) onForms += 1;
      // The page has the same rows as the CSV.
      expect((files[name.replace('.csv', '.html')]!.match(/<tr><td /g) ?? []).length).toBe(rows.length);
    }
    expect(onForms).toBe(managingUnits(joint.metadata.managingUnit).length);
    expect(onForms).toBeGreaterThan(1);
  });

  it("answers each column from the manifest, in the form's words", () => {
    const column = (id: string) => ANNEX2_COLUMNS.findIndex((candidate) => candidate.id === id);
    const row = (manifest: SystemMigration) => dataRows(annex2Csv('办公厅', [manifest], '2017-10-31'))[0]!;

    const merged = byNumber(27);
    merged.spec.disposition = { outcome: 'merge', businessSystem: 'air' };
    expect(row(merged)[column('businessSystem')]).toBe('是(大气环境管理系统)');
    expect(row(merged)[column('notIntegratedReason')]).toBe('');

    const exempt = byNumber(27);
    exempt.spec.disposition = { outcome: 'exempt', reason: '仅供本单位内部人事管理使用，涉及内部敏感信息，不宜整合。' };
    expect(row(exempt)[column('notIntegratedReason')]).toBe('仅供本单位内部人事管理使用，涉及内部敏感信息，不宜整合。');
    expect(row(exempt)[column('businessSystem')]).toBe('否');

    const onCloud = byNumber(27);
    onCloud.spec.integration.cloud = { migrate: true, alreadyOnCloud: true, hardwareToMinistryDataCenter: true };
    expect(row(onCloud).slice(column('cloud'), column('hardware') + 1)).toEqual(['是(已在云上)', '是']);

    const zombie = byNumber(27);
    zombie.spec.integration.zombie = true;
    expect(row(zombie)[column('zombie')]).toBe('是');
    expect(row(byNumber(27))[column('zombie')]).toBe('否');
  });

  it('opens in WPS and Excel: UTF-8 with a byte-order mark, CRLF, a formula kept as text', () => {
    const system = byNumber(27);
    system.metadata.name = '=HYPERLINK("http://x")';
    const csv = annex2Csv('办公厅', [system], '2017-10-31');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n').length).toBeGreaterThan(7);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(dataRows(csv)[0]![1]).toBe('\'=HYPERLINK("http://x")');
  });

  it('writes non-printable characters out, never raw, and escapes HTML', () => {
    const system = byNumber(27);
    system.metadata.name = 'evil\u202Etxt.exe\u001b[31m';
    system.spec.disposition = { outcome: 'exempt', reason: '<script>alert(1)</script>\u200B内部使用，详细理由如下。' };
    const csv = annex2Csv('办公厅\u0007', [system], '2017-10-31');
    const html = annex2Html('办公厅\u0007', [system], '2017-10-31');
    for (const text of [csv, html]) {
      expect(text.slice(1)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u202e]/);
      expect(text).toContain('evil\\u{202E}txt.exe\\u{1B}[31m');
      expect(text).toContain('办公厅\\u{7}');
      expect(text).toContain('\\u{200B}内部使用');
    }
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('prints on A4 landscape with the headings on every page', () => {
    const html = annex2Html('办公厅', [byNumber(27)], '2017-10-31');
    expect(html).toMatch(/@page \{ size: A4 landscape;/);
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('is part of envcloud report: annex2/unit-NN.html and .csv, numbered as annual-report/unit-NN.md', async () => {
    const systems = [byNumber(11), byNumber(27)];
    const files = await buildReport({ systems, centers: DEFAULT_CENTERS, asOf: '2026-12-01', lang: 'zh' });
    const units = [...new Set(systems.flatMap((manifest) => managingUnits(manifest.metadata.managingUnit)))];
    for (const [index, unit] of units.entries()) {
      const base = `unit-${String(index + 1).padStart(2, '0')}`;
      expect(files.get(`annex2/${base}.csv`)).toContain(`${unit} (盖章)`);
      expect(files.get(`annex2/${base}.html`)).toContain('填表时间: <span>2026年12月1日</span>');
      expect(files.get(`annual-report/${base}.md`)).toContain(unit);
    }
    expect(files.has(`annex2/unit-${String(units.length + 1).padStart(2, '0')}.csv`)).toBe(false);
  });
});
