import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { AUDIT_FORMATS, type AuditFormat, type Language } from '../../audit/model';
import { currentLanguage, msg, t, usageError, type MessageId } from '../../document/i18n';
import { languageOption, parseDate } from '../options';
import { claimOutputFile } from '../output-dir';
import { startProgress } from '../progress';
import { writeFileAtomic } from '../write';
import { escapeNonPrintable, escapeNonPrintableJson } from '../../document/printable';
import { EXIT_FINDINGS, EXIT_VALID } from '../exit-codes';
import { afterHelp, examplesHelp, exitStatusHelp } from '../help';

interface AuditOptions {
  stack?: string;
  format: AuditFormat;
  out?: string;
  force: boolean;
  lang: Language;
  waivers: string;
  policyConfig?: string;
  asOf?: string;
  listRules: boolean;
  manifests: string;
}

const DEFAULT_WAIVERS = 'policies/waivers.yaml';
const DEFAULT_PACK_CONFIG = 'policies/config.json';

export function auditCommand(): Command {
  const lang = currentLanguage();
  const h = (id: MessageId, values?: Record<string, string>) => t(lang, id, values);
  return new Command('audit')
    .description(h('help.audit.description'))
    .option('-s, --stack <name>', h('help.opt.stack'))
    .addOption(new Option('-f, --format <format>', h('help.audit.format')).choices(AUDIT_FORMATS).default('text'))
    .addOption(languageOption())
    .option('-o, --out <file>', h('help.opt.out-report'))
    .option('--force', h('help.audit.force'), false)
    .option('--waivers <file>', h('help.audit.waivers'), DEFAULT_WAIVERS)
    .option('--policy-config <file>', h('help.audit.policy-config', { config: DEFAULT_PACK_CONFIG }))
    .option('--as-of <date>', h('help.audit.as-of'), parseDate)
    .option('--manifests <dir>', h('help.opt.manifests'), 'manifests')
    .option('--list-rules', h('help.audit.list-rules'), false)
    .addHelpText(
      'after',
      afterHelp(
        exitStatusHelp(lang, { 0: 'help.audit.exit.0', 1: 'help.audit.exit.1', 2: 'help.audit.exit.2' }),
        examplesHelp(lang, [
          ['audit --stack prod'],
          ['audit --stack prod --format sarif --out audit.sarif'],
          ['audit --stack prod --format html --lang zh --out audit.html'],
        ]),
      ),
    )
    .action(async (options: AuditOptions, command: Command) => {
      const [{ ALL_POLICIES }, { clauseText }] = await Promise.all([
        import('../../policies/all'),
        import('../../audit/format/policy-text'),
      ]);
      if (options.listRules) {
        for (const policy of ALL_POLICIES)
          process.stdout.write(
            `${policy.name}\t${policy.meta.severity}\t${policy.enforcementLevel}\t${policy.meta[options.lang].description}\t${clauseText(policy.meta.clause, options.lang)}\n`,
          );
        return;
      }
      if (!options.stack) throw usageError(msg('audit.needs-stack'));
      const out = options.out ? resolve(options.out) : undefined;
      if (out) claimOutputFile(out, options.out!, options.force);
      const [{ auditStack }, { formatAudit }] = await Promise.all([
        import('../../audit/stack'),
        import('../../audit/format'),
      ]);
      const progress = startProgress('audit', 2);
      const { report } = await auditStack(process.cwd(), {
        stack: options.stack,
        // Named by the user, a waiver file must exist (a missing one was read as no waivers at all).
        ...(command.getOptionValueSource('waivers') === 'cli' ? { waivers: options.waivers } : {}),
        ...(options.policyConfig ? { policyConfig: options.policyConfig } : {}),
        manifests: options.manifests,
        ...(options.asOf ? { asOf: options.asOf } : {}),
        onStep: progress.step,
      });
      progress.done();
      // Messages quote manifests, waivers and stack files: no raw control or bidi character reaches a
      // terminal or a report (JSON formats escape them as \uXXXX, the same data; the others visibly).
      const formatted = formatAudit(report, options.format, { lang: options.lang, root: process.cwd() });
      const output =
        options.format === 'json' || options.format === 'sarif'
          ? escapeNonPrintableJson(formatted)
          : escapeNonPrintable(formatted);
      if (out) {
        writeFileAtomic(out, output);
        const { summary } = report;
        const values = {
          file: options.out!,
          failed: summary.failed,
          advisory: summary.advisory,
          waived: summary.waived,
          notApplicable: summary.policies['not-applicable'],
          verdict: msg('audit.verdict', { verdict: summary.verdict }),
          stack: options.stack,
        };
        process.stderr.write(`${t(options.lang, 'audit.wrote', values)}\n`);
      } else {
        process.stdout.write(output);
      }
      process.exitCode = report.summary.passed ? EXIT_VALID : EXIT_FINDINGS;
    });
}
