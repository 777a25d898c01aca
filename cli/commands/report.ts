import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { msg, t, usageError } from '../../document/i18n';
import { languageOption, parseDate, parseYear } from '../options';
import { stageOutputDir } from '../output-dir';
import { startProgress } from '../progress';
import { writeFileAtomic } from '../write';
import { EXIT_VALID, exitStatusHelp, PREFLIGHT_FINDINGS, STACK_INPUT_ERRORS } from '../exit-codes';

interface ReportOptions {
  stack?: string;
  out: string;
  lang: 'zh' | 'en';
  force: boolean;
  asOf?: string;
  year?: number;
}

export function reportCommand(): Command {
  return new Command('report')
    .description(
      'Write the reports people read: assessment metrics, the resource catalog, annual reports, the topology picture and a static HTML dashboard.',
    )
    .option(
      '-s, --stack <name>',
      'also run this stack offline and include its audit (prod, onprem, dev); its systems only',
    )
    .requiredOption('-o, --out <dir>', 'folder to write (new, empty, or written by envcloud before)')
    .addOption(languageOption({ lang: 'zh', description: 'option.lang-report' }))
    .option('--as-of <date>', 'judge deadlines and waivers on this day (YYYY-MM-DD); default today', parseDate)
    .option(
      '--year <yyyy>',
      'year the annual report covers; default: the year before in January (the report is due by the end of January), else the current year so far',
      parseYear,
    )
    .option('--force', 'write into a non-empty folder envcloud did not create', false)
    .addHelpText(
      'after',
      `
Writes: metrics.json, annual-report/*.md (overall and per unit), catalog.csv and catalog.json,
sharing.json and sharing.html (when sharing/ exists),
topology.svg, index.html with assets/ and systems/*.html (open index.html from disk; no server, no
network), and audit.json with --stack.
annex2/unit-NN.html and annex2/unit-NN.csv: each unit's Annex 2 opinion form (附2 信息系统整合共享部门意见表),
filled on --as-of, one row per system (a jointly managed system on each of its units' forms), NN as in
annual-report/unit-NN.md; the HTML prints on A4 landscape, the CSV (UTF-8 with BOM) opens in WPS and Excel.

${exitStatusHelp({
  0: 'wrote the reports (with --stack, whatever its audit found: the reports show it)',
  1: `with --stack: ${PREFLIGHT_FINDINGS}`,
  2: `${STACK_INPUT_ERRORS}, a bad --as-of or --year, an --out folder envcloud did not write without --force`,
})}

Examples:
  envcloud report --out build/report
  envcloud report --stack prod --out build/report --lang en`,
    )
    .action(async (options: ReportOptions) => {
      // Checked before the folder is claimed: a usage error leaves nothing behind.
      const asOfYear = Number((options.asOf ?? new Date().toISOString()).slice(0, 4));
      if (options.year !== undefined && options.year > asOfYear)
        throw usageError(msg('report.year-after-as-of', { year: options.year, asOfYear }));
      // Written aside and swapped in at the end, as preview does: a removed system's page stayed behind
      // when runs wrote into the folder in place, and a failed run now leaves the last reports whole.
      const staged = stageOutputDir(resolve(options.out), options.force);
      let written: number;
      try {
        written = await reportInto(staged.path, options);
      } catch (error) {
        staged.discard();
        throw error;
      }
      staged.commit();
      const index = join(options.out, 'index.html');
      const wrote = { count: written, out: options.out, index, stack: options.stack ?? 'none' };
      process.stderr.write(`${t(options.lang, 'report.wrote', wrote)}\n`);
      process.exitCode = EXIT_VALID;
    });
}

/** Builds every report and writes it into `out`; answers how many files it wrote. */
async function reportInto(out: string, options: ReportOptions): Promise<number> {
  const [{ buildReport, DEFAULT_CENTERS }, { validatePaths }, { todayUtc }] = await Promise.all([
    import('../../reports/build'),
    import('../../validation/validate'),
    import('../../policies/pack'),
  ]);
  const asOf = options.asOf ?? todayUtc();
  const progress = startProgress('report', options.stack ? 6 : 4);
  let input: Parameters<typeof buildReport>[0];
  if (options.stack) {
    const { auditStack } = await import('../../audit/stack');
    const { run, report } = await auditStack(process.cwd(), { stack: options.stack, asOf, onStep: progress.step });
    // The centers of the stack file the run read: not read a third time.
    const centers = run.stackFile.platform.centers;
    input = { systems: run.systems, centers, asOf, lang: options.lang, stack: options.stack, audit: report };
  } else {
    const validation = await validatePaths(['manifests']);
    if (validation.errors > 0) throw new (await import('../../engine/offline')).ManifestErrors(validation.errors);
    input = {
      systems: validation.manifests.map((entry) => entry.manifest),
      centers: DEFAULT_CENTERS,
      asOf,
      lang: options.lang,
    };
  }
  // The sharing requests with their answers (sharing/), for the sharing section and page; a request that
  // does not pass its schema is left out here (validate reports it).
  const requests = existsSync('sharing')
    ? (await validatePaths(['sharing'], { asOf })).requests.map((entry) => entry.request)
    : undefined;
  const files = await buildReport({
    ...input,
    ...(requests ? { requests } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    onStep: progress.step,
  });
  for (const [path, content] of files) writeFileAtomic(join(out, path), content);
  progress.done();
  return files.size;
}
