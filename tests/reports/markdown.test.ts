// The annual reports are Markdown, which viewers render with any HTML in it: text from the manifests
// is written as text. And their Chinese says its citations in Chinese.
import { buildReport, DEFAULT_CENTERS } from '../../reports/build';
import { happyManifest } from '../support/manifests';

describe('the annual reports in Markdown', () => {
  it('write a system’s and a unit’s markup as text, in the tables, the title and the index', async () => {
    const manifest = happyManifest({ name: '<script>alert(1)</script><img src=x onerror=alert(2)>政府网站 | x' });
    manifest.metadata.managingUnit = '<b>环境监察局</b> & co';
    manifest.spec.schedule.deadline = '2017-06-30';
    const files = await buildReport({
      systems: [manifest],
      centers: DEFAULT_CENTERS,
      asOf: '2026-11-22',
      lang: 'zh',
      requests: [],
    });
    const reports = [...files].filter(([path]) => path.startsWith('annual-report/')).map(([, text]) => text);
    expect(reports.length).toBeGreaterThanOrEqual(3);
    for (const text of reports) expect(text).not.toMatch(/<script|<img|<b>/);
    const all = files.get('annual-report/all-units.md')!;
    expect(all).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;政府网站 \\| x');
    expect(files.get('annual-report/unit-01.md')!.split('\n')[0]).toContain(
      '（&lt;b&gt;环境监察局&lt;/b&gt; &amp; co，截至 2026-11-22）',
    );
    expect(files.get('annual-report/README.md')).toContain('- [&lt;b&gt;环境监察局&lt;/b&gt; &amp; co](unit-01.md)');
  });

  it('cite the sharing rules and the plan in Chinese in a Chinese report, in the annual report and on the sharing page', async () => {
    const files = await buildReport({
      systems: [happyManifest()],
      centers: DEFAULT_CENTERS,
      asOf: '2026-11-22',
      lang: 'zh',
      requests: [],
    });
    for (const text of [files.get('annual-report/all-units.md')!, files.get('sharing.html')!]) {
      expect(text).not.toMatch(/rules art\.|plan §/);
      expect(text).toContain('《共享办法》第28条');
    }
  });
});
