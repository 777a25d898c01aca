import { escapeHtml, policyOutcomeName } from '../../audit/format/html';
import type { AuditFinding } from '../../audit/model';
import type { SystemMigration } from '../../model/domain';
import {
  BUSINESS_SYSTEM_NAMES,
  CATALOG_CLASS_NAMES,
  PLANNED_ACHIEVED_NAMES,
  EXPOSURE_NAMES,
  OUTCOME_NAMES,
  POOL_NAMES,
  SHARING_TYPE_NAMES,
  STATUS_NAMES,
  TIER_NAMES,
  UPDATE_CYCLE_NAMES,
} from '../labels';
import { managingUnits, type AssessmentFigures, type PlannedAchieved, type Rate } from '../metrics';
import { definitions, page, systemPagePath, type DashboardInput } from './page';
import { SHARING_PAGE, sharingLink } from './sharing-page';
import { DASHBOARD_TEXT as TEXT } from './text';
import { waveTimeline } from './timeline';
import { PLAN_WAVE_ENDS } from '../../model/milestones';
import { waveEnd } from '../../waves/plan';
import { swatch, timelineSection } from './timeline-html';
import { TIER_COLOURS } from '../topology';

function auditSection(input: DashboardInput): string {
  const text = TEXT[input.lang];
  if (!input.audit) return `<section id="audit"><h2>${text.audit}</h2><p>${text.noAudit}</p></section>`;
  const { summary } = input.audit;
  const rows = input.audit.policies
    .map(
      (policy) =>
        `<tr><td><code>${escapeHtml(policy.name)}</code></td><td class="${policy.status === 'fail' ? 'fail' : policy.status === 'pass' ? 'pass' : 'warn'}">${escapeHtml(policyOutcomeName(policy.status, input.lang))}</td><td>${policy.findings}</td><td>${escapeHtml(policy.meta[input.lang].description)}</td></tr>`,
    )
    .join('\n');
  return `<section id="audit"><h2>${text.audit}</h2>
<p class="${summary.passed ? 'pass' : 'fail'}" id="audit-verdict">${text.auditVerdict[summary.verdict]} — ${text.findingCounts(summary.failed, summary.advisory, summary.waived)} (${TEXT[input.lang].cards.systems}: ${input.audit.systems})</p>
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
      return `<tr data-units="${escapeHtml(JSON.stringify(managingUnits(manifest)))}"><td>${metadata.number}</td><td><a href="${systemPagePath(metadata.slug)}">${escapeHtml(metadata.name)}</a></td><td>${escapeHtml(metadata.managingUnit)}</td><td>${escapeHtml(OUTCOME_NAMES[input.lang][spec.disposition.outcome])}</td><td>${pool ? escapeHtml(POOL_NAMES[input.lang][pool]) : '—'}</td><td>${escapeHtml(TIER_NAMES[input.lang][spec.protection.backup.tier])}</td><td>${escapeHtml(STATUS_NAMES[input.lang][spec.schedule.status])}</td></tr>`;
    })
    .join('\n');
  const columns = Object.values(text.columns)
    .map((column) => `<th scope="col">${column}</th>`)
    .join('');
  const tierLegend = (Object.keys(TIER_COLOURS) as (keyof typeof TIER_COLOURS)[])
    .map((tier) => swatch(TIER_COLOURS[tier], TIER_NAMES[input.lang][tier]))
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
<section class="chart"><h3>${text.charts.business}</h3><ul class="legend" aria-label="${text.legend}">${swatch('#0969da', heads.achieved)}${swatch('#d0d7de', heads.planned)}</ul><div id="chart-business"></div></section>
<section class="chart"><h3>${text.charts.status}</h3><div id="chart-status"></div></section>
</div>
${timelineSection(waveTimeline(input.systems, input.metrics.asOf), input.lang)}
${auditSection(input)}
${input.sharing ? sharingLink(input.lang) : ''}
<section id="topology"><h2>${text.topology}</h2><ul class="legend" aria-label="${text.legend}"><li>${text.tiers}</li>${tierLegend}</ul><div class="topology"><object type="image/svg+xml" data="topology.svg">topology.svg</object></div></section>
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
    [fields.outcome, OUTCOME_NAMES[input.lang][spec.disposition.outcome]],
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
                  `${workload.name} ×${workload.replicas} (${workload.cpu} CPU, ${workload.memory}, ${EXPOSURE_NAMES[input.lang][workload.exposure]})`,
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
    [fields.waveEnd, waveEnd(PLAN_WAVE_ENDS, spec.schedule.wave)],
    [fields.deadline, spec.schedule.deadline],
    [fields.status, STATUS_NAMES[input.lang][spec.schedule.status]],
    ...(spec.schedule.completedOn ? [[fields.completedOn, spec.schedule.completedOn] as [string, string]] : []),
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
