import { parse } from 'csv-parse/sync';
import { buildReport, DEFAULT_CENTERS } from '../../reports/build';
import { catalogCsv, resourceCatalog } from '../../reports/catalog';
import { topologyDot, topologySvg } from '../../reports/topology';
import { CATALOG_CLASSES } from '../../model/domain';
import { clone, happyManifest } from '../support/manifests';
import { committedManifests } from './support';

describe('the resource catalog', () => {
  it('lists every data resource once, grouped by the five base databases', async () => {
    const manifests = await committedManifests();
    const catalog = resourceCatalog(manifests);
    // As it stood on a day: nothing of the shipped catalog was published before 2017-12-31.
    expect(Object.values(resourceCatalog(manifests, '2017-12-30')).flat()).toEqual([]);
    expect(Object.values(resourceCatalog(manifests, '2017-12-31')).flat().length).toBe(
      Object.values(catalog).flat().length,
    );
    expect(Object.keys(catalog)).toEqual([...CATALOG_CLASSES]);
    const listed = Object.values(catalog).flat();
    expect(listed).toHaveLength(manifests.flatMap((manifest) => manifest.spec.dataResources ?? []).length);
    for (const [catalogClass, entries] of Object.entries(catalog))
      for (const entry of entries) expect(entry.catalogClass).toBe(catalogClass);
  });
  it('writes CSV that spreadsheets open with the Chinese intact: BOM, CRLF, quoted fields', async () => {
    const manifest = clone(happyManifest());
    manifest.spec.dataResources![0]!.description = '含逗号,引号"与\n换行';
    const csv = catalogCsv(resourceCatalog([manifest]), 'zh');
    expect(csv.startsWith('\uFEFF信息资源代码,目录分类,信息资源名称')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = parse(csv.slice(1), { record_delimiter: '\r\n' }) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[1]![4]).toBe('含逗号,引号"与\n换行');
    expect(rows[1]![16]).toBe(manifest.metadata.name);
  });
  it('keeps a cell that looks like a formula from running', () => {
    const manifest = clone(happyManifest());
    manifest.spec.dataResources![0]!.description = '=HYPERLINK("http://evil")';
    const rows = parse(catalogCsv(resourceCatalog([manifest]), 'en').slice(1)) as string[][];
    expect(rows[1]![4]).toBe('\'=HYPERLINK("http://evil")');
  });
  it("carries each resource's catalog code, in the CSV and the JSON", async () => {
    const manifests = await committedManifests();
    const catalog = resourceCatalog(manifests);
    const rows = parse(catalogCsv(catalog, 'en').slice(1)) as string[][];
    expect(rows[0]![0]).toBe('Catalog code');
    const codes = rows.slice(1).map((row) => row[0]);
    expect(new Set(codes)).toEqual(
      new Set(
        manifests.flatMap((manifest) => (manifest.spec.dataResources ?? []).map((resource) => resource.catalogCode)),
      ),
    );
    expect(
      JSON.parse(JSON.stringify(catalog))['pollution-source'].find(
        (entry: { systemNumber: number }) => entry.systemNumber === 49,
      ).catalogCode,
    ).toBe('30300000049/0001');
  });
  it("shows Chinese names of formats, update cycles, methods, openness and usage in Chinese, the manifest's words in English", () => {
    const manifest = clone(happyManifest());
    const resource = manifest.spec.dataResources![0]!;
    Object.assign(resource, {
      format: 'spatial',
      updateCycle: 'quarterly',
      methods: ['query', 'bulk-download'],
      openness: 'restricted',
      usage: ['data-verification'],
    });
    const zh = (parse(catalogCsv(resourceCatalog([manifest]), 'zh').slice(1)) as string[][])[1]!;
    // Columns: code, class, name, format, description, unit, cycle, published, type, conditions, scope, basis, methods, openness, usage.
    expect([zh[3], zh[6], zh[12], zh[13], zh[14]]).toEqual([
      '空间数据',
      '每季度',
      '数据查询；批量下载',
      '依申请开放',
      '用于数据校核',
    ]);
    const en = (parse(catalogCsv(resourceCatalog([manifest]), 'en').slice(1)) as string[][])[1]!;
    expect([en[3], en[6], en[12], en[13], en[14]]).toEqual([
      'spatial',
      'quarterly',
      'query; bulk download',
      'restricted',
      'data verification',
    ]);
  });
  it('has no English value left in the Chinese catalog of the shipped manifests', async () => {
    const rows = parse(catalogCsv(resourceCatalog(await committedManifests()), 'zh').slice(1)) as string[][];
    for (const row of rows.slice(1))
      for (const column of [3, 6, 8, 12, 13, 14]) expect(row[column]).not.toMatch(/[a-z]/);
  });
});

describe('the topology picture', () => {
  it('draws each center, each pool, each placed system linked to its page, and the copies each center receives', async () => {
    const manifests = await committedManifests();
    const dot = topologyDot({
      centers: DEFAULT_CENTERS,
      systems: manifests,
      lang: 'en',
      systemHref: (slug) => `systems/${slug}.html`,
    });
    expect(dot.match(/subgraph cluster_/g)).toHaveLength(3);
    for (const manifest of manifests.filter((candidate) => candidate.spec.placement))
      expect(dot).toContain(`HREF="systems/${manifest.metadata.slug}.html"`);
    expect(dot).toMatch(/vault_primary -> vault_same_city \[label=<.*backup copies: gold, silver</);
    expect(dot).toMatch(/vault_primary -> vault_remote \[label=<.*backup copies: gold, silver, bronze</);
  });
  // Each cell's tooltip said “(gold)” and Graphviz's ids (cluster_primary) showed on hover in the Chinese picture.
  it('says what a reader hovers over in the report’s language', async () => {
    const svg = await topologySvg({ centers: DEFAULT_CENTERS, systems: [happyManifest()], lang: 'zh' });
    const tips = [...svg.matchAll(/xlink:title="([^"]*)"/g)].map((match) => match[1]!);
    expect(tips.length).toBeGreaterThan(0);
    for (const tip of tips) expect(tip).toMatch(/（(金级|银级|铜级|无)）$/);
    expect(svg).not.toMatch(/<title>/);
  });
  it('leaves out the flows to a center the stack does not have', () => {
    const dot = topologyDot({ centers: [DEFAULT_CENTERS[0]!], systems: [happyManifest()], lang: 'zh' });
    expect(dot).not.toContain('vault_remote');
    expect(dot).not.toContain('cluster_remote');
  });
});

describe('the report folder', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await buildReport({
      systems: await committedManifests(),
      centers: DEFAULT_CENTERS,
      asOf: '2026-11-22',
      lang: 'zh',
    });
  });
  it('has the metrics, catalog, annual reports, topology, dashboard and a page per system', async () => {
    for (const path of [
      'metrics.json',
      'catalog.csv',
      'catalog.json',
      'annual-report/all-units.md',
      'annual-report/README.md',
      'topology.svg',
      'index.html',
      'assets/data.js',
      'assets/dashboard.js',
      'assets/dashboard.css',
    ]) {
      expect(files.has(path)).toBe(true);
    }
    expect([...files.keys()].filter((path) => path.startsWith('systems/'))).toHaveLength(
      (await committedManifests()).length,
    );
    expect(files.get('topology.svg')).toMatch(/<svg[\s\S]*<\/svg>/);
  });
  it('works from disk: nothing is fetched from a server or a CDN', () => {
    for (const [path, content] of files) {
      if (!path.endsWith('.html')) continue;
      expect(content).not.toMatch(/(src|href|data)="(https?:)?\/\//);
    }
    expect(files.get('index.html')).toContain('<script src="assets/data.js"></script>');
  });
  it('writes the same figures into the page as into metrics.json', () => {
    const metrics = JSON.parse(files.get('metrics.json')!);
    expect(files.get('index.html')).toContain(`<dd data-metric="systems">${metrics.overall.systems}</dd>`);
    const data = files.get('assets/data.js')!;
    expect(JSON.parse(data.slice(data.indexOf('{'), data.lastIndexOf('}') + 1)).metrics).toEqual(metrics);
  });
});
