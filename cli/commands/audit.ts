import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { AUDIT_FORMATS, type AuditFormat } from '../../audit/format';
import type { Language } from '../../audit/model';
import { msg, t, usageError } from '../../document/i18n';
import { languageOption, parseDate } from '../options';
import { claimOutputFile } from '../output-dir';
import { startProgress } from '../progress';
import { writeFileAtomic } from '../write';
import { escapeNonPrintable, escapeNonPrintableJson } from '../../document/printable';
import { EXIT_FINDINGS, EXIT_VALID, exitStatusHelp, PREFLIGHT_FINDINGS, STACK_INPUT_ERRORS } from '../exit-codes';

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
  return new Command('audit')
    .description(
      'Run a stack offline under Pulumi mocks and evaluate the policy pack on it, with the waivers; report for auditors.',
    )
    .option('-s, --stack <name>', 'stack whose Pulumi.<stack>.yaml is used (prod, onprem, dev)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(AUDIT_FORMATS).default('text'))
    .addOption(languageOption())
    .option('-o, --out <file>', 'write the report to a file instead of standard output')
    .option('--force', 'overwrite the --out file if it exists', false)
    .option('--waivers <file>', 'waiver file', DEFAULT_WAIVERS)
    .option(
      '--policy-config <file>',
      `policy pack config, as given to pulumi --policy-pack-config (default: ${DEFAULT_PACK_CONFIG} when present)`,
    )
    .option('--as-of <date>', 'judge waiver expiry on this day instead of today (YYYY-MM-DD)', parseDate)
    .option('--manifests <dir>', 'folder of manifests the stack deploys', 'manifests')
    .option('--list-rules', 'list the policies of the pack and exit', false)
    .addHelpText(
      'after',
      `
${exitStatusHelp({
  0: 'no mandatory violation (advisory and waived findings allowed) and at least one policy judged something',
  1: `mandatory violations, expired waivers, nothing judged (every policy disabled or not applicable), or ${PREFLIGHT_FINDINGS}`,
  2: `${STACK_INPUT_ERRORS}, a bad waiver file or pack config, --out exists without --force`,
})}

Examples:
  envcloud audit --stack prod
  envcloud audit --stack prod --format sarif --out audit.sarif
  envcloud audit --stack prod --format html --lang zh --out audit.html`,
    )
    .action(async (options: AuditOptions) => {
      const { ALL_POLICIES } = await import('../../policies/all');
      if (options.listRules) {
        for (const policy of ALL_POLICIES)
          process.stdout.write(
            `${policy.name}\t${policy.meta.severity}\t${policy.enforcementLevel}\t${policy.meta[options.lang].description}\t${policy.meta.clause}\n`,
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
        waivers: options.waivers,
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
