import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditReport } from '../audit/model';
import { packageRoot } from '../model/paths';
import type { SystemMigration } from '../model/domain';
import type { CenterConfig } from '../stacks/config';
import { annualReports } from './annual-report';
import { catalogCsv, resourceCatalog } from './catalog';
import { systemPagePath } from './dashboard/page';
import { dataScript, indexPage, systemPage } from './dashboard/pages';
import { SHARING_PAGE, sharingPage } from './dashboard/sharing-page';
import type { Language } from './labels';
import { assessmentMetrics } from './metrics';
import { sharingFigures } from './sharing';
import { reportPeriod } from './period';
import type { SharingRequest } from '../model/sharing-request.generated';
import type { DataCorrection } from '../model/data-correction.generated';
import { topologySvg } from './topology';
import { annex2Forms } from './annex2';
import { escapeNonPrintable, escapeNonPrintableJson } from '../document/printable';
import { msg, type Message } from '../document/i18n';

export interface ReportInput {
  systems: readonly SystemMigration[];
  centers: readonly Pick<CenterConfig, 'name' | 'role' | 'region'>[];
  asOf: string;
  /** The year the annual report covers; default from asOf (reportPeriod: in January, the year before). */
  year?: number;
  lang: Language;
  stack?: string;
  /**
   * Every manifest of the project: the catalog the sharing figures judge requests and corrections against.
   * Default `systems`; `report --stack` reports the stack's systems, but a request to a system of another
   * stack was counted as naming no resource, without a time limit.
   */
  catalog?: readonly SystemMigration[];
  audit?: AuditReport;
  /** The sharing requests of sharing/ (with their answers): the sharing section, page and sharing.json, for the requests submitted in the year reported. */
  requests?: readonly SharingRequest[];
  /** The data corrections of corrections/ (with their answers): those reported in the year reported, counted per providing unit on the sharing page and in sharing.json. */
  corrections?: readonly DataCorrection[];
  /** Called as each part is done, for progress display. */
  onStep?: (label: Message) => void;
}

/** The centers a stack-less report draws: one of each role. */
export const DEFAULT_CENTERS: ReportInput['centers'] = [
  { name: 'primary', role: 'primary' },
  { name: 'same-city', role: 'same-city' },
  { name: 'remote', role: 'remote' },
];

const ASSETS = ['dashboard.css', 'dashboard.js'];

/** Every file of the report folder, by its path in the folder; nothing is written here. */
export async function buildReport(input: ReportInput): Promise<Map<string, string>> {
  const step = input.onStep ?? (() => undefined);
  const files = new Map<string, string>();
  const metrics = assessmentMetrics(input.systems, input.asOf);
  files.set('metrics.json', `${JSON.stringify(metrics, null, 2)}\n`);
  step(msg('progress.metrics'));
  const catalog = resourceCatalog(input.systems, input.asOf);
  files.set('catalog.json', `${JSON.stringify(catalog, null, 2)}\n`);
  files.set('catalog.csv', catalogCsv(catalog, input.lang));
  const sharing =
    input.requests || input.corrections
      ? sharingFigures(
          input.requests ?? [],
          input.catalog ?? input.systems,
          input.asOf,
          input.corrections,
          reportPeriod(input.asOf, input.year).year,
        )
      : undefined;
  if (sharing) files.set('sharing.json', `${JSON.stringify(sharing, null, 2)}\n`);
  // A final report covers its year: its figures are those of the year's last day, not of the day it is made
  // (the 2018 report made on 20 January 2019 counted an item published on 15 January 2019).
  const period = reportPeriod(input.asOf, input.year);
  const yearEnd = `${period.year}-12-31`;
  const annual = period.final && yearEnd < input.asOf ? assessmentMetrics(input.systems, yearEnd) : metrics;
  for (const [name, text] of Object.entries(annualReports(annual, input.lang, input.year, sharing, input.asOf)))
    files.set(`annual-report/${name}`, text);
  // Annex 2's opinion form per unit (附2 意见表), filled on the as-of day, numbered as annual-report/unit-NN.md.
  for (const [name, text] of Object.entries(annex2Forms(input.systems, input.asOf))) files.set(`annex2/${name}`, text);
  step(msg('progress.catalog'));
  files.set(
    'topology.svg',
    await topologySvg({ centers: input.centers, systems: input.systems, lang: input.lang, systemHref: systemPagePath }),
  );
  step(msg('progress.topology'));
  if (input.audit) files.set('audit.json', `${JSON.stringify(input.audit, null, 2)}\n`);
  const dashboard = {
    metrics,
    systems: input.systems,
    lang: input.lang,
    ...(input.audit ? { audit: input.audit } : {}),
    ...(input.stack ? { stack: input.stack } : {}),
    ...(sharing ? { sharing } : {}),
  };
  if (sharing) files.set(SHARING_PAGE, sharingPage(sharing, dashboard));
  files.set('index.html', indexPage(dashboard));
  files.set('assets/data.js', dataScript(dashboard));
  for (const asset of ASSETS)
    files.set(`assets/${asset}`, readFileSync(join(packageRoot(), 'reports/dashboard/assets', asset), 'utf8'));
  for (const manifest of input.systems)
    files.set(systemPagePath(manifest.metadata.slug), systemPage(manifest, dashboard));
  step(msg('progress.dashboard'));
  return escapeFiles(files);
}

/**
 * No raw control, bidirectional or zero-width character in any report: validate refuses them in
 * manifests, and this holds whatever reaches a report (U+202E in a name reversed it in index.html and
 * catalog.csv). JSON and the data script keep the same data as `\uXXXX`; the rest show `\u{202E}`.
 * The catalog's byte-order mark is the one such character meant to be there.
 */
function escapeFiles(files: Map<string, string>): Map<string, string> {
  for (const [path, content] of files) {
    if (/\.(json|js)$/.test(path)) files.set(path, escapeNonPrintableJson(content));
    else if (content.startsWith('\uFEFF')) files.set(path, `\uFEFF${escapeNonPrintable(content.slice(1))}`);
    else files.set(path, escapeNonPrintable(content));
  }
  return files;
}
