import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { catalogCodeFor, catalogCodeProblems, nextCatalogCode, parseCatalogCode } from '../model/catalog-code';
import type { SystemMigration } from '../model/domain';
import type { Finding } from '../document/findings';
import { msg, render } from '../document/i18n';
import { validateSources } from '../validation/validate';
import { root } from './support/cli';
import { clone, happyManifest, providerManifest, ruleFindings, yamlOf } from './support/manifests';

describe('catalog codes (model/catalog-code.ts)', () => {
  it('are class 3, the ministry item and heading, the 5-digit system number, `/` and a 4-digit sequence', () => {
    expect(catalogCodeFor(49, 1)).toBe('30300000049/0001');
    expect(catalogCodeFor(182, 12)).toBe('30300000182/0012');
    expect(parseCatalogCode('30300000049/0012')).toEqual({
      class: '3',
      item: '03',
      heading: '000',
      systemNumber: 49,
      sequence: 12,
    });
    expect(parseCatalogCode('30300000049-0012')).toBeUndefined();
    expect(() => catalogCodeFor(100000, 1)).toThrow(RangeError);
    expect(() => catalogCodeFor(49, 0)).toThrow(RangeError);
    expect(() => catalogCodeFor(49, 10000)).toThrow(RangeError);
  });

  it('name what is wrong with a malformed code as data, which the catalog says in English and Chinese', () => {
    expect(catalogCodeProblems('30300000049/0001')).toEqual([]);
    expect(catalogCodeProblems('30400000049/0001')).toEqual([{ id: 'item', values: { value: '04', expected: '03' } }]);
    expect(catalogCodeProblems('20300100049/0000')).toEqual([
      { id: 'class', values: { value: '2', expected: '3' } },
      { id: 'heading', values: { value: '001', expected: '000' } },
      { id: 'sequence-zero' },
    ]);
    expect(catalogCodeProblems('30300000000/0001')).toEqual([{ id: 'system-zero' }]);
    expect(catalogCodeProblems('49/1')).toEqual([
      { id: 'form', values: { code: '49/1', prefix: '303000', separator: '/' } },
    ]);
    // Each problem is said by its catalog message, every value filled in, in both languages.
    const said = (code: string, lang: 'en' | 'zh') =>
      catalogCodeProblems(code).map(({ id, values }) => render(msg(`rule.catalog-code.${id}`, values), lang));
    expect(said('30400000049/0001', 'en')).toEqual(["item (项) 04 is not the ministry's 03"]);
    expect(said('30400000049/0001', 'zh')).toEqual(['项 04 不是本部的 03']);
    expect(said('30300000049/0000', 'en')).toEqual(['the sequence number 0000 is not used (sequences start at 0001)']);
    expect(said('49/1', 'en')[0]).toMatch(/^`49\/1` is not of the form 303000NNNNN\/SSSS/);
    for (const code of ['20300100049/0000', '30300000000/0001', '49/1'])
      for (const lang of ['en', 'zh'] as const) for (const text of said(code, lang)) expect(text).not.toMatch(/[{}]/);
  });

  it('take the next sequence after every one a system uses, ignoring other systems', () => {
    expect(nextCatalogCode(49, [])).toBe('30300000049/0001');
    expect(nextCatalogCode(49, ['30300000049/0001', '30300000049/0007', '30300000050/0020'])).toBe('30300000049/0008');
    // A malformed code (another item) holds no sequence of the ministry's catalog.
    expect(nextCatalogCode(49, ['30400000049/0005'])).toBe('30300000049/0001');
  });

  it('take the lowest free sequence once 9999 is used, and none when every one is or the number cannot stand in a code', () => {
    expect(nextCatalogCode(1, ['30300000001/9999'])).toBe('30300000001/0001');
    expect(nextCatalogCode(1, ['30300000001/0001', '30300000001/9999'])).toBe('30300000001/0002');
    const all = Array.from({ length: 9999 }, (_, index) => catalogCodeFor(1, index + 1));
    expect(nextCatalogCode(1, all)).toBeUndefined();
    for (const number of [0, 100000, Number.NaN, 1.5]) expect(nextCatalogCode(number, [])).toBeUndefined();
  });
});

describe('the shipped manifests', () => {
  const manifests = readdirSync(join(root, 'manifests'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(join(root, 'manifests', name), 'utf8')) as SystemMigration);

  it('give every data resource a code of its own system, numbered from 0001, none twice', () => {
    const codes: string[] = [];
    for (const manifest of manifests) {
      (manifest.spec.dataResources ?? []).forEach((resource, index) => {
        // Counted here from the number and position, apart from the importer.
        expect(resource.catalogCode).toBe(
          `303000${String(manifest.metadata.number).padStart(5, '0')}/${String(index + 1).padStart(4, '0')}`,
        );
        codes.push(resource.catalogCode);
      });
    }
    expect(codes.length).toBe(119);
    expect(new Set(codes).size).toBe(codes.length);
  });
});

describe('the catalog code rules', () => {
  const happy = () => clone(happyManifest());
  const other = () => {
    const manifest = clone(
      happyManifest({ number: 901, name: '测试大气排放监控系统', managingUnit: '大气环境管理司' }),
    );
    manifest.metadata.slug = 's901-test-provider';
    return manifest;
  };
  const codeRules = (findings: Finding[]) =>
    findings
      .filter((finding) => finding.ruleId.includes('catalog-code'))
      .map((finding) => [finding.ruleId, finding.file, finding.line, finding.message]);

  it('pass the happy manifests', () => {
    expect(codeRules(ruleFindings([happy(), other()]))).toEqual([]);
  });

  it('refuse a code of another item (catalog-code-well-formed), located at the code', () => {
    const manifest = happy();
    manifest.spec.dataResources![0]!.catalogCode = '30400000900/0001';
    const findings = ruleFindings([manifest], 'catalog-code-well-formed');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain("item (项) 04 is not the ministry's 03");
    expect(findings[0]!.hint).toContain('`30300000900/0001`');
    const line =
      yamlOf(manifest)
        .split('\n')
        .findIndex((text) => text.includes('catalogCode:')) + 1;
    expect(findings[0]!.line).toBe(line);
  });

  it('refuse sequence 0000', () => {
    const manifest = happy();
    manifest.spec.dataResources![0]!.catalogCode = '30300000900/0000';
    expect(ruleFindings([manifest], 'catalog-code-well-formed')).toHaveLength(1);
  });

  it("refuse a code carrying another system's number (catalog-code-own-system), suggesting this system's next code", () => {
    const manifest = happy();
    manifest.spec.dataResources![0]!.catalogCode = '30300000049/0003';
    const findings = ruleFindings([manifest], 'catalog-code-own-system');
    expect(findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('belongs to system 49, not to this system (900)'),
    ]);
    expect(findings[0]!.hint).toContain('`30300000900/0001`');
  });

  it('refuse a code used twice in one manifest and across manifests (unique-catalog-code)', () => {
    const twice = happy();
    twice.spec.dataResources!.push({ ...clone(twice.spec.dataResources![0]!), name: '测试第二项数据' });
    const within = ruleFindings([twice], 'unique-catalog-code');
    expect(within.map((finding) => finding.message)).toEqual([
      expect.stringContaining('already used earlier in this manifest'),
    ]);
    expect(within[0]!.hint).toContain('`30300000900/0002`');

    // Two manifests with the same number share a code too (unique-number reports the number itself).
    const copy = other();
    copy.spec.dataResources![0]!.catalogCode = happy().spec.dataResources![0]!.catalogCode;
    const across = ruleFindings([happy(), copy], 'unique-catalog-code');
    expect(across).toHaveLength(1);
    expect(across[0]!.file).toBe('manifests/m1.yaml');
    expect(across[0]!.message).toContain('already used by system 900 (manifests/m0.yaml)');
    expect(across[0]!.related?.[0]?.file).toBe('manifests/m0.yaml');
  });

  it('keep a code when the resource and the system are renamed', () => {
    const manifest = happy();
    manifest.metadata.name = '测试污染源在线监控系统（改名）';
    manifest.spec.dataResources![0]!.name = '测试污染源在线监控数据（改名）';
    expect(codeRules(ruleFindings([manifest, other()]))).toEqual([]);
  });
});

describe('sharing requests naming a resource by its catalog code', () => {
  const provider = () => providerManifest();
  const request = (resource: string) => `apiVersion: envcloud/v1
kind: SharingRequest
metadata:
  id: sr-2025-001
spec:
  requester:
    unit: 环境监察局
    system: 900
  resource:
${resource}
  purpose: 核查排放数据异常是否由监控设备故障造成。
  usage:
    - work-reference
  submittedOn: 2025-09-25
  answer:
    answeredOn: 2025-10-09
    decision: granted
`;
  function findings(resource: string): Finding[] {
    return validateSources(
      [
        { file: 'manifests/s900.yaml', bytes: Buffer.from(yamlOf(happyManifest())) },
        { file: 'manifests/s901.yaml', bytes: Buffer.from(yamlOf(provider())) },
        { file: 'sharing/sr.yaml', bytes: Buffer.from(request(resource)) },
      ],
      undefined,
      '2026-06-01',
    ).findings.filter((finding) => finding.file.startsWith('sharing/'));
  }
  const ids = (list: Finding[]) => list.map((finding) => [finding.ruleId, finding.line]);

  it("resolve to the catalog entry: the conditional resource's rules apply (a grant without conditions is refused)", () => {
    // Granted without conditions: the catalog's terms are conditional, found through the code alone.
    expect(ids(findings('    catalogCode: 30300000901/0001'))).toEqual([['conditional-within-catalog-terms', 17]]);
    // The same with the catalog's name beside the code (checked, and it agrees).
    expect(ids(findings('    catalogCode: 30300000901/0001\n    name: 测试大气排放监控系统业务数据'))).toEqual([
      ['conditional-within-catalog-terms', 18],
    ]);
  });

  it('refuse a code no resource has, listing what the system holds', () => {
    const list = findings('    catalogCode: 30300000901/0002');
    expect(ids(list)).toEqual([['request-known-parties', 10]]);
    expect(list[0]!.message).toBe('no data resource of the catalog has code `30300000901/0002`');
    expect(list[0]!.hint).toContain('`30300000901/0001` 测试大气排放监控系统业务数据');
  });

  it('refuse a system or a name beside the code that disagrees with the catalog', () => {
    const system = findings('    catalogCode: 30300000901/0001\n    system: 900');
    expect(ids(system)).toEqual([['request-known-parties', 11]]);
    expect(system[0]!.message).toContain('is a resource of system 901 测试大气排放监控系统, not of system 900');
    const name = findings('    catalogCode: 30300000901/0001\n    name: 别的数据');
    expect(ids(name)).toEqual([['request-known-parties', 11]]);
    expect(name[0]!.message).toContain('"测试大气排放监控系统业务数据" in the catalog, not "别的数据"');
  });
});
