import type { SharingRequest } from '../model/sharing-request.generated';
import { sharingFigures } from '../reports/sharing';
import { validateSources } from '../validation/validate';
import { happyManifest, LAW_BASIS, providerManifest, yamlOf } from './support/manifests';
import {
  edited,
  HAPPY_REQUEST as HAPPY,
  REQUESTED_RESOURCE as RESOURCE,
  requestFindings as validate,
  requestSaid as said,
} from './support/requests';

// tests/requests.test.ts pins which request rule fires and where; these pin what each says in English and
// Chinese, the related location it points back at, and the edges of its dates and of the resolution of
// the resource a request names (validation/rules/requests.ts, request-dates.ts, request-context.ts);
// tests/request-deadline-edges.test.ts pins answer-deadline.ts and the rest.

const rules = (request: string, options?: Parameters<typeof validate>[1]) =>
  validate(request, options).map((finding) => [finding.ruleId, finding.severity, finding.field]);

const BY_CODE = (code: string) => edited(`    system: 901\n    name: ${RESOURCE}`, `    catalogCode: ${code}`);
const GRANTED = edited(
  '    conditions: 仅用于执法核查。\n',
  '',
  edited('    decision: granted-with-conditions', '    decision: granted'),
);
/** The happy request with negotiations and referrals, each `[date, outcome or authority]`. */
const disputed = (negotiations: [string, string][], escalations: [string, string][], text = HAPPY) =>
  [
    text,
    '  negotiations:\n',
    ...negotiations.map(
      ([date, outcome]) => `    - date: ${date}\n      outcome: ${outcome}\n      summary: 提供频次。\n`,
    ),
    escalations.length > 0 ? '  escalations:\n' : '',
    ...escalations.map(([date, to]) => `    - date: ${date}\n      to: ${to}\n      reason: 提供频次有争议。\n`),
  ].join('');

describe('what the request rules say about the resource', () => {
  it('unconditional-direct-access: the resource shared unconditionally, pointing at its sharing type', () => {
    expect(said(HAPPY, { sharing: { type: 'unconditional' } })).toEqual([
      {
        at: ['unconditional-direct-access', 'warning', 9, 3, 'spec.resource'],
        en: [
          `"${RESOURCE}" is shared unconditionally: it is obtained through the resource center without a request`,
          'withdraw the request and read the data through the resource center',
        ],
        zh: [
          `“${RESOURCE}”为无条件共享：通过环境信息资源中心直接获取，无需申请`,
          '撤回本申请，直接通过环境信息资源中心获取数据（共享办法第20条）',
        ],
        related: [['manifests/s901.yaml', 50, 'shared unconditionally here', '此处定为无条件共享']],
      },
    ]);
  });

  it('not-shared-needs-negotiation: at the key of the missing negotiations, even for another department', () => {
    const notShared = { type: 'not-shared', legalBasis: LAW_BASIS };
    const expected = {
      at: ['not-shared-needs-negotiation', 'error', 6, 3, 'spec.negotiations'],
      en: [
        `"${RESOURCE}" is not shared: a request for it is settled by negotiation, and none is recorded`,
        'add `negotiations:` with the date, the outcome (`agreed` or `failed`) and a summary of each negotiation with the providing unit',
      ],
      zh: [
        `“${RESOURCE}”为不予共享：申请此类数据须经双方协商解决，但没有协商记录`,
        '添加 `negotiations:`，逐次写明与提供单位协商的日期、结果（`agreed` 或 `failed`）和经过摘要（共享办法第22条）',
      ],
      related: [['manifests/s901.yaml', 50, 'not shared here', '此处定为不予共享']],
    };
    expect(said(HAPPY, { sharing: notShared })).toEqual([expected]);
    // A national department is owed an answer in 10 working days (art. 23(四)) even for data not shared.
    const external = edited(
      '    unit: 环境监察局\n    system: 900',
      '    unit: 国家统计局\n    external: true',
      edited('2025-10-09', '2025-10-16'),
    );
    const [negotiation, late] = said(external, { sharing: notShared });
    expect(negotiation).toEqual(expected);
    expect(late!.en[0]).toBe(
      'answered late on 2025-10-16, 11 working days after submission: a request from another national government department is answered within 10 working days (rules art. 23(四)): submitted 2025-09-25, due by 2025-10-15',
    );
    expect(late!.zh[0]).toBe(
      '2025-10-16 才答复，已超过期限（提交后第 11 个工作日）：其他国家部门提出的申请，应在 10 个工作日内答复（共享办法第23条(四)）：2025-09-25 提交，最迟 2025-10-15 答复',
    );
    // Negotiations recorded: nothing to say.
    expect(rules(disputed([['2025-09-26', 'agreed']], []), { sharing: notShared })).toEqual([]);
  });

  it('no time limit for unconditionally shared data, even asked for by another department', () => {
    const external = edited(
      '    unit: 环境监察局\n    system: 900',
      '    unit: 国家统计局\n    external: true',
      edited('2025-10-09', '2025-12-16'),
    );
    expect(rules(external, { sharing: { type: 'unconditional' } })).toEqual([
      ['unconditional-direct-access', 'warning', 'spec.resource'],
    ]);
  });

  it("conditional-within-catalog-terms: the hint quotes the catalog's conditions when it states them", () => {
    const expected = (conditions: string) => ({
      at: ['conditional-within-catalog-terms', 'error', 18, 15, 'spec.answer.decision'],
      en: [
        `"${RESOURCE}" is shared on conditions, but the answer grants it without any`,
        `answer \`granted-with-conditions\` and state under \`conditions:\` the catalog's conditions${conditions ? ` (${conditions})` : ''} and any the answer adds`,
      ],
      zh: [
        `“${RESOURCE}”为有条件共享，但答复未附任何条件即予同意`,
        `答复改为 \`granted-with-conditions\`，并在 \`conditions:\` 下写明目录规定的共享条件${conditions ? `（${conditions}）` : ''}及答复另加的条件`,
      ],
      related: [['manifests/s901.yaml', 50, 'shared on conditions here', '此处定为有条件共享']],
    });
    expect(said(GRANTED)).toEqual([expected('仅用于执法核查')]);
    expect(said(GRANTED, { sharing: { type: 'conditional', scope: '环境监察局', conditions: '  ' } })).toEqual([
      expected(''),
    ]);
    expect(said(GRANTED, { sharing: { type: 'conditional', scope: '环境监察局' } })).toEqual([expected('')]);
  });

  it('request-usage-in-catalog: each usage not listed, at its index, with the listed ones', () => {
    expect(said(edited('    - work-reference', '    - work-reference\n    - administrative-basis'))).toEqual([
      {
        at: ['request-usage-in-catalog', 'error', 15, 7, 'spec.usage[1]'],
        en: [
          `usage \`administrative-basis\` is not one the catalog lists for "${RESOURCE}" (work-reference, business-collaboration)`,
          'ask for one of `work-reference`, `business-collaboration`, or ask the providing unit to extend the catalog entry first',
        ],
        zh: [
          `资源目录没有为“${RESOURCE}”列出使用用途 \`administrative-basis\`（目录所列：work-reference、business-collaboration）`,
          '申请 `work-reference`、`business-collaboration` 之一，或先请提供单位扩充该目录条目的使用用途',
        ],
        related: [['manifests/s901.yaml', 57, 'the usage the catalog lists', '目录所列的使用用途']],
      },
    ]);
  });

  it('request-known-parties: a requester without a system, at the key; another department needs none', () => {
    expect(said(edited('    system: 900\n', ''))).toEqual([
      {
        at: ['request-known-parties', 'error', 6, 3, 'spec.requester'],
        en: [
          'the requester names no system',
          'add `system:` with the inventory number of the system that will use the data, or `external: true` for another national government department',
        ],
        zh: [
          '申请方没有指明系统',
          '添加 `system:`，写使用数据的系统的清单序号；其他国家部门提出的申请写 `external: true`',
        ],
      },
    ]);
    expect(rules(edited('    unit: 环境监察局\n    system: 900', '    unit: 国家统计局\n    external: true'))).toEqual(
      [],
    );
  });

  it('request-known-parties: an unknown code, with what its system lists or where to find codes', () => {
    expect(said(BY_CODE('30300000901/0009'))).toEqual([
      {
        at: ['request-known-parties', 'error', 10, 18, 'spec.resource.catalogCode'],
        en: [
          'no data resource of the catalog has code `30300000901/0009`',
          `system 901 测试大气排放监控系统 lists \`30300000901/0001\` ${RESOURCE}; for data outside the catalog name \`system:\` and \`name:\` instead of a code`,
        ],
        zh: [
          '资源目录中没有代码为 `30300000901/0009` 的数据资源',
          `系统 901 测试大气排放监控系统 编目的资源有：\`30300000901/0001\` ${RESOURCE}；申请目录以外的数据，请写 \`system:\` 和 \`name:\`，不写代码`,
        ],
      },
    ]);
    expect(said(BY_CODE('30300000977/0009'))).toEqual([
      {
        at: ['request-known-parties', 'error', 10, 18, 'spec.resource.catalogCode'],
        en: [
          'no data resource of the catalog has code `30300000977/0009`',
          "copy the code from the providing system's manifest (`spec.dataResources[].catalogCode`) or from catalog.csv; for data outside the catalog name `system:` and `name:` instead",
        ],
        zh: [
          '资源目录中没有代码为 `30300000977/0009` 的数据资源',
          '从提供系统的清单（`spec.dataResources[].catalogCode`）或 catalog.csv 中复制代码；申请目录以外的数据，请写 `system:` 和 `name:`',
        ],
      },
    ]);
  });

  it('request-known-parties: a code with a system or name beside it that the catalog does not give it', () => {
    expect(said(BY_CODE('30300000901/0001\n    system: 900'))).toEqual([
      {
        at: ['request-known-parties', 'error', 11, 13, 'spec.resource.system'],
        en: [
          'catalog code `30300000901/0001` is a resource of system 901 测试大气排放监控系统, not of system 900',
          'correct `system:` to 901 or remove it (the code names the system)',
        ],
        zh: [
          '信息资源代码 `30300000901/0001` 是系统 901 测试大气排放监控系统 的资源，不是系统 900 的',
          '把 `system:` 改为 901，或删除它（代码已指明系统）',
        ],
      },
    ]);
    // The catalog's own system and name (compared as folded: spaces around it do not count) agree.
    expect(rules(BY_CODE(`30300000901/0001\n    system: 901\n    name: " ${RESOURCE} "`))).toEqual([]);
    expect(rules(edited(`    name: ${RESOURCE}`, `    name: " ${RESOURCE} "`))).toEqual([]);
  });

  it('the first system of a number and the first entry of a code are the ones a request reads', () => {
    // A second manifest of no. 901 sharing the same resource (same code) unconditionally: not read.
    const copy = providerManifest({ type: 'unconditional' });
    copy.metadata.slug = 's901-copy';
    expect(rules(HAPPY, { manifests: [copy] })).toEqual([]);
    expect(rules(BY_CODE('30300000901/0001'), { manifests: [copy] })).toEqual([]);
  });
});

describe('what the request rules say about dates', () => {
  it('request-dates-in-order: a grant expiring the day it is given, negotiations and referrals before the request', () => {
    const request = disputed(
      [
        ['2025-09-29', 'failed'],
        ['2025-09-30', 'failed'],
      ],
      [
        ['2025-09-29', 'leading-group'],
        ['2025-09-30', 'cyberspace-office'],
      ],
      `${edited('  submittedOn: 2025-09-25', '  submittedOn: 2025-09-30')}    expiresOn: 2025-10-09\n`,
    );
    expect(said(request)).toEqual([
      {
        at: ['request-dates-in-order', 'error', 20, 16, 'spec.answer.expiresOn'],
        en: [
          'the grant expires on 2025-10-09, not after it was given (2025-10-09)',
          'correct `expiresOn` or remove it',
        ],
        zh: ['同意共享的有效期至 2025-10-09，不晚于答复日期（2025-10-09）', '更正 `expiresOn`，或删除它'],
      },
      {
        at: ['request-dates-in-order', 'error', 22, 13, 'spec.negotiations[0].date'],
        en: [
          'a negotiation is dated 2025-09-29, before the request was submitted (2025-09-30)',
          'correct the date or `submittedOn`',
        ],
        zh: ['一次协商的日期为 2025-09-29，早于申请提交日期（2025-09-30）', '更正该日期或 `submittedOn`'],
      },
      {
        at: ['request-dates-in-order', 'error', 29, 13, 'spec.escalations[0].date'],
        en: [
          'a referral is dated 2025-09-29, before the request was submitted (2025-09-30)',
          'correct the date or `submittedOn`',
        ],
        zh: ['一次报请协调的日期为 2025-09-29，早于申请提交日期（2025-09-30）', '更正该日期或 `submittedOn`'],
      },
    ]);
    // On the day of the request and a grant expiring the day after it was given are in order.
    const sameDay = edited('  submittedOn: 2025-09-25', '  submittedOn: 2025-10-09');
    expect(rules(`${sameDay}    expiresOn: 2025-10-10\n`)).toEqual([]);
    expect(rules(disputed([['2025-09-25', 'failed']], [['2025-09-25', 'cyberspace-office']]))).toEqual([]);
  });

  it('request-dates-in-order: a referral settled before it was made, at resolvedOn; settled the same day is in order', () => {
    const settled = (resolvedOn: string) =>
      disputed([['2025-09-26', 'failed']], [['2025-09-29', 'cyberspace-office']]).replace(
        '      reason: 提供频次有争议。\n',
        `      reason: 提供频次有争议。\n      resolvedOn: ${resolvedOn}\n`,
      );
    const [finding] = said(settled('2025-09-28')).filter(({ at }) => at[0] === 'request-dates-in-order');
    expect(finding).toEqual({
      at: ['request-dates-in-order', 'error', 28, 19, 'spec.escalations[0].resolvedOn'],
      en: [
        'the referral is settled on 2025-09-28, before it was made (2025-09-29)',
        "correct `resolvedOn` or the referral's `date`",
      ],
      zh: ['争议于 2025-09-28 解决，早于提请协调的日期（2025-09-29）', '更正 `resolvedOn` 或提请协调的 `date`'],
    });
    expect(said(settled('2025-09-29')).filter(({ at }) => at[0] === 'request-dates-in-order')).toEqual([]);
  });

  it('escalation-after-failed-negotiation: a referral to the cyberspace office before the negotiation failed', () => {
    const request = disputed(
      [['2025-09-30', 'failed']],
      [
        ['2025-09-26', 'leading-group'],
        ['2025-09-29', 'cyberspace-office'],
        ['2025-09-30', 'cyberspace-office'],
      ],
    );
    expect(said(request)).toEqual([
      {
        at: ['escalation-after-failed-negotiation', 'error', 29, 11, 'spec.escalations[1].to'],
        en: [
          'the dispute is referred to the cyberspace office on 2025-09-29 without a failed negotiation before it',
          'record under `negotiations:` the negotiation with the providing unit that failed (`outcome: failed`), dated on or before the referral',
        ],
        zh: [
          '争议于 2025-09-29 报请网信办协调，但此前没有协商未果的记录',
          '在 `negotiations:` 下记录与提供单位协商未果的那次协商（`outcome: failed`），日期不晚于报请之日（共享办法第22条：协商未果的才报请网信办协调）',
        ],
      },
    ]);
    // A referral with no negotiation at all.
    expect(
      rules(`${HAPPY}  escalations:\n    - date: 2025-09-29\n      to: cyberspace-office\n      reason: 争议。\n`),
    ).toEqual([['escalation-after-failed-negotiation', 'error', 'spec.escalations[0].to']]);
  });

  it('working-day-calendar: the day the official calendar does not cover, and the years it does', () => {
    const request = edited(
      '  submittedOn: 2025-09-25',
      '  submittedOn: 2026-12-30',
      edited('2025-10-09', '2027-01-08'),
    );
    const [finding] = said(request);
    expect(finding!.at).toEqual(['working-day-calendar', 'error', 15, 16, 'spec.submittedOn']);
    expect(finding!.en[0]).toMatch(
      /^the answer's time limit of 5 working days cannot be worked out: 2027-01-01 is outside the official working-day calendar envcloud has \(chinese-days [\d.]+ covers 2004–2026\)$/,
    );
    expect(finding!.en[1]).toMatch(
      /^the official holidays and make-up working days \(调休\) are known for 2004–2026 only;/,
    );
    expect(finding!.zh[0]).toMatch(
      /^无法算出 5 个工作日的答复期限：2027-01-01 不在 envcloud 所带的官方工作日历之内（`chinese-days [\d.]+` 只覆盖 2004–2026 年）$/,
    );
  });
});

describe('a time limit that ends past the calendar', () => {
  it('is no error when the request was answered within the limit inside the calendar, and is on time in the report', () => {
    // Submitted Monday 2026-12-28: the fifth working day is in 2027, past the calendar.
    const submitted = edited('  submittedOn: 2025-09-25', '  submittedOn: 2026-12-28');
    const answered = edited('    answeredOn: 2025-10-09', '    answeredOn: 2026-12-29', submitted);
    const ids = (text: string) => validate(text, { asOf: '2026-12-31' }).map((finding) => finding.ruleId);
    expect(ids(answered)).toEqual([]);
    // Unanswered, or answered in 2027, the limit cannot be counted: still an error.
    expect(ids(edited('    answeredOn: 2025-10-09', '    answeredOn: 2027-01-04', submitted))).toContain(
      'working-day-calendar',
    );
    const request = (require('yaml') as typeof import('yaml')).parse(answered) as SharingRequest;
    const figures = sharingFigures([request], [happyManifest(), providerManifest()], '2026-12-31');
    expect(figures.lines.map((line) => [line.id, line.timeliness])).toEqual([['sr-2025-001', 'on-time']]);
  });
});

describe('a time limit that ends past the calendar, still pending', () => {
  // Submitted on Monday 28 December (the fifth working day is in 2027), pending on the 30th: every report and
  // stack plan stopped until it was answered.
  it('is pending, no error, as of a day the calendar covers; an error once the day is past it', () => {
    const pending = edited(
      '  answer:\n    answeredOn: 2025-10-09\n    decision: granted-with-conditions\n    conditions: 仅用于执法核查。\n',
      '',
      edited('  submittedOn: 2025-09-25', '  submittedOn: 2026-12-28'),
    );
    const ids = (asOf: string) => validate(pending, { asOf }).map((finding) => finding.ruleId);
    expect(ids('2026-12-30')).not.toContain('working-day-calendar');
    expect(ids('2026-12-30')).toEqual([]);
    expect(ids('2027-01-04')).toContain('working-day-calendar');
    const request = (require('yaml') as typeof import('yaml')).parse(pending) as SharingRequest;
    const figures = sharingFigures([request], [happyManifest(), providerManifest()], '2026-12-30');
    expect(figures.lines.map((line) => [line.id, line.timeliness])).toEqual([['sr-2025-001', 'pending']]);
  });
});

describe('the catalog a request is judged against', () => {
  it('is the catalog as it stood on the day the request was submitted: data catalogued later was outside it', () => {
    // Answered on 2025-10-10, the sixth working day: late for a catalogued conditional resource (5, art. 21),
    // in time for data outside the catalog (10, plan §三(一).4).
    const sixthDay = edited('    answeredOn: 2025-10-09', '    answeredOn: 2025-10-10');
    const late = (published: string) => {
      const provider = providerManifest();
      provider.spec.dataResources[0]!.publishedOn = published;
      return validateSources(
        [
          { file: 'manifests/s900.yaml', bytes: Buffer.from(yamlOf(happyManifest())) },
          { file: 'manifests/s901.yaml', bytes: Buffer.from(yamlOf(provider)) },
          { file: 'sharing/sr.yaml', bytes: Buffer.from(sixthDay) },
        ],
        undefined,
        '2026-06-01',
      ).findings.filter((finding) => finding.ruleId === 'answer-within-deadline').length;
    };
    expect(late('2017-12-31')).toBe(1);
    expect(late('2025-12-31')).toBe(0);
  });
});
