import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addWorkingDays, CalendarGap, calendarCoverage, isWorkingDay, workingDaysBetween } from '../model/calendar';
import { requestSchema } from '../model/schema';
import { WORKING_DAY_LIMITS } from '../model/sharing';
import { validateSources } from '../validation/validate';
import { REQUEST_RULES } from '../validation/rules/requests';
import { runsSystem } from '../validation/rules/parties';
import { envcloud, root } from './support/cli';
import { entryOf, happyManifest, providerManifest, LAW_BASIS, yamlOf } from './support/manifests';
import type { Finding } from '../document/findings';
// The happy request: no. 900 asks no. 901 on Thursday 2025-09-25, answered on 2025-10-09, the fifth working day (art. 21):
// Sunday 28 September was a make-up working day (调休), 1–8 October the National Day holiday. Line numbers below are of its text.
import { HAPPY_REQUEST as HAPPY, REQUESTED_RESOURCE as RESOURCE } from './support/requests';

/** The providing system: no. 901, whose one data resource is shared on conditions. */
const provider = providerManifest;

function validate(
  request: string,
  options: { asOf?: string; sharing?: Record<string, unknown>; more?: string[] } = {},
): Finding[] {
  const sources = [
    { file: 'manifests/s900.yaml', bytes: Buffer.from(yamlOf(happyManifest())) },
    { file: 'manifests/s901.yaml', bytes: Buffer.from(yamlOf(provider(options.sharing))) },
    { file: 'sharing/sr.yaml', bytes: Buffer.from(request) },
    ...(options.more ?? []).map((text, index) => ({ file: `sharing/more${index}.yaml`, bytes: Buffer.from(text) })),
  ];
  return validateSources(sources, undefined, options.asOf ?? '2026-06-01').findings.filter((finding) =>
    finding.file.startsWith('sharing/'),
  );
}

/** The happy request with one line replaced (or removed, for an empty replacement). */
function change(from: string, to: string, text = HAPPY): string {
  if (!text.includes(from)) throw new Error(`fixture has no "${from}"`);
  return text.replace(from, to);
}

const at = (finding: Finding) => [finding.ruleId, finding.severity, finding.line, finding.column];

describe('the official working-day calendar (chinese-days)', () => {
  it('covers 2004 to 2026 and refuses any other year instead of counting weekdays', () => {
    expect(calendarCoverage()).toEqual({ first: 2004, last: 2026 });
    // The package calls National Day 2027 a working day: envcloud does not ask it.
    expect(() => isWorkingDay('2027-10-01')).toThrow(CalendarGap);
    expect(() => isWorkingDay('2003-10-01')).toThrow(/outside the official working-day calendar .* 2004–2026/);
    expect(() => addWorkingDays('2026-12-28', 5)).toThrow(/2027-01-0\d is outside/);
  });

  it('counts make-up Saturdays and Sundays (调休) as working days and holidays as not', () => {
    expect(isWorkingDay('2025-09-28')).toBe(true); // Sunday, make-up for National Day
    expect(isWorkingDay('2017-09-30')).toBe(true); // Saturday, make-up for National Day
    expect(isWorkingDay('2025-10-08')).toBe(false); // Wednesday, National Day holiday
    expect(isWorkingDay('2025-09-27')).toBe(false); // an ordinary Saturday
  });

  it('counts a time limit from the day after', () => {
    expect(addWorkingDays('2025-09-25', 5)).toBe('2025-10-09');
    expect(addWorkingDays('2017-09-27', 10)).toBe('2017-10-17');
    expect(addWorkingDays('2026-02-09', 5)).toBe('2026-02-14'); // Saturday 14 February 2026 is a make-up day
    expect(addWorkingDays('2026-11-20', 5)).toBe('2026-11-27');
    expect(workingDaysBetween('2025-09-25', '2025-10-10')).toBe(6);
    expect(workingDaysBetween('2025-10-09', '2025-10-09')).toBe(0);
  });

  it('keeps the limits of the rules in model/', () => {
    expect(WORKING_DAY_LIMITS).toEqual({
      correctionAnswer: 10,
      conditionalRequest: 5,
      outsideScopeRequest: 10,
      externalRequest: 10,
      catalogUpdate: 15,
    });
  });
});

describe('the SharingRequest schema', () => {
  it('describes every field and the envelope is that of the manifests', () => {
    const undescribed: string[] = [];
    const walk = (node: any, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, child] of Object.entries<any>(node.properties ?? {})) {
        if (child !== true && !child.description) undescribed.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      for (const [key, child] of Object.entries<any>(node.$defs ?? {})) {
        if (!child.description) undescribed.push(`$defs.${key}`);
        walk(child, `$defs.${key}`);
      }
      if (node.items) walk(node.items, `${path}[]`);
    };
    walk(requestSchema, '$');
    expect(undescribed).toEqual([]);
    expect(requestSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect((requestSchema.required as string[]).sort()).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
  });

  it('generated types are in step with the schema (npm run gen:types)', () => {
    const generated = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const m = await import('./scripts/generate-types.mjs'); process.stdout.write(await m.generateRequestTypes());",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(readFileSync(join(root, 'model/sharing-request.generated.ts'), 'utf8')).toBe(generated);
  });
});

describe('sharing requests in validate', () => {
  it('the happy request has no finding', () => {
    expect(validate(HAPPY)).toEqual([]);
  });

  it('is read by its kind: a schema error is located in the request schema', () => {
    expect(
      validate(change('    decision: granted-with-conditions', '    decision: granted-with-condition')).map(at),
    ).toEqual([['schema-enum', 'error', 18, 15]]);
    expect(validate(change('  purpose: 核查排放数据异常是否由监控设备故障造成。\n', '')).map(at)).toEqual([
      ['schema-required', 'error', 5, 1],
    ]);
    expect(validate(change('  submittedOn: 2025-09-25', '  submittedOn: 2025-09-31')).map(at)).toEqual([
      ['schema-format', 'error', 15, 16],
    ]);
  });

  // Each rule: the happy request changed in one field, the finding expected (rule, severity, line, column).
  const cases: [name: string, request: string, options: Parameters<typeof validate>[1], expected: unknown[][]][] = [
    [
      'unknown provider',
      change('    system: 901', '    system: 977'),
      {},
      [['request-known-parties', 'error', 10, 13]],
    ],
    [
      'unknown requester',
      change('    system: 900', '    system: 978'),
      {},
      [['request-known-parties', 'error', 8, 13]],
    ],
    [
      'usage the catalog does not list',
      change('    - work-reference', '    - administrative-basis'),
      {},
      [['request-usage-in-catalog', 'error', 14, 7]],
    ],
    [
      'unconditional data needs no request',
      HAPPY,
      { sharing: { type: 'unconditional' } },
      [['unconditional-direct-access', 'warning', 9, 3]],
    ],
    [
      'conditional data granted without conditions',
      change(
        '    conditions: 仅用于执法核查。\n',
        '',
        change('    decision: granted-with-conditions', '    decision: granted'),
      ),
      {},
      [['conditional-within-catalog-terms', 'error', 18, 15]],
    ],
    [
      'a grant with conditions states them',
      change('    conditions: 仅用于执法核查。\n', ''),
      {},
      [['grant-states-conditions', 'error', 16, 3]],
    ],
    [
      'a refusal without reasons',
      change(
        '    conditions: 仅用于执法核查。\n',
        '',
        change('    decision: granted-with-conditions', '    decision: refused'),
      ),
      {},
      [['refusal-gives-reasons', 'error', 16, 3]],
    ],
    [
      'a refusal with whitespace for reasons',
      change(
        '    conditions: 仅用于执法核查。',
        '    reasons: "　 "',
        change('    decision: granted-with-conditions', '    decision: refused'),
      ),
      {},
      [['refusal-gives-reasons', 'error', 16, 3]],
    ],
    [
      'not-shared data without negotiation',
      HAPPY,
      { sharing: { type: 'not-shared', legalBasis: LAW_BASIS } },
      [['not-shared-needs-negotiation', 'error', 6, 3]],
    ],
    [
      'referral to the cyberspace office without a failed negotiation',
      `${HAPPY}  negotiations:\n    - date: 2025-09-26\n      outcome: agreed\n      summary: 双方同意按月提供。\n  escalations:\n    - date: 2025-09-29\n      to: cyberspace-office\n      reason: 提供频次有争议。\n`,
      {},
      [['escalation-after-failed-negotiation', 'error', 26, 11]],
    ],
    [
      'an answer before the request',
      change('  submittedOn: 2025-09-25', '  submittedOn: 2025-10-10'),
      {},
      [['request-dates-in-order', 'error', 17, 17]],
    ],
    [
      'a grant that expires before it is given',
      `${HAPPY}    expiresOn: 2025-10-01\n`,
      {},
      [['request-dates-in-order', 'error', 20, 16]],
    ],
    [
      'a date outside the calendar',
      change(
        '  submittedOn: 2025-09-25',
        '  submittedOn: 2027-09-25',
        change('    answeredOn: 2025-10-09', '    answeredOn: 2027-10-09'),
      ),
      {},
      [['working-day-calendar', 'error', 15, 16]],
    ],
    ['an id used twice', HAPPY, { more: [HAPPY] }, [['unique-request-id', 'error', 4, 7]]],
    // The unit asks for the system it runs: its managing or its reporting unit (信息中心 here) may.
    ['the reporting unit of the system asks', change('    unit: 环境监察局', '    unit: 信息中心'), {}, []],
    [
      'a unit that runs neither system',
      change('    unit: 环境监察局', '    unit: 大气环境管理司'),
      {},
      [['requester-runs-system', 'warning', 7, 11]],
    ],
    [
      'a unit of the ministry marked external',
      change('    system: 900', '    external: true'),
      {},
      [['external-requester-outside-ministry', 'error', 7, 11]],
    ],
    [
      'a title on two lines',
      change('  id: sr-2025-001', '  id: sr-2025-001\n  title: "核查\\n排放数据"'),
      {},
      [['request-names-on-one-line', 'error', 5, 10]],
    ],
  ];

  it.each(cases)('%s', (_name, request, options, expected) => {
    expect(validate(request, options).map(at)).toEqual(expected);
  });

  it('a failed negotiation before the referral is what the cyberspace office needs', () => {
    const request = `${HAPPY}  negotiations:\n    - date: 2025-09-26\n      outcome: failed\n      summary: 提供频次未谈拢。\n  escalations:\n    - date: 2025-09-29\n      to: cyberspace-office\n      reason: 提供频次有争议。\n`;
    expect(validate(request)).toEqual([]);
  });

  it('takes each of a jointly managed system’s units, and its reporting unit, as running it', () => {
    const joint = entryOf(happyManifest({ managingUnit: '办公厅、行政体制与人事司' }));
    expect(['办公厅', ' 行政体制与人事司', '信息中心'].map((unit) => runsSystem(unit, joint))).toEqual([
      true,
      true,
      true,
    ]);
    expect(runsSystem('办公厅、行政体制与人事司', joint)).toBe(false);
    expect(runsSystem('环境监察局', joint)).toBe(false);
  });

  it('every request rule is covered above or in the deadline corpus', () => {
    const covered = new Set([
      ...cases.flatMap(([, , , expected]) => expected.map(([id]) => id)),
      'answer-within-deadline',
    ]);
    expect(REQUEST_RULES.map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe('the deadline corpus (working days, 调休 and holidays)', () => {
  const answered = (submitted: string, answeredOn: string) =>
    change(
      '    answeredOn: 2025-10-09',
      `    answeredOn: ${answeredOn}`,
      change('  submittedOn: 2025-09-25', `  submittedOn: ${submitted}`),
    );
  const pending = (submitted: string) =>
    change(
      '  answer:\n    answeredOn: 2025-10-09\n    decision: granted-with-conditions\n    conditions: 仅用于执法核查。\n',
      '',
      change('  submittedOn: 2025-09-25', `  submittedOn: ${submitted}`),
    );
  const late = (line: number, column: number) => [['answer-within-deadline', 'error', line, column]];

  it.each([
    // art. 21, 5 working days, across National Day 2025 and its make-up Sunday (28 September): due 9 October.
    [
      'conditional, National Day and a 调休 Sunday, answered on the last day',
      answered('2025-09-25', '2025-10-09'),
      {},
      [],
    ],
    [
      'conditional, National Day and a 调休 Sunday, answered a day late',
      answered('2025-09-25', '2025-10-10'),
      {},
      late(17, 17),
    ],
    // art. 21 across the 2026 Spring Festival's make-up Saturday (14 February): due that Saturday.
    ['conditional, answered on a 调休 Saturday', answered('2026-02-09', '2026-02-14'), {}, []],
    ['conditional, answered the Monday after, a holiday', answered('2026-02-09', '2026-02-16'), {}, late(17, 17)],
    // plan §三(一).4, 10 working days, outside the catalog's scope, across National Day 2017: due 17 October.
    [
      'outside the scope, National Day 2017, on time',
      `${answered('2017-09-27', '2017-10-17')}  withinScope: false\n`,
      {},
      [],
    ],
    [
      'outside the scope, National Day 2017, late',
      `${answered('2017-09-27', '2017-10-18')}  withinScope: false\n`,
      {},
      late(17, 17),
    ],
    // The same limit for data outside the catalog (a name the providing system does not list).
    [
      'outside the catalog, late',
      change(`    name: ${RESOURCE}`, '    name: 未编目的原始监测数据', answered('2017-09-27', '2017-10-18')),
      {},
      late(17, 17),
    ],
    // art. 23(四), 10 working days, another national department: National Day 2025 and both its make-up days (28 September, 11 October).
    [
      'another national department, day 10',
      change(
        '    unit: 环境监察局\n    system: 900',
        '    unit: 国家统计局\n    external: true',
        answered('2025-09-25', '2025-10-15'),
      ),
      {},
      [],
    ],
    [
      'another national department, day 11',
      change(
        '    unit: 环境监察局\n    system: 900',
        '    unit: 国家统计局\n    external: true',
        answered('2025-09-25', '2025-10-16'),
      ),
      {},
      late(17, 17),
    ],
    // Pending: a warning until the deadline (27 November 2026), an error after it.
    [
      'pending before the deadline',
      pending('2026-11-20'),
      { asOf: '2026-11-25' },
      [['answer-within-deadline', 'warning', 15, 16]],
    ],
    [
      'pending on the deadline',
      pending('2026-11-20'),
      { asOf: '2026-11-27' },
      [['answer-within-deadline', 'warning', 15, 16]],
    ],
    [
      'pending after the deadline',
      pending('2026-11-20'),
      { asOf: '2026-11-30' },
      [['answer-within-deadline', 'error', 15, 16]],
    ],
  ] as [string, string, Parameters<typeof validate>[1], unknown[][]][])('%s', (_name, request, options, expected) => {
    expect(validate(request, options).map(at)).toEqual(expected);
  });

  it('says how many working days are left, and by when', () => {
    const [finding] = validate(pending('2026-11-20'), { asOf: '2026-11-25' });
    expect(finding!.message).toBe(
      'pending: a request for conditionally shared data is answered within 5 working days (rules art. 21): submitted 2026-11-20, due by 2026-11-27 (2 working days left as of 2026-11-25)',
    );
  });
});

describe('envcloud validate and sharing/', () => {
  const shipped = readdirSync(join(root, 'sharing')).filter((name) => name.endsWith('.yaml'));

  it('ships requests of real Annex 1 systems, each with the modeline, all valid', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(3);
    for (const name of shipped)
      expect(readFileSync(join(root, 'sharing', name), 'utf8')).toMatch(
        /^# yaml-language-server: \$schema=\.\.\/schema\/sharing-request\.v1\.schema\.json\n/,
      );
    const result = envcloud(['validate', 'sharing/', '--format', 'json', '--as-of', '2026-06-01']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.findings).toEqual([]);
  });
});
