import type { DataCorrection } from '../../model/data-correction.generated';
import type { SharingRequest } from '../../model/sharing-request.generated';
import { buildReport, DEFAULT_CENTERS } from '../../reports/build';
import { correctionFigures } from '../../reports/corrections';
import { sharingFigures } from '../../reports/sharing';
import { happyManifest, providerManifest } from '../support/manifests';

// The sharing figures count the year the annual report covers (reportPeriod): requests by the day they
// were submitted, corrections by the day they were reported, whenever they were answered.

/** No. 901 shares its one resource (30300000901/0001) on conditions: answered within 5 working days (art. 21). */
const provider = providerManifest();
const systems = [happyManifest(), provider];
const CODE = '30300000901/0001';

const request = (id: string, submittedOn: string, answeredOn?: string): SharingRequest => ({
  apiVersion: 'envcloud/v1',
  kind: 'SharingRequest',
  metadata: { id },
  spec: {
    requester: { unit: '环境监察局', system: 900 },
    resource: { catalogCode: CODE },
    purpose: '核查',
    usage: ['work-reference'],
    submittedOn,
    ...(answeredOn
      ? { answer: { answeredOn, decision: 'granted-with-conditions', conditions: '仅用于执法核查' } }
      : {}),
  },
});

const correction = (id: string, reportedOn: string, answeredOn?: string): DataCorrection => ({
  apiVersion: 'envcloud/v1',
  kind: 'DataCorrection',
  metadata: { id },
  spec: {
    reporter: { unit: '环境监察局', system: 900 },
    resource: { catalogCode: CODE },
    issue: { kind: 'doubt', description: '排放量与上月相差十倍。' },
    reportedOn,
    ...(answeredOn ? { answer: { answeredOn, result: 'confirmed-correct' } } : {}),
  },
});

const requests = [
  // The year before: left out of 2025.
  request('sr-2024-001', '2024-12-20', '2024-12-24'),
  // Across 31 December 2024: counts in 2024, the year it was submitted, not in 2025 when it was answered.
  request('sr-2024-002', '2024-12-30', '2025-01-03'),
  request('sr-2025-001', '2025-06-03', '2025-06-05'),
  // Across 31 December 2025: submitted in 2025, answered in 2026 on the fifth working day (31 December,
  // Sunday 4 January a make-up day, 5, 6, 7 January; 1–3 January the New Year holiday): counts in 2025.
  request('sr-2025-002', '2025-12-30', '2026-01-07'),
  // The next year: not in the 2025 report.
  request('sr-2026-001', '2026-01-05'),
];
const corrections = [
  correction('dc-2024-001', '2024-12-31', '2025-01-08'),
  // Reported on 31 December 2025, due by 15 January 2026 and answered on the 14th: counts in 2025.
  correction('dc-2025-001', '2025-12-31', '2026-01-14'),
];

describe('the sharing figures of the year reported', () => {
  it('count the requests submitted in the year, one answered in the next year by its submission date', () => {
    // As of 20 January 2026 the annual report covers 2025 (due by the end of January).
    const figures = sharingFigures(requests, systems, '2026-01-20', corrections);
    expect(figures.year).toBe(2025);
    expect(
      figures.lines.map((line) => [line.id, line.submittedOn, line.deadline, line.answeredOn, line.timeliness]),
    ).toEqual([
      ['sr-2025-001', '2025-06-03', '2025-06-10', '2025-06-05', 'on-time'],
      ['sr-2025-002', '2025-12-30', '2026-01-07', '2026-01-07', 'on-time'],
    ]);
    expect(figures.requests).toBe(2);
    expect(figures.byDecision).toEqual({ granted: 0, 'granted-with-conditions': 2, refused: 0, pending: 0 });
    // Per unit (rules art. 28, art. 29): the providing and the requesting unit, of the year only.
    expect(figures.byUnit.find((unit) => unit.unit === '大气环境管理司')?.received).toEqual({
      granted: 0,
      'granted-with-conditions': 2,
      refused: 0,
      pending: 0,
    });
    expect(figures.byUnit.find((unit) => unit.unit === '环境监察局')?.requested['granted-with-conditions']).toBe(2);
    expect(figures.corrections?.year).toBe(2025);
    expect(figures.corrections?.lines.map((line) => [line.id, line.deadline, line.timeliness])).toEqual([
      ['dc-2025-001', '2026-01-15', 'on-time'],
    ]);
    expect(figures.corrections?.byUnit).toEqual([
      { unit: '大气环境管理司', reported: 1, onTime: 1, late: 0, pending: 0, overdue: 0 },
    ]);
  });

  it('count another year when asked, by the same dates', () => {
    const figures = sharingFigures(requests, systems, '2026-01-20', corrections, 2024);
    expect(figures.lines.map((line) => line.id)).toEqual(['sr-2024-001', 'sr-2024-002']);
    expect(figures.corrections?.lines.map((line) => line.id)).toEqual(['dc-2024-001']);
    expect(correctionFigures(corrections, systems, '2026-03-01').lines).toEqual([]);
    // From February the year is the current one, so far.
    expect(sharingFigures(requests, systems, '2026-03-01').lines.map((line) => line.id)).toEqual(['sr-2026-001']);
  });

  it('count what had happened by the report’s day: nothing submitted, reported or answered after it', () => {
    // 2025-12-31: sr-2025-002 was submitted the day before and answered on 7 January: pending, due 7 January.
    const figures = sharingFigures(requests, systems, '2025-12-31', corrections, 2025);
    expect(figures.lines.map((line) => [line.id, line.answeredOn, line.decision, line.timeliness])).toEqual([
      ['sr-2025-001', '2025-06-05', 'granted-with-conditions', 'on-time'],
      ['sr-2025-002', undefined, 'pending', 'pending'],
    ]);
    expect(figures.corrections?.lines.map((line) => [line.id, line.answeredOn, line.timeliness])).toEqual([
      ['dc-2025-001', undefined, 'pending'],
    ]);
    // On 2 June 2025 nothing of 2025 had been submitted yet, nor reported.
    const june = sharingFigures(requests, systems, '2025-06-02', corrections, 2025);
    expect([june.requests, june.lines, june.corrections?.lines]).toEqual([0, [], []]);
  });

  it('count a jointly managed provider for each of its units, and no unit named after the pair', () => {
    const joint = providerManifest();
    joint.metadata.managingUnit = '大气环境管理司、办公厅';
    joint.spec.dataResources[0]!.lastChangedOn = '2025-01-02';
    const figures = sharingFigures(requests, [systems[0]!, joint], '2026-01-20', corrections);
    const received = (name: string) => figures.byUnit.find((unit) => unit.unit === name)?.received;
    expect(received('大气环境管理司')).toEqual(received('办公厅'));
    expect(received('办公厅')).toMatchObject({ 'granted-with-conditions': 2 });
    expect(figures.byUnit.map((unit) => unit.unit)).not.toContain('大气环境管理司、办公厅');
    expect(figures.corrections?.byUnit.map((unit) => unit.unit).sort()).toEqual(['办公厅', '大气环境管理司'].sort());
    expect(figures.catalog.byUnit.map((unit) => [unit.unit, unit.judged]).sort()).toEqual(
      [
        ['办公厅', 1],
        ['大气环境管理司', 1],
      ].sort(),
    );
  });

  // A unit's annual report said “Sharing requests and answers (0)” beside its own table counting them.
  it('list a jointly managed provider’s requests in each of its units’ annual reports', async () => {
    const joint = providerManifest();
    joint.metadata.managingUnit = '大气环境管理司、办公厅';
    const input = { systems: [systems[0]!, joint], centers: DEFAULT_CENTERS, asOf: '2026-01-20', lang: 'en' as const };
    const files = await buildReport({ ...input, requests });
    const reports = [...files].filter(([path]) => /^annual-report\/unit-\d+\.md$/.test(path));
    for (const unit of ['大气环境管理司', '办公厅']) {
      const report = reports.find(([, text]) => text.split('\n')[0]!.includes(unit))?.[1];
      expect(report).toContain('## Sharing requests and answers (2)');
    }
  });

  it('judge requests against the whole catalog when the report covers some systems (report --stack)', async () => {
    const only900 = { systems: [systems[0]!], centers: DEFAULT_CENTERS, asOf: '2026-01-20', lang: 'en' as const };
    const sharingOf = async (input: Parameters<typeof buildReport>[0]) =>
      JSON.parse((await buildReport({ ...input, requests })).get('sharing.json')!) as {
        lines: { id: string; providingSystem?: number; timeliness: string }[];
      };
    const line = (json: Awaited<ReturnType<typeof sharingOf>>) => json.lines.find((one) => one.id === 'sr-2025-001')!;
    // No. 901 is another stack's: its resource was not found, and the request had no time limit.
    expect(line(await sharingOf(only900))).toMatchObject({ timeliness: 'no-deadline' });
    expect(line(await sharingOf({ ...only900, catalog: systems }))).toMatchObject({
      providingSystem: 901,
      timeliness: 'on-time',
    });
  });

  it('are the annual report’s year in sharing.json, on the sharing page and in the annual report, which say so', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const files = await buildReport({
        systems,
        centers: DEFAULT_CENTERS,
        asOf: '2026-01-20',
        lang,
        requests,
        corrections,
      });
      const json = JSON.parse(files.get('sharing.json')!);
      expect([json.year, json.requests, json.corrections.year, json.corrections.corrections]).toEqual([
        2025, 2, 2025, 1,
      ]);
      const page = files.get('sharing.html')!;
      const report = files.get('annual-report/all-units.md')!;
      if (lang === 'zh') {
        expect(page).toContain(
          '统计年度：2025 年。共享申请按提交日期（submittedOn）计入年度，纠错按反馈日期（reportedOn）计入年度',
        );
        expect(report).toContain('## 信息资源共享申请与答复 (2)');
        expect(report).toContain('按 sharing/ 中 2025 年提交的共享申请统计（按提交日期 submittedOn 计入年度');
        expect(report).toContain('按 corrections/ 中 2025 年反馈的纠错记录统计（按反馈日期 reportedOn 计入年度');
      } else {
        expect(page).toContain('Year counted: 2025. Requests count in the year of their submission date (submittedOn)');
        expect(report).toContain('## Sharing requests and answers (2)');
        expect(report).toContain('submitted in 2025 (counted in the year of their submittedOn)');
      }
      expect(page).toContain('<td>sr-2025-002</td>');
      expect(page).not.toContain('sr-2024-002');
      expect(page).not.toContain('sr-2026-001');
      expect(page).not.toContain('dc-2024-001');
    }
    // A late report (--year 2024) counts 2024's requests.
    const late = await buildReport({
      systems,
      centers: DEFAULT_CENTERS,
      asOf: '2026-01-20',
      year: 2024,
      lang: 'en',
      requests,
    });
    expect(JSON.parse(late.get('sharing.json')!).lines.map((line: { id: string }) => line.id)).toEqual([
      'sr-2024-001',
      'sr-2024-002',
    ]);
  });
});
