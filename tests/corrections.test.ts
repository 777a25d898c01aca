import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGS, render, type MessageId } from '../document/i18n';
import { EN_CORRECTIONS } from '../document/messages/en-corrections';
import { correctionSchema, MANIFEST_KINDS } from '../model/schema';
import { WORKING_DAY_LIMITS } from '../model/sharing';
import { validatePaths, validateSources } from '../validation/validate';
import { CORRECTION_RULES } from '../validation/rules/corrections';
import { correctionFigures } from '../reports/corrections';
import { sharingFigures } from '../reports/sharing';
import { sharingPage } from '../reports/dashboard/sharing-page';
import { buildReport, DEFAULT_CENTERS } from '../reports/build';
import { envcloud, root } from './support/cli';
import { englishSentences } from './support/english';
import { happyManifest, providerManifest, LAW_BASIS, yamlOf } from './support/manifests';
import type { Finding } from '../document/findings';
import type { DataCorrection } from '../model/data-correction.generated';
// The happy correction: no. 900 reports an evident error in no. 901's data on Friday 2025-09-26, due by 2025-10-16
// (Sunday 28 September and Saturday 11 October make-up working days, 1–8 October the National Day holiday) and
// answered on 2025-10-15. Line numbers below are of its text.
import { HAPPY_CORRECTION as HAPPY, PROVIDER_CODE as CODE } from './support/requests';

/** The providing system, no. 901, whose one data resource (30300000901/0001) is shared as `sharing` says. */
const provider = (sharing: Record<string, unknown> = { type: 'unconditional' }) => providerManifest(sharing);
const CONDITIONAL = { type: 'conditional', conditions: '仅用于执法核查', scope: '环境监察局' };

/** A grant of no. 901's resource to no. 900, answered 2025-09-01, live until `expiresOn`. */
const grant = (expiresOn = '2026-12-31') => `apiVersion: envcloud/v1
kind: SharingRequest
metadata:
  id: sr-2025-009
spec:
  requester:
    unit: 环境监察局
    system: 900
  resource:
    catalogCode: ${CODE}
  purpose: 执法核查。
  usage:
    - work-reference
  submittedOn: 2025-08-28
  answer:
    answeredOn: 2025-09-01
    decision: granted-with-conditions
    conditions: 仅用于执法核查。
    expiresOn: ${expiresOn}
`;

function validate(
  correction: string,
  options: { asOf?: string; sharing?: Record<string, unknown>; grants?: string[]; more?: string[] } = {},
): Finding[] {
  const sources = [
    { file: 'manifests/s900.yaml', bytes: Buffer.from(yamlOf(happyManifest())) },
    { file: 'manifests/s901.yaml', bytes: Buffer.from(yamlOf(provider(options.sharing))) },
    ...(options.grants ?? []).map((text, index) => ({ file: `sharing/g${index}.yaml`, bytes: Buffer.from(text) })),
    { file: 'corrections/dc.yaml', bytes: Buffer.from(correction) },
    ...(options.more ?? []).map((text, index) => ({ file: `corrections/more${index}.yaml`, bytes: Buffer.from(text) })),
  ];
  return validateSources(sources, undefined, options.asOf ?? '2026-06-01').findings.filter(
    (finding) => !finding.file.startsWith('manifests/'),
  );
}

function change(from: string, to: string, text = HAPPY): string {
  if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
  return text.replace(from, to);
}

const at = (findings: Finding[]) => findings.map((f) => `${f.severity}:${f.ruleId}@${f.file}:${f.line}`);

describe('DataCorrection, the third manifest kind', () => {
  it('has its own JSON Schema 2020-12 with a description on every field', () => {
    expect(correctionSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(MANIFEST_KINDS.correction).toBe('DataCorrection');
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as Record<string, unknown>;
      for (const [name, child] of Object.entries((record.properties as Record<string, unknown>) ?? {})) {
        if (child !== true && !(child as { description?: string }).description) missing.push(`${path}.${name}`);
        walk(child, `${path}.${name}`);
      }
      for (const [name, child] of Object.entries((record.$defs as Record<string, unknown>) ?? {})) {
        if (!(child as { description?: string }).description) missing.push(`$defs.${name}`);
        walk(child, `$defs.${name}`);
      }
    };
    walk(correctionSchema, '');
    expect(missing).toEqual([]);
  });

  it('is read by its kind: a schema error is located with the correction schema', () => {
    const findings = validate(change('kind: evident-error', 'kind: evident-eror'));
    expect(at(findings)).toEqual(['error:schema-enum@corrections/dc.yaml:12']);
  });

  it('ships at least two examples for real systems of Annex 1, each with its modeline, valid against the catalog', async () => {
    const files = readdirSync(join(root, 'corrections')).filter((file) => file.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files)
      expect(readFileSync(join(root, 'corrections', file), 'utf8')).toMatch(
        /^# yaml-language-server: \$schema=\.\.\/schema\/data-correction\.v1\.schema\.json\n/,
      );
    const report = await validatePaths(['corrections'], { cwd: root, asOf: '2026-12-01' });
    expect(report.findings).toEqual([]);
    expect(report.corrections).toHaveLength(files.length);
  });

  it('the happy correction is clean', () => {
    expect(validate(HAPPY)).toEqual([]);
  });
});

describe('the correction rules, each with its clause', () => {
  it('every rule cites the rules or says it is an envcloud choice', () => {
    for (const rule of CORRECTION_RULES) expect(rule.clause).toMatch(/Sharing rules art\.|envcloud:/);
    const deadline = CORRECTION_RULES.find((rule) => rule.id === 'correction-answer-within-deadline')!;
    expect(deadline.clause).toContain('envcloud: 及时 is taken as 10 working days');
    expect(WORKING_DAY_LIMITS.correctionAnswer).toBe(10);
  });

  it('unique-correction-id: a second record with one id', () => {
    expect(at(validate(HAPPY, { more: [HAPPY] }))).toEqual(['error:unique-correction-id@corrections/more0.yaml:4']);
  });

  it('reporter-runs-system: the unit runs the system it read the data through (its managing or reporting unit)', () => {
    expect(validate(change('unit: 环境监察局', 'unit: 信息中心'))).toEqual([]);
    const other = validate(change('unit: 环境监察局', 'unit: 大气环境管理司'));
    expect(at(other)).toEqual(['warning:reporter-runs-system@corrections/dc.yaml:7']);
    expect(other[0]!.message).toBe(
      'unit "大气环境管理司" is neither the managing nor the reporting unit of system 900 (managed by 环境监察局)',
    );
  });

  it('correction-names-on-one-line: a title or a unit with a line break', () => {
    expect(at(validate(change('metadata:\n', 'metadata:\n  title: "核查\\n结果"\n')))).toEqual([
      'error:correction-names-on-one-line@corrections/dc.yaml:4',
    ]);
  });

  it('correction-resource-readable: an unknown reporting system or catalog code', () => {
    expect(at(validate(change('system: 900', 'system: 977')))).toEqual([
      'error:correction-resource-readable@corrections/dc.yaml:8',
    ]);
    const unknown = validate(change(`catalogCode: ${CODE}`, 'catalogCode: 30300000901/0009'));
    expect(at(unknown)).toEqual(['error:correction-resource-readable@corrections/dc.yaml:10']);
    expect(unknown[0]!.message).toBe('no data resource of the catalog has code `30300000901/0009`');
    expect(at(validate(change(`catalogCode: ${CODE}`, `catalogCode: ${CODE}\n    name: 别的数据`)))).toEqual([
      'error:correction-resource-readable@corrections/dc.yaml:11',
    ]);
  });

  it('correction-resource-readable: conditional data needs a grant live on the day reported', () => {
    const none = validate(HAPPY, { sharing: CONDITIONAL });
    expect(at(none)).toEqual(['error:correction-resource-readable@corrections/dc.yaml:8']);
    expect(none[0]!.message).toContain('no grant in sharing/ to system 900 was live on 2025-09-26');
    expect(none[0]!.related?.[0]?.file).toBe('manifests/s901.yaml');
    expect(validate(HAPPY, { sharing: CONDITIONAL, grants: [grant()] })).toEqual([]);
    // Live through its expiresOn day, gone the day after.
    expect(validate(HAPPY, { sharing: CONDITIONAL, grants: [grant('2025-09-26')] })).toEqual([]);
    expect(at(validate(HAPPY, { sharing: CONDITIONAL, grants: [grant('2025-09-25')] }))).toEqual([
      'error:correction-resource-readable@corrections/dc.yaml:8',
    ]);
    // A grant to another system does not count.
    expect(
      at(
        validate(HAPPY, {
          sharing: CONDITIONAL,
          grants: [change('unit: 环境监察局\n    system: 900', 'unit: 大气环境管理司\n    system: 901', grant())],
        }),
      ),
    ).toEqual(['error:correction-resource-readable@corrections/dc.yaml:8']);
  });

  it('correction-resource-readable: data that is not shared is read by no other system', () => {
    const findings = validate(HAPPY, {
      sharing: { type: 'not-shared', legalBasis: LAW_BASIS },
      grants: [grant()],
    });
    expect(at(findings)).toContain('error:correction-resource-readable@corrections/dc.yaml:8');
    expect(findings.find((f) => f.ruleId === 'correction-resource-readable')!.message).toContain(
      'the resource is not shared',
    );
  });

  it('correction-rejection-gives-reasons: a rejection without reasons, and with them', () => {
    const rejected = change('result: corrected', 'result: rejected');
    expect(at(validate(rejected))).toEqual(['error:correction-rejection-gives-reasons@corrections/dc.yaml:15']);
    expect(validate(`${rejected}    reasons: 预警等级不由本平台计算。\n`)).toEqual([]);
    expect(at(validate(`${rejected}    reasons: "  "\n`))).toEqual([
      'error:correction-rejection-gives-reasons@corrections/dc.yaml:15',
    ]);
  });

  it('correction-dates-in-order: answered before reported', () => {
    expect(at(validate(change('answeredOn: 2025-10-15', 'answeredOn: 2025-09-25')))).toEqual([
      'error:correction-dates-in-order@corrections/dc.yaml:16',
    ]);
  });

  it('correction-answer-within-deadline: across National Day, on the last day, a day late', () => {
    expect(validate(change('answeredOn: 2025-10-15', 'answeredOn: 2025-10-16'))).toEqual([]);
    const late = validate(change('answeredOn: 2025-10-15', 'answeredOn: 2025-10-17'));
    expect(at(late)).toEqual(['error:correction-answer-within-deadline@corrections/dc.yaml:16']);
    expect(late[0]!.message).toMatch(
      /^answered late on 2025-10-17, 11 working days after the report: .*due by 2025-10-16$/,
    );
  });

  it('correction-answer-within-deadline: an error after the deadline on the --as-of day, a warning before', () => {
    const pending = HAPPY.slice(0, HAPPY.indexOf('  answer:'));
    const warning = validate(pending, { asOf: '2025-10-16' });
    expect(at(warning)).toEqual(['warning:correction-answer-within-deadline@corrections/dc.yaml:14']);
    expect(warning[0]!.message).toContain('(0 working days left as of 2025-10-16)');
    expect(at(validate(pending, { asOf: '2025-10-10' }))).toEqual([
      'warning:correction-answer-within-deadline@corrections/dc.yaml:14',
    ]);
    const overdue = validate(pending, { asOf: '2025-10-17' });
    expect(at(overdue)).toEqual(['error:correction-answer-within-deadline@corrections/dc.yaml:14']);
    expect(overdue[0]!.message).toMatch(/^no answer, overdue as of 2025-10-17: /);
  });

  // Reported on 20 December 2026 (the tenth working day is in 2027): it stopped every report until answered.
  it('correction-answer-within-deadline: pending past the calendar is no error on a day the calendar covers', () => {
    const pending = change(
      'reportedOn: 2025-09-26',
      'reportedOn: 2026-12-21',
      HAPPY.slice(0, HAPPY.indexOf('  answer:')),
    );
    expect(validate(pending, { asOf: '2026-12-30' })).toEqual([]);
    expect(at(validate(pending, { asOf: '2027-01-04' }))).toEqual([
      'error:correction-answer-within-deadline@corrections/dc.yaml:14',
    ]);
    const correction = (require('yaml') as typeof import('yaml')).parse(pending) as DataCorrection;
    const lines = correctionFigures([correction], [happyManifest(), provider()], '2026-12-30').lines;
    expect(lines.map((line) => line.timeliness)).toEqual(['pending']);
  });

  it('correction-answer-within-deadline: a day outside the official calendar is an error, never a guess', () => {
    const findings = validate(
      change(
        'reportedOn: 2025-09-26',
        'reportedOn: 2031-03-03',
        change('answeredOn: 2025-10-15', 'answeredOn: 2031-03-05'),
      ),
    );
    expect(at(findings)).toContain('error:correction-answer-within-deadline@corrections/dc.yaml:14');
  });
});

describe('the messages of the correction rules', () => {
  it('are all in both catalogs; the Chinese cite the rules as 第N条 and say no English sentence', () => {
    const ids = Object.keys(EN_CORRECTIONS) as MessageId[];
    for (const id of ids) expect(CATALOGS.zh[id]).toBeTruthy();
    for (const rule of CORRECTION_RULES) {
      expect(CATALOGS.en[`rule-title.${rule.id}` as MessageId]).toBe(rule.title);
      expect(CATALOGS.zh[`rule-title.${rule.id}` as MessageId]).toBeTruthy();
    }
    const zh = ids.map((id) => CATALOGS.zh[id]).join('\n');
    expect(zh).toContain('第7条(四)');
    expect(zh).not.toMatch(/第[一二三四五六七八九十]+条|art\./u);
    const pending = HAPPY.slice(0, HAPPY.indexOf('  answer:'));
    const findings = [
      ...validate(change('answeredOn: 2025-10-15', 'answeredOn: 2025-10-17')),
      ...validate(pending, { asOf: '2025-10-17' }),
      ...validate(HAPPY, { sharing: CONDITIONAL }),
      ...validate(change('result: corrected', 'result: rejected')),
    ];
    expect(findings.length).toBe(4);
    for (const finding of findings) {
      const text = `${render(finding.localized!.message, 'zh')}\n${render(finding.localized!.hint!, 'zh')}`;
      expect(englishSentences(text)).toEqual([]);
      expect(render(finding.localized!.message, 'en')).toBe(finding.message);
    }
  });
});

describe('validate over corrections/ (built CLI)', () => {
  it('reads the catalog from manifests/ and the grants from sharing/, in Chinese too', () => {
    const en = envcloud(['validate', '--as-of', '2026-12-01', '--lang', 'en', 'corrections']);
    expect(en.stdout).toContain('3 files, 0 errors, 0 warnings: valid');
    expect(en.code).toBe(0);
    const zh = envcloud(['validate', '--as-of', '2026-12-01', '--lang', 'zh', 'corrections']);
    expect(zh.stdout).toContain('0 个错误');
  });
});

describe('corrections on the sharing report', () => {
  const systems = [happyManifest(), provider()];
  const parse = (text: string) => (require('yaml') as typeof import('yaml')).parse(text) as DataCorrection;
  const pending = parse(HAPPY.slice(0, HAPPY.indexOf('  answer:')).replace('dc-2025-001', 'dc-2025-002'));
  // Reported on 1 September, due by 15 September, answered on the 16th: late, and answered by the report's day.
  const late = parse(
    change('answeredOn: 2025-10-15', 'answeredOn: 2025-09-16')
      .replace('dc-2025-001', 'dc-2025-003')
      .replace('reportedOn: 2025-09-26', 'reportedOn: 2025-09-01'),
  );
  const overdue = parse(
    HAPPY.slice(0, HAPPY.indexOf('  answer:'))
      .replace('dc-2025-001', 'dc-2025-004')
      .replace('reportedOn: 2025-09-26', 'reportedOn: 2025-09-01'),
  );
  const all = [parse(HAPPY), pending, late, overdue];

  it('counts corrections reported, answered on time, late, pending and overdue per providing unit', () => {
    const figures = correctionFigures(all, systems, '2025-10-16');
    expect(figures.corrections).toBe(4);
    expect(figures.byUnit).toEqual([
      { unit: '大气环境管理司', reported: 4, onTime: 1, late: 1, pending: 1, overdue: 1 },
    ]);
    expect(figures.byResult).toEqual({ corrected: 2, 'confirmed-correct': 0, rejected: 0, pending: 2 });
    expect(figures.lines.map((line) => [line.id, line.deadline, line.timeliness])).toEqual([
      ['dc-2025-001', '2025-10-16', 'on-time'],
      ['dc-2025-002', '2025-10-16', 'pending'],
      ['dc-2025-003', '2025-09-15', 'late'],
      ['dc-2025-004', '2025-09-15', 'overdue'],
    ]);
  });

  it('shows them on the sharing page in both languages', () => {
    const sharing = sharingFigures([], systems, '2025-10-16', all);
    const zh = sharingPage(sharing, { lang: 'zh' });
    expect(zh).toContain('数据纠错');
    expect(zh).toContain('<td>大气环境管理司</td><td>4</td><td>1</td><td>1</td><td>1</td><td>1</td>');
    expect(zh).toContain('明显错误');
    const en = sharingPage(sharing, { lang: 'en' });
    expect(en).toContain('Data corrections');
    expect(en).toContain('Evident error');
    expect(sharingPage(sharingFigures([], systems, '2025-10-16'), { lang: 'en' })).not.toContain('Data corrections');
  });

  it('in the annual report and sharing.json, for all units and for the providing unit, in both languages', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const files = await buildReport({
        systems,
        centers: DEFAULT_CENTERS,
        asOf: '2025-10-16',
        lang,
        corrections: all,
      });
      const report = files.get('annual-report/all-units.md')!;
      expect(report).toContain(
        lang === 'zh' ? '### 数据纠错的校核答复（按提供单位）' : '### Corrections checked and answered',
      );
      expect(report).toContain('| 大气环境管理司 | 4 | 1 | 1 | 1 | 1 |');
      const unitFile = [...files.keys()].find(
        (path) => path.startsWith('annual-report/unit-') && files.get(path)!.includes('大气环境管理司'),
      )!;
      expect(files.get(unitFile)).toContain('| 大气环境管理司 | 4 | 1 | 1 | 1 | 1 |');
      expect(JSON.parse(files.get('sharing.json')!).corrections.byUnit).toHaveLength(1);
      expect(files.get('sharing.html')).toContain('sharing-correction-units');
    }
  });
});
