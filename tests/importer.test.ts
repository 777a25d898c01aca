import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInventory, readInventory } from '../inventory/annex1';
import { planImport } from '../inventory/import';
import { dispositionFor } from '../inventory/recommendation';
import { slugFor } from '../inventory/defaults';
import { INVENTORY_UNITS, managingUnits } from '../model/units';

const root = join(__dirname, '..');
const rows = readInventory(root);

function apply(dir: string, force = false) {
  const plan = planImport(rows, dir, { force });
  for (const item of plan)
    if (item.action !== 'unchanged' && item.action !== 'kept-edited') writeFileSync(join(dir, item.file), item.content);
  return plan;
}

const actions = (plan: ReturnType<typeof planImport>) =>
  plan.reduce<Record<string, number>>(
    (counts, item) => ({ ...counts, [item.action]: (counts[item.action] ?? 0) + 1 }),
    {},
  );

describe('the Annex 1 importer', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'envcloud-import-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reproduces the committed manifests exactly (re-running gives no diff)', () => {
    expect(actions(planImport(rows, join(root, 'manifests')))).toEqual({ unchanged: 182 });
  });

  it('creates all 182, then changes nothing on a second run', () => {
    expect(actions(apply(dir))).toEqual({ create: 182 });
    expect(actions(apply(dir))).toEqual({ unchanged: 182 });
  });

  it('never overwrites a manifest a unit has edited, unless forced', () => {
    apply(dir);
    const file = join(dir, planImport(rows, dir)[26]!.file);
    const edited = readFileSync(file, 'utf8').replace('name: 待确认', 'name: 张三');
    writeFileSync(file, edited);
    const plan = apply(dir);
    expect(actions(plan)).toEqual({ unchanged: 181, 'kept-edited': 1 });
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(actions(apply(dir, true))).toEqual({ unchanged: 181, 'overwrite-edited': 1 });
    expect(readFileSync(file, 'utf8')).not.toContain('张三');
  });

  it('regenerates an unedited manifest whose generator output changed', () => {
    apply(dir);
    const item = planImport(rows, dir)[0]!;
    // Simulate a manifest written by an older importer: a different body with a matching digest.
    const older = item.content.replace('replicas: 2', 'replicas: 1');
    const { createHash } = require('node:crypto') as typeof import('node:crypto');
    const marker = /# envcloud-import-digest: sha256:[a-f0-9]{64}\n/;
    const body = older.slice(older.search(marker)).replace(marker, '');
    writeFileSync(
      join(dir, item.file),
      older.replace(marker, `# envcloud-import-digest: sha256:${createHash('sha256').update(body).digest('hex')}\n`),
    );
    expect(planImport(rows, dir)[0]!.action).toBe('update');
  });

  it('finds a renamed manifest by its inventory number instead of creating a duplicate', () => {
    cpSync(join(root, 'manifests'), dir, { recursive: true });
    const item = planImport(rows, dir)[4]!;
    renameSync(join(dir, item.file), join(dir, 'my-renamed-file.yaml'));
    const plan = planImport(rows, dir);
    expect(plan[4]).toMatchObject({ file: 'my-renamed-file.yaml', action: 'unchanged' });
    expect(actions(plan)).toEqual({ unchanged: 182 });
  });

  it('maps every Annex 1 recommendation to a disposition', () => {
    for (const row of rows) expect(dispositionFor(row.recommendation)).toBeDefined();
    expect(dispositionFor('纳入环境监察执法管理系统')).toEqual({
      outcome: 'merge',
      businessSystem: 'inspection-enforcement',
    });
    expect(dispositionFor('纳入部网站群')).toEqual({ outcome: 'website-cluster' });
    expect(dispositionFor('纳入不存在的系统')).toBeUndefined();
  });

  it('rejects a malformed inventory with file and line', () => {
    expect(() => parseInventory('no\tname\tmanaging_unit\treporting_unit\trecommendation\n1\tx\ty\n')).toThrow(
      'inventory/system-inventory.tsv:2:1: expected 5 non-empty tab-separated cells',
    );
    expect(() => parseInventory('wrong header\n')).toThrow(':1:1: expected the header');
  });

  it('makes DNS-safe slugs from pinyin initials', () => {
    expect(slugFor(27, '建设项目行政审批系统')).toBe('s027-jsxmxzspxt');
    expect(slugFor(5, 'ABC 系统')).toBe('s005-abcxt');
    expect(slugFor(7, '！！')).toBe('s007');
  });
});

describe('the units of the ministry (model/units.ts)', () => {
  // Rule unit-in-inventory judges a manifest's units by this list: it must be the inventory's, joint units apart.
  it('are exactly the managing and reporting units the inventory names', () => {
    const named = new Set(
      readInventory().flatMap((row) => [...managingUnits(row.managingUnit), ...managingUnits(row.reportingUnit)]),
    );
    expect([...INVENTORY_UNITS].sort()).toEqual([...named].sort());
    expect(INVENTORY_UNITS).toContain('行政体制与人事司');
    expect(INVENTORY_UNITS).not.toContain('办公厅、行政体制与人事司');
  });
});
