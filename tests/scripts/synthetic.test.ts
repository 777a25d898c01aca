import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInventory } from '../../inventory/annex1';
import { annex1DuplicateGroups, writeRealisticManifests, writeSyntheticManifests } from '../../scripts/synthetic';
import { validatePaths } from '../../validation/validate';

/** The benchmark's sets must hold the work they claim: none in the clean set, Annex 1's in the realistic one. */
describe('synthetic manifest sets (npm run bench:validate)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'envcloud-synthetic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('Annex 1 has seven groups of alike systems, fifteen systems in all', () => {
    const rows = readInventory();
    const groups = annex1DuplicateGroups(rows).map((group) => group.map((index) => rows[index]!.number));
    expect(groups.sort((a, b) => a[0]! - b[0]!)).toEqual([
      [36, 161],
      [37, 39],
      [38, 160],
      [49, 68],
      [69, 72],
      [129, 131, 134],
      [145, 172],
    ]);
  });

  it('clean: every file valid, no warning', async () => {
    writeSyntheticManifests(dir, 200);
    const report = await validatePaths([dir]);
    expect(report.files).toHaveLength(200);
    expect(report.findings).toEqual([]);
  });

  it("realistic: Annex 1's groups in each run of its rows, and one mistake in 3% of the other files, each found", async () => {
    const set = writeRealisticManifests(dir, 400);
    expect(readdirSync(dir)).toHaveLength(400);
    // Two full runs of 182 rows (7 groups each) and rows 0-35 of a third, which hold no whole group.
    expect(set).toMatchObject({ files: 400, duplicateGroups: 14, duplicateMembers: 30, filesWithErrors: 11 });
    const report = await validatePaths([dir]);
    const warnings = report.findings.filter((finding) => finding.severity === 'warning');
    expect(warnings.map((finding) => finding.ruleId)).toEqual(Array(14).fill('duplicate-construction'));
    const errorFiles = new Set(
      report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.file),
    );
    expect(errorFiles.size).toBe(11);
    // Every kind of mistake is made, and each earns its finding.
    expect(Object.values(set.mistakes)).toHaveLength(5);
    expect(
      new Set(report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId)),
    ).toEqual(
      new Set([
        'schema-enum',
        'schema-unknown-field',
        'schema-required',
        'schema-range',
        'schema-format',
        'zombie-matches-disposition',
      ]),
    );
  });
});
