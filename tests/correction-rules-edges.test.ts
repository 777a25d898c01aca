import { LAW_BASIS } from './support/manifests';
import {
  bothLanguages,
  correctionFindings as validate,
  edited,
  grantRequest as grant,
  HAPPY_CORRECTION as HAPPY,
  PROVIDER_CODE as CODE,
  REQUESTED_RESOURCE as RESOURCE,
} from './support/requests';

// tests/corrections.test.ts pins which correction rule fires and where; these pin what each says in
// English and Chinese, the related location, and who may read the resource a correction names
// (validation/rules/corrections.ts, correction-context.ts).

/** The findings in corrections/ (those of the grants in sharing/ are the request rules'). */
const corrections = (correction: string, options?: Parameters<typeof validate>[1]) =>
  validate(correction, options).filter((finding) => finding.file.startsWith('corrections/'));
const said = (correction: string, options?: Parameters<typeof validate>[1]) =>
  corrections(correction, options).map(bothLanguages);
const rules = (correction: string, options?: Parameters<typeof validate>[1]) =>
  corrections(correction, options).map((finding) => [finding.ruleId, finding.severity, finding.field]);
const change = (from: string, to: string, text = HAPPY) => edited(from, to, text);

const CONDITIONAL = { type: 'conditional', conditions: '仅用于执法核查', scope: '环境监察局' };
const NOT_SHARED = { type: 'not-shared', legalBasis: LAW_BASIS };
const PENDING = HAPPY.slice(0, HAPPY.indexOf('  answer:'));
const LIMIT =
  'a reported doubt or error is checked and answered within 10 working days (envcloud reading 及时 in rules art. 7(四), art. 8(二) as plan §三(一).4 does for requests): reported 2025-09-26, due by 2025-10-16';
const LIMIT_ZH =
  '反馈的疑义或错误应在 10 个工作日内校核并答复（《共享办法》第7条(四)、第8条(二)只说“及时”，10 个工作日是 envcloud 的取值，与申请的答复时限相同，见实施方案§三(一).4）：2025-09-26 反馈，最迟 2025-10-16 答复';
const SHARING_TYPE = [
  'manifests/s901.yaml',
  50,
  'the catalog states how the resource is shared here',
  '目录在这里写明该信息资源的共享类型',
];

describe('correction-resource-readable', () => {
  it('an unknown reporting system, and nothing more said of it', () => {
    expect(said(change('system: 900', 'system: 977'), { sharing: NOT_SHARED })).toEqual([
      {
        at: ['correction-resource-readable', 'error', 8, 13, 'spec.reporter.system'],
        en: [
          'no system has inventory number 977',
          'name the system through which the unit read the data by its inventory number (序号, Annex 1)',
        ],
        zh: ['没有序号为 977 的系统', '用序号（附1）指明该单位获取数据所用的系统'],
      },
    ]);
  });

  it("an unknown code in the correction's own words, a wrong name in the request rules'", () => {
    expect(said(change(`catalogCode: ${CODE}`, 'catalogCode: 30300000901/0009'))).toEqual([
      {
        at: ['correction-resource-readable', 'error', 10, 18, 'spec.resource.catalogCode'],
        en: [
          'no data resource of the catalog has code `30300000901/0009`',
          "copy the code from the providing system's manifest (`spec.dataResources[].catalogCode`) or from catalog.csv",
        ],
        zh: [
          '信息资源目录中没有代码为 `30300000901/0009` 的信息资源',
          '从提供系统的清单（`spec.dataResources[].catalogCode`）或 catalog.csv 中复制信息资源代码',
        ],
      },
    ]);
    expect(said(change(`catalogCode: ${CODE}`, `catalogCode: ${CODE}\n    name: 别的数据`))).toEqual([
      {
        at: ['correction-resource-readable', 'error', 11, 11, 'spec.resource.name'],
        en: [
          `catalog code \`${CODE}\` is "${RESOURCE}" in the catalog, not "别的数据"`,
          "correct the name to the catalog's, or remove it (the code names the resource)",
        ],
        zh: [
          `信息资源代码 \`${CODE}\` 在资源目录中是“${RESOURCE}”，不是“别的数据”`,
          '把名称改成目录中的名称，或删除它（代码已指明资源）',
        ],
      },
    ]);
  });

  it('conditional data without a live grant, pointing at the sharing type', () => {
    const expected = {
      at: ['correction-resource-readable', 'error', 8, 13, 'spec.reporter.system'],
      en: [
        `system 900 may not read "${RESOURCE}" of system 901 测试大气排放监控系统: it is shared on conditions and no grant in sharing/ to system 900 was live on 2025-09-26, so the unit cannot have obtained the data it reports on`,
        'correct the catalog code, the reporting system or `reportedOn`, or record the grant the unit read the data under in sharing/',
      ],
      zh: [
        `系统 900 无权获取系统 901 测试大气排放监控系统 的“${RESOURCE}”：该信息资源为有条件共享，而 2025-09-26 当天 sharing/ 中没有授予系统 900 的有效共享申请，反馈单位不可能获取到所反馈的数据`,
        '请更正信息资源代码、反馈系统或 `reportedOn`，或在 sharing/ 中记录该单位获取数据所依据的共享申请',
      ],
      related: [SHARING_TYPE],
    };
    expect(said(HAPPY, { sharing: CONDITIONAL })).toEqual([expected]);
    // A grant of other data of the system, or a refusal, is no grant of this resource.
    const otherData = change(`    catalogCode: ${CODE}`, '    system: 901\n    name: 别的数据', grant());
    expect(said(HAPPY, { sharing: CONDITIONAL, grants: [otherData] })).toEqual([expected]);
    const refused = change('decision: granted-with-conditions', 'decision: refused\n    reasons: 不予共享。', grant());
    expect(said(HAPPY, { sharing: CONDITIONAL, grants: [refused] })).toEqual([expected]);
  });

  it('a grant naming the resource by its system and name counts as one naming its code', () => {
    const byName = change(`    catalogCode: ${CODE}`, `    system: 901\n    name: ${RESOURCE}`, grant());
    expect(rules(HAPPY, { sharing: CONDITIONAL, grants: [byName] })).toEqual([]);
    expect(rules(HAPPY, { sharing: CONDITIONAL, grants: [otherFirst(), grant()] })).toEqual([]);
  });

  it('data that is not shared, read by no other system; its own system may report on it', () => {
    expect(said(HAPPY, { sharing: NOT_SHARED, grants: [grant()] })).toEqual([
      {
        at: ['correction-resource-readable', 'error', 8, 13, 'spec.reporter.system'],
        en: [
          `system 900 may not read "${RESOURCE}" of system 901 测试大气排放监控系统: the resource is not shared, so the unit cannot have obtained the data it reports on`,
          'a unit reports doubts only about data it obtained through sharing; correct the catalog code or the reporting system',
        ],
        zh: [
          `系统 900 无权获取系统 901 测试大气排放监控系统 的“${RESOURCE}”：该信息资源不予共享，反馈单位不可能获取到所反馈的数据`,
          '使用单位只对通过共享获取的数据反馈疑义；请更正信息资源代码或反馈系统',
        ],
        related: [SHARING_TYPE],
      },
    ]);
    expect(
      rules(change('unit: 环境监察局\n    system: 900', 'unit: 大气环境管理司\n    system: 901'), {
        sharing: NOT_SHARED,
      }),
    ).toEqual([]);
    expect(
      rules(change('unit: 环境监察局\n    system: 900', 'unit: 大气环境管理司\n    system: 901'), {
        sharing: CONDITIONAL,
      }),
    ).toEqual([]);
  });
});

/** A grant to system 900 of another resource, read before the one that counts. */
function otherFirst(): string {
  return change(`    catalogCode: ${CODE}`, '    system: 901\n    name: 别的数据', grant()).replace(
    'sr-2025-009',
    'sr-2025-008',
  );
}

describe('correction-rejection-gives-reasons and correction-dates-in-order', () => {
  it('a rejection without reasons, at the key of the answer', () => {
    expect(said(change('result: corrected', 'result: rejected'))).toEqual([
      {
        at: ['correction-rejection-gives-reasons', 'error', 15, 3, 'spec.answer'],
        en: [
          'the answer rejects the report without giving reasons',
          'state under `answer.reasons` why the report is not taken up, so that the reporting unit can act on it',
        ],
        zh: ['答复不予受理，但没有说明理由', '在 `answer.reasons` 下说明不予受理的理由，以便反馈单位据此处理'],
      },
    ]);
    expect(rules(change('result: corrected', 'result: confirmed-correct'))).toEqual([]);
  });

  it('an answer before the report; one on the day of the report is in order', () => {
    expect(said(change('answeredOn: 2025-10-15', 'answeredOn: 2025-09-25'))).toEqual([
      {
        at: ['correction-dates-in-order', 'error', 16, 17, 'spec.answer.answeredOn'],
        en: [
          'answered on 2025-09-25, before the report of 2025-09-26',
          'correct `answeredOn` or `reportedOn`: the answer follows the report',
        ],
        zh: ['答复日期 2025-09-25 早于反馈日期 2025-09-26', '请更正 `answeredOn` 或 `reportedOn`：答复在反馈之后'],
      },
    ]);
    expect(rules(change('answeredOn: 2025-10-15', 'answeredOn: 2025-09-26'))).toEqual([]);
  });
});

describe('correction-answer-within-deadline', () => {
  it('late, with the working days taken', () => {
    expect(said(change('answeredOn: 2025-10-15', 'answeredOn: 2025-10-17'))).toEqual([
      {
        at: ['correction-answer-within-deadline', 'error', 16, 17, 'spec.answer.answeredOn'],
        en: [
          `answered late on 2025-10-17, 11 working days after the report: ${LIMIT}`,
          'the answer stays on record as late; if the date is wrong, correct `answeredOn`',
        ],
        zh: [
          `2025-10-17 才答复，已超过期限（反馈后第 11 个工作日）：${LIMIT_ZH}`,
          '答复超期的记录会保留；如果日期填错了，请更正 `answeredOn`',
        ],
      },
    ]);
  });

  it('pending with the days left, overdue after the deadline', () => {
    expect(said(PENDING, { asOf: '2025-10-10' })).toEqual([
      {
        at: ['correction-answer-within-deadline', 'warning', 14, 15, 'spec.reportedOn'],
        en: [
          `pending: ${LIMIT} (5 working days left as of 2025-10-10)`,
          'record the result of the check under `answer:` (`answeredOn`, `result`) when it is given',
        ],
        zh: [
          `待答复：${LIMIT_ZH}（截至 2025-10-10 还剩 5 个工作日）`,
          '校核完成后，在 `answer:` 下记录结果（`answeredOn`、`result`）',
        ],
      },
    ]);
    expect(said(PENDING, { asOf: '2025-10-17' })).toEqual([
      {
        at: ['correction-answer-within-deadline', 'error', 14, 15, 'spec.reportedOn'],
        en: [
          `no answer, overdue as of 2025-10-17: ${LIMIT}`,
          'the providing unit checks the data now and records the result under `answer:` (`answeredOn`, `result`)',
        ],
        zh: [
          `截至 2025-10-17 仍未答复，已超期：${LIMIT_ZH}`,
          '提供单位应立即校核数据，并把结果记录在 `answer:` 下（`answeredOn`、`result`）',
        ],
      },
    ]);
  });

  it('a report on a day the official calendar does not cover: the day and the years it does', () => {
    const [gap] = said(
      change(
        'reportedOn: 2025-09-26',
        'reportedOn: 2031-03-03',
        change('answeredOn: 2025-10-15', 'answeredOn: 2031-03-05'),
      ),
    );
    expect(gap!.at).toEqual(['correction-answer-within-deadline', 'error', 14, 15, 'spec.reportedOn']);
    expect(gap!.en[0]).toMatch(
      /^the 10 working days to answer cannot be counted: 2031-03-03 is outside the official calendar \(chinese-days [\d.]+ covers 2004–2026\)$/,
    );
    expect(gap!.en[1]).toMatch(
      /^the official holidays and make-up working days \(调休\) are known for 2004–2026 only;/,
    );
    expect(gap!.zh[0]).toMatch(
      /^无法计算 10 个工作日的答复期限：2031-03-03 不在官方工作日历内（chinese-days [\d.]+ 覆盖 2004–2026 年）$/,
    );
  });
});

describe('unique-correction-id', () => {
  it('names the file that used the id first and points at it', () => {
    expect(said(HAPPY, { more: [HAPPY] })).toEqual([
      {
        at: ['unique-correction-id', 'error', 4, 7, 'metadata.id'],
        en: [
          'correction id `dc-2025-001` is already used by corrections/dc.yaml',
          'give this correction the next free sequence number of its year',
        ],
        zh: ['纠错编号 `dc-2025-001` 已被 corrections/dc.yaml 使用', '给本纠错记录换用当年下一个未用的序号'],
        related: [['corrections/dc.yaml', 4, 'the id is first used here', '该编号首次在这里使用']],
      },
    ]);
  });
});
