import type { SystemMigration } from '../../model/domain';
import { buildReport, DEFAULT_CENTERS } from '../../reports/build';
import { catalogUpkeep } from '../../reports/catalog-upkeep';
import { happyManifest, providerManifest } from '../support/manifests';
import { cliEnglishSentences } from '../support/english-cli';

// Stale catalog entries (rules art. 12) on the sharing page, in sharing.json and in the annual report:
// the resources validate warns about with catalog-update-cycle-stale, counted per managing unit.

const AS_OF = '2026-12-01';

/** No. 900 (环境监察局) with a monthly resource last changed on `lastChangedOn`. */
function monthly(lastChangedOn: string | undefined, updateCycle = 'monthly'): SystemMigration {
  const manifest = happyManifest();
  const resource = manifest.spec.dataResources![0]! as unknown as Record<string, unknown>;
  resource.updateCycle = updateCycle;
  if (lastChangedOn === undefined) delete resource.lastChangedOn;
  else resource.lastChangedOn = lastChangedOn;
  return manifest;
}

describe('stale catalog entries in the reports (rules art. 12)', () => {
  it('lists a resource whose last change is older than its cycle, with the days since', () => {
    const upkeep = catalogUpkeep([monthly('2026-09-01')], AS_OF);
    expect(upkeep.judged).toBe(1);
    expect(upkeep.stale).toEqual([
      expect.objectContaining({ system: 900, unit: '环境监察局', lastChangedOn: '2026-09-01', days: 91 }),
    ]);
    expect(upkeep.byUnit).toEqual([{ unit: '环境监察局', judged: 1, stale: 1 }]);
  });

  it('judges a resource at its cycle as fresh, and neither an irregular one nor one without a last change', () => {
    // 31 days is the monthly cycle: 2026-10-31 to 2026-12-01 is 31 days, still fresh; one day more is stale.
    expect(catalogUpkeep([monthly('2026-10-31')], AS_OF).stale).toEqual([]);
    expect(catalogUpkeep([monthly('2026-10-30')], AS_OF).stale).toHaveLength(1);
    expect(catalogUpkeep([monthly('2020-01-01', 'irregular')], AS_OF)).toEqual({ judged: 0, stale: [], byUnit: [] });
    expect(catalogUpkeep([monthly(undefined)], AS_OF)).toEqual({ judged: 0, stale: [], byUnit: [] });
  });

  it('judges a resource as it stood on the day: one published or changed after it is not judged', () => {
    expect(catalogUpkeep([monthly('2026-12-02')], AS_OF)).toEqual({ judged: 0, stale: [], byUnit: [] });
    const later = monthly('2026-09-01');
    later.spec.dataResources![0]!.publishedOn = '2026-12-02';
    expect(catalogUpkeep([later], AS_OF)).toEqual({ judged: 0, stale: [], byUnit: [] });
  });

  it('counts each managing unit apart, in name order', () => {
    const other = providerManifest();
    const resource = other.spec.dataResources[0];
    resource.updateCycle = 'yearly';
    resource.lastChangedOn = '2026-06-01';
    const upkeep = catalogUpkeep([monthly('2026-09-01'), other], AS_OF);
    expect(upkeep.byUnit).toEqual([
      { unit: '大气环境管理司', judged: 1, stale: 0 },
      { unit: '环境监察局', judged: 1, stale: 1 },
    ]);
  });

  it.each(['zh', 'en'] as const)(
    'shows them on the sharing page, in sharing.json and in the annual report (%s)',
    async (lang) => {
      const files = await buildReport({
        systems: [monthly('2026-09-01'), providerManifest()],
        centers: DEFAULT_CENTERS,
        asOf: AS_OF,
        lang,
        requests: [],
      });
      expect(JSON.parse(files.get('sharing.json')!).catalog.stale).toHaveLength(1);
      const page = files.get('sharing.html')!;
      const table = /<table id="sharing-stale">[\s\S]*?<\/table>/.exec(page)![0];
      expect(table).toContain('<td>900</td>');
      expect(table).toContain('<td>2026-09-01</td><td>91</td>');
      expect(table).toContain(lang === 'zh' ? '<td>每月</td>' : '<td>monthly</td>');
      const report = files.get('annual-report/all-units.md')!;
      const section = report.slice(
        report.indexOf(lang === 'zh' ? '### 未按更新周期' : '### Data resources not updated'),
      );
      expect(section).toContain(lang === 'zh' ? '1 项记有最近更新日期的信息资源中，1 项' : '1 of the 1 resources');
      expect(section).toContain('环境监察局');
      if (lang === 'zh') expect(cliEnglishSentences(section.split('\n').slice(0, 3).join('\n'))).toEqual([]);
    },
  );
});
