import { Command } from 'commander';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Topic characters are drawn from the first 2,000 CJK ideographs, a vocabulary the size of real names'. */
const TOPIC_VOCABULARY = 2000;
const CJK_START = 0x4e00;

/**
 * Eight characters derived from the number, put in front of the Annex 1 name. Real systems differ in
 * what they do; without this, 55 copies of each Annex 1 name would be near-duplicates and the
 * benchmark would measure the printing of tens of thousands of duplicate-construction warnings.
 */
function topicFor(number: number): string {
  let topic = '';
  let hash = number;
  for (let i = 0; i < 8; i++) {
    hash = Math.imul(hash ^ (hash >>> 13), 0x5bd1e995) >>> 0;
    // The first two characters spell the number (unique below four million), the rest are hashed.
    const digit = i < 2 ? Math.floor(number / TOPIC_VOCABULARY ** i) % TOPIC_VOCABULARY : hash % TOPIC_VOCABULARY;
    topic += String.fromCodePoint(CJK_START + digit);
  }
  return topic;
}

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
    name: `${topicFor(number)}${row.name}`,
    managingUnit: row.managingUnit,
    reportingUnit: row.reportingUnit,
    disposition,
    recommendation: row.recommendation,
    nameIsShared: false,
  };
}

/**
 * ajv-cli reads YAML with js-yaml 3 (YAML 1.1), which turns an unquoted `2017-12-31` into a Date, so it
 * would reject every manifest's date fields as "must be string" and spend its time printing errors.
 * A quoted date is the same string in YAML 1.1 and 1.2, so both tools see the same data and do the same work.
 */
function quoteDates(text: string): string {
  return text.replace(/^(\s*[A-Za-z]+: )(\d{4}-\d{2}-\d{2})$/gm, "$1'$2'");
}

/** Writes `count` manifests the way `npm run import:inventory` would, one file per system. */
function writeSyntheticManifests(dir: string, count: number): void {
  const rows = readInventory();
  for (let index = 0; index < count; index++) {
    const { manifest } = buildManifest(syntheticFacts(rows, index));
    writeFileSync(join(dir, manifestFileName(manifest.metadata.slug)), quoteDates(renderImported(manifest)));
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

interface OutputFiles {
  stdout: string;
  stderr: string;
  /** Where the preload writes the child's peak RSS. */
  peakRss: string;
}

/**
 * Runs `node --require <preload> <args…>` from the package root. Output goes to files, not pipes:
 * spawnSync buffers piped output in memory and kills the child past maxBuffer, and envcloud's JSON
 * report for 10,000 files runs to tens of megabytes.
 */
function spawnToFiles(args: readonly string[], files: OutputFiles): SpawnSyncReturns<Buffer> {
  const preload = join(packageRoot(), 'scripts', 'bench-peak-rss.js');
  const stdout = openSync(files.stdout, 'w');
  const stderr = openSync(files.stderr, 'w');
  try {
    return spawnSync(process.execPath, ['--require', preload, ...args], {
      cwd: packageRoot(),
      stdio: ['ignore', stdout, stderr],
      env: { ...process.env, BENCH_PEAK_RSS_FILE: files.peakRss },
    });
  } finally {
    closeSync(stdout);
    closeSync(stderr);
  }
}

/** The exit code of a child that ran to the end; anything else is a BenchError with the child's last words. */
function completedExitCode(tool: Tool, result: SpawnSyncReturns<Buffer>, files: OutputFiles): number {
  const lastLines = (): string => readFileSync(files.stderr, 'utf8').trim().split('\n').slice(-5).join('\n');
  if (result.error) throw new BenchError(`${tool.name} did not start: ${result.error.message}`);
  if (result.status === null) throw new BenchError(`${tool.name} was killed by ${result.signal}\n${lastLines()}`);
  if (!tool.completedCodes.includes(result.status)) {
    throw new BenchError(`${tool.name} failed with exit code ${result.status}\n${lastLines()}`);
  }
  return result.status;
}

function readPeakRss(tool: Tool, files: OutputFiles): number {
  const kib = existsSync(files.peakRss) ? Number(readFileSync(files.peakRss, 'utf8')) : NaN;
  if (!Number.isFinite(kib) || kib <= 0) throw new BenchError(`${tool.name} exited without recording its peak RSS in ${files.peakRss}`);
  return kib;
}

/** Runs the tool once over the manifests and times it, wall clock, start of the child to its exit. */
function measure(tool: Tool, manifestsDir: string, outputDir: string): Measurement {
  const files: OutputFiles = {
    stdout: join(outputDir, `${tool.name}.stdout`),
    stderr: join(outputDir, `${tool.name}.stderr`),
    peakRss: join(outputDir, `${tool.name}.peak-rss`),
  };
  // A file left by an earlier run must not pass for this run's measurement.
  rmSync(files.peakRss, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnToFiles(tool.args(manifestsDir), files);
  const seconds = secondsSince(started);
  const exitCode = completedExitCode(tool, result, files);
  return {
    seconds,
    peakRssKiB: readPeakRss(tool, files),
    exitCode,
    verdict: tool.verdict(readFileSync(files.stdout, 'utf8'), readFileSync(files.stderr, 'utf8')),
  };
}

function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
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
