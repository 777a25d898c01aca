import { BUSINESS_SYSTEMS, type Outcome, type SharingType, type SystemMigration } from '../model/domain';
import { unitsOfText } from './sharing-context';
import { outcomesWhere } from '../model/dispositions';
import { completedBy } from '../model/migration-states';

/** Outcomes that fold a system into the shared platform, portals, resource center or website cluster, or retire it (plan §三(二)). */
export const INTEGRATING_OUTCOMES: readonly Outcome[] = outcomesWhere((facts) => facts.integrates);
/** Outcomes whose systems are expected to be connected: everything that keeps running on the platform. */
const CONNECTABLE: readonly Outcome[] = ['keep', 'merge', 'extranet-portal', 'internet-portal', 'data-onboarding'];

/** Version of metrics.json's shape: 2 split every figure into what is planned and what is achieved. */
export const METRICS_VERSION = 2;

export interface Rate {
  count: number;
  of: number;
  /** count / of, rounded to a tenth of a percent; 0 when there is nothing to count. */
  percent: number;
}

/**
 * A figure as the manifests plan it and as it stands. `planned` counts what the disposition and the
 * Annex 2 answers say will happen; `achieved` counts only what the schedule (status `completed`) or an
 * Annex 2 "already?" answer says has happened. Reporting plans as results was the bug this split fixes.
 */
export interface PlannedAchieved<T> {
  planned: T;
  achieved: T;
}

export interface OverdueItem {
  number: number;
  slug: string;
  name: string;
  managingUnit: string;
  deadline: string;
  status: string;
}

/** Whether the units have confirmed what the importer filled in (metadata.defaulted). */
export interface Confirmation {
  /** Manifests with no defaulted field left. */
  confirmed: number;
  /** Manifests that still list defaulted fields: their plans, and their schedule if listed, are the importer's guesses. */
  unconfirmed: number;
  /** Manifests still listing each defaulted field, by its dot path. */
  byField: Record<string, number>;
}

/** The five figures of plan §四(四) (整合数、共享信息数、协同应用数、系统联通率、任务进展情况) for one scope. */
export interface AssessmentFigures {
  systems: number;
  confirmation: Confirmation;
  /** 整合数: systems whose disposition integrates them. `completed` is `achieved` under its version-1 name. */
  integrated: PlannedAchieved<number> & { completed: number };
  /** 共享信息数: data resources declared (total, by sharing type); shared = unconditional + conditional. */
  informationItems: { total: number; bySharingType: Record<SharingType, number>; shared: PlannedAchieved<number> };
  /** 协同应用数: systems merged into each of the eight business systems. */
  collaborativeApplications: PlannedAchieved<number> & { byBusinessSystem: PlannedAchieved<Record<string, number>> };
  /** 系统联通率: of the systems that keep running, those connected to each portal and to the resource center. */
  connectivity: {
    anyPortalOrResourceCenter: PlannedAchieved<Rate>;
    extranetPortal: PlannedAchieved<Rate>;
    internetPortal: PlannedAchieved<Rate>;
    resourceCenter: PlannedAchieved<Rate>;
  };
  /** 任务进展情况: status counts per wave, and the items past their deadline. */
  progress: {
    byWave: Record<string, Record<string, number>>;
    byDeadline: Record<string, Record<string, number>>;
    byStatus: Record<string, number>;
    overdue: OverdueItem[];
  };
}

export interface AssessmentMetrics {
  version: number;
  /** The day deadlines are judged against (YYYY-MM-DD). */
  asOf: string;
  overall: AssessmentFigures;
  /** Per managing unit, in the order of the units' first system number; a jointly managed system counts for each of its units. */
  byUnit: ({ unit: string } & AssessmentFigures)[];
}

function rate(count: number, of: number): Rate {
  return { count, of, percent: of === 0 ? 0 : Math.round((count / of) * 1000) / 10 };
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** The units of a system (model/units.ts: a jointly managed system counts for each of its units). */
export function managingUnits(manifest: Pick<SystemMigration, 'metadata'>): string[] {
  return unitsOfText(manifest.metadata.managingUnit);
}

/** Completed by the report's day (completedBy): a system completed since is not done as of an earlier day. */
const completed = (manifest: SystemMigration, asOf: string) => completedBy(manifest.spec.schedule, asOf);

/** Planned: the manifest says the step will happen. Achieved: it is planned and the schedule or the Annex 2 answer says it is done. */
interface Step {
  planned(manifest: SystemMigration): boolean;
  achieved(manifest: SystemMigration, asOf: string): boolean;
}

const EXTRANET: Step = {
  planned: (manifest) => manifest.spec.integration.extranetPortal.connect,
  achieved: (manifest, asOf) =>
    manifest.spec.integration.extranetPortal.connect &&
    (manifest.spec.integration.extranetPortal.alreadyConnected === true || completed(manifest, asOf)),
};
const INTERNET: Step = {
  planned: (manifest) => manifest.spec.integration.internetPortal?.connect === true,
  achieved: (manifest, asOf) =>
    manifest.spec.integration.internetPortal?.connect === true &&
    (manifest.spec.integration.internetPortal.alreadyConnected === true || completed(manifest, asOf)),
};
const RESOURCE_CENTER: Step = {
  planned: (manifest) => manifest.spec.integration.resourceCenter.onboard,
  achieved: (manifest, asOf) =>
    manifest.spec.integration.resourceCenter.onboard &&
    (manifest.spec.integration.resourceCenter.alreadyOnboarded === true || completed(manifest, asOf)),
};
const ANY_CONNECTION: Step = {
  planned: (manifest) => EXTRANET.planned(manifest) || INTERNET.planned(manifest) || RESOURCE_CENTER.planned(manifest),
  achieved: (manifest, asOf) =>
    EXTRANET.achieved(manifest, asOf) || INTERNET.achieved(manifest, asOf) || RESOURCE_CENTER.achieved(manifest, asOf),
};

/**
 * Integration is done when the schedule says the system's migration is completed, or when the Annex 2
 * "already?" answer of the step its outcome names is yes (a portal connected, data onboarded, a website
 * in the cluster). `already-integrated` is itself Annex 1's record of a done integration.
 */
const INTEGRATION: Step = {
  planned: (manifest) => INTEGRATING_OUTCOMES.includes(manifest.spec.disposition.outcome),
  achieved: (manifest, asOf) => {
    const { outcome } = manifest.spec.disposition;
    if (!INTEGRATING_OUTCOMES.includes(outcome)) return false;
    if (completed(manifest, asOf) || outcome === 'already-integrated') return true;
    const integration = manifest.spec.integration;
    if (outcome === 'extranet-portal') return integration.extranetPortal.alreadyConnected === true;
    if (outcome === 'internet-portal') return integration.internetPortal?.alreadyConnected === true;
    if (outcome === 'data-onboarding') return integration.resourceCenter.alreadyOnboarded === true;
    if (outcome === 'website-cluster') return integration.websiteCluster.alreadyInCluster === true;
    return false;
  },
};

/** A system's data is being shared once its migration is completed or its data is already in the resource center (Annex 2 已接入). */
const sharingLive = (manifest: SystemMigration, asOf: string) =>
  completed(manifest, asOf) || manifest.spec.integration.resourceCenter.alreadyOnboarded === true;

function count(manifests: readonly SystemMigration[], step: Step, asOf: string): PlannedAchieved<number> {
  return {
    planned: manifests.filter(step.planned).length,
    achieved: manifests.filter((manifest) => step.achieved(manifest, asOf)).length,
  };
}

function connectivity(running: readonly SystemMigration[], step: Step, asOf: string): PlannedAchieved<Rate> {
  const { planned, achieved } = count(running, step, asOf);
  return { planned: rate(planned, running.length), achieved: rate(achieved, running.length) };
}

function confirmation(manifests: readonly SystemMigration[]): Confirmation {
  const byField: Record<string, number> = {};
  let unconfirmed = 0;
  for (const manifest of manifests) {
    const defaulted = manifest.metadata.defaulted ?? [];
    if (defaulted.length > 0) unconfirmed += 1;
    for (const field of defaulted) increment(byField, field);
  }
  return { confirmed: manifests.length - unconfirmed, unconfirmed, byField };
}

export function assessmentFigures(manifests: readonly SystemMigration[], asOf: string): AssessmentFigures {
  const bySharingType: Record<SharingType, number> = { unconditional: 0, conditional: 0, 'not-shared': 0 };
  const shared = { planned: 0, achieved: 0 };
  for (const manifest of manifests) {
    for (const resource of manifest.spec.dataResources ?? []) {
      // Catalogued and shared once published, on or before the report's day: an entry published later
      // (a scaffold's, a planned one) was counted as catalogued and as shared on any day before it.
      const published = resource.publishedOn <= asOf;
      if (published) bySharingType[resource.sharing.type] += 1;
      if (resource.sharing.type === 'not-shared') continue;
      shared.planned += 1;
      if (published && sharingLive(manifest, asOf)) shared.achieved += 1;
    }
  }
  const zero = () => Object.fromEntries(BUSINESS_SYSTEMS.map((system) => [system, 0])) as Record<string, number>;
  const byBusinessSystem = { planned: zero(), achieved: zero() };
  const merged = manifests.filter(
    (manifest) => manifest.spec.disposition.outcome === 'merge' && manifest.spec.disposition.businessSystem,
  );
  for (const manifest of merged) {
    increment(byBusinessSystem.planned, manifest.spec.disposition.businessSystem!);
    if (completed(manifest, asOf)) increment(byBusinessSystem.achieved, manifest.spec.disposition.businessSystem!);
  }
  const running = manifests.filter((manifest) => CONNECTABLE.includes(manifest.spec.disposition.outcome));
  const byWave: Record<string, Record<string, number>> = {};
  const byDeadline: Record<string, Record<string, number>> = {};
  const byStatus: Record<string, number> = {};
  for (const manifest of [...manifests].sort((a, b) =>
    a.spec.schedule.deadline.localeCompare(b.spec.schedule.deadline),
  )) {
    const { wave, deadline, status } = manifest.spec.schedule;
    increment((byWave[String(wave)] ??= {}), status);
    increment((byDeadline[deadline] ??= {}), status);
    increment(byStatus, status);
  }
  const overdue = manifests
    .filter((manifest) => !completed(manifest, asOf) && manifest.spec.schedule.deadline < asOf)
    .map(({ metadata, spec }) => ({
      number: metadata.number,
      slug: metadata.slug,
      name: metadata.name,
      managingUnit: metadata.managingUnit,
      deadline: spec.schedule.deadline,
      status: spec.schedule.status,
    }));
  const integrated = count(manifests, INTEGRATION, asOf);
  return {
    systems: manifests.length,
    confirmation: confirmation(manifests),
    integrated: { ...integrated, completed: integrated.achieved },
    informationItems: {
      total: bySharingType.unconditional + bySharingType.conditional + bySharingType['not-shared'],
      bySharingType,
      shared,
    },
    collaborativeApplications: {
      planned: merged.length,
      achieved: merged.filter((manifest) => completed(manifest, asOf)).length,
      byBusinessSystem,
    },
    connectivity: {
      anyPortalOrResourceCenter: connectivity(running, ANY_CONNECTION, asOf),
      extranetPortal: connectivity(running, EXTRANET, asOf),
      internetPortal: connectivity(running, INTERNET, asOf),
      resourceCenter: connectivity(running, RESOURCE_CENTER, asOf),
    },
    progress: { byWave, byDeadline, byStatus, overdue },
  };
}

/** The assessment figures overall and per managing unit (plan §四(四): 重点对各单位…进行考核). */
export function assessmentMetrics(manifests: readonly SystemMigration[], asOf: string): AssessmentMetrics {
  const ordered = [...manifests].sort((a, b) => a.metadata.number - b.metadata.number);
  const byUnit = new Map<string, SystemMigration[]>();
  for (const manifest of ordered) {
    for (const unit of managingUnits(manifest)) {
      if (!byUnit.has(unit)) byUnit.set(unit, []);
      byUnit.get(unit)!.push(manifest);
    }
  }
  return {
    version: METRICS_VERSION,
    asOf,
    overall: assessmentFigures(ordered, asOf),
    byUnit: [...byUnit].map(([unit, systems]) => ({ unit, ...assessmentFigures(systems, asOf) })),
  };
}
