import { Command } from 'commander';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePositiveInteger } from '../cli/options';
import { AJV_CLI, ENVCLOUD_VALIDATE as ENVCLOUD, formatTable, machineDescription, measure, secondsSince, summarize, writeSyntheticManifests, type Measurement, type Tool } from './synthetic';

/** Targets for `envcloud validate` at scale: faster than plain ajv-cli, and at most this much memory (MiB). */
const TARGET_PEAK_RSS_MIB = 300;

const program = new Command('bench-validate')
  .description('Time `envcloud validate` against plain ajv-cli over the same synthetic manifests (wall time, peak RSS).')
  .option('--count <n>', 'synthetic manifests to generate', parsePositiveInteger, 10000)
  .option('--runs <n>', 'runs per tool; the median time and the largest peak RSS are reported', parsePositiveInteger, 1)
  .option('--keep', 'keep the temporary folder (manifests and tool output) for inspection', false)
  .addHelpText('after', '\nExamples:\n  npm run bench:validate\n  npm run bench:validate -- --count 2000 --runs 3 --keep');

interface BenchOptions {
  count: number;
  runs: number;
  keep: boolean;
}

// ---- reporting ---------------------------------------------------------------------------------

function report(files: number, runs: number, results: ReadonlyMap<Tool, Measurement>): string {
  const mib = (kib: number): number => kib / 1024;
  const rows = [...results].map(([tool, result]) => [
    tool.name,
    String(files),
    result.seconds.toFixed(2),
    (files / result.seconds).toFixed(0),
    mib(result.peakRssKiB).toFixed(1),
    String(result.exitCode),
    result.verdict,
  ]);
  const envcloud = results.get(ENVCLOUD)!;
  const ajvCli = results.get(AJV_CLI)!;
  const ratio = envcloud.seconds / ajvCli.seconds;
  const faster = envcloud.seconds < ajvCli.seconds;
  const withinMemory = mib(envcloud.peakRssKiB) < TARGET_PEAK_RSS_MIB;
  return [
    `Measured on this machine: ${machineDescription()}; ${runs === 1 ? '1 run' : `median of ${runs} runs`} per tool.`,
    '',
    formatTable(['tool', 'files', 'seconds', 'files/s', 'peak RSS MiB', 'exit', 'result'], rows),
    '',
    `envcloud time / ajv-cli time: ${ratio.toFixed(2)}`,
    `target envcloud faster than ajv-cli: ${faster ? 'met' : 'MISSED'}`,
    `target envcloud peak RSS < ${TARGET_PEAK_RSS_MIB} MiB: ${withinMemory ? 'met' : 'MISSED'} (${mib(envcloud.peakRssKiB).toFixed(1)} MiB)`,
    // Every synthetic manifest is meant to be valid; a tool that disagrees did other work than the one timed.
    ...[...results]
      .filter(([, result]) => result.exitCode !== 0)
      .map(([tool, result]) => `note: ${tool.name} exited ${result.exitCode} (${result.verdict}); expected 0 on these manifests`),
  ].join('\n');
}

// ---- main --------------------------------------------------------------------------------------

function main(): number {
  program.parse();
  const options = program.opts<BenchOptions>();
  const root = mkdtempSync(join(tmpdir(), 'envcloud-bench-'));
  try {
    // Tool output lives beside the manifests, not among them, so it is never validated itself.
    const manifestsDir = join(root, 'manifests');
    const outputDir = join(root, 'output');
    mkdirSync(manifestsDir);
    mkdirSync(outputDir);
    const started = process.hrtime.bigint();
    writeSyntheticManifests(manifestsDir, options.count);
    console.log(`generated ${options.count} manifests in ${manifestsDir} (${secondsSince(started).toFixed(1)} s)`);

    const tools = [ENVCLOUD, AJV_CLI];
    const runs = new Map<Tool, Measurement[]>(tools.map((tool) => [tool, []]));
    for (let run = 0; run < options.runs; run++) {
      for (const tool of tools) runs.get(tool)!.push(measure(tool, manifestsDir, outputDir));
    }
    const results = new Map(tools.map((tool) => [tool, summarize(runs.get(tool)!)]));
    console.log(`\n${report(options.count, options.runs, results)}`);
    return 0;
  } finally {
    if (options.keep) console.log(`\nkept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`bench-validate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
