import { Command, InvalidArgumentError } from 'commander';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parsePositiveInteger } from '../cli/options';
import { graphDepth, type Plan } from '../engine/plan';
import { readInventory } from '../inventory/annex1';
import { POOLS } from '../model/domain';
import { packageRoot } from '../model/paths';
import { failures, mib, report, STACK, VALIDATE_RUNS, type Outcome, type SizeResult } from './bench-report';
import {
  AJV_CLI,
  BenchError,
  envcloudBin,
  failureReason,
  measure,
  secondsSince,
  StepFailed,
  summarize,
  type Measurement,
  type Tool,
} from './bench-measure';
import { ENVCLOUD_COLD, WarmRuns } from './bench-validate-cache';
import { writeSyntheticManifests } from './synthetic';

// `npm run bench`: how validate, preview and audit scale with the number of systems, all offline;
// and how the program scales on the real path (Pulumi's runtime protocol, engine double).

function parseSizes(value: string): number[] {
  const sizes = value.split(',').map((part) => parsePositiveInteger(part.trim()));
  if (new Set(sizes).size !== sizes.length) throw new InvalidArgumentError(`sizes must differ, got "${value}"`);
  return sizes.sort((a, b) => a - b);
}

const program = new Command('bench')
  .description(
    'Time and size `envcloud validate`, `preview` and `audit` over synthetic sets of systems, offline (Pulumi mocks, no cloud).',
  )
  .option('--sizes <n,n,…>', 'numbers of systems, comma-separated', parseSizes, [182, 1000, 5000])
  .option('--keep', 'keep the temporary folder (manifests, project copies, plans, reports, tool output)', false)
  .addHelpText('after', '\nExamples:\n  npm run bench\n  npm run bench -- --sizes 182,1000 --keep');

interface BenchOptions {
  sizes: number[];
  keep: boolean;
}

// ---- the stack project the offline runs use ------------------------------------------------------

/**
 * A copy of the project's Pulumi.yaml and Pulumi.prod.yaml, sized for `systems` systems; the CLI runs
 * with this folder as its working folder. The real prod pools hold the 182 systems of Annex 1 and
 * refuse a synthetic set of thousands in preflight ("pool `central` is over capacity"), which would
 * measure the refusal, not the run. Only the copy is changed, never the repository's stack files:
 * - every pool capacity is multiplied by ceil(systems / Annex 1 rows). The synthetic set repeats the
 *   Annex 1 rows in turn, so no row occurs more often than that, and the 182-system set fits the real
 *   pools: the scaled pools fit the set, and at 182 the copy keeps the real capacities. Namespace
 *   quotas derive from the pools and the systems' demand, so they scale with it.
 * - `envcloud:systems` is dropped, so a selection of real system numbers, waves or units cannot leave
 *   part of the synthetic set out; every synthetic system is deployed.
 */
function writeProject(dir: string, systems: number): void {
  mkdirSync(dir);
  const root = packageRoot();
  copyFileSync(join(root, 'Pulumi.yaml'), join(dir, 'Pulumi.yaml'));
  const file = `Pulumi.${STACK}.yaml`;
  const document = parseDocument(readFileSync(join(root, file), 'utf8'));
  const factor = Math.max(1, Math.ceil(systems / readInventory().length));
  for (const pool of POOLS) {
    for (const resource of ['cpu', 'memoryGiB', 'storageGiB'] as const) {
      const path = ['config', 'envcloud:pools', pool, resource];
      const capacity = document.getIn(path);
      if (typeof capacity !== 'number')
        throw new BenchError(`${file} has no number at config.envcloud:pools.${pool}.${resource}`);
      document.setIn(path, capacity * factor);
    }
  }
  const selects = document.hasIn(['config', 'envcloud:systems']);
  document.deleteIn(['config', 'envcloud:systems']);
  // Nothing to change (182 systems, no selection): the very file, so its line numbers and layout in
  // audit findings are the repository's.
  if (factor === 1 && !selects) copyFileSync(join(root, file), join(dir, file));
  else writeFileSync(join(dir, file), document.toString());
}

// ---- the steps -----------------------------------------------------------------------------------

/** `preview … deploy graph depth 11`: the summary line preview prints. */
const SUMMARY_LINE = /^(\d+) resources, \d+ protected, deploy graph depth (\d+)$/m;

/**
 * The pack's inputs, as both steps that audit give them: the repository's waivers and pack config.
 * Their default paths are relative to the working folder, which is the project copy.
 */
function packArgs(): string[] {
  const policies = join(packageRoot(), 'policies');
  const packConfig = join(policies, 'config.json');
  return [
    '--waivers',
    join(policies, 'waivers.yaml'),
    ...(existsSync(packConfig) ? ['--policy-config', packConfig] : []),
  ];
}

/**
 * `preview --audit`: one run of the program serves the plan, the rendered and checked objects and the
 * audit (#16), so preview plus audit is timed as that one run, as `npm start` runs it.
 */
function previewTool(projectDir: string, outDir: string): Tool {
  return {
    name: 'preview',
    cwd: projectDir,
    args: (manifestsDir) => [
      envcloudBin(),
      'preview',
      '--stack',
      STACK,
      '--manifests',
      manifestsDir,
      '--out',
      outDir,
      '--force',
      '--audit',
      ...packArgs(),
    ],
    // 1 is also Kubernetes schema problems in the rendered objects, or an audit that did not pass: the
    // run itself completed. A preflight refusal is 1 as well, but writes no plan.json, which the caller checks.
    completedCodes: [0, 1],
    verdict(stdout) {
      const summary = SUMMARY_LINE.exec(stdout);
      return summary ? `${summary[1]} resources, depth ${summary[2]}` : 'no summary line';
    },
  };
}

/** `… 2011 resources, program peak RSS 812345 KiB, exit 0, …`: what scripts/protocol/preview.ts prints. */
const REAL_LINE = /^(\d+) resources, program peak RSS (\d+) KiB/m;

/**
 * The program run as `pulumi preview` runs it (scripts/protocol/preview.ts): `@pulumi/pulumi/cmd/run`
 * against the engine double, Pulumi.yaml's runtime options applied. The project copy has no program
 * of its own, so the repository's stacks/ is the program; it reads the copy's manifests.
 */
function realTool(projectDir: string): Tool {
  return {
    name: 'real-preview',
    cwd: projectDir,
    args: () => [
      join(packageRoot(), 'dist', 'scripts', 'protocol', 'preview.js'),
      '--root',
      projectDir,
      '--stack',
      STACK,
      '--program',
      join(packageRoot(), 'stacks'),
    ],
    completedCodes: [0],
    verdict(stdout) {
      const line = REAL_LINE.exec(stdout);
      return line ? `${line[1]} resources` : 'no summary line';
    },
  };
}

/** The program's own peak RSS in place of the runner's (which only holds the engine double). */
function programRss(measurement: Measurement): Measurement {
  const line = REAL_LINE.exec(measurement.stdout);
  if (!line || !Number(line[2]))
    throw new StepFailed(
      'real-preview',
      measurement.seconds,
      `printed no program RSS: ${measurement.stdout.slice(0, 200)}`,
    );
  return { ...measurement, peakRssKiB: Number(line[2]) };
}

function auditTool(projectDir: string, outFile: string): Tool {
  return {
    name: 'audit',
    cwd: projectDir,
    args: (manifestsDir) => [
      envcloudBin(),
      'audit',
      '--stack',
      STACK,
      '--manifests',
      manifestsDir,
      '--format',
      'json',
      '--out',
      outFile,
      ...packArgs(),
    ],
    // 1 means mandatory violations were found: the audit ran to the end. A preflight refusal is 1
    // as well, but writes no report, which the caller checks.
    completedCodes: [0, 1],
    verdict(_stdout, stderr) {
      return /^wrote .*: (.*) \(offline audit/m.exec(stderr)?.[1] ?? 'no summary line';
    },
  };
}

/** Runs one step; a step that fails is recorded, so the other steps and sizes are still measured. */
function attempt(run: () => Measurement): Outcome {
  try {
    return { ok: true, measurement: run() };
  } catch (error) {
    if (error instanceof StepFailed) return { ok: false, failure: error };
    throw error;
  }
}

/**
 * envcloud validate cold (no cache), ajv-cli and envcloud validate warm (cache filled, one file changed:
 * a comment, then its facts, each with its own cache), alternating run by run so that a slow spell of
 * the machine hits all alike.
 */
function measureValidators(manifestsDir: string, outputDir: string): [Outcome, Outcome, Outcome, Outcome] {
  const warm = new WarmRuns(manifestsDir, outputDir);
  const facts = new WarmRuns(manifestsDir, outputDir, 'facts');
  const tools = [ENVCLOUD_COLD, AJV_CLI, warm.tool, facts.tool];
  const runs = new Map<Tool, Measurement[]>(tools.map((tool) => [tool, []]));
  const failed = new Map<Tool, StepFailed>();
  for (let run = 0; run < VALIDATE_RUNS; run++) {
    for (const tool of tools) {
      if (failed.has(tool)) continue;
      const outcome = attempt(() =>
        tool === warm.tool
          ? warm.measure()
          : tool === facts.tool
            ? facts.measure()
            : measure(tool, manifestsDir, outputDir),
      );
      if (outcome.ok) runs.get(tool)!.push(outcome.measurement);
      else failed.set(tool, outcome.failure);
    }
  }
  const outcomeOf = (tool: Tool): Outcome => {
    const failure = failed.get(tool);
    return failure ? { ok: false, failure } : { ok: true, measurement: summarize(runs.get(tool)!) };
  };
  return [outcomeOf(ENVCLOUD_COLD), outcomeOf(AJV_CLI), outcomeOf(warm.tool), outcomeOf(facts.tool)];
}

/** A measurement whose exit code says "completed" but which left no output is a failure to run. */
function requireOutput(tool: string, measurement: Measurement, file: string): Measurement {
  if (existsSync(file)) return measurement;
  throw new StepFailed(
    tool,
    measurement.seconds,
    `exited with code ${measurement.exitCode} without writing ${file}: ${failureReason(measurement.stderr)}`,
  );
}

function progress(systems: number, step: string, outcome: Outcome): void {
  const detail = outcome.ok
    ? `${outcome.measurement.seconds.toFixed(2)} s, ${mib(outcome.measurement.peakRssKiB).toFixed(0)} MiB, ${outcome.measurement.verdict}`
    : `FAILED: ${outcome.failure.message}`;
  process.stderr.write(`  ${systems} systems: ${step}: ${detail}\n`);
}

function benchSize(root: string, systems: number): SizeResult {
  const projectDir = join(root, `project-${systems}`);
  // Inside the project copy: the real-path program reads the manifests beside Pulumi.yaml.
  const manifestsDir = join(projectDir, 'manifests');
  const outputDir = join(root, `output-${systems}`);
  const previewDir = join(root, `preview-${systems}`);
  const auditFile = join(root, `audit-${systems}.json`);
  writeProject(projectDir, systems);
  mkdirSync(manifestsDir);
  mkdirSync(outputDir);
  const started = process.hrtime.bigint();
  writeSyntheticManifests(manifestsDir, systems);
  process.stderr.write(`${systems} systems: generated in ${secondsSince(started).toFixed(1)} s (${manifestsDir})\n`);

  const [validate, ajvCli, validateWarm, validateFacts] = measureValidators(manifestsDir, outputDir);
  progress(systems, `envcloud validate, no cache (median of ${VALIDATE_RUNS})`, validate);
  progress(systems, `ajv-cli validate (median of ${VALIDATE_RUNS})`, ajvCli);
  progress(systems, `envcloud validate warm, a comment changed in one file (median of ${VALIDATE_RUNS})`, validateWarm);
  progress(systems, `envcloud validate warm, one file's facts changed (median of ${VALIDATE_RUNS})`, validateFacts);
  // Preview and audit refuse manifests with errors, so an invalid synthetic set measures nothing.
  if (validate.ok && validate.measurement.exitCode !== 0) {
    throw new BenchError(
      `the ${systems} synthetic manifests are not valid (envcloud validate: ${validate.measurement.verdict}); see ${join(outputDir, 'envcloud.stdout')} with --keep`,
    );
  }
  const preview = attempt(() =>
    requireOutput(
      'preview',
      measure(previewTool(projectDir, previewDir), manifestsDir, outputDir),
      join(previewDir, 'audit.json'),
    ),
  );
  progress(systems, 'envcloud preview --audit', preview);
  const audit = attempt(() =>
    requireOutput('audit', measure(auditTool(projectDir, auditFile), manifestsDir, outputDir), auditFile),
  );
  progress(systems, 'envcloud audit', audit);
  const real = attempt(() => programRss(measure(realTool(projectDir), manifestsDir, outputDir)));
  progress(systems, 'real path preview (runtime protocol)', real);

  const result: SizeResult = { systems, validate, validateWarm, validateFacts, ajvCli, preview, audit, real };
  if (preview.ok) {
    // The plan is read after the child has exited, so this process's memory is not in its figure.
    const plan = JSON.parse(readFileSync(join(previewDir, 'plan.json'), 'utf8')) as Plan;
    result.resources = plan.resources.length;
    result.depth = graphDepth(plan.resources);
    // The preview computes the same two numbers; a disagreement means one of them is wrong.
    const printed = SUMMARY_LINE.exec(preview.measurement.stdout);
    if (!printed || Number(printed[1]) !== result.resources || Number(printed[2]) !== result.depth) {
      throw new BenchError(
        `${systems} systems: plan.json has ${result.resources} resources, depth ${result.depth}, but preview printed "${printed?.[0] ?? 'no summary'}"`,
      );
    }
  }
  return result;
}

// ---- main ----------------------------------------------------------------------------------------

function main(): number {
  program.parse();
  const options = program.opts<BenchOptions>();
  const started = process.hrtime.bigint();
  const root = mkdtempSync(join(tmpdir(), 'envcloud-bench-'));
  try {
    const results = options.sizes.map((systems) => benchSize(root, systems));
    console.log(`\n${report(results, secondsSince(started))}`);
    const failed = failures(results);
    if (failed.length === 0) return 0;
    // Missed targets are measurements; a step that did not run to the end is not.
    console.error(
      `\nbench: ${failed.length} step(s) did not run to the end, so their figures are missing:\n${failed.map((line) => `- ${line}`).join('\n')}`,
    );
    return 1;
  } finally {
    if (options.keep) console.error(`\nkept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
