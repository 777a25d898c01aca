// The report of `npm run bench`: the table, the targets and what did not run, from the measured steps.
import { cpus, totalmem } from 'node:os';
import type { Measurement, StepFailed } from './bench-measure';
import { TARGET_COLD_RATIO, TARGET_WARM_RATIO } from './bench-validate-cache';

export const STACK = 'prod';

/**
 * Runs of each validator per size. They take about a second, so one run's ratio moves by ±0.15 from
 * run to run on a busy 2-core machine; the median of three is steadier. Preview and audit run once:
 * they take tens of seconds, and their noise is small against that.
 */
export const VALIDATE_RUNS = 3;

/** The scale targets. */
const TARGET_VALIDATE_RATIO = 1.0;
/** The validate cache's targets (#16) apply at this size: cold and warm (one file changed) against ajv-cli. */
const TARGET_CACHE_SIZE = 10_000;
const TARGET_PREVIEW_AUDIT_SIZE = 1000;
/** Preview plus audit is one run, `preview --audit` (#16). */
const TARGET_PREVIEW_AUDIT_SECONDS = 15;
const TARGET_MEMORY_SIZE = 5000;
const TARGET_PEAK_RSS_MIB = 1024;
/** The real path (runtime protocol): prod's 182 systems, and 1,000 systems in time and memory. */
const TARGET_REAL_PROD_SECONDS = 15;
const TARGET_REAL_SIZE = 1000;
const TARGET_REAL_SECONDS = 60;
const TARGET_REAL_RSS_MIB = 1536;

/** A step's measurement, or why it has none. */
export type Outcome = { ok: true; measurement: Measurement } | { ok: false; failure: StepFailed };

export interface SizeResult {
  systems: number;
  /** envcloud validate without a cache. */
  validate: Outcome;
  /** envcloud validate with its cache filled and one file changed since. */
  validateWarm: Outcome;
  /** Warm, one file's facts changed: the findings across files are found again. */
  validateFacts: Outcome;
  ajvCli: Outcome;
  /** `preview --audit`: plan, rendered objects and audit from one run of the program. */
  preview: Outcome;
  /** `envcloud audit` on its own. */
  audit: Outcome;
  /** The program run through Pulumi's runtime protocol; its peak RSS is the program process's. */
  real: Outcome;
  /** From the preview's plan.json. */
  resources?: number;
  depth?: number;
}

// ---- reporting -----------------------------------------------------------------------------------

export function mib(kib: number): number {
  return kib / 1024;
}

function seconds(outcome: Outcome): number | undefined {
  return outcome.ok ? outcome.measurement.seconds : undefined;
}

/** The cell of a step that failed: what stopped it, and when. */
function failedCell(failure: StepFailed): string {
  return failure.reason.includes('out of memory') ? `OOM@${failure.seconds.toFixed(0)}s` : 'failed';
}

function secondsCell(outcome: Outcome): string {
  return outcome.ok ? outcome.measurement.seconds.toFixed(2) : failedCell(outcome.failure);
}

function rssCell(outcome: Outcome): string {
  return outcome.ok ? mib(outcome.measurement.peakRssKiB).toFixed(0) : failedCell(outcome.failure);
}

/** envcloud's own steps; ajv-cli is the yardstick for validate, not part of envcloud's footprint. */
function envcloudSteps(result: SizeResult): Outcome[] {
  return [result.validate, result.preview, result.audit];
}

function ranOutOfMemory(result: SizeResult): boolean {
  return envcloudSteps(result).some((step) => !step.ok && step.failure.reason.includes('out of memory'));
}

/** Largest peak RSS over envcloud's steps, or undefined when a step has no figure (it failed). */
function peakRss(result: SizeResult): number | undefined {
  const steps = envcloudSteps(result);
  return steps.every((step) => step.ok)
    ? Math.max(...steps.map((step) => (step.ok ? mib(step.measurement.peakRssKiB) : 0)))
    : undefined;
}

function ratio(
  result: SizeResult,
  step: 'validate' | 'validateWarm' | 'validateFacts' = 'validate',
): number | undefined {
  const envcloud = seconds(result[step]);
  const ajvCli = seconds(result.ajvCli);
  return envcloud !== undefined && ajvCli !== undefined ? envcloud / ajvCli : undefined;
}

/** Preview plus audit: the one `preview --audit` run that serves both. */
function previewAudit(result: SizeResult): number | undefined {
  return seconds(result.preview);
}

function table(results: readonly SizeResult[]): string {
  const number = (value: number | undefined, digits: number): string =>
    value === undefined ? '-' : value.toFixed(digits);
  const rows = results.map((result) => {
    const peak = peakRss(result);
    return [
      result.systems.toLocaleString('en-US'),
      secondsCell(result.validate),
      secondsCell(result.ajvCli),
      number(ratio(result), 2),
      secondsCell(result.validateWarm),
      number(ratio(result, 'validateWarm'), 2),
      secondsCell(result.validateFacts),
      number(ratio(result, 'validateFacts'), 2),
      secondsCell(result.preview),
      secondsCell(result.audit),
      peak === undefined ? (ranOutOfMemory(result) ? 'OOM' : '-') : peak.toFixed(0),
      envcloudSteps(result).map(rssCell).join(' / '),
      result.resources === undefined ? '-' : result.resources.toLocaleString('en-US'),
      result.depth === undefined ? '-' : String(result.depth),
      secondsCell(result.real),
      rssCell(result.real),
    ];
  });
  return formatTable(
    [
      'systems',
      'validate s',
      'ajv-cli s',
      'ratio',
      'warm s',
      'warm ratio',
      'warm facts s',
      'facts ratio',
      'preview+audit s',
      'audit s',
      'peak RSS MiB',
      'RSS validate / preview+audit / audit',
      'resources',
      'graph depth',
      'real preview s',
      'real RSS MiB',
    ],
    rows,
  );
}

interface Target {
  description: string;
  /** undefined: not measured (the size is not in --sizes, or its step failed). */
  pass: boolean | undefined;
  detail: string;
}

/** Cold (no cache) and warm (one file changed: a comment, its facts) against ajv-cli, at the size the issue states them for. */
function cacheTargets(result: SizeResult | undefined): Target[] {
  const size = TARGET_CACHE_SIZE.toLocaleString('en-US');
  return (
    [
      ['cold, no cache', 'validate', TARGET_COLD_RATIO],
      ['warm, a comment changed in one file', 'validateWarm', TARGET_WARM_RATIO],
      ["warm, one file's facts changed", 'validateFacts', TARGET_WARM_RATIO],
    ] as const
  ).map(([what, step, target]) => {
    const value = result && ratio(result, step);
    return {
      description: `envcloud validate ${what} / ajv-cli ≤ ${target.toFixed(2)} at ${size} systems`,
      pass: value === undefined ? undefined : value <= target,
      detail: !result
        ? `size ${TARGET_CACHE_SIZE} not in --sizes`
        : value === undefined
          ? 'a run failed'
          : `ratio ${value.toFixed(2)}`,
    };
  });
}

function targets(results: readonly SizeResult[]): Target[] {
  const at = (size: number): SizeResult | undefined => results.find((result) => result.systems === size);
  const ratios = results.map((result) => ratio(result));
  const worstRatio = Math.max(...ratios.map((value) => value ?? Infinity));
  const previewAuditAt = at(TARGET_PREVIEW_AUDIT_SIZE);
  const previewAuditSeconds = previewAuditAt && previewAudit(previewAuditAt);
  const memoryAt = at(TARGET_MEMORY_SIZE);
  const memory = memoryAt && peakRss(memoryAt);
  const depths = results.map((result) => result.depth);
  const realAt = (size: number) => {
    const result = at(size);
    return result?.real.ok ? result.real.measurement : undefined;
  };
  const realProd = realAt(182);
  const realLarge = realAt(TARGET_REAL_SIZE);
  const measuredDepths = new Set(depths.filter((depth): depth is number => depth !== undefined));
  return [
    {
      description: `envcloud validate / ajv-cli ≤ ${TARGET_VALIDATE_RATIO.toFixed(2)} at every size`,
      pass: ratios.every((value) => value !== undefined) ? worstRatio <= TARGET_VALIDATE_RATIO : undefined,
      detail: `ratios ${ratios.map((value) => number2(value)).join(', ')}`,
    },
    ...cacheTargets(at(TARGET_CACHE_SIZE)),
    {
      description: `preview + audit (one preview --audit run) at ${TARGET_PREVIEW_AUDIT_SIZE.toLocaleString('en-US')} systems ≤ ${TARGET_PREVIEW_AUDIT_SECONDS} s`,
      pass: previewAuditSeconds === undefined ? undefined : previewAuditSeconds <= TARGET_PREVIEW_AUDIT_SECONDS,
      detail: !previewAuditAt
        ? `size ${TARGET_PREVIEW_AUDIT_SIZE} not in --sizes`
        : previewAuditSeconds === undefined
          ? 'preview --audit failed'
          : `${previewAuditSeconds.toFixed(2)} s`,
    },
    {
      description: `peak memory at ${TARGET_MEMORY_SIZE.toLocaleString('en-US')} systems ≤ ${TARGET_PEAK_RSS_MIB.toLocaleString('en-US')} MiB`,
      pass: memoryPass(memoryAt, memory),
      detail: !memoryAt
        ? `size ${TARGET_MEMORY_SIZE} not in --sizes`
        : memory !== undefined
          ? `${memory.toFixed(0)} MiB`
          : ranOutOfMemory(memoryAt)
            ? 'a step ran out of memory at the V8 heap limit'
            : 'a step failed',
    },
    {
      description: `real path, prod's 182 systems ≤ ${TARGET_REAL_PROD_SECONDS} s`,
      pass: realProd ? realProd.seconds <= TARGET_REAL_PROD_SECONDS : undefined,
      detail: realProd ? `${realProd.seconds.toFixed(2)} s` : 'size 182 not in --sizes, or the run failed',
    },
    {
      description: `real path, ${TARGET_REAL_SIZE.toLocaleString('en-US')} systems ≤ ${TARGET_REAL_SECONDS} s and ≤ ${TARGET_REAL_RSS_MIB.toLocaleString('en-US')} MiB`,
      pass: realLarge
        ? realLarge.seconds <= TARGET_REAL_SECONDS && mib(realLarge.peakRssKiB) <= TARGET_REAL_RSS_MIB
        : undefined,
      detail: realLarge
        ? `${realLarge.seconds.toFixed(2)} s, ${mib(realLarge.peakRssKiB).toFixed(0)} MiB`
        : `size ${TARGET_REAL_SIZE} not in --sizes, or the run failed`,
    },
    {
      description: 'deploy graph depth equal at every size',
      pass: depths.every((depth) => depth !== undefined)
        ? measuredDepths.size === 1
        : measuredDepths.size > 1
          ? false
          : undefined,
      detail: `depths ${depths.map((depth) => (depth === undefined ? '-' : String(depth))).join(', ')}`,
    },
  ];
}

/** A step that ran out of memory went past the V8 heap limit (about 4 GiB by default), above the target. */
function memoryPass(result: SizeResult | undefined, memory: number | undefined): boolean | undefined {
  if (!result) return undefined;
  if (memory !== undefined) return memory <= TARGET_PEAK_RSS_MIB;
  return ranOutOfMemory(result) ? false : undefined;
}

function number2(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(2);
}

export function failures(results: readonly SizeResult[]): string[] {
  const steps: [string, (result: SizeResult) => Outcome][] = [
    ['envcloud validate', (result) => result.validate],
    ['ajv-cli validate', (result) => result.ajvCli],
    ['envcloud preview --audit', (result) => result.preview],
    ['envcloud audit', (result) => result.audit],
    ['real path preview', (result) => result.real],
  ];
  return results.flatMap((result) =>
    steps.flatMap(([name, step]) => {
      const outcome = step(result);
      return outcome.ok ? [] : [`${result.systems} systems, ${name}: ${outcome.failure.message}`];
    }),
  );
}

export function report(results: readonly SizeResult[], totalSeconds: number): string {
  const verdict = (target: Target): string =>
    target.pass === undefined ? 'NOT MEASURED' : target.pass ? 'PASS' : 'MISS';
  return [
    `OFFLINE figures: validate, preview and audit ran under Pulumi mocks in a child process; "real preview" ran the program as \`pulumi preview\` does, through Pulumi's runtime protocol (@pulumi/pulumi/cmd/run, Pulumi.yaml's runtime options) against an engine double that answers at once. Nothing was deployed and no cloud or cluster was contacted.`,
    `Machine: ${machineDescription()}; wall time, median of ${VALIDATE_RUNS} runs for the validators, 1 run for preview and audit; peak RSS per child process. Stack ${STACK}, pools scaled to the set (see scripts/bench.ts).`,
    '',
    table(results),
    '',
    'preview+audit s: one `envcloud preview --audit` run (plan.json, the rendered and checked objects, audit.json); audit s: `envcloud audit` on its own. peak RSS MiB: the largest of envcloud validate, preview --audit and audit; real RSS MiB: the program process on the real path; ratio: envcloud validate s / ajv-cli s; OOM@Ns: ran out of memory after N s.',
    '',
    'targets:',
    ...targets(results).map((target) => `  ${verdict(target).padEnd(12)} ${target.description} (${target.detail})`),
    '',
    `total ${totalSeconds.toFixed(0)} s`,
  ].join('\n');
}

/** The machine the figures come from, for the first line of a report: timings mean little without it. */
export function machineDescription(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}/${process.arch}`;
}

/** Columns padded to their widest cell, two spaces apart, a dashed rule under the header. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
