import { pinyin } from 'pinyin-pro';
import type {
  BusinessSystem,
  CatalogClass,
  DataResource,
  Database,
  Exposure,
  Integration,
  Outcome,
  Placement,
  Pool,
  Protection,
  Schedule,
  SystemMigration,
  Workload,
} from '../model/domain';
import { catalogCodeFor } from '../model/catalog-code';
import { DISPOSITIONS } from '../model/dispositions';
import { defaultPool } from '../model/pools';
import { TIER_TARGETS } from '../model/tiers';
import { DEFAULT_APPROVED_REGISTRY } from '../model/registry';
import type { Disposition } from './recommendation';

/** Registry every platform image comes from (MLPS 3: software provenance): the ministry's, as validation judges it. */
export const APPROVED_REGISTRY = DEFAULT_APPROVED_REGISTRY;

/** What a manifest needs to be built: the facts of Annex 1, or of `envcloud new`'s flags. */
export interface SystemFacts {
  number: number;
  name: string;
  managingUnit: string;
  reportingUnit: string;
  disposition: Disposition;
  /**
   * Qualifies the default data resource's name: Annex 1 lists some names twice (nos. 36 and 161), and
   * the importer must not invent a one-data-one-source conflict the units did not declare.
   */
  nameIsShared?: boolean;
  /** Annex 1 recommendation text, kept verbatim when the system comes from Annex 1. */
  recommendation?: string;
  slug?: string;
}

/**
 * A DNS-safe slug: `s` + three-digit number + pinyin initials of the name, e.g. `s027-jsxmxzspxt`.
 * Units read the initials at a glance; the number keeps slugs unique.
 */
export function slugFor(number: number, name: string): string {
  const initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 24);
  const prefix = `s${String(number).padStart(3, '0')}`;
  return initials ? `${prefix}-${initials}` : prefix;
}

/**
 * The default pool (plan §三(三).9): by what the system does and who owns it (model/pools.ts) — a merged
 * system runs in its business system's pool, any other in its managing unit's (the units that build
 * the professional pools, Annex 3), everything else in the central pool.
 */
export function poolFor(facts: Pick<SystemFacts, 'managingUnit' | 'disposition'>): Pool {
  return defaultPool(facts.managingUnit, facts.disposition.businessSystem);
}

const CATALOG_BY_BUSINESS_SYSTEM: Readonly<Record<BusinessSystem, CatalogClass>> = {
  air: 'environmental-quality',
  water: 'environmental-quality',
  soil: 'environmental-quality',
  'pollution-source': 'pollution-source',
  'ecological-protection': 'ecological-protection',
  'inspection-enforcement': 'pollution-source',
  'nuclear-radiation-safety': 'nuclear-radiation-safety',
  'integrated-office': 'integrated-management',
};

const CATALOG_BY_POOL: Readonly<Record<Pool, CatalogClass>> = {
  central: 'integrated-management',
  'environmental-monitoring': 'environmental-quality',
  'satellite-remote-sensing': 'ecological-protection',
  'nuclear-safety': 'nuclear-radiation-safety',
};

/** Deadlines of Annex 3 and the plan's milestones, per outcome. */

export interface BuiltManifest {
  manifest: SystemMigration;
  /** Dot paths of the fields filled by defaults (also recorded in `metadata.defaulted`). */
  defaulted: string[];
}

/**
 * The manifest for a system, with every field Annex 1 does not state filled by a default chosen for
 * its disposition and listed in `metadata.defaulted`, so the unit knows what to confirm.
 */
export function buildManifest(facts: SystemFacts): BuiltManifest {
  const { outcome } = facts.disposition;
  const slug = facts.slug ?? slugFor(facts.number, facts.name);
  const pool = poolFor(facts);
  const defaulted = ['metadata.contact', 'spec.integration', 'spec.protection', 'spec.schedule', 'spec.project'];

  const placement = placementFor(outcome, slug, pool, facts.name);
  if (placement) defaulted.push('spec.placement');
  const dataResources = dataResourcesFor(facts, pool);
  if (dataResources.length > 0) defaulted.push('spec.dataResources');

  const disposition: SystemMigration['spec']['disposition'] = { outcome };
  if (facts.disposition.businessSystem) disposition.businessSystem = facts.disposition.businessSystem;
  if (outcome === 'exempt') {
    disposition.reason =
      '单位内部使用系统，不予整合（附1整合建议）。请补充系统仅供本单位内部使用、无法整合的详细理由。';
    defaulted.push('spec.disposition.reason');
  }
  if (facts.recommendation) disposition.annex1Recommendation = facts.recommendation;

  const spec: SystemMigration['spec'] = {
    disposition,
    integration: integrationFor(outcome),
    ...(dataResources.length > 0 ? { dataResources } : {}),
    ...(placement ? { placement } : {}),
    ...(outcome === 'decommission' ? { archive: { destination: 'resource-center' as const, retentionYears: 30 } } : {}),
    protection: protectionFor(outcome),
    schedule: scheduleFor(outcome),
    project: { name: facts.name, buildingUnit: facts.managingUnit, fundingChannel: 'fiscal-investment' },
  };
  if (outcome === 'decommission') defaulted.push('spec.archive');

  const manifest: SystemMigration = {
    apiVersion: 'envcloud/v1',
    kind: 'SystemMigration',
    metadata: {
      number: facts.number,
      name: facts.name,
      slug,
      managingUnit: facts.managingUnit,
      reportingUnit: facts.reportingUnit,
      contact: { name: '待确认' },
      defaulted: [...defaulted].sort(),
    },
    spec,
  };
  return { manifest, defaulted: manifest.metadata.defaulted! };
}

function integrationFor(outcome: Outcome): Integration {
  const migrating = outcome !== 'decommission' && outcome !== 'exempt' && outcome !== 'already-integrated';
  const onboards = migrating && outcome !== 'website-cluster';
  const extranet = ['keep', 'merge', 'extranet-portal', 'data-onboarding'].includes(outcome);
  return {
    zombie: outcome === 'decommission',
    resourceCenter: onboards
      ? {
          onboard: true,
          alreadyOnboarded: false,
          method: outcome === 'data-onboarding' ? 'data-exchange' : 'interface-extraction',
          sharingType: 'unconditional',
        }
      : { onboard: false },
    extranetPortal: extranet
      ? { connect: true, alreadyConnected: false, method: 'single-sign-on' }
      : { connect: false },
    ...(outcome === 'internet-portal' ? { internetPortal: { connect: true, alreadyConnected: false } } : {}),
    cloud: { migrate: migrating, alreadyOnCloud: false, hardwareToMinistryDataCenter: false },
    websiteCluster:
      outcome === 'website-cluster'
        ? { migrate: true, alreadyInCluster: false }
        : outcome === 'already-integrated'
          ? { migrate: true, alreadyInCluster: true }
          : { migrate: false },
  };
}

/** One containerised workload serving HTTP on 8080, the shape most surveyed systems take. */
function appWorkload(image: string, size: Pick<Workload, 'replicas' | 'cpu' | 'memory'>, exposure: Exposure): Workload {
  return { name: 'app', image, ...size, ports: [{ port: 8080, protocol: 'TCP' }], exposure };
}

function postgres(sizeGiB: number): Database {
  return { engine: 'postgresql', version: '16', sizeGiB };
}

function placementFor(outcome: Outcome, slug: string, pool: Pool, name: string): Placement | undefined {
  const image = `${APPROVED_REGISTRY}/${slug}/app:1.0.0`;
  switch (DISPOSITIONS[outcome].defaults.placement) {
    case 'none':
      return undefined;
    case 'website':
      return { pool: 'central', website: { domain: `${slug}.mee.gov.cn`, contentSizeGiB: 10 } };
    case 'full':
      return {
        pool,
        workloads: [
          appWorkload(
            image,
            { replicas: 2, cpu: '1', memory: '2Gi' },
            /网站|门户/.test(name) ? 'internet' : 'extranet',
          ),
        ],
        storage: { object: [{ name: 'data', sizeGiB: 100 }] },
        database: postgres(100),
      };
    case 'onboarding':
      return {
        pool,
        workloads: [appWorkload(image, { replicas: 1, cpu: '500m', memory: '1Gi' }, 'internal')],
        database: postgres(50),
      };
    case 'connected':
      return {
        pool,
        workloads: [
          appWorkload(
            image,
            { replicas: 2, cpu: '500m', memory: '1Gi' },
            DISPOSITIONS[outcome].connects === 'internet-portal' ? 'internet' : 'extranet',
          ),
        ],
        database: postgres(50),
      };
  }
}

function dataResourcesFor(facts: SystemFacts, pool: Pool): DataResource[] {
  const { outcome, businessSystem } = facts.disposition;
  if (!DISPOSITIONS[outcome].migrates) return [];
  return [
    {
      name: facts.nameIsShared ? `${facts.name}业务数据（${facts.reportingUnit}）` : `${facts.name}业务数据`,
      // The system's first resource: sequence 0001 (model/catalog-code.ts). Stored in the manifest, never recomputed.
      catalogCode: catalogCodeFor(facts.number, 1),
      catalogClass: businessSystem ? CATALOG_BY_BUSINESS_SYSTEM[businessSystem] : CATALOG_BY_POOL[pool],
      format: 'database',
      description: `${facts.name}在履行职责中产生和管理的业务数据（请单位补充数据项说明）。`,
      providingUnit: facts.managingUnit,
      updateCycle: 'monthly',
      publishedOn: '2017-12-31',
      sharing: { type: 'unconditional' },
      methods: ['query', 'system-integration'],
      openness: outcome === 'internet-portal' ? 'open' : 'closed',
      usage: ['work-reference', 'business-collaboration'],
    },
  ];
}

function protectionFor(outcome: Outcome): Protection {
  const { mlpsLevel, tier } = DISPOSITIONS[outcome].defaults;
  if (tier === 'none') return { mlpsLevel, backup: { tier } };
  const { rpoMinutes, rtoMinutes } = TIER_TARGETS[tier];
  return { mlpsLevel, backup: { tier, rpoMinutes, rtoMinutes } };
}

function scheduleFor(outcome: Outcome): Schedule {
  const { wave, deadline, status } = DISPOSITIONS[outcome].defaults;
  return { wave, deadline, status };
}
