import { Command, Option } from 'commander';
import { relative, resolve } from 'node:path';
import { BUSINESS_SYSTEMS, OUTCOMES } from '../../model/domain';
import type { NewOptions } from '../../inventory/scaffold';
import { currentLanguage, msg, t, usageError } from '../../document/i18n';
import { today, validateSources } from '../../validation/validate';
import { formatReport } from '../format';
import { EXIT_FINDINGS, exitStatusHelp } from '../exit-codes';
import { parseDate, parsePositiveInteger } from '../options';
import { createFileExclusive, writingTo } from '../write';

export function newCommand(): Command {
  return new Command('new')
    .description(
      'Scaffold a migration manifest, from an Annex 1 inventory number or from flags. Never overwrites a file.',
    )
    .option('-n, --number <number>', 'inventory number (1–182 take their facts from Annex 1)', parsePositiveInteger)
    .option('--name <name>', 'Chinese name of a new system')
    .option('--managing-unit <unit>', 'unit that manages the system (系统管理单位)')
    .option('--reporting-unit <unit>', 'unit that reports the system (系统填报单位); defaults to the managing unit')
    .addOption(new Option('--outcome <outcome>', 'disposition of the system').choices(OUTCOMES))
    .addOption(
      new Option('--business-system <system>', 'business system a merged system joins').choices(BUSINESS_SYSTEMS),
    )
    .option('--slug <slug>', 'DNS-safe identifier (default: s<number>-<pinyin initials>)')
    .option('--dir <dir>', 'manifests folder', 'manifests')
    .option(
      '--as-of <date>',
      "day the system is scaffolded on, YYYY-MM-DD: a new system's deadline and publication dates fall after it (default: today in China)",
      parseDate,
    )
    .addHelpText(
      'after',
      `
${exitStatusHelp({
  0: 'created the manifest (it validates)',
  1: 'refused: the manifest these flags describe does not validate; its findings are printed and nothing is written',
  2: 'usage error: missing or unknown flags, an unknown inventory number, the file already exists',
})}

A system of Annex 1 (--number 1–182) keeps the plan's dates (2017/2018). A new system's deadline and
publication dates keep the plan's intervals, counted from --as-of: the plan's first deadline (2017-10-31)
becomes the end of the month after it.
The manifest is validated before it is written: a manifest with errors is never written.

Examples:
  envcloud new --number 27 --dir drafts   (Annex 1 no. 27 into drafts/, as if its file were deleted)
  envcloud new --name 排污许可移动执法系统 --managing-unit 环境监察局 --outcome merge --business-system inspection-enforcement`,
    )
    .action(async (options: NewOptions) => {
      const lang = currentLanguage();
      // Loaded here, not at start-up: pinyin-pro's dictionary and the importer are needed by this command only.
      const [{ planScaffold }, { readInventory }] = await Promise.all([
        import('../../inventory/scaffold'),
        import('../../inventory/annex1'),
      ]);
      // The folder is read for the numbers taken, then written: a file or a locked folder named by --dir is said as such.
      const plan = writingTo(
        resolve(options.dir),
        () => planScaffold({ ...options, asOf: options.asOf ?? today() }, readInventory()),
        '--dir',
      );
      const shown = relative(process.cwd(), plan.file) || plan.file;
      // Checked before anything is written: a scaffold that does not validate is refused with its findings, and no file is left behind.
      const report = validateSources([{ file: shown, bytes: Buffer.from(plan.content, 'utf8') }]);
      if (report.findings.some((finding) => finding.severity === 'error')) {
        process.stdout.write(formatReport(report, 'text', { lang }));
        process.stderr.write(`envcloud: ${t(lang, 'new.refused', { file: shown })}\n`);
        process.exitCode = EXIT_FINDINGS;
        return;
      }
      if (!createFileExclusive(plan.file, plan.content, '--dir')) {
        throw usageError(msg('new.exists', { file: plan.file }));
      }
      process.stdout.write(`${t(lang, 'new.created', { file: shown, number: plan.number })}\n`);
      process.stdout.write(`${t(lang, 'new.confirm')}\n`);
      if (report.findings.length > 0) process.stdout.write(formatReport(report, 'text', { lang }));
    });
}
