import { Command, Option } from 'commander';
import { relative, resolve } from 'node:path';
import { BUSINESS_SYSTEMS, OUTCOMES } from '../../model/domain';
import type { NewOptions } from '../../inventory/scaffold';
import { currentLanguage, msg, t, usageError, type MessageId } from '../../document/i18n';
import { today, validateSources } from '../../validation/validate';
import { formatReport } from '../format';
import { EXIT_FINDINGS } from '../exit-codes';
import { afterHelp, examplesHelp, exitStatusHelp } from '../help';
import { parseDate, parsePositiveInteger } from '../options';
import { createFileExclusive, writingTo } from '../write';

export function newCommand(): Command {
  const lang = currentLanguage();
  const h = (id: MessageId) => t(lang, id);
  return new Command('new')
    .description(h('help.new.description'))
    .option('-n, --number <number>', h('help.new.number'), parsePositiveInteger)
    .option('--name <name>', h('help.new.name'))
    .option('--managing-unit <unit>', h('help.new.managing-unit'))
    .option('--reporting-unit <unit>', h('help.new.reporting-unit'))
    .addOption(new Option('--outcome <outcome>', h('help.new.outcome')).choices(OUTCOMES))
    .addOption(new Option('--business-system <system>', h('help.new.business-system')).choices(BUSINESS_SYSTEMS))
    .option('--slug <slug>', h('help.new.slug'))
    .option('--dir <dir>', h('help.new.dir'), 'manifests')
    .option('--as-of <date>', h('help.new.as-of'), parseDate)
    .addHelpText(
      'after',
      afterHelp(
        exitStatusHelp(lang, { 0: 'help.new.exit.0', 1: 'help.new.exit.1', 2: 'help.new.exit.2' }),
        h('help.new.dates'),
        examplesHelp(lang, [
          ['new --number 27 --dir drafts', 'help.new.example.number'],
          [
            'new --name 排污许可移动执法系统 --managing-unit 环境监察局 --outcome merge --business-system inspection-enforcement',
          ],
        ]),
      ),
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
