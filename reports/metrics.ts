import { BUSINESS_SYSTEMS, type Outcome, type SharingType, type SystemMigration } from '../model/domain';

/** Outcomes that fold a system into the shared platform, portals, resource center or website cluster, or retire it (plan §三(二)). */
export const INTEGRATING_OUTCOMES: readonly Outcome[] = ['merge', 'extranet-portal', 'internet-portal', 'data-onboarding', 'website-cluster', 'already-integrated', 'decommission'];
/** Outcomes whose systems are expected to be connected: everything that keeps running on the platform. */
const CONNECTABLE: readonly Outcome[] = ['keep', 'merge', 'extranet-portal', 'internet-portal', 'data-onboarding'];

export interface Rate {
  count: number;
  of: number;
  /** count / of, rounded to a tenth of a percent; 0 when there is nothing to count. */
  percent: number;
}

export interface OverdueItem {
  number: number;
  slug: string;
  name: string;
  managingUnit: string;
  deadline: string;
  status: string;
}

/** The five figures of plan §四(四) (整合数、共享信息数、协同应用数、系统联通率、任务进展情况) for one scope. */
export interface AssessmentFigures {
  systems: number;
  /** 整合数: systems whose disposition integrates them, planned and completed. */
  integrated: { planned: number; completed: number };
  /** 共享信息数: data resources by sharing type; shared = unconditional + conditional. */
  informationItems: { total: number; shared: number; bySharingType: Record<SharingType, number> };
  /** 协同应用数: systems merged into each of the eight business systems. */
  collaborativeApplications: { total: number; byBusinessSystem: Record<string, number> };
  /** 系统联通率: of the systems that keep running, those connected to each portal and to the resource center. */
  connectivity: { anyPortalOrResourceCenter: Rate; extranetPortal: Rate; internetPortal: Rate; resourceCenter: Rate };
  /** 任务进展情况: status counts per wave, and the items past their deadline. */
  progress: { byWave: Record<string, Record<string, number>>; byDeadline: Record<string, Record<string, number>>; byStatus: Record<string, number>; overdue: OverdueItem[] };
}

export interface AssessmentMetrics {
  /** The day deadlines are judged against (YYYY-MM-DD). */
  asOf: string;
  overall: AssessmentFigures;
  /** Per managing unit, in the order of the units' first system number. */
  byUnit: ({ unit: string } & AssessmentFigures)[];
}

function rate(count: number, of: number): Rate {
  return { count, of, percent: of === 0 ? 0 : Math.round((count / of) * 1000) / 10 };
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

export function assessmentFigures(manifests: readonly SystemMigration[], asOf: string): AssessmentFigures {
  const integrating = manifests.filter((manifest) => INTEGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome));
  const resources = manifests.flatMap((manifest) => manifest.spec.dataResources ?? []);
  const bySharingType: Record<SharingType, number> = { unconditional: 0, conditional: 0, 'not-shared': 0 };
  for (const resource of resources) bySharingType[resource.sharing.type] += 1;
  const byBusinessSystem = Object.fromEntries(BUSINESS_SYSTEMS.map((system) => [system, 0])) as Record<string, number>;
  const merged = manifests.filter((manifest) => manifest.spec.disposition.outcome === 'merge' && manifest.spec.disposition.businessSystem);
  for (const manifest of merged) increment(byBusinessSystem, manifest.spec.disposition.businessSystem!);
  const running = manifests.filter((manifest) => CONNECTABLE.includes(manifest.spec.disposition.outcome));
  const extranet = (manifest: SystemMigration) => manifest.spec.integration.extranetPortal.connect;
  const internet = (manifest: SystemMigration) => manifest.spec.integration.internetPortal?.connect === true;
  const resourceCenter = (manifest: SystemMigration) => manifest.spec.integration.resourceCenter.onboard;
  const byWave: Record<string, Record<string, number>> = {};
  const byDeadline: Record<string, Record<string, number>> = {};
  const byStatus: Record<string, number> = {};
  for (const manifest of [...manifests].sort((a, b) => a.spec.schedule.deadline.localeCompare(b.spec.schedule.deadline))) {
    const { wave, deadline, status } = manifest.spec.schedule;
    increment((byWave[String(wave)] ??= {}), status);
    increment((byDeadline[deadline] ??= {}), status);
    increment(byStatus, status);
  }
  const overdue = manifests
    .filter((manifest) => manifest.spec.schedule.status !== 'completed' && manifest.spec.schedule.deadline < asOf)
    .map(({ metadata, spec }) => ({ number: metadata.number, slug: metadata.slug, name: metadata.name, managingUnit: metadata.managingUnit, deadline: spec.schedule.deadline, status: spec.schedule.status }));
  return {
    systems: manifests.length,
    integrated: { planned: integrating.length, completed: integrating.filter((manifest) => manifest.spec.schedule.status === 'completed').length },
    informationItems: { total: resources.length, shared: bySharingType.unconditional + bySharingType.conditional, bySharingType },
    collaborativeApplications: { total: merged.length, byBusinessSystem },
    connectivity: {
      anyPortalOrResourceCenter: rate(running.filter((manifest) => extranet(manifest) || internet(manifest) || resourceCenter(manifest)).length, running.length),
      extranetPortal: rate(running.filter(extranet).length, running.length),
      internetPortal: rate(running.filter(internet).length, running.length),
      resourceCenter: rate(running.filter(resourceCenter).length, running.length),
    },
    progress: { byWave, byDeadline, byStatus, overdue },
  };
}

/** The assessment figures overall and per managing unit (plan §四(四): 重点对各单位…进行考核). */
export function assessmentMetrics(manifests: readonly SystemMigration[], asOf: string): AssessmentMetrics {
  const ordered = [...manifests].sort((a, b) => a.metadata.number - b.metadata.number);
  const units = [...new Set(ordered.map((manifest) => manifest.metadata.managingUnit))];
  return {
    asOf,
    overall: assessmentFigures(ordered, asOf),
    byUnit: units.map((unit) => ({ unit, ...assessmentFigures(ordered.filter((manifest) => manifest.metadata.managingUnit === unit), asOf) })),
  };
}
