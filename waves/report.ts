import type { DependencyGraph } from './graph';
import { RESOURCES, type Plan } from './plan';

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
        file: graph.systems.get(a.id)?.file,
        moved: a.wave !== a.declaredWave,
      })),
      violations: plan.violations,
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

/** The plan as text: the waves and their room, then each system's wave and why, moves first. */
export function planText(plan: Plan, graph: DependencyGraph, context: PlanContext): string {
  const lines: string[] = [];
  const moved = plan.assignments.filter((a) => a.wave !== a.declaredWave);
  lines.push(
    `wave plan for stack ${context.stack}: ${plan.assignments.length} systems in ${plan.waves.length} waves; each wave may move ${n(context.waveShare * 100)}% of each pool's capacity`,
    `${graph.edges.length} dependencies between systems, ${graph.platformNeeds.length} needs met by the platform stack (deployed before wave 1)`,
    '',
  );
  for (const wave of plan.waves) {
    lines.push(
      `wave ${wave.wave} (ends ${wave.end}${wave.extra ? ", after the plan's dates" : ''}): ${wave.systems.length} systems`,
    );
    for (const [pool, use] of Object.entries(wave.usage)) {
      const cap = plan.perWave[pool];
      lines.push(
        `  ${pool}: ${RESOURCES.map((r) => `${n(use[r])}/${n(cap?.[r] ?? 0)} ${r === 'cpu' ? 'cores' : r === 'memoryGiB' ? 'GiB memory' : 'GiB storage'}`).join(', ')}`,
      );
    }
  }
  lines.push('', `moves (${moved.length}):`);
  for (const a of moved)
    lines.push(
      `  ${a.slug} (no. ${a.id}): wave ${a.declaredWave} → ${a.wave}${a.late ? ' (late)' : ''}`,
      ...a.moves.map((m) => `      ${m.kind}: ${m.message}`),
    );
  if (moved.length === 0) lines.push('  none: every system keeps its declared wave');
  lines.push('', 'assignments:');
  for (const a of plan.assignments)
    lines.push(
      `  ${a.slug} (no. ${a.id}): wave ${a.wave}${a.wave !== a.declaredWave ? ` (declared ${a.declaredWave})` : ''}: ${a.moves.map((m) => m.message).join('; ')}`,
    );
  const late = plan.assignments.filter((a) => a.late);
  lines.push(
    '',
    late.length === 0
      ? "deadlines: every system's wave ends by its deadline"
      : `deadlines: ${late.length} systems in a wave that ends after their deadline: ${late.map((a) => a.slug).join(', ')}`,
  );
  lines.push(
    plan.violations.length === 0
      ? "violations: none (every dependency and every pool's room per wave respected)"
      : `violations (${plan.violations.length}):`,
  );
  for (const v of plan.violations) lines.push(`  ${v.kind}: ${v.message}`);
  return `${lines.join('\n')}\n`;
}
