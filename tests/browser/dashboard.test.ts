import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildReport, DEFAULT_CENTERS } from '../../reports/build';
import { writeFileAtomic } from '../../cli/write';
import { committedManifests, root } from '../reports/support';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './chromium';

const executablePath = findChromium();
/** Screenshots land here for CI to keep as artifacts; the folder is ignored by git. */
const ARTIFACTS = join(root, 'test-artifacts');

if (!executablePath) {
  const banner = `\n${'!'.repeat(78)}\n!! BROWSER TEST SKIPPED: no chromium found; ${INSTALL_HINT}.\n${'!'.repeat(78)}\n`;
  if (process.env.CI) {
    it('has chromium to test the dashboard in (required under CI)', () => {
      throw new Error(`chromium is missing, and under CI a skipped browser test is a failure: ${INSTALL_HINT}`);
    });
  } else {
    process.stderr.write(banner);
  }
}

(executablePath ? describe : describe.skip)(
  'the dashboard in a real browser (chromium, headless, from file://)',
  () => {
    let dir: string;
    let browser: Browser;
    let page: Page;
    type PlannedAchieved = { planned: number; achieved: number };
    let metrics: {
      overall: {
        systems: number;
        informationItems: { shared: PlannedAchieved };
        collaborativeApplications: PlannedAchieved;
        progress: { overdue: unknown[] };
      };
      byUnit: {
        unit: string;
        systems: number;
        informationItems: { shared: PlannedAchieved };
        collaborativeApplications: PlannedAchieved;
      }[];
    };
    const errors: string[] = [];
    const requests: string[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'envcloud-dashboard-'));
      const files = await buildReport({
        systems: await committedManifests(),
        centers: DEFAULT_CENTERS,
        asOf: '2026-11-22',
        lang: 'zh',
      });
      for (const [path, content] of files) writeFileAtomic(join(dir, path), content);
      metrics = JSON.parse(readFileSync(join(dir, 'metrics.json'), 'utf8'));
      browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
      page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    }, 60000);

    afterAll(async () => {
      await browser?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const shown = (metric: string) => page.locator(`[data-metric="${metric}"]`).textContent();

    it('shows the figures of metrics.json, with no script error and nothing loaded from the network', async () => {
      expect(await shown('systems')).toBe(String(metrics.overall.systems));
      expect(await shown('information-shared.planned')).toBe(String(metrics.overall.informationItems.shared.planned));
      expect(await shown('information-shared.achieved')).toBe(String(metrics.overall.informationItems.shared.achieved));
      expect(await shown('collaborative-applications.planned')).toBe(
        String(metrics.overall.collaborativeApplications.planned),
      );
      expect(await shown('collaborative-applications.achieved')).toBe(
        String(metrics.overall.collaborativeApplications.achieved),
      );
      expect(await shown('overdue')).toBe(String(metrics.overall.progress.overdue.length));
      expect(await page.locator('#chart-business .bar-value[data-value]').count()).toBe(8);
      expect(errors).toEqual([]);
      expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    });

    it('renders the Chinese text as written', async () => {
      expect(await page.locator('h1').textContent()).toBe('环保云整合共享看板');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    });

    it('follows the unit filter: figures and the systems list of that unit only', async () => {
      const unit = [...metrics.byUnit].sort((a, b) => b.systems - a.systems)[1]!;
      await page.selectOption('#unit-filter', unit.unit);
      expect(await shown('systems')).toBe(String(unit.systems));
      expect(await shown('information-shared.planned')).toBe(String(unit.informationItems.shared.planned));
      expect(await shown('information-shared.achieved')).toBe(String(unit.informationItems.shared.achieved));
      expect(await page.locator('#systems tbody tr:visible').count()).toBe(unit.systems);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'dashboard-unit-filter.png'), fullPage: false });
      await page.selectOption('#unit-filter', '');
      expect(await shown('systems')).toBe(String(metrics.overall.systems));
      await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: false });
    });

    it('opens a system’s page from the list', async () => {
      const first = page.locator('#systems tbody tr a').first();
      const name = await first.textContent();
      await first.click();
      expect(await page.locator('h1').textContent()).toContain(name!);
      expect(page.url()).toMatch(/\/systems\/s\d{3}-[a-z0-9]+\.html$/);
    });
  },
);
