import fc from 'fast-check';
import { join } from 'node:path';
import { buildManifest } from '../../inventory/defaults';
import {
  BACKUP_TIERS,
  OUTCOMES,
  POOLS,
  BUSINESS_SYSTEMS,
  type Outcome,
  type SystemMigration,
} from '../../model/domain';
import { DEFAULT_APPROVED_REGISTRY } from '../../model/registry';
import { enumValues } from '../../model/schema';
import { runStackOffline } from '../../engine/offline';
import type { ManifestEntry } from '../../validation/rules';
import { validatePaths, validateSources } from '../../validation/validate';
import { auditRun } from '../audit/support';
import { LAW_BASIS, yamlOf } from '../support/manifests';

/**
 * #11 §1, as a property: every manifest set `validate` accepts runs through the dev and prod programs
 * under mocks without a throw, and their audit fails no policy. The sets are drawn from the shipped
 * manifests and from manifests built for every outcome of the schema, each changed at up to three
 * fields with values the schema allows (its enums) or that a unit might write (another registry, a
 * second workload, a bucket named like a replica). Whatever validate refuses is dropped first: the
 * property is about what it accepts.
 *
 * Runs: RUNS sets of 2–5 systems, seed SEED, each on dev and prod (about 3 s a run here).
 */
const RUNS = 12;
const SEED = 1111;
const root = join(__dirname, '../..');

const EXPOSURES = enumValues('exposure');
const SHARING_TYPES = enumValues('sharingType') as readonly ('unconditional' | 'conditional' | 'not-shared')[];
const PORTAL_METHODS = ['unified-entry', 'unified-user', 'single-sign-on'] as const;
const IMAGES = [
  'docker.io/library/nginx:latest',
  `${DEFAULT_APPROVED_REGISTRY}.evil.example/unit/app:1.0.0`,
  `${DEFAULT_APPROVED_REGISTRY}/unit/app:1.0.0`,
];

type Mutation = (manifest: any) => void;

/**
 * One change a unit might make, with values from the schema's enums where it has them. The changes
 * behind the deploy failures #11 found (an image from elsewhere, exposure against sharing) weigh more,
 * so a dozen runs meet them.
 */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(...IMAGES).map(
      (image): Mutation =>
        (m) =>
          m.spec.placement?.workloads?.[0] && (m.spec.placement.workloads[0].image = image),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...EXPOSURES).map(
      (exposure): Mutation =>
        (m) =>
          m.spec.placement?.workloads?.[0] && (m.spec.placement.workloads[0].exposure = exposure),
    ),
  },
  fc
    .record({ type: fc.constantFrom(...SHARING_TYPES), terms: fc.boolean() })
    .map(({ type, terms }): Mutation => (m) => {
      if (!m.spec.dataResources?.[0]) return;
      m.spec.dataResources[0].sharing = {
        type,
        ...(terms ? { conditions: '仅用于执法', scope: '环境监察局', legalBasis: LAW_BASIS } : {}),
      };
    }),
  fc.constantFrom(...SHARING_TYPES).map(
    (type): Mutation =>
      (m) =>
        (m.spec.integration.resourceCenter.sharingType = type),
  ),
  fc.constantFrom(...PORTAL_METHODS).map(
    (method): Mutation =>
      (m) =>
        (m.spec.integration.extranetPortal.method = method),
  ),
  fc
    .record({ tier: fc.constantFrom(...BACKUP_TIERS), level: fc.integer({ min: 1, max: 4 }) })
    .map(({ tier, level }): Mutation => (m) => {
      m.spec.protection = { mlpsLevel: level, backup: { tier } };
    }),
  fc.constant<Mutation>(
    (m) =>
      m.spec.placement && (m.spec.placement.website = { domain: `${m.metadata.slug}.mee.gov.cn`, contentSizeGiB: 5 }),
  ),
  fc.constantFrom('app', 'api').map(
    (name): Mutation =>
      (m) =>
        m.spec.placement?.workloads?.push({ ...m.spec.placement.workloads[0], name }),
  ),
  fc.subarray(['data', 'data-replica', 'logs'], { minLength: 1 }).map(
    (names): Mutation =>
      (m) =>
        m.spec.placement &&
        (m.spec.placement.storage = {
          ...m.spec.placement.storage,
          object: names.map((name) => ({ name, sizeGiB: 10 })),
        }),
  ),
  fc.subarray(['data', 'cache'], { minLength: 1 }).map(
    (names): Mutation =>
      (m) =>
        m.spec.placement &&
        (m.spec.placement.storage = {
          ...m.spec.placement.storage,
          block: names.map((name) => ({ name, sizeGiB: 10 })),
        }),
  ),
  fc.constantFrom('postgresql', 'mysql', undefined).map((engine): Mutation => (m) => {
    if (!m.spec.placement) return;
    if (engine) m.spec.placement.database = { engine, sizeGiB: 20 };
    else delete m.spec.placement.database;
  }),
  fc.constantFrom(...POOLS).map(
    (pool): Mutation =>
      (m) =>
        m.spec.placement && (m.spec.placement.pool = pool),
  ),
  fc.constant<Mutation>((m) => delete m.spec.placement),
);

/** A system: a shipped manifest (by index) or one built for an outcome of the schema, then changed. */
function systemArbitrary(shipped: readonly SystemMigration[]) {
  const base = fc.oneof(
    fc.nat({ max: shipped.length - 1 }).map((index) => ({ shipped: index })),
    fc
      .record({
        outcome: fc.constantFrom(...(OUTCOMES as Outcome[])),
        businessSystem: fc.constantFrom(...BUSINESS_SYSTEMS),
      })
      .map((built) => ({ built })),
  );
  return fc.record({ base, changes: fc.array(mutation, { maxLength: 3 }) });
}

/** The manifests of a drawn set, numbered and named apart so that only the drawn changes can clash. */
function materialise(
  drawn: {
    base: { shipped: number } | { built: { outcome: Outcome; businessSystem: (typeof BUSINESS_SYSTEMS)[number] } };
    changes: Mutation[];
  }[],
  shipped: readonly SystemMigration[],
): SystemMigration[] {
  return drawn.map(({ base, changes }, index) => {
    let manifest: SystemMigration;
    if ('shipped' in base) {
      manifest = structuredClone(shipped[base.shipped]!);
    } else {
      const { outcome, businessSystem } = base.built;
      manifest = buildManifest({
        number: 900 + index,
        name: `测试生成系统${'甲乙丙丁戊己庚辛'[index]}`,
        managingUnit: '信息中心',
        reportingUnit: '信息中心',
        disposition: outcome === 'merge' ? { outcome, businessSystem } : { outcome },
      }).manifest;
    }
    for (const change of changes) change(manifest);
    return manifest;
  });
}

/** What `validate` accepts of a set: files with errors are dropped until none is left (set rules may name another file). */
function accepted(manifests: readonly SystemMigration[]): ManifestEntry[] {
  let files = manifests.map((manifest) => ({
    file: `manifests/${manifest.metadata.slug}.yaml`,
    bytes: Buffer.from(yamlOf(manifest)),
  }));
  for (;;) {
    const report = validateSources(files);
    const failing = new Set(
      report.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.file),
    );
    if (failing.size === 0) return report.manifests;
    files = files.filter((source) => !failing.has(source.file));
  }
}

describe('a manifest set that validates deploys (property, offline)', () => {
  let shipped: SystemMigration[];
  beforeAll(async () => {
    shipped = (await validatePaths(['manifests'], { cwd: root })).manifests.map((entry) => entry.manifest);
  });

  it(`runs dev and prod without a throw and fails no policy (${RUNS} runs, seed ${SEED})`, async () => {
    let deployed = 0;
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(systemArbitrary(shipped ?? []), {
          minLength: 2,
          maxLength: 5,
          selector: (system) => JSON.stringify(system.base),
        }),
        async (drawn) => {
          const entries = accepted(materialise(drawn, shipped));
          deployed += entries.length;
          changed += drawn.filter(
            (system, index) =>
              system.changes.length > 0 &&
              entries.some(
                (entry) => entry.manifest.metadata.slug === materialise(drawn, shipped)[index]!.metadata.slug,
              ),
          ).length;
          for (const stack of ['dev', 'prod']) {
            const run = await runStackOffline(root, stack, { manifests: entries.map((entry) => entry.manifest) });
            const report = await auditRun(root, run, entries);
            const failed = report.findings
              .filter((finding) => finding.status === 'fail' && finding.enforcement === 'mandatory')
              .map((finding) => `${stack}: ${finding.policy} at ${finding.location.file}: ${finding.message}`);
            expect(failed).toEqual([]);
          }
        },
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The property is about something: systems got through validate, changed ones among them.
    expect(deployed).toBeGreaterThan(RUNS);
    expect(changed).toBeGreaterThan(0);
  }, 300000);
});
