import { Command } from 'commander';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePositiveInteger } from '../cli/options';
import { AJV_CLI, BenchError, measure, secondsSince, summarize, type Measurement, type Tool } from './bench-measure';
import { formatTable, machineDescription } from './bench-report';
import {
  ENVCLOUD_COLD,
  sameReport,
  TARGET_COLD_RATIO,
  TARGET_WARM_RATIO,
  WarmRuns,
  type WarmChange,
} from './bench-validate-cache';
import { measureWatch } from './bench-validate-watch';
import { floorTool } from './bench-floor';
import { writeRealisticManifests, writeSyntheticManifests, type RealisticSet } from './synthetic';

/** Targets for `envcloud validate` at scale: cold and warm against ajv-cli (bench-validate-cache.ts), and at most this much memory (MiB). */
const TARGET_PEAK_RSS_MIB = 300;

const program = new Command('bench-validate')
  .description(
    'Time `envcloud validate` cold (no cache), warm (cache filled, one file changed: a comment, or its facts) and watching (`--watch`: from a change saved to the new report) against plain ajv-cli over the same synthetic manifests (wall time, peak RSS).',
  )
  .option('--count <n>', 'synthetic manifests to generate', parsePositiveInteger, 10000)
  .option('--runs <n>', 'runs per tool; the median time and the largest peak RSS are reported', parsePositiveInteger, 3)
  .option('--keep', 'keep the temporary folder (manifests and tool output) for inspection', false)
  .option(
    '--set <set>',
    "clean (every file valid, no warning), realistic (Annex 1's near-duplicates and a few percent of files with one mistake each) or both",
    parseSet,
    'both',
  )
  .addHelpText(
    'after',
    '\nExamples:\n  npm run bench:validate\n  npm run bench:validate -- --count 2000 --runs 3 --keep\n  npm run bench:validate -- --set realistic',
  );

type SetChoice = 'clean' | 'realistic' | 'both';

function parseSet(value: string): SetChoice {
  if (value === 'clean' || value === 'realistic' || value === 'both') return value;
  throw new BenchError(`--set must be clean, realistic or both, not "${value}"`);
}

interface BenchOptions {
  count: number;
  runs: number;
  keep: boolean;
  set: SetChoice;
}

const FLOOR_STAT = floorTool('stat');
const FLOOR_PARSE = floorTool('parse');
const CODE_LOADED = floorTool('load');

// ---- reporting ---------------------------------------------------------------------------------

function report(
  files: number,
  runs: number,
  results: ReadonlyMap<Tool, Measurement>,
  warmTool: Tool,
  factsTool: Tool,
  watch: Record<WarmChange, Measurement>,
  realistic?: RealisticSet,
): string {
  const mib = (kib: number): number => kib / 1024;
  const measured: [string, Measurement][] = [
    ...[...results].map(([tool, result]): [string, Measurement] => [tool.name, result]),
    ['envcloud watch (change → report)', watch.comment],
    ['envcloud watch, facts (change → report)', watch.facts],
  ];
  const rows = measured.map(([name, result]) => [
    name,
    String(files),
    result.seconds.toFixed(2),
    (files / result.seconds).toFixed(0),
    mib(result.peakRssKiB).toFixed(1),
    String(result.exitCode),
    result.verdict,
  ]);
  const envcloud = results.get(ENVCLOUD_COLD)!;
  const warm = results.get(warmTool)!;
  const facts = results.get(factsTool)!;
  const ajvCli = results.get(AJV_CLI)!;
  const ratio = envcloud.seconds / ajvCli.seconds;
  const warmRatio = warm.seconds / ajvCli.seconds;
  const factsRatio = facts.seconds / ajvCli.seconds;
  const watchRatio = watch.comment.seconds / ajvCli.seconds;
  const watchFactsRatio = watch.facts.seconds / ajvCli.seconds;
  const met = (ratio: number, target: number) =>
    `${ratio.toFixed(2)} (target ≤ ${target}: ${ratio <= target ? 'met' : 'MISSED'})`;
  const peak = Math.max(envcloud.peakRssKiB, warm.peakRssKiB, facts.peakRssKiB);
  const withinMemory = mib(peak) < TARGET_PEAK_RSS_MIB;
  return [
    `Measured on this machine: ${machineDescription()}; ${runs === 1 ? '1 run' : `median of ${runs} runs`} per tool.`,
    realistic
      ? `Set: realistic: ${realistic.duplicateGroups} groups of near-duplicate systems (${realistic.duplicateMembers} systems, Annex 1's rate) and ${realistic.filesWithErrors} files with one mistake each (${((realistic.filesWithErrors / files) * 100).toFixed(1)}%).`
      : 'Set: clean: every file valid, no warning.',
    '',
    formatTable(['tool', 'files', 'seconds', 'files/s', 'peak RSS MiB', 'exit', 'result'], rows),
    '',
    `envcloud cold / ajv-cli: ${ratio.toFixed(2)} (target ≤ ${TARGET_COLD_RATIO}: ${ratio <= TARGET_COLD_RATIO ? 'met' : 'MISSED'})`,
    `envcloud warm, a comment changed in one file / ajv-cli: ${warmRatio.toFixed(2)} (target ≤ ${TARGET_WARM_RATIO}: ${warmRatio <= TARGET_WARM_RATIO ? 'met' : 'MISSED'})`,
    `envcloud warm, one file's facts changed (the rules across files run again) / ajv-cli: ${factsRatio.toFixed(2)} (target ≤ ${TARGET_WARM_RATIO}: ${factsRatio <= TARGET_WARM_RATIO ? 'met' : 'MISSED'})`,
    `envcloud validate --watch, a comment changed, from the save to the new report / ajv-cli: ${met(watchRatio, TARGET_WARM_RATIO)}`,
    `envcloud validate --watch, one file's facts changed / ajv-cli: ${met(watchFactsRatio, TARGET_WARM_RATIO)}`,
    ...floorLines(results, ajvCli),
    `target envcloud peak RSS < ${TARGET_PEAK_RSS_MIB} MiB: ${withinMemory ? 'met' : 'MISSED'} (${mib(peak).toFixed(1)} MiB)`,
    ...(sameReport(envcloud, warm) ? [] : ['note: the warm report differs from the cold one']),
    ...(sameReport(envcloud, facts) ? [] : ['note: the warm report after a change of facts differs from the cold one']),
    // A tool that finds other than what the set holds did other work than the one meant to be timed.
    ...(realistic
      ? realisticNotes(realistic, envcloud)
      : [...results]
          .filter(([, result]) => result.exitCode !== 0)
          .map(
            ([tool, result]) =>
              `note: ${tool.name} exited ${result.exitCode} (${result.verdict}); expected 0 on these manifests`,
          )),
  ].join('\n');
}

/** The floors (bench-floor.ts) against ajv-cli: what the targets leave once the machine's own costs are paid. */
function floorLines(results: ReadonlyMap<Tool, Measurement>, ajvCli: Measurement): string[] {
  const ratio = (tool: Tool) => results.get(tool)!.seconds / ajvCli.seconds;
  const stat = ratio(FLOOR_STAT);
  const parse = ratio(FLOOR_PARSE);
  const node = results.get(CODE_LOADED)!.seconds;
  return [
    `envcloud validate's code loaded in a new process, nothing run: ${node.toFixed(2)} s (${ratio(CODE_LOADED).toFixed(2)} of ajv-cli), Node's own start included`,
    `floor of a warm run here (Node started, the files listed and their metadata read, nothing else) / ajv-cli: ${stat.toFixed(2)}: the warm target leaves ${(TARGET_WARM_RATIO - stat).toFixed(2)} for loading the code, the cache, the changed file and the report`,
    `floor of a cold run here (every file read and parsed with js-yaml, as ajv-cli does, nothing checked) / ajv-cli: ${parse.toFixed(2)}: the cold target leaves ${(TARGET_COLD_RATIO - parse).toFixed(2)} for loading the code, the schema, the rules and the report`,
  ];
}

/** Checks envcloud's report against what the realistic set holds: every mistaken file, every duplicate group. */
function realisticNotes(set: RealisticSet, envcloud: Measurement): string[] {
  const { summary, findings } = JSON.parse(envcloud.stdout) as {
    summary: { warnings: number };
    findings: { file: string; severity: string; ruleId: string }[];
  };
  const filesWithErrors = new Set(
    findings.filter((finding) => finding.severity === 'error').map((finding) => finding.file),
  ).size;
  const duplicates = findings.filter((finding) => finding.ruleId === 'duplicate-construction').length;
  const notes = [
    `mistakes: ${Object.entries(set.mistakes)
      .map(([name, files]) => `${files} × ${name}`)
      .join('; ')}`,
  ];
  if (filesWithErrors !== set.filesWithErrors)
    notes.push(`note: envcloud found errors in ${filesWithErrors} files; expected ${set.filesWithErrors}`);
  if (duplicates !== set.duplicateGroups || summary.warnings !== set.duplicateGroups) {
    notes.push(
      `note: envcloud gave ${duplicates} duplicate-construction warnings (${summary.warnings} warnings in all); expected ${set.duplicateGroups}`,
    );
  }
  return notes;
}

// ---- main --------------------------------------------------------------------------------------

async function main(): Promise<number> {
  program.parse();
  const options = program.opts<BenchOptions>();
  const root = mkdtempSync(join(tmpdir(), 'envcloud-bench-'));
  try {
    const sets = options.set === 'both' ? (['clean', 'realistic'] as const) : ([options.set] as const);
    for (const set of sets) {
      // Tool output lives beside the manifests, not among them, so it is never validated itself.
      const manifestsDir = join(root, set, 'manifests');
      const outputDir = join(root, set, 'output');
      mkdirSync(manifestsDir, { recursive: true });
      mkdirSync(outputDir, { recursive: true });
      const started = process.hrtime.bigint();
      let realistic: RealisticSet | undefined;
      if (set === 'realistic') realistic = writeRealisticManifests(manifestsDir, options.count);
      else writeSyntheticManifests(manifestsDir, options.count);
      console.log(
        `\ngenerated ${options.count} ${set} manifests in ${manifestsDir} (${secondsSince(started).toFixed(1)} s)`,
      );

      // Run by run in turn, so that a slow spell of the machine hits every tool alike.
      const warm = new WarmRuns(manifestsDir, outputDir);
      const facts = new WarmRuns(manifestsDir, outputDir, 'facts');
      const tools = [ENVCLOUD_COLD, AJV_CLI, warm.tool, facts.tool, FLOOR_STAT, FLOOR_PARSE, CODE_LOADED];
      const runs = new Map<Tool, Measurement[]>(tools.map((tool) => [tool, []]));
      for (let run = 0; run < options.runs; run++) {
        runs.get(ENVCLOUD_COLD)!.push(measure(ENVCLOUD_COLD, manifestsDir, outputDir));
        runs.get(AJV_CLI)!.push(measure(AJV_CLI, manifestsDir, outputDir));
        runs.get(warm.tool)!.push(warm.measure());
        runs.get(facts.tool)!.push(facts.measure());
        for (const floor of [FLOOR_STAT, FLOOR_PARSE, CODE_LOADED])
          runs.get(floor)!.push(measure(floor, manifestsDir, outputDir));
      }
      const results = new Map(tools.map((tool) => [tool, summarize(runs.get(tool)!)]));
      // After the others: the watching process would run again on every change the warm runs make.
      const watch = await measureWatch(manifestsDir, outputDir, options.runs);
      console.log(`\n${report(options.count, options.runs, results, warm.tool, facts.tool, watch, realistic)}`);
    }
    return 0;
  } finally {
    if (options.keep) console.log(`\nkept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`bench-validate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
