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
    const byNumber = new Map(
      report.manifests.map((entry) => [entry.manifest.metadata.number, entry.manifest.metadata]),
    );
    for (const row of readInventory(root)) {
      expect(byNumber.get(row.number)).toMatchObject({
        name: row.name,
        managingUnit: row.managingUnit,
        reportingUnit: row.reportingUnit,
      });
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
    const warning = report.findings.find(
      (finding) => finding.ruleId === 'duplicate-construction' && finding.file.includes('s161-'),
    );
    expect(warning?.message).toContain('s036-');
  });

  it('give exactly the seven duplicate-construction groups of Annex 1 (nine similar pairs), each at its last member', () => {
    const numberOf = (file: string) => Number(/\/s(\d+)-/.exec(file)![1]);
    const groups = report.findings
      .filter((finding) => finding.ruleId === 'duplicate-construction')
      .map((finding) => ({
        at: numberOf(finding.file),
        members: [...finding.related!.map((related) => numberOf(related.file)), numberOf(finding.file)].sort(
          (a, b) => a - b,
        ),
        similarity: /name similarity ([0-9.–]+)/.exec(finding.message)![1],
        severity: finding.severity,
        field: finding.field,
      }))
      .sort((a, b) => a.members[0]! - b.members[0]!);
    const group = (members: number[], similarity: string) => ({
      at: members[members.length - 1],
      members,
      similarity,
      severity: 'warning',
      field: 'metadata.name',
    });
    expect(groups).toEqual([
      group([36, 161], '1.00'), // 化学品生产使用环境信息管理系统, built twice
      group([37, 39], '1.00'), // 全国持久性有机污染物统计年报(信息管理)系统
      group([38, 160], '0.84'), // 全国汞污染物排放(源)统计调查系统
      group([49, 68], '0.87'), // 国控重点污染源自动监控(与基础数据库)系统
      group([69, 72], '0.89'), // 华南 / 西南督察局办公自动化(系统)
      group([129, 131, 134], '0.92'), // 核安全中心配套数据库开发子项包件2, 3, 4: three pairs
      group([145, 172], '1.00'), // 办公系统 / 综合办公平台, once the units' names and generic words are removed
    ]);
  });
});
