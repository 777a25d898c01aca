import { Command } from 'commander';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parsePositiveInteger } from '../cli/options';
import { readInventory, type InventoryRow } from '../inventory/annex1';
import { buildManifest, type SystemFacts } from '../inventory/defaults';
import { manifestFileName } from '../inventory/import';
import { dispositionFor } from '../inventory/recommendation';
import { renderImported } from '../inventory/render';
import { MANIFEST_SCHEMA_FILE } from '../model/schema';
import { packageRoot } from '../model/paths';

/** Targets for `envcloud validate` at scale: faster than plain ajv-cli, and within this much memory. */
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

/** A child process did not run to completion: the benchmark has no number to report for it. */
class BenchError extends Error {
  override readonly name = 'BenchError';
}

/** One benchmarked command line, run as `node --require <preload> <args…>` from the package root. */
interface Tool {
  name: string;
  args(manifestsDir: string): string[];
  /** Exit codes that mean the tool ran to the end (valid or findings); any other is a failure to run. */
  completedCodes: readonly number[];
  /** What the tool concluded, from its captured output (e.g. how many files it found invalid). */
  verdict(stdout: string, stderr: string): string;
}

interface Measurement {
  seconds: number;
  peakRssKiB: number;
  exitCode: number;
  verdict: string;
}

// ---- synthetic manifests ----------------------------------------------------------------------

/**
 * The facts of the `index`-th synthetic system: Annex 1 rows in turn, each given a fresh number and a
 * name carrying it, so numbers, slugs (derived from number and name) and data resource names (derived
 * from the name) are unique and the unique-number, unique-slug and one-data-one-source rules pass.
 */
function syntheticFacts(rows: readonly InventoryRow[], index: number): SystemFacts {
  const row = rows[index % rows.length]!;
  const disposition = dispositionFor(row.recommendation);
  if (!disposition) throw new BenchError(`inventory row ${row.number} has an unknown recommendation "${row.recommendation}"`);
  const number = index + 1;
  return {
    number,
    name: `${row.name}（合成${number}）`,
    managingUnit: row.managingUnit,
    reportingUnit: row.reportingUnit,
    disposition,
    recommendation: row.recommendation,
    nameIsShared: false,
  };
}

/** Writes `count` manifests the way `npm run import:inventory` would, one file per system. */
function writeSyntheticManifests(dir: string, count: number): void {
  const rows = readInventory();
  for (let index = 0; index < count; index++) {
    const { manifest } = buildManifest(syntheticFacts(rows, index));
    writeFileSync(join(dir, manifestFileName(manifest.metadata.slug)), renderImported(manifest));
  }
}

// ---- the tools ---------------------------------------------------------------------------------

const ENVCLOUD: Tool = {
  name: 'envcloud',
  args: (manifestsDir) => ['bin/envcloud.js', 'validate', manifestsDir, '--format', 'json'],
  completedCodes: [0, 1],
  verdict(stdout) {
    const { summary } = JSON.parse(stdout) as { summary: { errors: number; warnings: number } };
    return `${summary.errors} errors, ${summary.warnings} warnings`;
  },
};

const AJV_CLI: Tool = {
  name: 'ajv-cli',
  // The `ajv` bin of ajv-cli 5. The glob is passed unexpanded (no shell): ajv-cli expands it itself,
  // and 10,000 paths could exceed the argument-list limit of the OS.
  args: (manifestsDir) => [
    'node_modules/ajv-cli/dist/index.js',
    'validate',
    '--spec=draft2020',
    '-c',
    'ajv-formats',
    '-s',
    MANIFEST_SCHEMA_FILE,
    '-d',
    join(manifestsDir, '*.yaml'),
    '--all-errors',
  ],
  completedCodes: [0, 1],
  verdict(stdout, stderr) {
    const valid = countLines(stdout, / valid$/);
    const invalid = countLines(stderr, / invalid$/);
    return `${valid} valid, ${invalid} invalid`;
  },
};

function countLines(text: string, pattern: RegExp): number {
  return text.split('\n').filter((line) => pattern.test(line)).length;
}

// ---- measuring ---------------------------------------------------------------------------------

/**
 * Runs the tool once. Output goes to files, not pipes: spawnSync buffers piped output in memory and
 * kills the child past maxBuffer, and envcloud's JSON report for 10,000 files is large.
 */
function measure(tool: Tool, manifestsDir: string, outputDir: string): Measurement {
  const stdoutFile = join(outputDir, `${tool.name}.stdout`);
  const stderrFile = join(outputDir, `${tool.name}.stderr`);
  const rssFile = join(outputDir, `${tool.name}.maxrss`);
  rmSync(rssFile, { force: true });
  const preload = join(packageRoot(), 'scripts', 'bench-peak-rss.js');
  const stdout = openSync(stdoutFile, 'w');
  const stderr = openSync(stderrFile, 'w');
  const started = process.hrtime.bigint();
  const result = (() => {
    try {
      return spawnSync(process.execPath, ['--require', preload, ...tool.args(manifestsDir)], {
        cwd: packageRoot(),
        stdio: ['ignore', stdout, stderr],
        env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile },
      });
    } finally {
      closeSync(stdout);
      closeSync(stderr);
    }
  })();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  const errorText = (): string => readFileSync(stderrFile, 'utf8').trim().split('\n').slice(-5).join('\n');
  if (result.error) throw new BenchError(`${tool.name} did not start: ${result.error.message}`);
  if (result.status === null) throw new BenchError(`${tool.name} was killed by ${result.signal}\n${errorText()}`);
  if (!tool.completedCodes.includes(result.status)) {
    throw new BenchError(`${tool.name} failed with exit code ${result.status}\n${errorText()}`);
  }
  let peakRssKiB: number;
  try {
    peakRssKiB = Number(readFileSync(rssFile, 'utf8'));
  } catch {
    throw new BenchError(`${tool.name} exited without recording its peak RSS (was the preload ${preload} loaded?)`);
  }
  const verdict = tool.verdict(readFileSync(stdoutFile, 'utf8'), readFileSync(stderrFile, 'utf8'));
  return { seconds, peakRssKiB, exitCode: result.status, verdict };
}

/** Median time and largest peak RSS over the runs; exit code and verdict of the first run (same input every run). */
function summarize(runs: readonly Measurement[]): Measurement {
  const times = runs.map((run) => run.seconds).sort((a, b) => a - b);
  const middle = times.length >> 1;
  const seconds = times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  return { ...runs[0]!, seconds, peakRssKiB: Math.max(...runs.map((run) => run.peakRssKiB)) };
}

// ---- reporting ---------------------------------------------------------------------------------

function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

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
  const cpu = cpus();
  return [
    `Measured on this machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `Node ${process.version}, ${process.platform}/${process.arch}; ${runs === 1 ? '1 run' : `median of ${runs} runs`} per tool.`,
    '',
    formatTable(['tool', 'files', 'seconds', 'files/s', 'peak RSS MiB', 'exit', 'result'], rows),
    '',
    `envcloud time / ajv-cli time: ${ratio.toFixed(2)}`,
    `target envcloud faster than ajv-cli: ${faster ? 'met' : 'MISSED'}`,
    `target envcloud peak RSS < ${TARGET_PEAK_RSS_MIB} MiB: ${withinMemory ? 'met' : 'MISSED'} (${mib(envcloud.peakRssKiB).toFixed(1)} MiB)`,
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
    writeSyntheticManifests(manifestsDir, options.count);
    console.log(`generated ${options.count} manifests in ${manifestsDir}`);

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
