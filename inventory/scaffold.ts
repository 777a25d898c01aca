import { dirname, join, relative, resolve } from 'node:path';
import type { BusinessSystem, Outcome } from '../model/domain';
import { SLUG_PATTERN } from '../model/schema';
import { BUSINESS_SYSTEMS } from '../model/domain';
import type { SystemMigration } from '../model/domain';
import { ANNEX3_MILESTONES } from '../model/milestones';
import { MAX_SYSTEM_NUMBER } from '../model/catalog-code';
import { msg, usageError } from '../document/i18n';
import type { InventoryRow } from './annex1';
import { buildManifest, slugFor } from './defaults';
import { indexByNumber, manifestFileName } from './import';
import { dispositionFor } from './recommendation';
import { renderScaffold } from './render';

/** What `envcloud new` is asked for. */
export interface NewOptions {
  number?: number;
  name?: string;
  managingUnit?: string;
  reportingUnit?: string;
  outcome?: Outcome;
  businessSystem?: BusinessSystem;
  slug?: string;
  dir: string;
  /** The day the system is scaffolded on, YYYY-MM-DD (`--as-of`; default today in China): a new system's dates count from it. */
  asOf?: string;
}

/** The plan's first deadline (Annex 3: 2017年10月底, the opinion forms and the zombie clean-up). */
const PLAN_FIRST_DEADLINE = ANNEX3_MILESTONES.map((milestone) => milestone.due)
  .filter((due): due is string => due !== undefined)
  .sort()[0]!;

function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

function lastDayOfMonth(index: number): string {
  const year = Math.floor(index / 12);
  const month = index % 12;
  return new Date(Date.UTC(year, month + 1, 0)).toISOString().slice(0, 10);
}

/**
 * A plan date (a month's last day, Annex 3) moved for a system scaffolded on `asOf`: the plan's
 * intervals are kept, counted so that its first deadline (2017-10-31) falls at the end of the month
 * after `asOf`; 2017-12-31 falls three months after it, 2018-06-30 nine. The result is always after `asOf`.
 */
export function planDateAsOf(planDate: string, asOf: string): string {
  return lastDayOfMonth(monthIndex(asOf) + 1 + monthIndex(planDate) - monthIndex(PLAN_FIRST_DEADLINE));
}

/**
 * A new system's deadline and its data resources' publication dates, moved from the plan's 2017/2018
 * dates to dates after `asOf` (a system scaffolded today is not overdue at once). Annex 1 systems keep
 * the plan's dates, as the importer writes them.
 */
export function datedAsOf(manifest: SystemMigration, asOf: string): SystemMigration {
  const { spec } = manifest;
  return {
    ...manifest,
    spec: {
      ...spec,
      schedule: { ...spec.schedule, deadline: planDateAsOf(spec.schedule.deadline, asOf) },
      ...(spec.dataResources
        ? {
            dataResources: spec.dataResources.map((resource) => ({
              ...resource,
              publishedOn: planDateAsOf(resource.publishedOn, asOf),
            })),
          }
        : {}),
    },
  };
}

/**
 * The first number after the Annex 1 systems and every manifest already written; past the largest a
 * system can have (99999, taken by a draft), the lowest free one after Annex 1's (it threw: exit 70).
 */
export function nextFreeNumber(used: Iterable<number>, inventory: readonly InventoryRow[]): number {
  const taken = new Set(used);
  let highest = 0;
  for (const number of taken) highest = Math.max(highest, number);
  let annex1 = 0;
  for (const row of inventory) annex1 = Math.max(annex1, row.number);
  highest = Math.max(highest, annex1);
  if (highest < MAX_SYSTEM_NUMBER) return highest + 1;
  for (let number = annex1 + 1; number <= MAX_SYSTEM_NUMBER; number++) if (!taken.has(number)) return number;
  throw usageError(msg('usage.new.no-free-number', { max: MAX_SYSTEM_NUMBER }));
}

/** The numbers the working folder's manifests/ holds, when `dir` is another folder. */
function numbersInManifests(dir: string): number[] {
  return resolve(dir) === resolve(MANIFESTS_DIR) ? [] : [...indexByNumber(MANIFESTS_DIR).keys()];
}

const MANIFESTS_DIR = 'manifests';

/** Builds the scaffold `envcloud new` would write; throws UsageError for contradictory or missing flags. */
export function planScaffold(
  options: NewOptions,
  inventory: readonly InventoryRow[],
): { file: string; content: string; number: number } {
  // The slug names the file: checked before anything is read or written, so `../../x` never leaves the folder.
  if (options.slug !== undefined && !SLUG_PATTERN.test(options.slug)) {
    throw usageError(msg('usage.new.slug', { slug: options.slug }));
  }
  if (options.number !== undefined && options.number > MAX_SYSTEM_NUMBER)
    throw usageError(msg('usage.new.number-range', { number: String(options.number), max: MAX_SYSTEM_NUMBER }));
  const existing = indexByNumber(options.dir);
  const row =
    options.number !== undefined ? inventory.find((candidate) => candidate.number === options.number) : undefined;

  if (options.number !== undefined && existing.has(options.number)) {
    throw usageError(
      msg('usage.new.exists', {
        number: String(options.number),
        file: join(options.dir, existing.get(options.number)!),
      }),
    );
  }
  let facts;
  const fromAnnex1 = row !== undefined && !options.name;
  if (row && !options.name) {
    facts = {
      ...row,
      disposition: dispositionFor(row.recommendation)!,
      recommendation: row.recommendation,
      ...(options.slug ? { slug: options.slug } : {}),
    };
  } else {
    const missing = (['name', 'managingUnit', 'outcome'] as const).filter((flag) => !options[flag]);
    if (missing.length > 0) {
      const flags = missing.map((flag) => `--${flag.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
      throw usageError(
        options.number !== undefined
          ? msg('usage.new.not-annex1', { number: String(options.number), flags: flags.join(', ') })
          : msg('usage.new.needs', { flags: flags.join(', ') }),
      );
    }
    if (options.outcome === 'merge' && !options.businessSystem) {
      throw usageError(msg('usage.new.business-system', { systems: BUSINESS_SYSTEMS.join(', ') }));
    }
    // A draft written elsewhere (`--dir drafts`) takes a number free in manifests/ too: 183 was picked
    // beside manifests/s183-….yaml, and the two then failed unique-number together.
    const number =
      options.number ?? nextFreeNumber([...existing.keys(), ...numbersInManifests(options.dir)], inventory);
    facts = {
      number,
      name: options.name!,
      managingUnit: options.managingUnit!,
      reportingUnit: options.reportingUnit ?? options.managingUnit!,
      disposition: {
        outcome: options.outcome!,
        ...(options.businessSystem ? { businessSystem: options.businessSystem } : {}),
      },
      slug: options.slug ?? slugFor(number, options.name!),
    };
  }
  const built = buildManifest(facts).manifest;
  const manifest = fromAnnex1 || options.asOf === undefined ? built : datedAsOf(built, options.asOf);
  const file = join(options.dir, manifestFileName(manifest.metadata.slug));
  // A derived slug is safe by construction; this holds whatever the slug came from.
  if (relative(resolve(options.dir), resolve(file)).startsWith('..') || dirname(resolve(file)) !== resolve(options.dir))
    throw usageError(msg('usage.new.outside', { file, dir: options.dir }));
  return { file, content: renderScaffold(manifest), number: manifest.metadata.number };
}
