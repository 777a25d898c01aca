import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { buildReport, DEFAULT_CENTERS } from '../../reports/build';
import type { AssessmentFigures, AssessmentMetrics } from '../../reports/metrics';
import { committedManifests, root } from './support';

/**
 * The dashboard's script run in node against a stand-in for the few DOM calls it makes (no browser here;
 * tests/browser runs it in chromium when one is installed). It checks that the script and the page as
 * written by pages.ts show the same planned and achieved figures, and that the unit filter follows them.
 */
interface Stub {
  attributes: Record<string, string>;
  textContent: string;
  hidden: boolean;
  value: string;
  listeners: Record<string, () => void>;
  children: Stub[];
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  appendChild(child: Stub): void;
  addEventListener(event: string, listener: () => void): void;
}

function stub(attributes: Record<string, string> = {}, textContent = ''): Stub {
  const element: Stub = {
    attributes,
    textContent,
    hidden: false,
    value: '',
    listeners: {},
    children: [],
    setAttribute: (name, value) => void (element.attributes[name] = value),
    getAttribute: (name) => element.attributes[name] ?? null,
    appendChild: (child) => void element.children.push(child),
    addEventListener: (event, listener) => void (element.listeners[event] = listener),
  };
  return element;
}

const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** What each data-metric must show, written out from metrics.json's shape (not from pages.ts or dashboard.js). */
function expected(figures: AssessmentFigures): Record<string, string> {
  const rate = (value: { percent: number }) => `${value.percent}%`;
  const c = figures.connectivity;
  return {
    systems: String(figures.systems),
    confirmed: String(figures.confirmation.confirmed),
    unconfirmed: String(figures.confirmation.unconfirmed),
    'information-items': String(figures.informationItems.total),
    overdue: String(figures.progress.overdue.length),
    'integrated.planned': String(figures.integrated.planned),
    'integrated.achieved': String(figures.integrated.achieved),
    'information-shared.planned': String(figures.informationItems.shared.planned),
    'information-shared.achieved': String(figures.informationItems.shared.achieved),
    'collaborative-applications.planned': String(figures.collaborativeApplications.planned),
    'collaborative-applications.achieved': String(figures.collaborativeApplications.achieved),
    'connectivity.planned': rate(c.anyPortalOrResourceCenter.planned),
    'connectivity.achieved': rate(c.anyPortalOrResourceCenter.achieved),
    'connectivity-extranet.planned': rate(c.extranetPortal.planned),
    'connectivity-extranet.achieved': rate(c.extranetPortal.achieved),
    'connectivity-internet.planned': rate(c.internetPortal.planned),
    'connectivity-internet.achieved': rate(c.internetPortal.achieved),
    'connectivity-resource-center.planned': rate(c.resourceCenter.planned),
    'connectivity-resource-center.achieved': rate(c.resourceCenter.achieved),
  };
}

describe('the dashboard page and its script', () => {
  let html: string;
  let metrics: AssessmentMetrics;
  let cards: Stub[];
  let rows: Stub[];
  let byId: Record<string, Stub>;

  beforeAll(async () => {
    const files = await buildReport({
      systems: await committedManifests(),
      centers: DEFAULT_CENTERS,
      asOf: '2026-11-22',
      lang: 'zh',
    });
    html = files.get('index.html')!;
    metrics = JSON.parse(files.get('metrics.json')!);
    cards = [...html.matchAll(/data-metric="([^"]+)">([^<]*)</g)].map(([, name, value]) =>
      stub({ 'data-metric': name! }, unescape(value!)),
    );
    rows = [...html.matchAll(/<tr data-units="([^"]+)">/g)].map(([, units]) =>
      stub({ 'data-units': unescape(units!) }),
    );
    byId = Object.fromEntries(
      ['unit-filter', 'chart-sharing', 'chart-business', 'chart-status'].map((id) => [id, stub()]),
    );
    const document = {
      querySelectorAll: (selector: string) => ({ '[data-metric]': cards, '#systems tbody tr': rows })[selector] ?? [],
      getElementById: (id: string) => byId[id],
      createElement: () => stub(),
    };
    const window: Record<string, unknown> = {};
    runInNewContext(files.get('assets/data.js')!, { window });
    runInNewContext(readFileSync(join(root, 'reports/dashboard/assets/dashboard.js'), 'utf8'), {
      window,
      document,
      JSON,
    });
  });

  const shown = () => Object.fromEntries(cards.map((card) => [card.attributes['data-metric']!, card.textContent]));
  const select = (unit: string) => {
    byId['unit-filter']!.value = unit;
    byId['unit-filter']!.listeners.change!();
  };

  it('writes every planned and achieved figure of metrics.json into the page, side by side', () => {
    const written = Object.fromEntries(
      [...html.matchAll(/data-metric="([^"]+)">([^<]*)</g)].map(([, name, value]) => [name!, unescape(value!)]),
    );
    expect(written).toEqual(expected(metrics.overall));
    expect(html).toMatch(/<th scope="col">指标<\/th><th scope="col">计划<\/th><th scope="col">已完成<\/th>/);
  });

  it('shows the same figures from the script as the page was written with', () => {
    select('');
    expect(shown()).toEqual(expected(metrics.overall));
  });

  it('charts collaborative applications as achieved of planned', () => {
    select('');
    const texts = byId['chart-business']!.children[0]!.children.filter(
      (child) => child.attributes['data-value'] !== undefined,
    );
    expect(texts).toHaveLength(8);
    const planned = metrics.overall.collaborativeApplications.byBusinessSystem.planned;
    const achieved = metrics.overall.collaborativeApplications.byBusinessSystem.achieved;
    expect(texts.map((text) => text.textContent)).toEqual(
      Object.keys(planned).map((system) => `${achieved[system]} / ${planned[system]}`),
    );
  });

  it('follows the unit filter, and lists a jointly managed system under each of its units', () => {
    for (const unit of ['办公厅', '行政体制与人事司', '中国环境监测总站']) {
      select(unit);
      const figures = metrics.byUnit.find((candidate) => candidate.unit === unit)!;
      expect(shown()).toEqual(expected(figures));
      expect(rows.filter((row) => !row.hidden)).toHaveLength(figures.systems);
    }
    expect(metrics.byUnit.map((unit) => unit.unit)).not.toContain('办公厅、行政体制与人事司');
    expect(html).toContain('data-units="[&quot;办公厅&quot;,&quot;行政体制与人事司&quot;]"');
  });

  it('names each disposition in Chinese in the systems table, not by its id', () => {
    const outcomes = [
      ...html.matchAll(/<tr data-units="[^"]+"><td>\d+<\/td><td>.*?<\/td><td>.*?<\/td><td>([^<]*)<\/td>/g),
    ].map(([, outcome]) => outcome!);
    expect(outcomes).toHaveLength(182);
    expect([...new Set(outcomes)]).toEqual(expect.arrayContaining(['保留', '纳入业务系统', '纳入部网站群']));
    expect(outcomes.filter((outcome) => /[a-z]/.test(outcome))).toEqual([]);
  });
});

describe('the audit summary on the dashboard', () => {
  it('names each policy outcome and the finding counts in the reader’s language, not as ids', async () => {
    const { auditResources } = await import('../../audit/run');
    const { failingInput } = await import('../audit/support');
    const { buildReport: build, DEFAULT_CENTERS: centers } = await import('../../reports/build');
    const { happyManifest: happy } = await import('../support/manifests');
    const audit = await auditResources(failingInput());
    const page = async (lang: 'zh' | 'en') =>
      (await build({ systems: [happy()], centers, asOf: '2026-11-22', lang, audit })).get('index.html')!;
    const zh = await page('zh');
    expect(zh).toContain('>不适用</td>');
    expect(zh).not.toMatch(/>(pass|fail|not-applicable)<\/td>/);
    expect(zh).toMatch(/id="audit-verdict">未通过：存在强制性违规 — 不通过 \d+ 条、警告 \d+ 条、已豁免 \d+ 条/);
    expect(await page('en')).toMatch(
      /id="audit-verdict">FAIL: mandatory violations — \d+ failed, \d+ advisory, \d+ waived/,
    );
  });
});
