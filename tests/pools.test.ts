import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { poolFor } from '../inventory/defaults';
import { BUSINESS_SYSTEM_POOLS, defaultPool, UNIT_POOLS } from '../model/pools';
import { validatePaths } from '../validation/validate';
import { poolOf } from '../stacks/capacity';
import { systemNamespace } from '../components/migrated-system';
import { namespacePool } from '../components/cluster-baseline';

// A system's pool by what it does and who owns it (plan §三(三).9, Annex 3), not by a regex over unit names.
const root = join(__dirname, '..');
const row = (number: number) =>
  readFileSync(join(root, 'inventory/system-inventory.tsv'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith(`${number}\t`))!
    .split('\t');

describe("the importer's default pool", () => {
  it('puts 外事管理系统 (no. 86, 中国环境监测总站, into 综合办公) and 人才招聘系统 (no. 132, 核与辐射安全中心, into 综合办公) in the central pool', () => {
    expect(row(86).slice(1, 3)).toEqual(['环境保护部外事管理系统', '中国环境监测总站']);
    expect(
      poolFor({
        managingUnit: '中国环境监测总站',
        disposition: { outcome: 'merge', businessSystem: 'integrated-office' },
      }),
    ).toBe('central');
    expect(row(132).slice(1, 3)).toEqual(['环境保护部人才招聘系统', '核与辐射安全中心']);
    expect(
      poolFor({
        managingUnit: '核与辐射安全中心',
        disposition: { outcome: 'merge', businessSystem: 'integrated-office' },
      }),
    ).toBe('central');
  });

  it("puts a pool-building unit's own systems in its pool, and a merged system in its business system's", () => {
    expect(poolFor({ managingUnit: '中国环境监测总站', disposition: { outcome: 'data-onboarding' } })).toBe(
      'environmental-monitoring',
    );
    expect(poolFor({ managingUnit: '卫星环境应用中心', disposition: { outcome: 'data-onboarding' } })).toBe(
      'satellite-remote-sensing',
    );
    expect(poolFor({ managingUnit: '核与辐射安全中心', disposition: { outcome: 'data-onboarding' } })).toBe(
      'nuclear-safety',
    );
    expect(
      poolFor({
        managingUnit: '办公厅',
        disposition: { outcome: 'merge', businessSystem: 'nuclear-radiation-safety' },
      }),
    ).toBe('nuclear-safety');
    // No regex: a unit whose name mentions 监测 or 辐射 but builds no pool is central; a jointly managed system takes its first listed unit with a pool.
    expect(defaultPool('环境监测司')).toBe('central');
    expect(defaultPool('办公厅、中国环境监测总站')).toBe('environmental-monitoring');
    expect(Object.values(UNIT_POOLS)).not.toContain('central');
    expect(Object.entries(BUSINESS_SYSTEM_POOLS).filter(([, pool]) => pool !== 'central')).toEqual([
      ['nuclear-radiation-safety', 'nuclear-safety'],
    ]);
  });
});

describe('the shipped manifests', () => {
  it('run every system in the pool its manifest names, and charge the pool for exactly those', async () => {
    const manifests = (await validatePaths(['manifests'], { cwd: root })).manifests.map((entry) => entry.manifest);
    const placed = manifests.filter((manifest) => manifest.spec.placement);
    for (const manifest of placed) {
      expect(poolOf(manifest)).toBe(manifest.spec.placement!.pool);
      if (!['website-cluster'].includes(manifest.spec.disposition.outcome))
        expect(namespacePool(systemNamespace(manifest))).toBe(manifest.spec.placement!.pool);
    }
    const professional = placed
      .filter((manifest) => manifest.spec.placement!.pool !== 'central')
      .map((manifest) => manifest.metadata.number);
    expect(professional).toEqual([44, 45, 46, 48, 78, 80, 88, 89, 91, 92, 103, 125, 128, 129, 130, 133, 134, 135, 153]);
    expect(manifests.find((manifest) => manifest.metadata.number === 86)!.spec.placement!.pool).toBe('central');
    expect(manifests.find((manifest) => manifest.metadata.number === 132)!.spec.placement!.pool).toBe('central');
  });
});
