import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInventory } from '../inventory/annex1';
import { OUTCOMES } from '../model/domain';
import { validatePaths, type ValidationReport } from '../validation/validate';

const root = join(__dirname, '..');

describe('the committed manifests of the 182 Annex 1 systems', () => {
  let report: ValidationReport;
  beforeAll(async () => {
    report = await validatePaths(['manifests'], { cwd: root });
  });

  it('validate with no errors', () => {
    expect(report.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(report.files).toHaveLength(182);
    expect(report.manifests).toHaveLength(182);
  });

  it('cover every inventory number exactly once, with the Annex 1 names and units', () => {
    const byNumber = new Map(report.manifests.map((entry) => [entry.manifest.metadata.number, entry.manifest.metadata]));
    for (const row of readInventory(root)) {
      expect(byNumber.get(row.number)).toMatchObject({ name: row.name, managingUnit: row.managingUnit, reportingUnit: row.reportingUnit });
    }
  });

  it('carry the dispositions of Annex 1 (all nine outcomes occur)', () => {
    const counts = new Map<string, number>();
    for (const entry of report.manifests) {
      const outcome = entry.manifest.spec.disposition.outcome;
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([...OUTCOMES].sort());
    expect(counts.get('exempt')).toBe(32);
    expect(counts.get('decommission')).toBe(9);
    expect(counts.get('merge')).toBe(72);
  });

  it('each start with the yaml-language-server schema modeline', () => {
    for (const file of readdirSync(join(root, 'manifests'))) {
      const first = readFileSync(join(root, 'manifests', file), 'utf8').split('\n')[0];
      expect(first).toBe('# yaml-language-server: $schema=../schema/system-migration.v1.schema.json');
    }
  });

  it('surface the duplicate construction Annex 1 contains as warnings (nos. 36 and 161 share a name)', () => {
    const warning = report.findings.find((finding) => finding.ruleId === 'duplicate-construction' && finding.file.includes('s161-'));
    expect(warning?.message).toContain('s036-');
  });
});
