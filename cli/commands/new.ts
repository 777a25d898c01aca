import { Command, Option } from 'commander';
import { join, relative } from 'node:path';
import { BUSINESS_SYSTEMS, OUTCOMES, type BusinessSystem, type Outcome } from '../../model/domain';
import { readInventory, type InventoryRow } from '../../inventory/annex1';
import { buildManifest, slugFor } from '../../inventory/defaults';
import { indexByNumber, manifestFileName } from '../../inventory/import';
import { dispositionFor } from '../../inventory/recommendation';
import { renderScaffold } from '../../inventory/render';
import { UsageError } from '../../validation/files';
import { validatePaths } from '../../validation/validate';
import { formatReport } from '../format';
import { parsePositiveInteger } from '../options';
import { createFileExclusive } from '../write';

export interface NewOptions {
  number?: number;
  name?: string;
  managingUnit?: string;
  reportingUnit?: string;
  outcome?: Outcome;
  businessSystem?: BusinessSystem;
  slug?: string;
  dir: string;
}

/** The first number after the Annex 1 systems and every manifest already written. */
export function nextFreeNumber(used: Iterable<number>, inventory: readonly InventoryRow[]): number {
  let highest = 0;
  for (const number of used) highest = Math.max(highest, number);
  for (const row of inventory) highest = Math.max(highest, row.number);
  return highest + 1;
}

/** Builds the scaffold `envcloud new` would write; throws UsageError for contradictory or missing flags. */
export function planScaffold(options: NewOptions, inventory: readonly InventoryRow[]): { file: string; content: string; number: number } {
  const existing = indexByNumber(options.dir);
  const row = options.number !== undefined ? inventory.find((candidate) => candidate.number === options.number) : undefined;

  if (options.number !== undefined && existing.has(options.number)) {
    throw new UsageError(`system ${options.number} already has a manifest: ${join(options.dir, existing.get(options.number)!)} (envcloud new never overwrites; edit that file)`);
  }
  let facts;
  if (row && !options.name) {
    facts = { ...row, disposition: dispositionFor(row.recommendation)!, recommendation: row.recommendation, ...(options.slug ? { slug: options.slug } : {}) };
  } else {
    const missing = (['name', 'managingUnit', 'outcome'] as const).filter((flag) => !options[flag]);
    if (missing.length > 0) {
      const flags = missing.map((flag) => `--${flag.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
      throw new UsageError(
        options.number !== undefined
          ? `${options.number} is not an Annex 1 inventory number; a new system needs ${flags.join(', ')}`
          : `a new system needs ${flags.join(', ')} (or --number N for an Annex 1 system)`,
      );
    }
    if (options.outcome === 'merge' && !options.businessSystem) {
      throw new UsageError(`--outcome merge needs --business-system (one of ${BUSINESS_SYSTEMS.join(', ')})`);
    }
    const number = options.number ?? nextFreeNumber(existing.keys(), inventory);
    facts = {
      number,
      name: options.name!,
      managingUnit: options.managingUnit!,
      reportingUnit: options.reportingUnit ?? options.managingUnit!,
      disposition: { outcome: options.outcome!, ...(options.businessSystem ? { businessSystem: options.businessSystem } : {}) },
      slug: options.slug ?? slugFor(number, options.name!),
    };
  }
  const { manifest } = buildManifest(facts);
  return { file: join(options.dir, manifestFileName(manifest.metadata.slug)), content: renderScaffold(manifest), number: manifest.metadata.number };
}

export function newCommand(): Command {
  return new Command('new')
    .description('Scaffold a migration manifest, from an Annex 1 inventory number or from flags. Never overwrites a file.')
    .option('-n, --number <number>', 'inventory number (1–182 take their facts from Annex 1)', parsePositiveInteger)
    .option('--name <name>', 'Chinese name of a new system')
    .option('--managing-unit <unit>', 'unit that manages the system (系统管理单位)')
    .option('--reporting-unit <unit>', 'unit that reports the system (系统填报单位); defaults to the managing unit')
    .addOption(new Option('--outcome <outcome>', 'disposition of the system').choices(OUTCOMES))
    .addOption(new Option('--business-system <system>', 'business system a merged system joins').choices(BUSINESS_SYSTEMS))
    .option('--slug <slug>', 'DNS-safe identifier (default: s<number>-<pinyin initials>)')
    .option('--dir <dir>', 'manifests folder', 'manifests')
    .addHelpText(
      'after',
      `
Examples:
  envcloud new --number 27
  envcloud new --name 排污许可移动执法系统 --managing-unit 环境监察局 --outcome merge --business-system inspection-enforcement`,
    )
    .action(async (options: NewOptions) => {
      const plan = planScaffold(options, readInventory());
      if (!createFileExclusive(plan.file, plan.content)) {
        throw new UsageError(`${plan.file} already exists (envcloud new never overwrites; choose another --slug or edit that file)`);
      }
      const report = await validatePaths([plan.file]);
      process.stdout.write(`created ${relative(process.cwd(), plan.file) || plan.file} for system ${plan.number}\n`);
      process.stdout.write('confirm the fields listed under metadata.defaulted, then run `envcloud validate`\n');
      if (report.findings.length > 0) process.stdout.write(formatReport(report, 'text'));
    });
}
