import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { currentLanguage, msg, t, usageError, type MessageId } from '../../document/i18n';
import { languageOption, parseDate, parseYear } from '../options';
import { stageOutputDir } from '../output-dir';
import { startProgress } from '../progress';
import { writeFileAtomic } from '../write';
import { EXIT_VALID } from '../exit-codes';
import { afterHelp, examplesHelp, exitStatusHelp } from '../help';

interface ReportOptions {
  stack?: string;
  out: string;
  lang: 'zh' | 'en';
  force: boolean;
  asOf?: string;
  year?: number;
}

/** The language of report's messages and reports unless --lang says otherwise, whatever the locale: they are for the ministry. */
export const REPORT_LANGUAGE = 'zh';

export function reportCommand(): Command {
  const lang = currentLanguage();
  const h = (id: MessageId) => t(lang, id);
  return new Command('report')
    .description(h('help.report.description'))
    .option('-s, --stack <name>', h('help.report.stack'))
    .requiredOption('-o, --out <dir>', h('help.report.out'))
    .addOption(languageOption({ lang: REPORT_LANGUAGE, description: 'option.lang-report' }))
    .option('--as-of <date>', h('help.report.as-of'), parseDate)
    .option('--year <yyyy>', h('help.report.year'), parseYear)
    .option('--force', h('help.opt.force-folder'), false)
    .addHelpText(
      'after',
      afterHelp(
        h('help.report.writes'),
        exitStatusHelp(lang, { 0: 'help.report.exit.0', 1: 'help.report.exit.1', 2: 'help.report.exit.2' }),
        examplesHelp(lang, [['report --out build/report'], ['report --stack prod --out build/report --lang en']]),
      ),
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
  const [{ buildReport, DEFAULT_CENTERS }, { validatePaths }, { todayInChina }] = await Promise.all([
    import('../../reports/build'),
    import('../../validation/validate'),
    import('../../model/calendar'),
  ]);
  const asOf = options.asOf ?? todayInChina();
  const progress = startProgress('report', options.stack ? 6 : 4);
  // The manifests, sharing requests (sharing/) and data corrections (corrections/) validated together on the
  // report's day, as `validate --as-of` judges them. A file validate refuses stops the report (left out, an
  // overdue request vanished from the figures); lateness is what the report counts, not a fault.
  const folders = ['sharing', 'corrections'].filter((folder) => existsSync(folder));
  const nearYaml = new Set<string>();
  const validation = await validatePaths(['manifests', ...folders], { asOf, nearYaml });
  // A request saved as `sr-….yaml.txt` is in no figure: said, as validate says it.
  (await import('./validate')).sayNearYaml(nearYaml, options.lang);
  const { isFault } = await import('../../validation/rules');
  const faults = validation.findings.filter(isFault);
  if (faults.length > 0) throw new (await import('../../engine/offline')).ManifestErrors(faults.length, faults[0]);
  // Every manifest: the catalog requests and corrections are judged against, whatever the stack deploys.
  const catalog = validation.manifests.map((entry) => entry.manifest);
  let input: Parameters<typeof buildReport>[0];
  if (options.stack) {
    const { auditStack } = await import('../../audit/stack');
    const { run, report } = await auditStack(process.cwd(), { stack: options.stack, asOf, onStep: progress.step });
    // The centers of the stack file the run read: not read a third time.
    const centers = run.stackFile.platform.centers;
    input = { systems: run.systems, catalog, centers, asOf, lang: options.lang, stack: options.stack, audit: report };
  } else {
    input = { systems: catalog, centers: DEFAULT_CENTERS, asOf, lang: options.lang };
  }
  const requests = folders.includes('sharing') ? validation.requests.map((entry) => entry.request) : undefined;
  const corrections = folders.includes('corrections')
    ? validation.corrections.map((entry) => entry.correction)
    : undefined;
  const files = await buildReport({
    ...input,
    ...(requests ? { requests } : {}),
    ...(corrections ? { corrections } : {}),
    ...(options.year !== undefined ? { year: options.year } : {}),
    onStep: progress.step,
  });
  for (const [path, content] of files) writeFileAtomic(join(out, path), content);
  progress.done();
  return files.size;
}
