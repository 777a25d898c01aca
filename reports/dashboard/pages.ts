import { escapeHtml } from '../../audit/format/html';
import type { AuditFinding, AuditReport, Verdict } from '../../audit/model';
import type { SystemMigration } from '../../model/domain';
import {
  BUSINESS_SYSTEM_NAMES,
  CATALOG_CLASS_NAMES,
  CONFIRMATION_NAMES,
  DECISION_NAMES,
  PLANNED_ACHIEVED_NAMES,
  POOL_NAMES,
  SHARING_TYPE_NAMES,
  STATUS_NAMES,
  TIER_NAMES,
  TIMELINESS_NAMES,
  UPDATE_CYCLE_NAMES,
  type Language,
} from '../labels';
import type { Decision, SharingFigures, Timeliness } from '../sharing';
import {
  managingUnits,
  type AssessmentFigures,
  type AssessmentMetrics,
  type PlannedAchieved,
  type Rate,
} from '../metrics';

const TEXT = {
  zh: {
    title: '环保云整合共享看板',
    offline: (stack?: string) =>
      stack
        ? `离线数据：栈 ${stack} 在进程内以 Pulumi 模拟运行，未部署任何资源。`
        : '离线数据：仅根据迁移清单生成，未运行任何栈。',
    asOf: '数据截至',
    unit: '单位',
    allUnits: '全部单位',
    cards: {
      systems: '系统总数',
      confirmed: CONFIRMATION_NAMES.zh.confirmed,
      unconfirmed: CONFIRMATION_NAMES.zh.unconfirmed,
      'information-items': '信息资源数（已编目）',
      overdue: '逾期事项',
    },
    figures: '考核指标：计划与已完成',
    figure: '指标',
    counting:
      '“已完成”仅统计进度状态为“已完成”的系统，以及意见表答复“已接入”“已在部网站群上”的事项；未确认清单的计划和进度是导入默认值。',
    rows: {
      integrated: '系统整合数',
      'information-shared': '共享信息数',
      'collaborative-applications': '协同应用数',
      connectivity: '系统联通率（门户或资源中心）',
      'connectivity-extranet': '接入外网业务管理门户',
      'connectivity-internet': '接入互联网政务服务门户',
      'connectivity-resource-center': '接入环境信息资源中心',
    },
    charts: { sharing: '按共享类型的信息资源', business: '按业务系统的协同应用（已完成 / 计划）', status: '任务状态' },
    audit: '合规审计摘要',
    noAudit: '未指定栈，未运行审计（使用 --stack 生成审计摘要）。',
    auditVerdict: {
      passed: '通过：无强制性违规',
      failed: '未通过：存在强制性违规',
      'nothing-judged': '未作任何判定：所有策略均已停用或栈中没有其判定的资源',
    } as Record<Verdict, string>,
    policy: '策略',
    outcome: '结果',
    findings: '问题数',
    topology: '拓扑：三个中心、四个资源池与备份复制',
    systems: '系统',
    columns: {
      number: '序号',
      name: '系统名称',
      unit: '管理单位',
      outcome: '处置方式',
      pool: '资源池',
      tier: '备份等级',
      status: '状态',
    },
    downloads: '下载',
    back: '返回看板',
    facts: '清单要点',
    placement: '部署位置',
    protection: '安全保护',
    schedule: '进度',
    dataResources: '数据资源',
    none: '无',
    fields: {
      slug: '标识',
      defaulted: '待确认的导入默认值',
      managingUnit: '管理单位',
      reportingUnit: '填报单位',
      contact: '联系人',
      outcome: '处置方式',
      businessSystem: '所属业务系统',
      reason: '理由',
      pool: '资源池',
      workloads: '工作负载',
      database: '数据库',
      website: '网站',
      mlps: '等保级别',
      tier: '备份等级',
      rpo: 'RPO（分钟）',
      rto: 'RTO（分钟）',
      wave: '批次',
      deadline: '完成时限',
      status: '状态',
      sharing: '共享类型',
      catalogClass: '目录分类',
    },
  },
  en: {
    title: 'Environmental protection cloud: integration dashboard',
    offline: (stack?: string) =>
      stack
        ? `Offline data: stack ${stack} ran in-process under Pulumi mocks; nothing was deployed.`
        : 'Offline data: from the migration manifests only; no stack was run.',
    asOf: 'As of',
    unit: 'Unit',
    allUnits: 'All units',
    cards: {
      systems: 'Systems',
      confirmed: CONFIRMATION_NAMES.en.confirmed,
      unconfirmed: CONFIRMATION_NAMES.en.unconfirmed,
      'information-items': 'Information items (catalogued)',
      overdue: 'Overdue items',
    },
    figures: 'Assessment figures: planned and achieved',
    figure: 'Figure',
    counting:
      '"Achieved" counts only systems whose schedule status is completed, and steps the Annex 2 form answers as already done; in unconfirmed manifests the plans and schedule are importer defaults.',
    rows: {
      integrated: 'Systems integrated',
      'information-shared': 'Information items shared',
      'collaborative-applications': 'Collaborative applications',
      connectivity: 'Connectivity (a portal or the resource center)',
      'connectivity-extranet': 'Connected to the extranet business portal',
      'connectivity-internet': 'Connected to the internet service portal',
      'connectivity-resource-center': 'Connected to the information resource center',
    },
    charts: {
      sharing: 'Information items by sharing type',
      business: 'Collaborative applications by business system (achieved / planned)',
      status: 'Task status',
    },
    audit: 'Compliance audit',
    noAudit: 'No stack given, so no audit was run (use --stack for the audit summary).',
    auditVerdict: {
      passed: 'PASS: no mandatory violation',
      failed: 'FAIL: mandatory violations',
      'nothing-judged': 'NOTHING JUDGED: every policy was disabled or found no resource of the kinds it judges',
    } as Record<Verdict, string>,
    policy: 'Policy',
    outcome: 'Outcome',
    findings: 'Findings',
    topology: 'Topology: three centers, four pools, backup and replication',
    systems: 'Systems',
    columns: {
      number: 'No.',
      name: 'System',
      unit: 'Managing unit',
      outcome: 'Disposition',
      pool: 'Pool',
      tier: 'Backup tier',
      status: 'Status',
    },
    downloads: 'Downloads',
    back: 'Back to the dashboard',
    facts: 'Manifest facts',
    placement: 'Placement',
    protection: 'Protection',
    schedule: 'Schedule',
    dataResources: 'Data resources',
    none: 'none',
    fields: {
      slug: 'Slug',
      defaulted: 'Importer defaults to confirm',
      managingUnit: 'Managing unit',
      reportingUnit: 'Reporting unit',
      contact: 'Contact',
      outcome: 'Disposition',
      businessSystem: 'Business system',
      reason: 'Reason',
      pool: 'Pool',
      workloads: 'Workloads',
      database: 'Database',
      website: 'Website',
      mlps: 'MLPS level',
      tier: 'Backup tier',
      rpo: 'RPO (minutes)',
      rto: 'RTO (minutes)',
      wave: 'Wave',
      deadline: 'Deadline',
      status: 'Status',
      sharing: 'Sharing type',
      catalogClass: 'Catalog class',
    },
  },
} as const;

export function systemPagePath(slug: string): string {
  return `systems/${slug}.html`;
}

function page(lang: Language, title: string, assets: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${assets}assets/dashboard.css">
</head>
<body>
${body}
</body>
</html>
`;
}

function definitions(rows: readonly [string, string | number | undefined][]): string {
  return `<dl>${rows
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(String(value))}</dd>`)
    .join('')}</dl>`;
}

export interface DashboardInput {
  metrics: AssessmentMetrics;
  systems: readonly SystemMigration[];
  audit?: AuditReport;
  stack?: string;
  lang: Language;
  /** The sharing requests' figures: the front page links the sharing page when there are any. */
  sharing?: SharingFigures;
}

function auditSection(input: DashboardInput): string {
  const text = TEXT[input.lang];
  if (!input.audit) return `<section id="audit"><h2>${text.audit}</h2><p>${text.noAudit}</p></section>`;
  const { summary } = input.audit;
  const rows = input.audit.policies
    .map(
      (policy) =>
        `<tr><td><code>${escapeHtml(policy.name)}</code></td><td class="${policy.status === 'fail' ? 'fail' : policy.status === 'pass' ? 'pass' : 'warn'}">${escapeHtml(policy.status)}</td><td>${policy.findings}</td><td>${escapeHtml(policy.meta[input.lang].description)}</td></tr>`,
    )
    .join('\n');
  return `<section id="audit"><h2>${text.audit}</h2>
<p class="${summary.passed ? 'pass' : 'fail'}" id="audit-verdict">${text.auditVerdict[summary.verdict]} — ${summary.failed} / ${summary.advisory} / ${summary.waived} (${TEXT[input.lang].cards.systems}: ${input.audit.systems})</p>
<table><thead><tr><th scope="col">${text.policy}</th><th scope="col">${text.outcome}</th><th scope="col">${text.findings}</th><th scope="col"></th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

const percentOf = (rate: Rate) => `${rate.percent}%`;

/** The planned/achieved rows of the figures table, by their data-metric name; dashboard.js reads the same names. */
function plannedAchievedRows(
  figures: AssessmentFigures,
): Record<keyof (typeof TEXT)['en']['rows'], PlannedAchieved<string | number>> {
  const rates = (rate: PlannedAchieved<Rate>) => ({
    planned: percentOf(rate.planned),
    achieved: percentOf(rate.achieved),
  });
  return {
    integrated: { planned: figures.integrated.planned, achieved: figures.integrated.achieved },
    'information-shared': figures.informationItems.shared,
    'collaborative-applications': {
      planned: figures.collaborativeApplications.planned,
      achieved: figures.collaborativeApplications.achieved,
    },
    connectivity: rates(figures.connectivity.anyPortalOrResourceCenter),
    'connectivity-extranet': rates(figures.connectivity.extranetPortal),
    'connectivity-internet': rates(figures.connectivity.internetPortal),
    'connectivity-resource-center': rates(figures.connectivity.resourceCenter),
  };
}

/** The dashboard's front page; the figures are filled in for all units, and the script follows the filter. */
export function indexPage(input: DashboardInput): string {
  const text = TEXT[input.lang];
  const overall = input.metrics.overall;
  const staticValue: Record<keyof typeof text.cards, string | number> = {
    systems: overall.systems,
    confirmed: overall.confirmation.confirmed,
    unconfirmed: overall.confirmation.unconfirmed,
    'information-items': overall.informationItems.total,
    overdue: overall.progress.overdue.length,
  };
  const cards = (Object.keys(text.cards) as (keyof typeof text.cards)[])
    .map(
      (key) =>
        `<div class="card"><dt>${text.cards[key]}</dt><dd data-metric="${key}">${escapeHtml(String(staticValue[key]))}</dd></div>`,
    )
    .join('\n');
  const heads = PLANNED_ACHIEVED_NAMES[input.lang];
  const rows = plannedAchievedRows(overall);
  const figureRows = (Object.keys(text.rows) as (keyof typeof text.rows)[])
    .map(
      (key) =>
        `<tr><th scope="row">${text.rows[key]}</th><td data-metric="${key}.planned">${escapeHtml(String(rows[key].planned))}</td><td data-metric="${key}.achieved">${escapeHtml(String(rows[key].achieved))}</td></tr>`,
    )
    .join('\n');
  const options = input.metrics.byUnit
    .map((unit) => `<option value="${escapeHtml(unit.unit)}">${escapeHtml(unit.unit)} (${unit.systems})</option>`)
    .join('');
  const systemRows = [...input.systems]
    .sort((a, b) => a.metadata.number - b.metadata.number)
    .map((manifest) => {
      const { metadata, spec } = manifest;
      const pool = spec.placement?.pool;
      // A jointly managed system is listed under each of its units; the script reads this list, not the joined name.
      return `<tr data-units="${escapeHtml(JSON.stringify(managingUnits(manifest)))}"><td>${metadata.number}</td><td><a href="${systemPagePath(metadata.slug)}">${escapeHtml(metadata.name)}</a></td><td>${escapeHtml(metadata.managingUnit)}</td><td>${escapeHtml(spec.disposition.outcome)}</td><td>${pool ? escapeHtml(POOL_NAMES[input.lang][pool]) : '—'}</td><td>${escapeHtml(TIER_NAMES[input.lang][spec.protection.backup.tier])}</td><td>${escapeHtml(STATUS_NAMES[input.lang][spec.schedule.status])}</td></tr>`;
    })
    .join('\n');
  const columns = Object.values(text.columns)
    .map((column) => `<th scope="col">${column}</th>`)
    .join('');
  const body = `<header><h1>${text.title}</h1><p class="offline">${escapeHtml(text.offline(input.stack))}</p><p>${text.asOf} ${escapeHtml(input.metrics.asOf)}</p></header>
<main>
<p class="filter"><label for="unit-filter">${text.unit}</label> <select id="unit-filter"><option value="">${text.allUnits}</option>${options}</select></p>
<dl class="cards" id="metrics">
${cards}
</dl>
<section><h2>${text.figures}</h2>
<table id="figures"><thead><tr><th scope="col">${text.figure}</th><th scope="col">${heads.planned}</th><th scope="col">${heads.achieved}</th></tr></thead><tbody>
${figureRows}
</tbody></table>
<p class="note">${text.counting}</p></section>
<div class="charts">
<section class="chart"><h3>${text.charts.sharing}</h3><div id="chart-sharing"></div></section>
<section class="chart"><h3>${text.charts.business}</h3><div id="chart-business"></div></section>
<section class="chart"><h3>${text.charts.status}</h3><div id="chart-status"></div></section>
</div>
${auditSection(input)}
${input.sharing ? sharingLink(input.lang) : ''}
<section><h2>${text.topology}</h2><div class="topology"><object type="image/svg+xml" data="topology.svg">topology.svg</object></div></section>
<section><h2>${text.systems}</h2>
<table id="systems"><thead><tr>${columns}</tr></thead><tbody>
${systemRows}
</tbody></table></section>
<section><h2>${text.downloads}</h2><ul><li><a href="metrics.json">metrics.json</a></li><li><a href="catalog.csv">catalog.csv</a></li><li><a href="catalog.json">catalog.json</a></li><li><a href="annual-report/README.md">annual-report/</a></li>${input.sharing ? `<li><a href="${SHARING_PAGE}">${SHARING_PAGE}</a></li><li><a href="sharing.json">sharing.json</a></li>` : ''}${input.audit ? '<li><a href="audit.json">audit.json</a></li>' : ''}</ul></section>
</main>
<script src="assets/data.js"></script>
<script src="assets/dashboard.js"></script>`;
  return page(input.lang, text.title, '', body);
}

/** What the script needs: the metrics and the names of the values it charts. */
export function dataScript(input: DashboardInput): string {
  const data = {
    metrics: input.metrics,
    labels: {
      sharing: SHARING_TYPE_NAMES[input.lang],
      businessSystems: BUSINESS_SYSTEM_NAMES[input.lang],
      status: STATUS_NAMES[input.lang],
    },
  };
  // JSON is JavaScript; escaping `<` keeps the file safe to inline should anyone ever do so.
  return `window.ENVCLOUD_DASHBOARD = ${JSON.stringify(data).replace(/</g, '\\u003c')};\n`;
}

function findingRow(finding: AuditFinding): string {
  return `<tr><td class="${finding.status}">${escapeHtml(finding.status)}</td><td><code>${escapeHtml(finding.policy)}</code></td><td>${escapeHtml(finding.message)}</td><td><code>${escapeHtml(`${finding.location.file}:${finding.location.line}`)}</code></td></tr>`;
}

/** A system's page: what its manifest says, where it runs, how it is protected, and what the audit found. */
export function systemPage(manifest: SystemMigration, input: DashboardInput): string {
  const text = TEXT[input.lang];
  const { metadata, spec } = manifest;
  const fields = text.fields;
  const placement = spec.placement;
  const findings = input.audit?.findings.filter((finding) => finding.system?.number === metadata.number) ?? [];
  const resources = (spec.dataResources ?? [])
    .map(
      (resource) =>
        `<tr><td><code>${escapeHtml(resource.catalogCode)}</code></td><td>${escapeHtml(resource.name)}</td><td>${escapeHtml(CATALOG_CLASS_NAMES[input.lang][resource.catalogClass])}</td><td>${escapeHtml(SHARING_TYPE_NAMES[input.lang][resource.sharing.type])}</td><td>${escapeHtml(UPDATE_CYCLE_NAMES[input.lang][resource.updateCycle])}</td></tr>`,
    )
    .join('');
  const body = `<header><p><a href="../index.html">${text.back}</a></p><h1>${metadata.number} ${escapeHtml(metadata.name)}</h1><p class="offline">${escapeHtml(text.offline(input.stack))}</p></header>
<main>
<section><h2>${text.facts}</h2>${definitions([
    [fields.slug, metadata.slug],
    [fields.defaulted, (metadata.defaulted ?? []).join(', ')],
    [fields.managingUnit, metadata.managingUnit],
    [fields.reportingUnit, metadata.reportingUnit],
    [
      fields.contact,
      [metadata.contact.name, metadata.contact.email, metadata.contact.phone].filter(Boolean).join(' · '),
    ],
    [fields.outcome, spec.disposition.outcome],
    [
      fields.businessSystem,
      spec.disposition.businessSystem ? BUSINESS_SYSTEM_NAMES[input.lang][spec.disposition.businessSystem] : undefined,
    ],
    [fields.reason, spec.disposition.reason],
  ])}</section>
<section><h2>${text.placement}</h2>${
    placement
      ? definitions([
          [fields.pool, POOL_NAMES[input.lang][placement.pool]],
          [
            fields.workloads,
            (placement.workloads ?? [])
              .map(
                (workload) =>
                  `${workload.name} ×${workload.replicas} (${workload.cpu} CPU, ${workload.memory}, ${workload.exposure})`,
              )
              .join('; '),
          ],
          [
            fields.database,
            placement.database ? `${placement.database.engine} ${placement.database.sizeGiB} GiB` : undefined,
          ],
          [fields.website, placement.website?.domain],
        ])
      : `<p>${text.none}</p>`
  }</section>
<section><h2>${text.protection}</h2>${definitions([
    [fields.mlps, spec.protection.mlpsLevel],
    [fields.tier, TIER_NAMES[input.lang][spec.protection.backup.tier]],
    [fields.rpo, spec.protection.backup.rpoMinutes],
    [fields.rto, spec.protection.backup.rtoMinutes],
  ])}</section>
<section><h2>${text.schedule}</h2>${definitions([
    [fields.wave, spec.schedule.wave],
    [fields.deadline, spec.schedule.deadline],
    [fields.status, STATUS_NAMES[input.lang][spec.schedule.status]],
  ])}</section>
<section><h2>${text.dataResources}</h2>${resources ? `<table><tbody>${resources}</tbody></table>` : `<p>${text.none}</p>`}</section>
<section><h2>${text.audit}</h2>${
    input.audit
      ? findings.length > 0
        ? `<table id="findings"><tbody>${findings.map(findingRow).join('')}</tbody></table>`
        : `<p class="pass">${text.auditVerdict.passed}</p>`
      : `<p>${text.noAudit}</p>`
  }</section>
</main>`;
  return page(input.lang, `${metadata.number} ${metadata.name}`, '../', body);
}

const SHARING_TEXT = {
  zh: {
    title: '信息资源共享申请与答复',
    intro:
      '按 sharing/ 中的共享申请统计（rules art. 28：网信办定期组织开展信息资源共享的考核评估工作；art. 29：督办和通报）。答复时限按法定工作日（含调休）计算。',
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
  },
  en: {
    title: 'Sharing requests and answers',
    intro:
      'From the requests in sharing/ (rules art. 28, assessment of sharing; art. 29, supervision); time limits count working days of the official calendar, make-up days included.',
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
  },
} as const;

/** Where the sharing page is, relative to the report folder. */
export const SHARING_PAGE = 'sharing.html';

function htmlTable(id: string, head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `<table id="${id}"><thead><tr>${head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead><tbody>
${rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(String(cell))}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>`;
}

/** The sharing page: requests by decision, against their time limits, by unit, and refusals with reasons (rules art. 28, art. 29). */
export function sharingPage(sharing: SharingFigures, input: Pick<DashboardInput, 'lang' | 'stack'>): string {
  const text = SHARING_TEXT[input.lang];
  const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, count) => sum + count, 0);
  const decisions = DECISION_NAMES[input.lang];
  const body = `<header><p><a href="index.html">${TEXT[input.lang].back}</a></p><h1>${text.title}</h1><p class="offline">${escapeHtml(TEXT[input.lang].offline(input.stack))}</p><p>${TEXT[input.lang].asOf} ${escapeHtml(sharing.asOf)}</p></header>
<main>
<p>${text.intro}</p>
<section><h2>${text.byDecision}</h2>${htmlTable(
    'sharing-decisions',
    ['', text.count],
    (Object.keys(sharing.byDecision) as Decision[]).map((decision) => [
      decisions[decision],
      sharing.byDecision[decision],
    ]),
  )}</section>
<section><h2>${text.timeliness}</h2>${htmlTable(
    'sharing-timeliness',
    ['', text.count],
    (Object.keys(sharing.timeliness) as Timeliness[]).map((key) => [
      TIMELINESS_NAMES[input.lang][key],
      sharing.timeliness[key],
    ]),
  )}</section>
<section><h2>${text.byUnit}</h2>${htmlTable(
    'sharing-units',
    text.unitColumns,
    sharing.byUnit.map((unit) => [
      unit.unit,
      total(unit.requested),
      total(unit.received),
      unit.received.granted,
      unit.received['granted-with-conditions'],
      unit.received.refused,
      unit.received.pending,
      unit.timeliness['on-time'],
      unit.timeliness.late,
      unit.timeliness.overdue,
    ]),
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
</main>`;
  return page(input.lang, text.title, '', body);
}

/** The link from the front page to the sharing page. */
export function sharingLink(lang: Language): string {
  return `<section id="sharing"><h2><a href="${SHARING_PAGE}">${SHARING_TEXT[lang].link}</a></h2></section>`;
}
