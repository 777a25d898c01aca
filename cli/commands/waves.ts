import { Command, InvalidArgumentError, Option } from 'commander';
import { join, resolve } from 'node:path';
import { PLAN_WAVE_ENDS } from '../../model/milestones';
import { EXIT_FINDINGS, EXIT_VALID, exitStatusHelp, STACK_INPUT_ERRORS } from '../exit-codes';
import { parseDate, parsePositiveInteger } from '../options';
import { claimOutputFile, stageOutputDir } from '../output-dir';
import { writeFileAtomic } from '../write';
import type { ValidationReport } from '../../validation/validate';

/** A share of a pool's capacity, 0 < share ≤ 1. */
export function parseShare(value: string): number {
  const share = Number(value);
  if (!/^(0?\.[0-9]+|1(\.0+)?|0\.?[0-9]*)$/.test(value) || !(share > 0 && share <= 1))
    throw new InvalidArgumentError(
      `expected a share of the pool's capacity above 0 and at most 1, such as 0.1, got "${value}"`,
    );
  return share;
}

/** Wave end dates, comma-separated and increasing. */
export function parseWaveEnds(value: string): string[] {
  const dates = value.split(',').map((date) => parseDate(date.trim()));
  for (let i = 1; i < dates.length; i += 1)
    if (dates[i]! <= dates[i - 1]!)
      throw new InvalidArgumentError(`wave ends must increase: ${dates[i]} is not after ${dates[i - 1]}`);
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
  return new Command('plan')
    .description(
      "Propose a wave for every system: after what it depends on, within each pool's room per wave (from the stack config), in its declared wave where that is feasible, by its deadline; explain every assignment and every move.",
    )
    .argument('[paths...]', 'manifest files or folders (default: manifests/)')
    .option('-s, --stack <name>', 'stack whose pool capacities bound the waves (Pulumi.<stack>.yaml)', 'prod')
    .option(
      '--wave-share <share>',
      `share of each pool's capacity (cpu, memory, storage) one wave may move, above 0 and at most 1`,
      parseShare,
      DEFAULT_SHARE,
    )
    .option(
      '--wave-ends <dates>',
      'end date of each wave, comma-separated (later waves end 3 months apart)',
      parseWaveEnds,
      [...PLAN_WAVE_ENDS],
    )
    .option('--max-waves <n>', "most waves the plan may use (at most 100, the schema's limit)", parseMaxWaves, 12)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --out <file>', 'write the plan to a file instead of standard output')
    .option('--force', 'replace the --out file if it exists', false)
    .option(
      '--write',
      "write each changed wave into its manifest's spec.schedule.wave (only that value changes; comments and layout are kept)",
      false,
    )
    .addHelpText(
      'after',
      `
Dependencies: a merged system after its business system's platform pieces; a data consumer after the
system that onboards the data it uses; portal integrations after the portal; a decommission after its
archive exists; website-cluster sites after the website cluster (Annex 1 no. 178). The platform stack
is deployed before wave 1. Waves end on the plan's dates by default: ${PLAN_WAVE_ENDS.join(', ')}.

${exitStatusHelp({
  0: 'a plan without violations (with --write: the changed waves are written)',
  1: 'no plan without violations: a dependency cycle (located in each manifest on it), or a system no wave has room for; nothing is written',
  2: `${STACK_INPUT_ERRORS}, a bad option, --out exists without --force, a wave that cannot be written without changing more than its value`,
})}

Examples:
  envcloud waves plan
  envcloud waves plan --stack onprem --wave-share 0.2 --format json --out waves.json
  envcloud waves plan --wave-ends 2017-10-31,2017-11-30,2017-12-31,2018-06-30 --write`,
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
      const output = options.format === 'json' ? planJson(plan, graph, context) : planText(plan, graph, context);
      if (options.out) writeFileAtomic(resolve(options.out), output);
      else process.stdout.write(output);
      if (plan.violations.length > 0) {
        process.stderr.write(
          `envcloud: the plan has ${plan.violations.length} violation(s)${options.write ? '; nothing written' : ''}\n`,
        );
        process.exitCode = EXIT_FINDINGS;
        return;
      }
      if (options.write) {
        // Every new text is made (and checked) before any file is written.
        const edits = waveEdits(graph, plan, process.cwd());
        for (const edit of edits) writeFileAtomic(resolve(edit.file), edit.text);
        process.stderr.write(
          `wrote spec.schedule.wave into ${edits.length} manifest(s)${edits.length > 0 ? `: ${edits.map((e) => `${e.file} ${e.from}→${e.to}`).join(', ')}` : ''}\n`,
        );
      }
      process.exitCode = EXIT_VALID;
    });
}

function parseMaxWaves(value: string): number {
  const waves = parsePositiveInteger(value);
  if (waves > 100) throw new InvalidArgumentError(`expected at most 100 waves (the schema's limit), got "${value}"`);
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
  return new Command('status')
    .description(
      "Each wave's systems and their states, and what is overdue against the plan's dates and Annex 3's milestones (with their lead units).",
    )
    .argument('[paths...]', 'manifest files or folders (default: manifests/)')
    .option('--as-of <date>', 'judge deadlines on this day (YYYY-MM-DD); default today', parseDate)
    .option(
      '--wave-ends <dates>',
      'end date of each wave, comma-separated (later waves end 3 months apart)',
      parseWaveEnds,
      [...PLAN_WAVE_ENDS],
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --out <file>', 'write the status to a file instead of standard output')
    .option('--force', 'replace the --out file if it exists', false)
    .addHelpText(
      'after',
      `
A system is overdue when its deadline has passed and it is not completed; a wave, when it has ended
and not all its systems are completed; an Annex 3 milestone, when its date has passed and a system it
covers is not completed. Milestones no manifest tracks (the catalog, the rules, the centers) are listed
as such.

${exitStatusHelp({
  0: 'the status was written (whatever is overdue: the report says so)',
  2: 'usage or input error: a bad option or date, manifests with errors (run `envcloud validate`), --out exists without --force',
})}

Examples:
  envcloud waves status
  envcloud waves status --as-of 2018-01-15 --format json --out status.json`,
    )
    .action(async (paths: string[], options: StatusOptions) => {
      if (options.out) claimOutputFile(resolve(options.out), options.out, options.force);
      const [{ wavesStatus, statusText }, { todayUtc }] = await Promise.all([
        import('../../waves/status'),
        import('../../policies/pack'),
      ]);
      const report = await loadManifests(paths);
      const status = wavesStatus(
        report.manifests.map((entry) => entry.manifest),
        options.asOf ?? todayUtc(),
        options.waveEnds,
      );
      const output = options.format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : statusText(status);
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
  return new Command('runbooks')
    .description(
      'Write one runbook per system (Markdown, Chinese and English) from its manifest: prerequisites, data transfer method, cutover window, verification, rollback and the old host; for a decommission, the archive and then the retirement.',
    )
    .argument('[paths...]', 'manifest files or folders (default: manifests/)')
    .option(
      '-o, --out <dir>',
      'folder to write the runbooks into (replaced whole when the run ends)',
      join('.envcloud', 'runbooks'),
    )
    .option('-s, --stack <name>', 'the platform stack the runbooks name (its wave stacks are <stack>-wave<N>)', 'prod')
    .option('--force', 'write into an --out folder envcloud did not write', false)
    .addHelpText(
      'after',
      `
The data transfer method is chosen by the database's engine and size and the files' size
(model/transfer-methods.ts): a database up to 100 GiB is dumped and restored inside the window, a larger
one replicated ahead of it (PostgreSQL logical replication, MySQL binlog replication); files and objects
are copied online, more than 10 TiB shipped on encrypted disks first. The window opens at 22:00 on the
last Saturday before the system's deadline and lasts 2 hours plus the dump time (50 GiB/h).

${exitStatusHelp({
  0: 'the runbooks were written (one per system, and index.md)',
  1: 'a dependency cycle between the manifests (located in each manifest on it); nothing is written',
  2: 'usage or input error: manifests with errors (run `envcloud validate`), an --out folder envcloud did not write without --force',
})}

Examples:
  envcloud waves runbooks
  envcloud waves runbooks manifests/s027-jsxmxzspxtjsxmhpjyssbxt.yaml --out build/runbooks`,
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
      process.stderr.write(`wrote ${graph.systems.size} runbooks into ${options.out}\n`);
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

function stacksCommand(): Command {
  return new Command('stacks')
    .description(
      "Write Pulumi.<stack>-wave<N>.yaml for each wave: a copy of the platform stack's config that deploys only that wave's systems onto the platform stack (envcloud:platformStack, envcloud:systems: { waves: [N] }).",
    )
    .argument('[paths...]', 'manifest files or folders whose declared waves get a stack (default: manifests/)')
    .option('-s, --stack <name>', 'the platform stack (Pulumi.<stack>.yaml)', 'prod')
    .option(
      '-o, --out <dir>',
      'folder to write the stack files into (the project folder, beside Pulumi.yaml, by default)',
      '.',
    )
    .option('--waves <list>', 'only these waves, comma-separated (default: every wave a manifest declares)', parseWaves)
    .option(
      '--platform-stack <name>',
      'the platform stack as a StackReference names it, org/project/stack (default: organization/<project>/<stack>, the name on a self-managed backend)',
    )
    .option('--force', 'replace stack files that exist', false)
    .addHelpText(
      'after',
      `
Each file is the platform stack's file as it is (comments, secrets provider and encrypted values kept, so
the secrets decrypt with the same key), with envcloud:platformStack and envcloud:systems set; a
selection the platform stack had is replaced. Each is loaded as preview loads a stack before anything is
written. Give the platform stack itself envcloud:systems: { numbers: [] } so it builds only the platform.

${exitStatusHelp({
  0: 'the stack files were written',
  2: `${STACK_INPUT_ERRORS}, a stack file that exists without --force`,
})}

Examples:
  envcloud waves stacks --stack prod
  envcloud waves stacks --stack prod --waves 2 --platform-stack ministry/envcloud/prod --out build/stacks`,
    )
    .action(async (paths: string[], options: StacksOptions) => {
      const [{ waveStackFiles }, { loadProjectFile }] = await Promise.all([
        import('../../waves/stack-files'),
        import('../../stacks/project-file'),
      ]);
      const root = process.cwd();
      const waves =
        options.waves ??
        [...new Set((await loadManifests(paths)).manifests.map((entry) => entry.manifest.spec.schedule.wave))].sort(
          (a, b) => a - b,
        );
      const platformStack =
        options.platformStack ?? `organization/${loadProjectFile(root).project?.name ?? 'envcloud'}/${options.stack}`;
      const files = waveStackFiles(root, options.stack, waves, platformStack);
      // Every file is claimed before any is written: one the user has stops the run with nothing written.
      for (const file of files)
        claimOutputFile(resolve(options.out, file.file), join(options.out, file.file), options.force);
      for (const file of files) writeFileAtomic(resolve(options.out, file.file), file.text);
      process.stderr.write(
        `wrote ${files.map((file) => join(options.out, file.file)).join(', ')} (platform stack ${platformStack})\n`,
      );
      process.exitCode = EXIT_VALID;
    });
}

export function wavesCommand(): Command {
  const command = new Command('waves').description(
    'Plan the migration waves, follow their progress, write a runbook per system and a stack per wave.',
  );
  for (const sub of [planCommand(), statusCommand(), runbooksCommand(), stacksCommand()])
    command.addCommand(sub.exitOverride());
  return command;
}
