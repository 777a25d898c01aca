import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SharingRequest } from '../../model/sharing-request.generated';
import { buildReport, DEFAULT_CENTERS } from '../../reports/build';
import { requestLines, sharingFigures } from '../../reports/sharing';
import { happyManifest, providerManifest } from '../support/manifests';
import { committedManifests, root } from './support';

/** The shipped requests, read here apart from validate. */
function shippedRequests(): SharingRequest[] {
  const folder = join(root, 'sharing');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(join(folder, name), 'utf8')) as SharingRequest);
}

describe('the sharing figures of the shipped requests (rules art. 28, art. 29)', () => {
  it('judge each request against its time limit in working days', async () => {
    // The deadlines worked out by hand in the files' comments: National Day 2017 (30 September a
    // make-up day, 1–8 October off), Spring Festival 2018 (15–21 February off, 11 and 24 make-up),
    // Qingming 2018 (5–7 April off, Sunday 8 April a make-up day), March 2026 (no holiday). Each is 10
    // working days (outside the catalog).
    const lines = requestLines(shippedRequests(), await committedManifests(), '2026-11-22');
    expect(lines.map((line) => [line.id, line.deadline, line.answeredOn, line.timeliness])).toEqual([
      ['sr-2017-001', '2017-10-17', '2017-10-16', 'on-time'],
      ['sr-2018-001', '2018-03-02', '2018-02-27', 'on-time'],
      ['sr-2018-002', '2018-04-17', '2018-04-13', 'on-time'],
      ['sr-2026-001', '2026-03-16', '2026-03-11', 'on-time'],
    ]);
  });

  it('count the requests of the year reported by decision and by unit as the files say', async () => {
    const requests = shippedRequests();
    const systems = await committedManifests();
    // As of 2019-01-20 the annual report covers 2018; as of 2026-11-22, 2026 so far.
    for (const [asOf, year, providers] of [
      [
        '2019-01-20',
        2018,
        {
          核与辐射安全中心: { granted: 0, 'granted-with-conditions': 0, refused: 1, pending: 0 },
          中国环境监测总站: { granted: 1, 'granted-with-conditions': 0, refused: 0, pending: 0 },
        },
      ],
      ['2026-11-22', 2026, { 信息中心: { granted: 0, 'granted-with-conditions': 1, refused: 0, pending: 0 } }],
    ] as const) {
      const figures = sharingFigures(requests, systems, asOf);
      // Recounted from the files submitted in the year.
      const ofYear = requests.filter((request) => request.spec.submittedOn.startsWith(`${year}-`));
      const decisions: Record<string, number> = { granted: 0, 'granted-with-conditions': 0, refused: 0, pending: 0 };
      for (const request of ofYear) decisions[request.spec.answer?.decision ?? 'pending']! += 1;
      expect(figures.year).toBe(year);
      expect(figures.requests).toBe(ofYear.length);
      expect(figures.byDecision).toEqual(decisions);
      expect(figures.timeliness).toEqual({
        'on-time': ofYear.length,
        late: 0,
        pending: 0,
        overdue: 0,
        'no-deadline': 0,
      });
      const received = Object.fromEntries(
        figures.byUnit
          .filter((unit) => Object.values(unit.received).some(Boolean))
          .map((unit) => [unit.unit, unit.received]),
      );
      expect(received).toEqual(providers);
      const requested = Object.fromEntries(
        figures.byUnit
          .filter((unit) => Object.values(unit.requested).some(Boolean))
          .map((unit) => [unit.unit, Object.values(unit.requested).reduce((a, b) => a + b, 0)]),
      );
      expect(requested).toEqual(Object.fromEntries(ofYear.map((request) => [request.spec.requester.unit, 1])));
      expect(figures.refusals.map((line) => [line.id, line.reasons])).toEqual(
        ofYear
          .filter((request) => request.spec.answer?.decision === 'refused')
          .map((request) => [request.metadata.id, request.spec.answer!.reasons]),
      );
    }
  });
});

describe('answered late, overdue and pending', () => {
  // No. 901 shares its data on conditions: answered within 5 working days (art. 21).
  const provider = providerManifest();
  const request = (id: string, submittedOn: string, answer?: SharingRequest['spec']['answer']): SharingRequest => ({
    apiVersion: 'envcloud/v1',
    kind: 'SharingRequest',
    metadata: { id },
    spec: {
      requester: { unit: '环境监察局', system: 900 },
      resource: { catalogCode: '30300000901/0001' },
      purpose: '核查',
      usage: ['work-reference'],
      submittedOn,
      ...(answer ? { answer } : {}),
    },
  });
  // Thursday 2025-09-25: Sunday 28 September a make-up day, 1–8 October off: the fifth working day is 9 October.
  const requests = [
    request('sr-2025-001', '2025-09-25', {
      answeredOn: '2025-10-09',
      decision: 'granted-with-conditions',
      conditions: '仅用于执法核查',
    }),
    request('sr-2025-002', '2025-09-25', { answeredOn: '2025-10-10', decision: 'refused', reasons: '超出共享范围' }),
    request('sr-2025-003', '2025-09-25'),
    request('sr-2025-004', '2025-10-09'),
  ];
  const figures = sharingFigures(requests, [happyManifest(), provider], '2025-10-13');

  it('judge each against its deadline in working days, as of the report day', () => {
    expect(figures.lines.map((line) => [line.id, line.deadline, line.timeliness])).toEqual([
      ['sr-2025-001', '2025-10-09', 'on-time'],
      ['sr-2025-002', '2025-10-09', 'late'],
      ['sr-2025-003', '2025-10-09', 'overdue'],
      // 10, 11 (Saturday, make-up), 13, 14, 15 October.
      ['sr-2025-004', '2025-10-15', 'pending'],
    ]);
    expect(figures.byUnit.find((unit) => unit.unit === '大气环境管理司')).toEqual({
      unit: '大气环境管理司',
      requested: { granted: 0, 'granted-with-conditions': 0, refused: 0, pending: 0 },
      received: { granted: 0, 'granted-with-conditions': 1, refused: 1, pending: 2 },
      timeliness: { 'on-time': 1, late: 1, pending: 1, overdue: 1, 'no-deadline': 0 },
    });
  });

  it('show in the annual report and on the sharing page, in Chinese', async () => {
    const files = await buildReport({
      systems: [happyManifest(), provider],
      centers: DEFAULT_CENTERS,
      asOf: '2025-10-13',
      lang: 'zh',
      requests,
    });
    const report = files.get('annual-report/all-units.md')!;
    expect(report).toContain('## 信息资源共享申请与答复 (4)');
    expect(report).toContain('| 按时答复 | 1 |');
    expect(report).toContain('| 逾期答复 | 1 |');
    expect(report).toContain('| 逾期未答复 | 1 |');
    expect(report).toContain(
      '| sr-2025-002 | 环境监察局 | 大气环境管理司 | 测试大气排放监控系统业务数据 | 2025-10-10 | 超出共享范围 |',
    );
    // The providing unit's own report has its requests too.
    const unitFile = [...files.keys()].find(
      (path) => path.startsWith('annual-report/unit-') && files.get(path)!.includes('（大气环境管理司'),
    )!;
    expect(files.get(unitFile)).toContain('## 信息资源共享申请与答复 (4)');
    const page = files.get('sharing.html')!;
    expect(page).toContain('<td>逾期未答复</td><td>1</td>');
    expect(page).toContain(
      '<td>sr-2025-004</td><td>环境监察局</td><td>大气环境管理司</td><td>测试大气排放监控系统业务数据</td><td>30300000901/0001</td>',
    );
    expect(files.get('index.html')).toContain('href="sharing.html"');
    expect(JSON.parse(files.get('sharing.json')!).timeliness).toEqual(figures.timeliness);
  });

  it('are absent without requests', async () => {
    const files = await buildReport({
      systems: [happyManifest()],
      centers: DEFAULT_CENTERS,
      asOf: '2025-10-13',
      lang: 'zh',
    });
    expect(files.has('sharing.html')).toBe(false);
    expect(files.get('annual-report/all-units.md')).not.toContain('共享申请');
  });
});
