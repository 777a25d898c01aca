import fc from 'fast-check';
import {
  DUPLICATE_FUNCTION_THRESHOLD,
  functionSignature,
  groupsOfNames,
  MAX_LISTED_MEMBERS,
  nameSimilarity,
  similarGroups,
  similarPairs,
  unitWords,
  type Signature,
} from '../validation/rules/duplicate-construction';
import { happyManifest, ruleFindings } from './support/manifests';
import { variant } from './support/variants';

// What tests/similar-names.test.ts and tests/cross-manifest-rules.test.ts leave open: the warning of a
// group of three or more (its units, its range of similarities, the members it names and counts), the
// outcomes that are not compared, the signature's numbering, and the similarity join over sets that
// cross the threshold often (names rarely do).

const CODE_POINTS = 0x110000;

/** A system of `unit` named `name`; `n` makes its number, slug and data resource its own. */
function system(n: number, name: string, unit = '环境保护部华南督察局', outcome?: string) {
  return variant(
    () => happyManifest(outcome ? { disposition: { outcome } as never } : {}),
    (m) => {
      m.metadata.number = 900 + n;
      m.metadata.slug = `s${900 + n}-system`;
      m.metadata.name = name;
      m.metadata.managingUnit = unit;
      m.metadata.reportingUnit = unit;
      if (m.spec.dataResources?.[0]) m.spec.dataResources[0].name = `数据${n}`;
    },
  );
}

const warnings = (manifests: unknown[]) => ruleFindings(manifests, 'duplicate-construction');

describe('duplicate-construction groups', () => {
  it('warns once for a pair of one unit, "both of" it, at the later file, naming the earlier one', () => {
    const found = warnings([system(1, '污染源普查数据采集'), system(2, '污染源普查数据采集')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'manifests/m1.yaml', field: 'metadata.name' });
    expect(found[0]!.message).toBe(
      '"污染源普查数据采集" looks like the same function as system 901 "污染源普查数据采集" in manifests/m0.yaml (both of 环境保护部华南督察局, name similarity 1.00)',
    );
    expect(found[0]!.related).toHaveLength(1);
    expect(found[0]!.related![0]).toMatchObject({ file: 'manifests/m0.yaml', line: found[0]!.line });
  });

  it('names the two units of a pair from different units', () => {
    const found = warnings([system(1, '污染源普查数据采集', '甲局'), system(2, '污染源普查数据采集', '乙局')]);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('(甲局 and 乙局, name similarity 1.00)');
  });

  it('names a pair "both of" a unit only when managing and reporting units are both the same', () => {
    const other = variant(
      () => system(2, '污染源普查数据采集'),
      (m) => (m.metadata.managingUnit = '环境监察局'),
    );
    expect(warnings([system(1, '污染源普查数据采集'), other])[0]!.message).toContain(
      '(环境保护部华南督察局 and 环境保护部华南督察局, name similarity',
    );
  });

  it('warns once for a group of three of one unit, with the range of its similarities', () => {
    const found = warnings([
      system(1, '重点流域水污染防治规划'),
      system(2, '重点流域水污染防治规划考核'),
      system(3, '重点流域水污染防治规划'),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'manifests/m2.yaml', field: 'metadata.name' });
    expect(found[0]!.message).toBe(
      '"重点流域水污染防治规划" looks like the same function as 2 other systems (all of 环境保护部华南督察局, name similarity 0.91–1.00): ' +
        'system 901 "重点流域水污染防治规划" in manifests/m0.yaml, system 902 "重点流域水污染防治规划考核" in manifests/m1.yaml',
    );
    expect(found[0]!.related!.map((related) => related.file)).toEqual(['manifests/m0.yaml', 'manifests/m1.yaml']);
  });

  it('names at most ten members and ten units of a large group, and counts the rest', () => {
    const many = Array.from({ length: MAX_LISTED_MEMBERS + 2 }, (_, i) =>
      system(i + 1, '污染源普查数据采集', `单位${i + 1}`),
    );
    const found = warnings(many);
    expect(found).toHaveLength(1);
    const message = found[0]!.message;
    expect(message).toContain('as 11 other systems (of 12 units: 单位1, 单位2,');
    expect(message).toContain('单位10 … and 2 more, name similarity 1.00)');
    expect(message).toContain('system 910 "污染源普查数据采集" in manifests/m9.yaml … and 1 more');
    expect(message).not.toContain('m10.yaml');
    expect(found[0]!.related).toHaveLength(MAX_LISTED_MEMBERS);
  });

  it.each(['decommission', 'already-integrated', 'website-cluster'])(
    'does not compare a system whose outcome is %s',
    (outcome) => {
      const twin = system(2, '污染源普查数据采集', undefined, outcome);
      expect(warnings([system(1, '污染源普查数据采集'), twin])).toEqual([]);
      expect(
        warnings([system(1, '污染源普查数据采集'), system(2, '污染源普查数据采集', undefined, 'keep')]),
      ).toHaveLength(1);
    },
  );

  it("removes each system's own unit names before comparing, however many units there are", () => {
    // Alike once "华南所" and "华北所" are taken out; with either unit's words for both they are not.
    const south = system(1, '华南所办公自动化', '华南所');
    const north = system(2, '华北所办公自动化', '华北所');
    expect(warnings([south, north])).toHaveLength(1);
  });
});

describe('name signatures', () => {
  it('number each bigram first · 0x110000 + second, and a one-character name −1 − its code point', () => {
    expect([...functionSignature('甲乙丙')]).toEqual([0x7532 * CODE_POINTS + 0x4e59, 0x4e59 * CODE_POINTS + 0x4e19]);
    expect([...functionSignature('水')]).toEqual([-1 - 0x6c34]);
    expect([...functionSignature('\u0000水')]).toEqual([0x6c34]);
    expect(functionSignature('')).toEqual(new Set());
  });

  it('remove nothing of a name when no unit is given', () => {
    expect(functionSignature('Stryker was here').size).toBe(12);
  });

  it('two one-character names are alike only when they are the same character', () => {
    expect(nameSimilarity(functionSignature('水'), functionSignature('水'))).toBe(1);
    expect(nameSimilarity(functionSignature('水'), functionSignature('气'))).toBe(0);
    expect(nameSimilarity(new Set(), new Set())).toBe(0);
  });

  it('take unit words folded, split at 、, longest first, without empty ones', () => {
    expect(unitWords(['监察局、环境监察局', ' ', 'Ｂ局'])).toEqual(['环境监察局', '监察局', 'b局']);
  });
});

describe('the similarity join over sets', () => {
  const bruteForce = (sets: Signature[]) =>
    sets.flatMap((b, j) =>
      sets.slice(0, j).flatMap((a, i) => {
        const similarity = nameSimilarity(a, b);
        return similarity >= DUPLICATE_FUNCTION_THRESHOLD ? [[i, j, similarity]] : [];
      }),
    );
  const byPair = (pairs: number[][]) => [...pairs].sort((x, y) => x[1]! - y[1]! || x[0]! - y[0]!);

  it('finds exactly the pairs a comparison of every two sets finds, over a small universe', () => {
    // Subsets of twelve numbers in any insertion order: pairs at, above and just below 0.8 are common.
    const sets = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 1, maxLength: 8 }), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(sets, (lists) => {
        const signatures = lists.map((list) => new Set(list));
        expect(byPair(similarPairs(signatures))).toEqual(byPair(bruteForce(signatures)));
      }),
      { numRuns: 400 },
    );
  });

  it('does not report a candidate that shares its rarest bigrams but stays below the threshold', () => {
    const sets = [new Set([1, 2, 3, 4]), new Set([1, 2, 5, 6]), new Set([3, 4, 5, 6]), new Set([3, 4, 5, 6])];
    expect(similarPairs(sets)).toEqual([[2, 3, 1]]);
  });

  it('groups linked pairs with the least and most similarity of their links, and leaves out lone sets', () => {
    const sets = [new Set([1, 2, 3, 4, 5]), new Set([7, 8]), new Set([1, 2, 3, 4, 5, 6]), new Set([1, 2, 3, 4, 5])];
    expect(similarGroups(sets)).toEqual([{ members: [0, 2, 3], least: 10 / 11, most: 1 }]);
    expect(similarGroups([new Set([1, 2]), new Set([2, 1]), new Set()])).toEqual([
      { members: [0, 1], least: 1, most: 1 },
    ]);
  });
});

describe('the groups of the last names and units, answered again', () => {
  const name = '污染源普查数据采集';
  const named = (system: string, managingUnit: string, reportingUnit = managingUnit) => ({
    name: system,
    managingUnit,
    reportingUnit,
  });

  it('answers the same names and units with the same groups, which cannot be changed', () => {
    const systems = [named(name, '甲局'), named(name, '乙局'), named('固体废物管理', '甲局')];
    const groups = groupsOfNames(systems);
    expect(groups).toEqual([{ members: [0, 1], least: 1, most: 1 }]);
    expect(groupsOfNames(systems.map((system) => ({ ...system })))).toBe(groups);
    expect(() => (groups[0]!.members as number[]).push(2)).toThrow(TypeError);
    expect(Object.isFrozen(groups[0])).toBe(true);
  });

  // Each field alone decides: a unit's name is removed from the system's name before comparing.
  it.each([
    ['name', named(`华南督察局${name}`, '其他局'), named(name, '其他局')],
    ['managing unit', named(`华南督察局${name}`, '其他局'), named(`华南督察局${name}`, '华南督察局', '其他局')],
    ['reporting unit', named(`华南督察局${name}`, '其他局'), named(`华南督察局${name}`, '其他局', '华南督察局')],
  ])('finds the groups again when one system’s %s changed', (_field, before, after) => {
    const other = named(`华南督察局${name}`, '华南督察局');
    expect(groupsOfNames([other, before])).toEqual([]);
    expect(groupsOfNames([other, after])).toEqual([{ members: [0, 1], least: 1, most: 1 }]);
    expect(groupsOfNames([other, before])).toEqual([]);
  });

  it('does not take names and units run together for others that run together alike', () => {
    // "…采集" + "甲乙丙" + "丁戊己" and "…采集甲乙丙丁戊己" + "" + "" are one string run together.
    const other = named(name, '甲乙丙', '丁戊己');
    expect(groupsOfNames([named(`${name}甲乙丙丁戊己`, '', ''), other])).toEqual([]);
    expect(groupsOfNames([named(name, '甲乙丙', '丁戊己'), other])).toEqual([{ members: [0, 1], least: 1, most: 1 }]);
  });

  it('finds groups again when a system is added or the order changes', () => {
    const systems = [named(name, '甲局'), named('固体废物管理', '乙局'), named(name, '丙局')];
    expect(groupsOfNames(systems)).toEqual([{ members: [0, 2], least: 1, most: 1 }]);
    expect(groupsOfNames([systems[1]!, systems[0]!, systems[2]!])).toEqual([{ members: [1, 2], least: 1, most: 1 }]);
    expect(groupsOfNames([...systems, named('固体废物管理', '丁局')])).toEqual([
      { members: [0, 2], least: 1, most: 1 },
      { members: [1, 3], least: 1, most: 1 },
    ]);
  });
});
