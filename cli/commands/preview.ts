import { Command } from 'commander';
import { join, resolve } from 'node:path';
import type { Plan, PlanSummary } from '../../engine/plan';
import { everyNth } from '../../engine/heap-bound';
import { afterHelp, examplesHelp, exitStatusHelp } from '../help';
import { kindByCenterTable } from '../format/kind-center';
import { formatPlanDiff } from '../format/plan-diff';
import { stageOutputDir } from '../output-dir';
import { requireStack } from '../../stacks/project-stacks';
import { parseDate } from '../options';
import { startProgress } from '../progress';
import { writeFileAtomic } from '../write';
import { escapeNonPrintable as shown, escapeNonPrintableJson } from '../../document/printable';
import { currentLanguage, msg, t, usageError, type Language, type Message, type MessageId } from '../../document/i18n';

interface PreviewOptions {
  stack: string;
  manifests: string;
  out?: string;
  force: boolean;
  baseline?: string;
  allowDataLoss: boolean;
  /** Also audit this run with the pack (audit.json and the summary line): one run serves both. */
  audit: boolean;
  waivers?: string;
  policyConfig?: string;
  /** The plan's day: grants live on it open data; with --audit, the day judged on. Default: today in China. */
  asOf?: string;
  lang: Language;
}

function table(title: string, counts: Record<string, number>, lang: Language, limit = 12): string[] {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const lines = [title, ...entries.slice(0, limit).map(([key, value]) => `  ${String(value).padStart(5)}  ${key}`)];
  if (entries.length > limit) lines.push(`  ${t(lang, 'table.more', { count: entries.length - limit })}`);
  return lines;
}

export function formatSummary(
  stack: string,
  summary: PlanSummary,
  schemaProblems: number,
  lang: Language = 'en',
): string {
  return [
    t(lang, 'preview.offline', { stack }),
    t(lang, 'preview.resources', { total: summary.total, protected: summary.protected, depth: summary.depth }),
    ...kindByCenterTable(summary, lang),
    ...table(t(lang, 'preview.by-pool'), summary.byPool, lang),
    ...table(t(lang, 'preview.by-system'), summary.bySystem, lang, 8),
    t(lang, 'preview.kubernetes-checked', { problems: schemaProblems }),
  ].join('\n');
}

export function previewCommand(): Command {
  const lang = currentLanguage();
  const h = (id: MessageId) => t(lang, id);
  return new Command('preview')
    .description(h('help.preview.description'))
    .requiredOption('-s, --stack <name>', h('help.opt.stack'))
    .option('--manifests <dir>', h('help.opt.manifests'), 'manifests')
    .option('-o, --out <dir>', h('help.preview.out'))
    .option('--force', h('help.opt.force-folder'), false)
    .option('--baseline <plan.json>', h('help.preview.baseline'))
    .option('--allow-data-loss', h('help.preview.allow-data-loss'), false)
    .option('--audit', h('help.preview.audit'), false)
    .option('--waivers <file>', h('help.preview.waivers'))
    .option('--policy-config <file>', h('help.preview.policy-config'))
    .option('--as-of <date>', h('help.preview.as-of'), parseDate)
    .addHelpText(
      'after',
      afterHelp(
        exitStatusHelp(lang, { 0: 'help.preview.exit.0', 1: 'help.preview.exit.1', 2: 'help.preview.exit.2' }),
        examplesHelp(lang, [
          ['preview --stack onprem'],
          ['preview --stack prod --audit'],
          ['preview --stack onprem --out build/onprem'],
          ['preview --stack prod --baseline .envcloud/preview/prod/plan.json', 'help.preview.example.baseline'],
        ]),
      ),
    )
    .action(async (options: PreviewOptions) => {
      const { readPlanFile } = await import('../../engine/plan-file');
      if (options.allowDataLoss && !options.baseline) throw usageError(msg('preview.allow-data-loss-alone'));
      if (!options.audit && (options.waivers || options.policyConfig))
        throw usageError(msg('preview.audit-options-alone'));
      // Read before anything runs or is written: a bad baseline is a usage error, and --out may hold it.
      const baseline = options.baseline === undefined ? undefined : readPlanFile(options.baseline);
      if (baseline && baseline.stack !== options.stack) {
        throw usageError(
          msg('preview.baseline-other-stack', {
            file: options.baseline!,
            baseline: baseline.stack,
            stack: options.stack,
          }),
        );
      }
      // Written aside and swapped in at the end: the folder describes this run only (a removed system's
      // rendered objects stayed behind when runs wrote into it in place), and a failed run leaves the last one.
      // An unknown stack is refused before its output folder is claimed (the default folder is named after it).
      requireStack(process.cwd(), options.stack);
      const staged = stageOutputDir(
        resolve(options.out ?? join('.envcloud', 'preview', options.stack)),
        options.force,
        [options.manifests],
      );
      try {
        await previewInto(staged.path, options, baseline);
      } catch (error) {
        staged.discard();
        throw error;
      }
      staged.commit();
    });
}

/** Runs the stack offline and writes plan.json, the rendered objects and diff.json into `out`. */
async function previewInto(out: string, options: PreviewOptions, baseline: Plan | undefined): Promise<void> {
  // Pulumi and the providers load only for this command.
  const [{ runStackOffline }, { toPlan, summarize, centerOf, planJson }, render, { diffPlans }] = await Promise.all([
    import('../../engine/offline'),
    import('../../engine/plan'),
    import('../../engine/render'),
    import('../../engine/diff'),
  ]);
  const root = process.cwd();
  // Waivers and pack config are read before the run: a bad one fails fast, as in `envcloud audit`.
  const audit = options.audit ? await import('../../audit/stack') : undefined;
  const auditInputs = audit?.loadAuditInputs(root, {
    ...(options.waivers ? { waivers: options.waivers } : {}),
    ...(options.policyConfig ? { policyConfig: options.policyConfig } : {}),
  });
  const progress = startProgress('preview', options.audit ? 3 : 2);
  const run = await runStackOffline(root, options.stack, {
    manifestsDir: options.manifests,
    ...(options.asOf ? { asOf: options.asOf } : {}),
  });
  const { registrations } = run;
  progress.step(msg('progress.ran-offline', { stack: options.stack }));
  const plan = toPlan(options.stack, registrations);
  writeFileAtomic(
    join(out, 'plan.json'),
    (function* () {
      const bound = everyNth(1000);
      for (const chunk of planJson(plan)) {
        bound();
        yield escapeNonPrintableJson(chunk);
      }
    })(),
  );

  const byUrn = new Map(plan.resources.map((resource) => [resource.urn, resource]));
  const problems: Message[] = [];
  const bound = everyNth(500);
  for (const resource of plan.resources) {
    if (!render.isKubernetesResource(resource.type) || !resource.inputs.kind) continue;
    bound();
    const object = render.toKubernetesObject(resource.inputs);
    const file = render.renderedPath(centerOf(resource, byUrn), object);
    writeFileAtomic(join(out, 'kubernetes', file), render.renderYaml(object));
    for (const problem of render.kubernetesProblems(object))
      problems.push(msg('inputs.k8s.in-file', { file: `kubernetes/${file}`, problem }));
  }
  progress.step(msg('progress.rendered'));
  const report =
    audit && auditInputs
      ? await audit.auditOfRun(run, auditInputs, { plan, ...(options.asOf ? { asOf: options.asOf } : {}) })
      : undefined;
  if (report) {
    const { formatAudit } = await import('../../audit/format');
    writeFileAtomic(join(out, 'audit.json'), escapeNonPrintableJson(formatAudit(report, 'json', { lang: 'en', root })));
    progress.step(msg('progress.audited-same-run'));
  }
  progress.done();
  // Names come from manifests: escaped so a control character is seen, not obeyed by the terminal.
  const lang = options.lang;
  process.stdout.write(`${shown(formatSummary(options.stack, summarize(plan), problems.length, lang))}\n`);
  for (const problem of problems) process.stdout.write(`${shown(t(lang, 'inputs.k8s.line', { problem }))}\n`);
  let dataLoss = 0;
  if (baseline) {
    const diff = diffPlans(baseline, plan);
    writeFileAtomic(
      join(out, 'diff.json'),
      escapeNonPrintableJson(`${JSON.stringify({ offline: true, baseline: options.baseline, ...diff }, null, 2)}\n`),
    );
    process.stdout.write(`${shown(formatPlanDiff(diff, options.baseline!, options.allowDataLoss, lang))}\n`);
    dataLoss = options.allowDataLoss ? 0 : diff.dataLoss.length;
  }
  if (report) {
    const { summary } = report;
    const values = {
      failed: summary.failed,
      advisory: summary.advisory,
      waived: summary.waived,
      notApplicable: summary.policies['not-applicable'],
      verdict: msg('audit.verdict', { verdict: summary.verdict }),
    };
    process.stdout.write(`${t(lang, 'preview.audit-summary', values)}\n`);
  }
  const file = join(options.out ?? join('.envcloud', 'preview', options.stack), 'plan.json');
  const wrote = { file, diff: baseline ? 'yes' : 'no', audit: report ? 'yes' : 'no' };
  process.stdout.write(`${t(lang, 'preview.wrote', wrote)}\n`);
  process.exitCode = problems.length > 0 || dataLoss > 0 || (report !== undefined && !report.summary.passed) ? 1 : 0;
}
