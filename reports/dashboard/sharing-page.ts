import { escapeHtml } from '../../audit/format/html';
import {
  CORRECTION_UNIT_COLUMNS,
  DECISION_NAMES,
  STALE_UNIT_COLUMNS,
  TIMELINESS_NAMES,
  UPDATE_CYCLE_NAMES,
  type Language,
} from '../labels';
import type { SharingFigures } from '../sharing';
import { correctionUnitRows, decisionRows, htmlTable, staleUnitRows, timelinessRows, unitSharingRows } from '../table';
import { page, type DashboardInput } from './page';
import { DASHBOARD_TEXT as TEXT } from './text';

const SHARING_TEXT = {
  zh: {
    title: '信息资源共享申请与答复',
    intro:
      '按 sharing/ 中的共享申请统计（《共享办法》第28条：网信办定期组织开展信息资源共享的考核评估工作；第29条：督办和通报）。答复时限按法定工作日（含调休）计算。',
    period: (year: number, asOf: string) =>
      `统计年度：${year} 年。共享申请按提交日期（submittedOn）计入年度，纠错按反馈日期（reportedOn）计入年度；跨年答复的申请计入提交的年度。是否按时截至 ${asOf} 判断。`,
    byDecision: '按答复意见',
    timeliness: '答复时限',
    byUnit: '各单位',
    refusals: '不予共享的申请及理由',
    requests: '全部申请',
    count: '数量',
    unitColumns: [
      '单位',
      '提出申请',
      '收到申请',
      '同意',
      '有条件同意',
      '不同意',
      '待答复',
      '按时答复',
      '逾期答复',
      '逾期未答复',
    ],
    requestColumns: [
      '申请编号',
      '申请单位',
      '提供单位',
      '信息资源',
      '信息资源代码',
      '提交日期',
      '答复期限',
      '答复日期',
      '答复意见',
      '时限',
    ],
    reasons: '理由',
    link: '共享申请与答复',
    corrections: '数据纠错（反馈的疑义或错误及其校核答复）',
    correctionsIntro:
      '按 corrections/ 中的纠错记录统计（《共享办法》第7条(四)、第8条(二)：使用单位反馈疑义或错误，提供单位予以校核和答复）。答复时限为 10 个工作日，是 envcloud 对“及时”的取值。',
    correctionColumns: [
      '纠错编号',
      '反馈单位',
      '提供单位',
      '信息资源',
      '信息资源代码',
      '问题',
      '反馈日期',
      '答复期限',
      '答复日期',
      '校核结果',
      '时限',
    ],
    issues: { doubt: '疑义', 'evident-error': '明显错误' },
    results: { corrected: '已更正', 'confirmed-correct': '经核实无误', rejected: '不予受理', pending: '待答复' },
    stale: '未按更新周期更新的信息资源',
    staleIntro: (judged: number, asOf: string) =>
      `截至 ${asOf}，最近更新日期（lastChangedOn）早于其更新周期的信息资源（《共享办法》第12条：编制并定期更新、维护本单位信息资源目录）。共判定 ${judged} 项记有最近更新日期的资源；不定期更新的资源不判定。`,
    staleColumns: ['系统序号', '系统名称', '信息资源', '信息资源代码', '更新周期', '最近更新', '已过天数'],
  },
  en: {
    title: 'Sharing requests and answers',
    intro:
      'From the requests in sharing/ (rules art. 28, assessment of sharing; art. 29, supervision); time limits count working days of the official calendar, make-up days included.',
    period: (year: number, asOf: string) =>
      `Year counted: ${year}. Requests count in the year of their submission date (submittedOn), corrections in the year of their report date (reportedOn); a request answered in the next year counts in the year it was submitted. Time limits are judged as of ${asOf}.`,
    byDecision: 'By decision',
    timeliness: 'Time limits',
    byUnit: 'By unit',
    refusals: 'Refusals and their reasons',
    requests: 'All requests',
    count: 'Count',
    unitColumns: [
      'Unit',
      'Requests made',
      'Requests received',
      'Granted',
      'Granted with conditions',
      'Refused',
      'Pending',
      'Answered on time',
      'Answered late',
      'Overdue, unanswered',
    ],
    requestColumns: [
      'Request',
      'Requesting unit',
      'Providing unit',
      'Data resource',
      'Catalog code',
      'Submitted',
      'Due by',
      'Answered',
      'Decision',
      'Time limit',
    ],
    reasons: 'Reasons',
    link: 'Sharing requests and answers',
    corrections: 'Data corrections (doubts and errors reported, and their checks)',
    correctionsIntro:
      'From the records in corrections/ (rules art. 7(四), art. 8(二): the using unit reports a doubt or an error, the providing unit checks and answers it). Answers are due within 10 working days, envcloud’s reading of “promptly” (及时).',
    correctionColumns: [
      'Correction',
      'Reporting unit',
      'Providing unit',
      'Data resource',
      'Catalog code',
      'Issue',
      'Reported',
      'Due by',
      'Answered',
      'Result',
      'Time limit',
    ],
    issues: { doubt: 'Doubt', 'evident-error': 'Evident error' },
    results: {
      corrected: 'Corrected',
      'confirmed-correct': 'Confirmed correct',
      rejected: 'Rejected',
      pending: 'Pending',
    },
    stale: 'Data resources not updated within their update cycle',
    staleIntro: (judged: number, asOf: string) =>
      `As of ${asOf}, the resources whose last change (lastChangedOn) is older than their update cycle (rules art. 12: compile the catalog and update and maintain it regularly). ${judged} resources record a last change and were judged; irregular ones are not.`,
    staleColumns: ['No.', 'System', 'Data resource', 'Catalog code', 'Update cycle', 'Last change', 'Days since'],
  },
} as const;

/** Where the sharing page is, relative to the report folder. */
export const SHARING_PAGE = 'sharing.html';

/** The sharing page for the year reported (requests by submission date, corrections by report date): requests by decision, against their time limits, by unit, and refusals with reasons (rules art. 28, art. 29). */
export function sharingPage(sharing: SharingFigures, input: Pick<DashboardInput, 'lang' | 'stack'>): string {
  const text = SHARING_TEXT[input.lang];
  const decisions = DECISION_NAMES[input.lang];
  const body = `<header><p><a href="index.html">${TEXT[input.lang].back}</a></p><h1>${text.title}</h1><p class="offline">${escapeHtml(TEXT[input.lang].offline(input.stack))}</p><p>${TEXT[input.lang].asOf} ${escapeHtml(sharing.asOf)}</p></header>
<main>
<p>${text.intro}</p>
<p class="period">${escapeHtml(text.period(sharing.year, sharing.asOf))}</p>
<section><h2>${text.byDecision}</h2>${htmlTable(
    'sharing-decisions',
    ['', text.count],
    decisionRows(sharing, sharing.byDecision, input.lang),
  )}</section>
<section><h2>${text.timeliness}</h2>${htmlTable(
    'sharing-timeliness',
    ['', text.count],
    timelinessRows(sharing, sharing.timeliness, input.lang),
  )}</section>
<section><h2>${text.byUnit}</h2>${htmlTable(
    'sharing-units',
    text.unitColumns,
    unitSharingRows(sharing.byUnit),
  )}</section>
<section><h2>${text.refusals} (${sharing.refusals.length})</h2>${htmlTable(
    'sharing-refusals',
    [text.requestColumns[0], text.requestColumns[1], text.requestColumns[2], text.requestColumns[3], text.reasons],
    sharing.refusals.map((line) => [
      line.id,
      line.requestingUnit,
      line.providingUnit ?? '—',
      line.resource,
      line.reasons ?? '',
    ]),
  )}</section>
<section><h2>${text.requests} (${sharing.requests})</h2>${htmlTable(
    'sharing-requests',
    text.requestColumns,
    sharing.lines.map((line) => [
      line.id,
      line.requestingUnit,
      line.providingUnit ?? '—',
      line.resource,
      line.catalogCode ?? '—',
      line.submittedOn,
      line.deadline ?? '—',
      line.answeredOn ?? '—',
      decisions[line.decision],
      TIMELINESS_NAMES[input.lang][line.timeliness],
    ]),
  )}</section>
${correctionSections(sharing, input.lang)}${staleSection(sharing, input.lang)}</main>`;
  return page(input.lang, text.title, '', body);
}

/** The corrections reported and answered per providing unit, and each record (rules art. 7(四), art. 8(二)). */
function correctionSections(sharing: SharingFigures, lang: Language): string {
  const figures = sharing.corrections;
  if (!figures) return '';
  const text = SHARING_TEXT[lang];
  return `<section><h2>${text.corrections} (${figures.corrections})</h2><p>${text.correctionsIntro}</p>${htmlTable(
    'sharing-correction-units',
    CORRECTION_UNIT_COLUMNS[lang],
    correctionUnitRows(figures.byUnit),
  )}${htmlTable(
    'sharing-corrections',
    text.correctionColumns,
    figures.lines.map((line) => [
      line.id,
      line.reportingUnit,
      line.providingUnit ?? '—',
      line.resource || '—',
      line.catalogCode,
      text.issues[line.issue],
      line.reportedOn,
      line.deadline ?? '—',
      line.answeredOn ?? '—',
      text.results[line.result],
      TIMELINESS_NAMES[lang][line.timeliness],
    ]),
  )}</section>
`;
}

/** The catalog entries gone stale, per unit and each with its cycle and last change (rules art. 12). */
function staleSection(sharing: SharingFigures, lang: Language): string {
  const text = SHARING_TEXT[lang];
  const { judged, stale, byUnit } = sharing.catalog;
  return `<section><h2>${text.stale} (${stale.length})</h2><p>${escapeHtml(text.staleIntro(judged, sharing.asOf))}</p>${htmlTable(
    'sharing-stale-units',
    STALE_UNIT_COLUMNS[lang],
    staleUnitRows(byUnit),
  )}${htmlTable(
    'sharing-stale',
    text.staleColumns,
    stale.map((entry) => [
      entry.system,
      entry.systemName,
      entry.resource,
      entry.catalogCode ?? '—',
      UPDATE_CYCLE_NAMES[lang][entry.updateCycle],
      entry.lastChangedOn,
      entry.days,
    ]),
  )}</section>
`;
}

/** The link from the front page to the sharing page. */
export function sharingLink(lang: Language): string {
  return `<section id="sharing"><h2><a href="${SHARING_PAGE}">${SHARING_TEXT[lang].link}</a></h2></section>`;
}
