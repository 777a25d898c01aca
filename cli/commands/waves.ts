import { Command, Option } from 'commander';
import { join, resolve } from 'node:path';
import { PLAN_WAVE_ENDS } from '../../model/milestones';
import { EXIT_FINDINGS, EXIT_VALID } from '../exit-codes';
import { afterHelp, examplesHelp, exitStatusHelp } from '../help';
import { currentLanguage, msg, t, usageError, type MessageId } from '../../document/i18n';
import { PLATFORM_STACK_PATTERN } from '../../stacks/config-schema';
import { invalid, parseDate, parsePositiveInteger } from '../options';
import { claimOutputFile, stageOutputDir } from '../output-dir';
import { writeFileAtomic } from '../write';
import type { ValidationReport } from '../../validation/validate';

/** A share of a pool's capacity, 0 < share ≤ 1. */
export function parseShare(value: string): number {
  const share = Number(value);
  if (!/^(0?\.[0-9]+|1(\.0+)?|0\.?[0-9]*)$/.test(value) || !(share > 0 && share <= 1))
    throw invalid('usage.option.share', { value });
  return share;
}

/** Wave end dates, comma-separated and increasing. */
export function parseWaveEnds(value: string): string[] {
  const dates = value.split(',').map((date) => parseDate(date.trim()));
  for (let i = 1; i < dates.length; i += 1)
    if (dates[i]! <= dates[i - 1]!)
      throw invalid('usage.option.wave-ends', { date: dates[i]!, previous: dates[i - 1]! });
  return dates;
}

/** The valid manifests under `paths`; manifests with errors stop the command (exit 2), as preview does. */
async function loadManifests(paths: readonly string[]): Promise<ValidationReport> {
  const [{ validatePaths }, { ManifestErrors }] = await Promise.all([
    import('../../validation/validate'),
    import('../../engine/offline'),
  ]);
  const report = await validatePaths(paths.length > 0 ? paths : ['manifests']);
  if (report.errors > 0) throw new ManifestErrors(report.errors);
  return report;
}

interface PlanOptions {
  stack: string;
  waveShare: number;
  waveEnds: string[];
  maxWaves: number;
  format: 'text' | 'json';
  out?: string;
  force: boolean;
  write: boolean;
}

const DEFAULT_SHARE = 0.1;

function planCommand(): Command {
  const lang = currentLanguage();
  const h = (id: MessageId, values?: Record<string, string>) => t(lang, id, values);
  return new Command('plan')
    .description(h('help.plan.description'))
    .argument('[paths...]', h('help.arg.paths-default'))
    .option('-s, --stack <name>', h('help.plan.stack'), 'prod')
    .option('--wave-share <share>', h('help.plan.wave-share'), parseShare, DEFAULT_SHARE)
    .option('--wave-ends <dates>', h('help.opt.wave-ends'), parseWaveEnds, [...PLAN_WAVE_ENDS])
    .option('--max-waves <n>', h('help.plan.max-waves'), parseMaxWaves, 12)
    .addOption(
      new Option('-f, --format <format>', h('help.opt.output-format')).choices(['text', 'json']).default('text'),
    )
    .option('-o, --out <file>', h('help.plan.out'))
    .option('--force', h('help.opt.force-replace'), false)
    .option('--write', h('help.plan.write'), false)
    .addHelpText(
      'after',
      afterHelp(
        h('help.plan.dependencies', { ends: PLAN_WAVE_ENDS.join(', ') }),
        exitStatusHelp(lang, { 0: 'help.plan.exit.0', 1: 'help.plan.exit.1', 2: 'help.plan.exit.2' }),
        examplesHelp(lang, [
          ['waves plan'],
          ['waves plan --stack onprem --wave-share 0.2 --format json --out waves.json'],
          ['waves plan --wave-ends 2017-10-31,2017-11-30,2017-12-31,2018-06-30 --write'],
        ]),
      ),
    )
    .action(async (paths: string[], options: PlanOptions) => {
      if (options.out) claimOutputFile(resolve(options.out), options.out, options.force);
      const [{ loadStackFile }, { planManifests, waveEdits }, { planJson, planText }] = await Promise.all([
        import('../../stacks/stack-file'),
        import('../../waves/manifests'),
        import('../../waves/report'),
      ]);
      const pools = loadStackFile(process.cwd(), options.stack).platform.pools;
      const report = await loadManifests(paths);
      const { graph, plan } = planManifests(report.manifests, {
        pools,
        waveShare: options.waveShare,
        waveEnds: options.waveEnds,
        maxWaves: options.maxWaves,
      });
      const context = { stack: options.stack, waveShare: options.waveShare };
      const output =
        options.format === 'json' ? planJson(plan, graph, context) : planText(plan, graph, context, currentLanguage());
      if (options.out) writeFileAtomic(resolve(options.out), output);
      else process.stdout.write(output);
      if (plan.violations.length > 0) {
        const values = { count: plan.violations.length, write: options.write ? 'yes' : 'no' };
        process.stderr.write(`envcloud: ${t(currentLanguage(), 'waves.has-violations', values)}\n`);
        process.exitCode = EXIT_FINDINGS;
        return;
      }
      if (options.write) {
        // Every new text is made (and checked) before any file is written.
        const edits = waveEdits(graph, plan, process.cwd());
        for (const edit of edits) writeFileAtomic(resolve(edit.file), edit.text);
        const list = edits.length > 0 ? edits.map((e) => `${e.file} ${e.from}→${e.to}`).join(', ') : 'none';
        process.stderr.write(`${t(currentLanguage(), 'waves.wrote-waves', { count: edits.length, edits: list })}\n`);
      }
      process.exitCode = EXIT_VALID;
    });
}

function parseMaxWaves(value: string): number {
  const waves = parsePositiveInteger(value);
  if (waves > 100) throw invalid('usage.option.max-waves', { value });
  return waves;
}

interface StatusOptions {
  asOf?: string;
  waveEnds: string[];
  format: 'text' | 'json';
  out?: string;
  force: boolean;
}

function statusCommand(): Command {
  const lang = currentLanguage();
  const h = (id: MessageId) => t(lang, id);
  return new Command('status')
    .description(h('help.status.description'))
    .argument('[paths...]', h('help.arg.paths-default'))
    .option('--as-of <date>', h('help.opt.as-of-deadlines'), parseDate)
    .option('--wave-ends <dates>', h('help.opt.wave-ends'), parseWaveEnds, [...PLAN_WAVE_ENDS])
    .addOption(
      new Option('-f, --format <format>', h('help.opt.output-format')).choices(['text', 'json']).default('text'),
    )
    .option('-o, --out <file>', h('help.status.out'))
    .option('--force', h('help.opt.force-replace'), false)
    .addHelpText(
      'after',
      afterHelp(
        h('help.status.overdue'),
        exitStatusHelp(lang, { 0: 'help.status.exit.0', 2: 'help.status.exit.2' }),
        examplesHelp(lang, [['waves status'], ['waves status --as-of 2018-01-15 --format json --out status.json']]),
      ),
    )
    .action(async (paths: string[], options: StatusOptions) => {
      if (options.out) claimOutputFile(resolve(options.out), options.out, options.force);
      const [{ wavesStatus, statusText }, { todayInChina }] = await Promise.all([
        import('../../waves/status'),
        import('../../model/calendar'),
      ]);
      const report = await loadManifests(paths);
      const status = wavesStatus(
        report.manifests.map((entry) => entry.manifest),
        options.asOf ?? todayInChina(),
        options.waveEnds,
      );
      const output =
        options.format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : statusText(status, currentLanguage());
      if (options.out) writeFileAtomic(resolve(options.out), output);
      else process.stdout.write(output);
      process.exitCode = EXIT_VALID;
    });
}

interface RunbooksOptions {
  out: string;
  force: boolean;
  stack: string;
}

function runbooksCommand(): Command {
  const lang = currentLanguage();
  const h = (id: MessageId) => t(lang, id);
  return new Command('runbooks')
    .description(h('help.runbooks.description'))
    .argument('[paths...]', h('help.arg.paths-default'))
    .option('-o, --out <dir>', h('help.runbooks.out'), join('.envcloud', 'runbooks'))
    .option('-s, --stack <name>', h('help.runbooks.stack'), 'prod')
    .option('--force', h('help.runbooks.force'), false)
    .addHelpText(
      'after',
      afterHelp(
        h('help.runbooks.transfer'),
        exitStatusHelp(lang, { 0: 'help.runbooks.exit.0', 1: 'help.runbooks.exit.1', 2: 'help.runbooks.exit.2' }),
        examplesHelp(lang, [
          ['waves runbooks'],
          ['waves runbooks manifests/s027-jsxmxzspxtjsxmhpjyssbxt.yaml --out build/runbooks'],
        ]),
      ),
    )
    .action(async (paths: string[], options: RunbooksOptions) => {
      const [{ buildGraph }, { runbookOf, runbookMarkdown }] = await Promise.all([
        import('../../waves/graph'),
        import('../../waves/runbook'),
      ]);
      const report = await loadManifests(paths);
      const graph = buildGraph(report.manifests);
      const staged = stageOutputDir(resolve(options.out), options.force);
      try {
        const index = ['# 迁移操作手册 / Migration runbooks', ''];
        for (const number of [...graph.systems.keys()].sort((a, b) => a - b)) {
          const { manifest } = graph.systems.get(number)!;
          const runbook = runbookOf(manifest, graph, options.stack);
          writeFileAtomic(join(staged.path, runbook.file), runbookMarkdown(manifest, runbook));
          index.push(
            `- [${manifest.metadata.name}](${runbook.file}) (no. ${number}, wave ${manifest.spec.schedule.wave}, ${runbook.kind})`,
          );
        }
        writeFileAtomic(join(staged.path, 'index.md'), `${index.join('\n')}\n`);
      } catch (error) {
        staged.discard();
        throw error;
      }
      staged.commit();
      const wrote = { count: graph.systems.size, out: options.out };
      process.stderr.write(`${t(currentLanguage(), 'waves.wrote-runbooks', wrote)}\n`);
      process.exitCode = EXIT_VALID;
    });
}

interface StacksOptions {
  stack: string;
  out: string;
  force: boolean;
  waves?: number[];
  platformStack?: string;
}

function parseWaves(value: string): number[] {
  return [...new Set(value.split(',').map((wave) => parsePositiveInteger(wave.trim())))].sort((a, b) => a - b);
}

/** A platform stack as Pulumi.<stack>.yaml's envcloud:platformStack takes it: `../../x` was written into the files. */
function parsePlatformStack(value: string): string {
  if (!new RegExp(PLATFORM_STACK_PATTERN).test(value)) throw invalid('option.platform-stack', { value });
  return value;
}

function stacksCommand(): Command {
  const lang = currentLanguage();
  const h = (id: MessageId, values?: Record<string, string>) => t(lang, id, values);
  return new Command('stacks')
    .description(h('help.stacks.description', { selection: 'envcloud:systems: { waves: [N] }' }))
    .argument('[paths...]', h('help.stacks.paths'))
    .option('-s, --stack <name>', h('help.stacks.stack'), 'prod')
    .option('-o, --out <dir>', h('help.stacks.out'), '.')
    .option('--waves <list>', h('help.stacks.waves'), parseWaves)
    .option('--platform-stack <name>', h('help.stacks.platform-stack'), parsePlatformStack)
    .option('--force', h('help.stacks.force'), false)
    .addHelpText(
      'after',
      afterHelp(
        h('help.stacks.files', { none: 'envcloud:systems: { numbers: [] }' }),
        exitStatusHelp(lang, { 0: 'help.stacks.exit.0', 2: 'help.stacks.exit.2' }),
        examplesHelp(lang, [
          ['waves stacks --stack prod'],
          ['waves stacks --stack prod --waves 2 --platform-stack ministry/envcloud/prod --out build/stacks'],
        ]),
      ),
    )
    .action(async (paths: string[], options: StacksOptions) => {
      const [{ waveStackFiles, namesPlatformStack }, { loadProjectFile }] = await Promise.all([
        import('../../waves/stack-files'),
        import('../../stacks/project-file'),
      ]);
      const root = process.cwd();
      const declared = [
        ...new Set((await loadManifests(paths)).manifests.map((entry) => entry.manifest.spec.schedule.wave)),
      ].sort((a, b) => a - b);
      // A wave no manifest declares has no system: its stack file deployed nothing (deploy refuses it).
      const unknown = (options.waves ?? []).filter((wave) => !declared.includes(wave));
      if (unknown.length > 0)
        throw usageError(msg('usage.waves.undeclared', { waves: unknown.join(', '), declared: declared.join(', ') }));
      const waves = options.waves ?? declared;
      const project = loadProjectFile(root).project?.name ?? 'envcloud';
      const platformStack = options.platformStack ?? `organization/${project}/${options.stack}`;
      // The wave stacks run on --stack's platform: naming another (`org/envcloud/onprem`) wrote files deploy refused.
      if (!namesPlatformStack(platformStack, project, options.stack))
        throw usageError(msg('usage.waves.other-platform', { platform: platformStack, stack: options.stack }));
      const files = waveStackFiles(root, options.stack, waves, platformStack);
      // Every file is claimed before any is written: one the user has stops the run with nothing written.
      for (const file of files)
        claimOutputFile(resolve(options.out, file.file), join(options.out, file.file), options.force);
      for (const file of files) writeFileAtomic(resolve(options.out, file.file), file.text);
      const written = files.map((file) => join(options.out, file.file)).join(', ');
      const wrote = { files: written, platform: platformStack };
      process.stderr.write(`${t(currentLanguage(), 'waves.wrote-stacks', wrote)}\n`);
      process.exitCode = EXIT_VALID;
    });
}

export function wavesCommand(): Command {
  const command = new Command('waves').description(t(currentLanguage(), 'help.waves.description'));
  for (const sub of [planCommand(), statusCommand(), runbooksCommand(), stacksCommand()])
    command.addCommand(sub.exitOverride());
  return command;
}
