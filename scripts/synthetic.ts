// Shared by the benchmarks (scripts/bench-validate.ts, scripts/bench.ts, scripts/bench-waves.ts): synthetic
// manifests derived from Annex 1, clean or with a realistic share of mistakes, so every benchmark measures the
// same files. How a tool is run and measured is scripts/bench-measure.ts; the report's table, scripts/bench-report.ts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError } from './bench-measure';
import { readInventory, type InventoryRow } from '../inventory/annex1';
import { buildManifest, type SystemFacts } from '../inventory/defaults';
import { manifestFileName } from '../inventory/import';
import { dispositionFor } from '../inventory/recommendation';
import { renderImported } from '../inventory/render';
import type { SystemMigration } from '../model/domain';
import { functionSignature, similarGroups } from '../validation/rules/duplicate-construction';

/** Topic characters are drawn from the first 2,000 CJK ideographs, a vocabulary the size of real names'. */
const TOPIC_VOCABULARY = 2000;
const CJK_START = 0x4e00;

/**
 * Eight characters derived from the number, put in front of the Annex 1 name. Real systems differ in
 * what they do; without this, 55 copies of each Annex 1 name would be near-duplicates and the
 * benchmark would measure the printing of tens of thousands of duplicate-construction warnings.
 */
function topicFor(number: number): string {
  let topic = '';
  let hash = number;
  for (let i = 0; i < 8; i++) {
    hash = Math.imul(hash ^ (hash >>> 13), 0x5bd1e995) >>> 0;
    // The first two characters spell the number (unique below four million), the rest are hashed.
    const digit = i < 2 ? Math.floor(number / TOPIC_VOCABULARY ** i) % TOPIC_VOCABULARY : hash % TOPIC_VOCABULARY;
    topic += String.fromCodePoint(CJK_START + digit);
  }
  return topic;
}

/**
 * The facts of the `index`-th synthetic system: Annex 1 rows in turn, each given a fresh number and a
 * name carrying it, so numbers, slugs (derived from number and name) and data resource names (derived
 * from the name) are unique and the unique-number, unique-slug and one-data-one-source rules pass.
 */
function syntheticFacts(rows: readonly InventoryRow[], index: number): SystemFacts {
  const row = rows[index % rows.length]!;
  const disposition = dispositionFor(row.recommendation);
  if (!disposition)
    throw new BenchError(`inventory row ${row.number} has an unknown recommendation "${row.recommendation}"`);
  const number = index + 1;
  return {
    number,
    name: `${topicFor(number)}${row.name}`,
    managingUnit: row.managingUnit,
    reportingUnit: row.reportingUnit,
    disposition,
    recommendation: row.recommendation,
    nameIsShared: false,
  };
}

/**
 * ajv-cli reads YAML with js-yaml 3 (YAML 1.1), which turns an unquoted `2017-12-31` into a Date, so it
 * would reject every manifest's date fields as "must be string" and spend its time printing errors.
 * A quoted date is the same string in YAML 1.1 and 1.2, so both tools see the same data and do the same work.
 */
function quoteDates(text: string): string {
  return text.replace(/^(\s*[A-Za-z]+: )(\d{4}-\d{2}-\d{2})$/gm, "$1'$2'");
}

/**
 * Writes `count` manifests the way `npm run import:inventory` would, one file per system. Fails if two
 * systems would share a number or a slug: a second file would silently overwrite the first (same
 * slug, same file name) or the validator would reject the set, and the benchmark would time the wrong thing.
 */
export function writeSyntheticManifests(dir: string, count: number): void {
  writeManifests(dir, count, readInventory(), (rows, index) => ({ facts: syntheticFacts(rows, index) }));
}

/** One synthetic system: its facts, and the mistake its unit made (if any). */
interface SyntheticSystem {
  facts: SystemFacts;
  mistake?: Mistake;
}

function writeManifests(
  dir: string,
  count: number,
  rows: readonly InventoryRow[],
  systemAt: (rows: readonly InventoryRow[], index: number) => SyntheticSystem,
): void {
  const numbers = new Set<number>();
  const slugs = new Set<string>();
  for (let index = 0; index < count; index++) {
    const { facts, mistake } = systemAt(rows, index);
    const { manifest } = buildManifest(facts);
    const { number, slug } = manifest.metadata;
    if (numbers.has(number)) throw new BenchError(`synthetic system ${index + 1} repeats number ${number}`);
    if (slugs.has(slug)) throw new BenchError(`synthetic system ${index + 1} repeats slug ${slug}`);
    numbers.add(number);
    slugs.add(slug);
    writeFileSync(
      join(dir, manifestFileName(slug)),
      quoteDates(renderImported(mistake ? mistake.make(manifest) : manifest)),
    );
  }
}

// ---- synthetic manifests with realistic findings -------------------------------------------------

/** Share of files in a realistic set that carry one mistake (a few percent, as submitted files do). */
export const REALISTIC_ERROR_RATE = 0.03;

/** A mistake a unit makes in its manifest, and the finding it earns. */
interface Mistake {
  name: string;
  make(manifest: SystemMigration): SystemMigration;
}

const copy = (manifest: SystemMigration): SystemMigration => JSON.parse(JSON.stringify(manifest)) as SystemMigration;

/**
 * The mistakes, in turn: schema errors (which take validate's full-parser path, with did-you-mean) and
 * one rule error (which a schema-only tool cannot see).
 */
const MISTAKES: readonly Mistake[] = [
  {
    name: 'enum value misspelt (schedule.status: in-progres)',
    make: (manifest) => {
      const next = copy(manifest);
      (next.spec.schedule as { status: string }).status = 'in-progres';
      return next;
    },
  },
  {
    name: 'key misspelt (metadata.reportUnit for reportingUnit)',
    make: (manifest) => {
      const next = copy(manifest);
      // Renamed in place, so the key keeps its line.
      next.metadata = Object.fromEntries(
        Object.entries(next.metadata).map(([key, value]) => [key === 'reportingUnit' ? 'reportUnit' : key, value]),
      ) as unknown as SystemMigration['metadata'];
      return next;
    },
  },
  {
    name: 'number out of range (protection.mlpsLevel: 5)',
    make: (manifest) => {
      const next = copy(manifest);
      next.spec.protection.mlpsLevel = 5;
      return next;
    },
  },
  {
    name: 'date that does not exist (schedule.deadline: 2018-02-30)',
    make: (manifest) => {
      const next = copy(manifest);
      next.spec.schedule.deadline = '2018-02-30';
      return next;
    },
  },
  {
    name: 'Annex 2 zombie answer contradicting the outcome (rule zombie-matches-disposition)',
    make: (manifest) => {
      const next = copy(manifest);
      next.spec.integration.zombie = !next.spec.integration.zombie;
      return next;
    },
  },
];

/** What a realistic set holds, so a benchmark can check the tool found what was put there. */
export interface RealisticSet {
  files: number;
  /** Files given one mistake each (none of them a member of a duplicate group). */
  filesWithErrors: number;
  /** Files per mistake, by its name. */
  mistakes: Record<string, number>;
  /** Groups of near-duplicate systems: one duplicate-construction warning each. */
  duplicateGroups: number;
  /** Systems in those groups. */
  duplicateMembers: number;
}

/**
 * The groups of alike systems in Annex 1 as the duplicate-construction rule forms them (the same
 * outcomes compared, the same signatures), as lists of inventory row indexes: 7 groups of 15 systems.
 */
export function annex1DuplicateGroups(rows: readonly InventoryRow[]): number[][] {
  const compared = rows.flatMap((row, index) => {
    const outcome = dispositionFor(row.recommendation)?.outcome;
    return outcome === undefined ||
      outcome === 'decommission' ||
      outcome === 'already-integrated' ||
      outcome === 'website-cluster'
      ? []
      : [index];
  });
  const signatures = compared.map((index) =>
    functionSignature(rows[index]!.name, [rows[index]!.managingUnit, rows[index]!.reportingUnit]),
  );
  return similarGroups(signatures).map((group) => group.members.map((member) => compared[member]!));
}

/**
 * Writes `count` manifests like writeSyntheticManifests, but with the findings real submissions have:
 * each run of Annex 1's rows keeps Annex 1's near-duplicates (the members of a group share one topic, so
 * they stay alike: 7 duplicate-construction warnings per 182 systems, Annex 1's own rate), and
 * REALISTIC_ERROR_RATE of the other files carry one mistake each, the kinds in turn, spread evenly.
 */
export function writeRealisticManifests(dir: string, count: number): RealisticSet {
  const rows = readInventory();
  const groups = annex1DuplicateGroups(rows);
  const firstOfGroup = new Map<number, number>();
  for (const group of groups) for (const member of group) firstOfGroup.set(member, group[0]!);
  const nameCounts = new Map<string, number>();
  for (const row of rows) nameCounts.set(row.name, (nameCounts.get(row.name) ?? 0) + 1);

  const set: RealisticSet = { files: count, filesWithErrors: 0, mistakes: {}, duplicateGroups: 0, duplicateMembers: 0 };
  // Groups with at least two members written (the last run of rows may stop inside a group).
  for (let start = 0; start < count; start += rows.length) {
    for (const group of groups) {
      const written = group.filter((member) => start + member < count).length;
      if (written >= 2) {
        set.duplicateGroups++;
        set.duplicateMembers += written;
      }
    }
  }
  const others = count - set.duplicateMembers;
  let other = 0;
  writeManifests(dir, count, rows, (rows, index) => {
    const facts = syntheticFacts(rows, index);
    const row = index % rows.length;
    const first = firstOfGroup.get(row);
    if (first !== undefined) {
      // The group's topic is its first member's in this run of rows; identical Annex 1 names keep their
      // data resources apart by unit, as the importer does.
      return {
        facts: {
          ...facts,
          name: `${topicFor(index - row + first + 1)}${rows[row]!.name}`,
          nameIsShared: (nameCounts.get(rows[row]!.name) ?? 0) > 1,
        },
      };
    }
    // The k-th of the other files has a mistake when floor(k · rate) steps up: evenly spread, about rate · others in all.
    const k = other++;
    if (Math.floor((k + 1) * REALISTIC_ERROR_RATE) === Math.floor(k * REALISTIC_ERROR_RATE) || others === 0)
      return { facts };
    const mistake = MISTAKES[set.filesWithErrors % MISTAKES.length]!;
    set.filesWithErrors++;
    set.mistakes[mistake.name] = (set.mistakes[mistake.name] ?? 0) + 1;
    return { facts, mistake };
  });
  return set;
}
