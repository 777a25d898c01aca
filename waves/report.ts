import type { DependencyGraph } from './graph';
import { RESOURCES, type Plan } from './plan';
import { POOL_NAMES } from '../model/pools';
import type { Pool } from '../model/manifest.generated';
import { render, t, type Language, type Message, type MessageId, type MessageValue } from '../document/i18n';

function n(value: number): string {
  return String(Number(value.toFixed(2)));
}

export interface PlanContext {
  stack: string;
  waveShare: number;
}

/** The plan as JSON: every wave with its use of each pool, every assignment with its reasons, the graph and any violation. */
export function planJson(plan: Plan, graph: DependencyGraph, context: PlanContext): string {
  return `${JSON.stringify(
    {
      stack: context.stack,
      waveShare: context.waveShare,
      summary: {
        systems: plan.assignments.length,
        waves: plan.waves.length,
        moved: plan.assignments.filter((a) => a.wave !== a.declaredWave).length,
        late: plan.assignments.filter((a) => a.late).length,
        violations: plan.violations.length,
      },
      perWave: plan.perWave,
      total: plan.total,
      waves: plan.waves,
      assignments: plan.assignments.map((a) => ({
        ...a,
        moves: a.moves.map(({ kind, message }) => ({ kind, message })),
        file: graph.systems.get(a.id)?.file,
        moved: a.wave !== a.declaredWave,
      })),
      violations: plan.violations.map(({ localized: _localized, ...violation }) => violation),
      dependencies: graph.edges.map(({ prerequisite, dependent, kind, strict, reason }) => ({
        prerequisite,
        dependent,
        kind,
        strict,
        reason,
      })),
      platformNeeds: graph.platformNeeds,
    },
    null,
    2,
  )}\n`;
}

/** A move's or a violation's words in `lang`: from its catalog message when it has one. */
function said(item: { message: string; localized?: Message }, lang: Language): string {
  return item.localized ? render(item.localized, lang) : item.message;
}

/** The plan as text: the waves and their room, then each system's wave and why, moves first. */
export function planText(plan: Plan, graph: DependencyGraph, context: PlanContext, lang: Language = 'en'): string {
  const say = (id: MessageId, values?: Record<string, MessageValue>) => t(lang, id, values);
  const [comma, semicolon, colon] = lang === 'zh' ? ['，', '；', '：'] : [', ', '; ', ': '];
  const lines: string[] = [];
  const moved = plan.assignments.filter((a) => a.wave !== a.declaredWave);
  const { stack, waveShare } = context;
  lines.push(
    say('waves.title', {
      stack,
      systems: plan.assignments.length,
      waves: plan.waves.length,
      share: n(waveShare * 100),
    }),
    say('waves.graph', { edges: graph.edges.length, needs: graph.platformNeeds.length }),
    '',
  );
  for (const wave of plan.waves) {
    const extra = wave.extra ? 'yes' : 'no';
    lines.push(say('waves.wave', { wave: wave.wave, end: wave.end, extra, count: wave.systems.length }));
    for (const [pool, use] of Object.entries(wave.usage)) {
      const cap = plan.perWave[pool];
      const amounts = RESOURCES.map((r) =>
        say('waves.amount', { used: n(use[r]), cap: n(cap?.[r] ?? 0), resource: r }),
      );
      // In English the pool's id, as Pulumi.<stack>.yaml's envcloud:pools names it; in Chinese its name.
      const name = lang === 'zh' ? (POOL_NAMES.zh[pool as Pool] ?? pool) : pool;
      lines.push(`  ${name}${say('waves.pool-colon')}${amounts.join(comma)}`);
    }
  }
  lines.push('', say('waves.moves', { count: moved.length }));
  const kind = (value: string) => say('waves.move-kind', { kind: value, key: value.replace(/-/g, '_') });
  for (const a of moved)
    lines.push(
      `  ${say('waves.move', { slug: a.slug, id: a.id, from: a.declaredWave, to: a.wave, late: a.late ? 'yes' : 'no' })}`,
      ...a.moves.map((m) => `      ${kind(m.kind)}${colon}${said(m, lang)}`),
    );
  if (moved.length === 0) lines.push(`  ${say('waves.no-moves')}`);
  lines.push('', say('waves.assignments'));
  for (const a of plan.assignments) {
    const declared = a.wave !== a.declaredWave ? a.declaredWave : 'none';
    const reasons = a.moves.map((m) => said(m, lang)).join(semicolon);
    lines.push(`  ${say('waves.assignment', { slug: a.slug, id: a.id, wave: a.wave, declared, reasons })}`);
  }
  const late = plan.assignments.filter((a) => a.late);
  lines.push(
    '',
    late.length === 0
      ? say('waves.on-time')
      : say('waves.late', { count: late.length, slugs: late.map((a) => a.slug).join(', ') }),
  );
  lines.push(
    plan.violations.length === 0
      ? say('waves.no-violations')
      : say('waves.violations', { count: plan.violations.length }),
  );
  for (const v of plan.violations)
    lines.push(`  ${say('waves.violation-kind', { kind: v.kind })}${colon}${said(v, lang)}`);
  return `${lines.join('\n')}\n`;
}
