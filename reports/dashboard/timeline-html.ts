import { escapeHtml } from '../../audit/format/html';
import type { MigrationStatus } from '../../model/domain';
import { MIGRATION_STATES } from '../../model/migration-states';
import { STATUS_NAMES, type Language } from '../labels';
import { systemPagePath } from './page';
import { DASHBOARD_TEXT } from './text';
import type { WaveTimeline } from './timeline';

/** The colour of each state in the timeline's "actual" bars and its legend. */
export const STATE_COLOURS: Readonly<Record<MigrationStatus, string>> = {
  'not-started': '#d0d7de',
  planned: '#9ec5f4',
  migrating: '#f2cc60',
  'cut-over': '#7fcf8f',
  completed: '#1a7f37',
  blocked: '#cf222e',
};

/** One swatch and its name, for the legends. */
export function swatch(colour: string | undefined, name: string, kind = 'box'): string {
  const style = colour ? ` style="background:${colour}"` : '';
  return `<li><span class="swatch swatch-${kind}"${style}></span>${escapeHtml(name)}</li>`;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

/** The deadline labels alternate between two rows where they are closer than this fraction of the axis. */
const CLOSE = 0.14;

function axisHead(timeline: WaveTimeline, lang: Language): string {
  const text = DASHBOARD_TEXT[lang].timeline;
  let level = 0;
  let previous = -1;
  const labels = timeline.deadlines.map((deadline) => {
    level = deadline.at - previous < CLOSE ? 1 - level : 0;
    previous = deadline.at;
    const title = deadline.milestones.map((milestone) => `${milestone.item}. ${milestone.content}`).join('\n');
    // Labels near the right end are anchored on their right side, so they stay inside the track.
    const anchor = deadline.at > 0.85 ? 'end' : deadline.at < 0.15 ? 'start' : 'middle';
    return `<span class="tl-deadline-label tl-level-${level} tl-anchor-${anchor}" style="left:${percent(deadline.at)}" title="${escapeHtml(title)}">${deadline.date}</span>`;
  });
  return `<span class="tl-corner"></span><div class="tl-track tl-axis" aria-label="${escapeHtml(text.deadline)}">${labels.join('')}</div><span class="tl-actual-head">${escapeHtml(text.actual)}</span>`;
}

function lines(timeline: WaveTimeline): string {
  const deadlines = timeline.deadlines
    .map((deadline) => `<span class="tl-line" style="left:${percent(deadline.at)}"></span>`)
    .join('');
  const asOf =
    timeline.asOfAt === undefined ? '' : `<span class="tl-asof" style="left:${percent(timeline.asOfAt)}"></span>`;
  return deadlines + asOf;
}

function stateBar(counts: Record<MigrationStatus, number>, total: number, lang: Language): string {
  const segments = MIGRATION_STATES.filter((state) => counts[state] > 0).map(
    (state) =>
      `<span class="tl-state" data-state="${state}" style="width:${percent(counts[state] / total)};background:${STATE_COLOURS[state]}" title="${escapeHtml(`${STATUS_NAMES[lang][state]}: ${counts[state]}`)}"></span>`,
  );
  return `<span class="tl-states">${segments.join('')}</span>`;
}

function axisFoot(timeline: WaveTimeline): string {
  const ticks = timeline.axis.ticks
    .filter((tick) => tick.at > 0.04 && tick.at < 0.96)
    .map((tick) => `<span class="tl-tick" style="left:${percent(tick.at)}">${tick.date.slice(0, 7)}</span>`)
    .join('');
  return `<span class="tl-corner"></span><div class="tl-track tl-ticks">${ticks}</div><span class="tl-corner"></span>`;
}

function drillDown(timeline: WaveTimeline, lang: Language): string {
  const text = DASHBOARD_TEXT[lang].timeline;
  const head = Object.values(text.columns)
    .map((column) => `<th scope="col">${escapeHtml(column)}</th>`)
    .join('');
  return timeline.waves
    .map((wave) => {
      const rows = wave.systems
        .map(
          (system) =>
            `<tr data-state="${system.status}"><td>${system.number}</td><td><a href="${systemPagePath(system.slug)}">${escapeHtml(system.name)}</a></td><td>${escapeHtml(system.managingUnit)}</td><td><span class="swatch swatch-box" style="background:${STATE_COLOURS[system.status]}"></span>${escapeHtml(STATUS_NAMES[lang][system.status])}</td><td${system.overdue ? ' class="fail"' : ''}>${system.deadline}${system.overdue ? ` (${escapeHtml(text.overdue)})` : ''}</td></tr>`,
        )
        .join('\n');
      return `<details class="tl-wave-systems" data-wave="${wave.wave}"><summary>${escapeHtml(text.drillDown(wave.wave, wave.systems.length, wave.done))}</summary>
<table><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></details>`;
    })
    .join('\n');
}

/** The timeline section of the front page: static HTML drawn at build time, with no script. */
export function timelineSection(timeline: WaveTimeline, lang: Language): string {
  const text = DASHBOARD_TEXT[lang].timeline;
  const rows = timeline.waves
    .map((wave) => {
      const status = `${escapeHtml(text.done(wave.done, wave.systems.length))}${wave.overdue ? ` <span class="fail">${escapeHtml(text.overdue)}</span>` : ''}`;
      return `<div class="tl-label" data-wave="${wave.wave}"><strong>${escapeHtml(text.wave(wave.wave))}</strong> <span>${escapeHtml(text.systems(wave.systems.length))}</span><br><span class="tl-end">${escapeHtml(text.plannedEnd(wave.end))}</span></div>
<div class="tl-track">${lines(timeline)}<span class="tl-plan${wave.overdue ? ' tl-overdue' : ''}" style="left:${percent(wave.from)};width:${percent(wave.to - wave.from)}" title="${escapeHtml(`${wave.start} – ${wave.end}`)}"></span></div>
<div class="tl-actual" data-wave="${wave.wave}" data-done="${wave.done}" data-systems="${wave.systems.length}">${stateBar(wave.counts, wave.systems.length, lang)}<span class="tl-count">${status}</span></div>`;
    })
    .join('\n');
  const legend = [
    swatch('#8c959f', text.window),
    swatch(undefined, text.overdueWindow, 'box tl-overdue'),
    swatch('#cf222e', text.deadline, 'line'),
    ...(timeline.asOfAt === undefined ? [] : [swatch('#0969da', `${text.asOf} ${timeline.asOf}`, 'line')]),
    ...MIGRATION_STATES.map((state) => swatch(STATE_COLOURS[state], STATUS_NAMES[lang][state])),
  ].join('');
  return `<section id="timeline"><h2>${escapeHtml(text.title)}</h2>
<p class="note">${escapeHtml(text.note(timeline.asOf))}</p>
<ul class="legend" aria-label="${escapeHtml(DASHBOARD_TEXT[lang].legend)}">${legend}</ul>
<div class="timeline">
${axisHead(timeline, lang)}
${rows}
${axisFoot(timeline)}
</div>
<p id="timeline-total">${escapeHtml(text.total(timeline.totals.done, timeline.totals.systems))}</p>
${drillDown(timeline, lang)}
</section>`;
}
