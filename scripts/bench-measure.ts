// The benchmarked tools (envcloud validate, ajv-cli), and one run of a tool measured in a child process:
// wall-clock time, peak RSS (recorded by scripts/bench-peak-rss.js), exit code and verdict.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_SCHEMA_FILE } from '../model/schema';
import { packageRoot } from '../model/paths';

/** A child process did not run to completion, or its input is unusable: the benchmark has no number to report. */
export class BenchError extends Error {
  override readonly name = 'BenchError';
}

// ---- the tools ---------------------------------------------------------------------------------

/** One benchmarked command line, run as `node --require <preload> <args…>`. */
export interface Tool {
  name: string;
  args(manifestsDir: string): string[];
  /** Working folder of the child; the package root when absent. */
  cwd?: string;
  /** Exit codes that mean the tool ran to the end (valid or findings); any other is a failure to run. */
  completedCodes: readonly number[];
  /** What the tool concluded, from its captured output (e.g. how many files it found invalid). */
  verdict(stdout: string, stderr: string): string;
}

/** The CLI entry as an absolute path, so a tool may run with another working folder. */
export function envcloudBin(): string {
  return join(packageRoot(), 'bin', 'envcloud.js');
}

export const ENVCLOUD_VALIDATE: Tool = {
  name: 'envcloud',
  args: (manifestsDir) => [envcloudBin(), 'validate', manifestsDir, '--format', 'json'],
  completedCodes: [0, 1],
  verdict(stdout) {
    const { summary } = JSON.parse(stdout) as { summary: { errors: number; warnings: number } };
    return `${summary.errors} errors, ${summary.warnings} warnings`;
  },
};

export const AJV_CLI: Tool = {
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

export interface Measurement {
  seconds: number;
  peakRssKiB: number;
  exitCode: number;
  verdict: string;
  /** The child's standard output and error, for callers that read more than the verdict from them. */
  stdout: string;
  stderr: string;
}

interface OutputFiles {
  stdout: string;
  stderr: string;
  /** Where the preload writes the child's peak RSS. */
  peakRss: string;
}

/**
 * Runs `node --require <preload> <args…>`. Output goes to files, not pipes: spawnSync buffers piped
 * output in memory and kills the child past maxBuffer, and envcloud's JSON report for 10,000 files
 * runs to tens of megabytes.
 */
function spawnToFiles(tool: Tool, args: readonly string[], files: OutputFiles): SpawnSyncReturns<Buffer> {
  const stdout = openSync(files.stdout, 'w');
  const stderr = openSync(files.stderr, 'w');
  try {
    return spawnSync(process.execPath, benchedNodeArgs(args), {
      cwd: tool.cwd ?? packageRoot(),
      stdio: ['ignore', stdout, stderr],
      env: peakRssEnv(files.peakRss),
    });
  } finally {
    closeSync(stdout);
    closeSync(stderr);
  }
}

/**
 * Node's arguments for a benchmarked child: the flags bin/envcloud.js's first line gives node, so the
 * bench times the CLI as it is run, and the preload that records the child's peak RSS (peakRssEnv).
 */
export function benchedNodeArgs(args: readonly string[]): string[] {
  return ['--max-semi-space-size=64', '--require', join(packageRoot(), 'scripts', 'bench-peak-rss.js'), ...args];
}

/** The environment of a benchmarked child: the file its preload writes its peak RSS to. */
export function peakRssEnv(file: string): NodeJS.ProcessEnv {
  return { ...process.env, BENCH_PEAK_RSS_FILE: file };
}

/**
 * Why a child did not finish, in a few lines a reader can act on: V8's out-of-memory abort is named as
 * such, and native or JavaScript stack frames are dropped, so the benchmark never prints a stack trace.
 */
export function failureReason(stderr: string): string {
  if (stderr.includes('JavaScript heap out of memory'))
    return 'ran out of memory (V8 heap limit reached: "JavaScript heap out of memory")';
  const lines = stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s+at |^\s*\d+: 0x|^\s*[-=]{3,}/.test(line));
  // The CLI states its error on a line starting `envcloud:`; what follows it is the detail (e.g. preflight problems).
  const stated = lines.findIndex((line) => line.startsWith('envcloud:'));
  return (
    (stated >= 0 ? lines.slice(stated, stated + 6) : lines.slice(-5)).join('\n') || '(no output on standard error)'
  );
}

/** A step that started but did not run to the end; `seconds` is how long it ran before it stopped. */
export class StepFailed extends BenchError {
  constructor(
    readonly tool: string,
    readonly seconds: number,
    readonly reason: string,
  ) {
    super(
      `${tool} ${reason.includes('\n') ? `failed after ${seconds.toFixed(1)} s:\n${reason}` : `failed after ${seconds.toFixed(1)} s: ${reason}`}`,
    );
  }
}

/** The exit code of a child that ran to the end; anything else is a StepFailed with the child's last words. */
function completedExitCode(tool: Tool, result: SpawnSyncReturns<Buffer>, files: OutputFiles, seconds: number): number {
  const reason = (): string => failureReason(readFileSync(files.stderr, 'utf8'));
  if (result.error) throw new StepFailed(tool.name, seconds, `did not start: ${result.error.message}`);
  if (result.status === null) throw new StepFailed(tool.name, seconds, `was killed by ${result.signal}: ${reason()}`);
  if (!tool.completedCodes.includes(result.status))
    throw new StepFailed(tool.name, seconds, `exited with code ${result.status}: ${reason()}`);
  return result.status;
}

function readPeakRss(tool: Tool, files: OutputFiles): number {
  const kib = existsSync(files.peakRss) ? Number(readFileSync(files.peakRss, 'utf8')) : NaN;
  if (!Number.isFinite(kib) || kib <= 0)
    throw new BenchError(`${tool.name} exited without recording its peak RSS in ${files.peakRss}`);
  return kib;
}

/** Runs the tool once over the manifests and times it, wall clock, start of the child to its exit. */
export function measure(tool: Tool, manifestsDir: string, outputDir: string): Measurement {
  const files: OutputFiles = {
    stdout: join(outputDir, `${tool.name}.stdout`),
    stderr: join(outputDir, `${tool.name}.stderr`),
    peakRss: join(outputDir, `${tool.name}.peak-rss`),
  };
  // A file left by an earlier run must not pass for this run's measurement.
  rmSync(files.peakRss, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnToFiles(tool, tool.args(manifestsDir), files);
  const seconds = secondsSince(started);
  const exitCode = completedExitCode(tool, result, files, seconds);
  const stdout = readFileSync(files.stdout, 'utf8');
  const stderr = readFileSync(files.stderr, 'utf8');
  return {
    seconds,
    peakRssKiB: readPeakRss(tool, files),
    exitCode,
    verdict: tool.verdict(stdout, stderr),
    stdout,
    stderr,
  };
}

/** Median time and largest peak RSS over the runs; exit code and verdict of the first run (same input every run). */
export function summarize(runs: readonly Measurement[]): Measurement {
  const times = runs.map((run) => run.seconds).sort((a, b) => a - b);
  const middle = times.length >> 1;
  const seconds = times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
  return { ...runs[0]!, seconds, peakRssKiB: Math.max(...runs.map((run) => run.peakRssKiB)) };
}

export function secondsSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e9;
}
