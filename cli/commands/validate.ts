import { Command, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../../document/limits';
import { DEFAULT_CACHE_DIR } from '../../validation/validate';
import { reportForPaths } from '../../validation/validate-report';
import { CacheSession } from '../../validation/cache-session';
import { StatMemo } from '../../validation/stat-memo';
import type { CheckedReport } from '../../validation/report';
import { validateWhileWatching, type RunCounts } from '../watch';
import { EXIT_FINDINGS, EXIT_VALID } from '../exit-codes';
import { afterHelp, examplesHelp, exitStatusHelp } from '../help';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../format';
import { MAX_JOBS, parseDate, parseJobs, parsePositiveInteger } from '../options';
import { claimOutputFile } from '../output-dir';
import { writeFileAtomic } from '../write';
import { loadBaselineRef } from '../baseline-ref';
import { currentLanguage, msg, t, usageError, type Language, type MessageId } from '../../document/i18n';

export { EXIT_FINDINGS, EXIT_USAGE, EXIT_VALID } from '../exit-codes';

interface ValidateOptions {
  format: ReportFormat;
  out?: string;
  force: boolean;
  maxFileSize: number;
  color: boolean;
  jobs?: number;
  asOf?: string;
  baselineDir?: string;
  baselineRef?: string;
  cache: boolean;
  cacheDir?: string;
  watch: boolean;
  lang: Language;
}

/** What `envcloud validate` checks when given no path: the manifests, and the sharing requests and data corrections when their folders exist. */
export const DEFAULT_VALIDATE_PATHS = ['manifests', 'sharing', 'corrections'] as const;

function defaultPaths(): string[] {
  return DEFAULT_VALIDATE_PATHS.filter((path, index) => index === 0 || existsSync(resolve(path)));
}

export function validateCommand(): Command {
  const lang = currentLanguage();
  const h = (id: MessageId, values?: Record<string, string | number>) => t(lang, id, values);
  return new Command('validate')
    .description(h('help.validate.description'))
    .argument('[paths...]', h('help.validate.paths'), undefined)
    .addOption(new Option('-f, --format <format>', h('help.opt.output-format')).choices(REPORT_FORMATS).default('text'))
    .option('-o, --out <file>', h('help.opt.out-report'))
    .option('--force', h('help.opt.force-replace'), false)
    .option(
      '--max-file-size <bytes>',
      h('help.validate.max-file-size'),
      parsePositiveInteger,
      DEFAULT_LIMITS.maxFileBytes,
    )
    .option('--no-color', h('help.validate.no-color'))
    .option('--as-of <date>', h('help.validate.as-of'), parseDate)
    .option('--baseline-dir <dir>', h('help.validate.baseline-dir'))
    .option('--baseline-ref <git-ref>', h('help.validate.baseline-ref'))
    .option(
      '-j, --jobs <threads>',
      h('help.validate.jobs', { max: MAX_JOBS, cores: availableParallelism() }),
      parseJobs,
    )
    .option('--cache-dir <dir>', h('help.validate.cache-dir', { cache: DEFAULT_CACHE_DIR }))
    .option('--no-cache', h('help.validate.no-cache'))
    .option('-w, --watch', h('help.validate.watch'), false)
    .addHelpText(
      'after',
      afterHelp(
        exitStatusHelp(lang, { 0: 'help.validate.exit.0', 1: 'help.validate.exit.1', 2: 'help.validate.exit.2' }),
        h('help.validate.states'),
        h('help.validate.cache', { cache: DEFAULT_CACHE_DIR }),
        examplesHelp(lang, [
          ['validate', 'help.validate.example.default'],
          ['validate manifests/s027-jsxmxzspxtjsxmhpjyssbxt.yaml'],
          ['validate sharing/ --as-of 2018-10-12'],
          ['validate --format sarif --out envcloud.sarif'],
          ['validate --format junit --out junit.xml manifests/'],
          ['validate manifests/ --baseline-dir manifests', 'help.validate.example.baseline'],
          ['validate manifests/ --watch', 'help.validate.example.watch'],
        ]),
      ),
    )
    .action(async (paths: string[], options: ValidateOptions) => {
      if (options.baselineDir !== undefined && options.baselineRef !== undefined)
        throw usageError(msg('validate.both-baselines'));
      if (options.out) claimOutputFile(resolve(options.out), options.out, options.force);
      const chosen = paths.length > 0 ? paths : defaultPaths();
      const limits = { ...DEFAULT_LIMITS, maxFileBytes: options.maxFileSize };
      const refSkipped = new Set<string>();
      const baseline =
        options.baselineRef === undefined
          ? undefined
          : await loadBaselineRef(options.baselineRef, chosen, process.cwd(), limits, refSkipped);
      // Said once, not at every run of --watch.
      const jobs = options.jobs ? cappedJobs(options.jobs, options.lang) : undefined;
      // With --watch, each run starts from the cache as the last one left it, in memory.
      const session = options.watch && options.cache ? new CacheSession() : undefined;
      // And knows each file's metadata until a change is reported there (validation/stat-memo.ts).
      const stats = session && new StatMemo();
      const once = async (): Promise<RunCounts> => {
        const nearYaml = new Set<string>();
        const baselineSkipped = new Set(refSkipped);
        const report = await reportForPaths(chosen, {
          nearYaml,
          baselineSkipped,
          ...(options.asOf ? { asOf: options.asOf } : {}),
          limits,
          ...(baseline ? { baseline } : {}),
          ...(jobs ? { jobs } : {}),
          ...(options.baselineDir !== undefined ? { baselineDir: options.baselineDir } : {}),
          ...(options.cache
            ? { cache: { dir: options.cacheDir ?? DEFAULT_CACHE_DIR, ...(session ? { session, stats } : {}) } }
            : {}),
        });
        printReport(report, options);
        sayNearYaml(nearYaml, options.lang);
        sayBaselineSkipped(baselineSkipped, options.lang);
        const exitCode = report.errors > 0 ? EXIT_FINDINGS : EXIT_VALID;
        return { files: report.files.length, errors: report.errors, warnings: report.warnings, exitCode };
      };
      process.exitCode = options.watch
        ? await validateWhileWatching({
            paths: chosen,
            cwd: process.cwd(),
            lang: options.lang,
            run: once,
            changed: (path) => stats?.noteChange(path),
          })
        : (await once()).exitCode;
    });
}

/** The report, to stdout or to --out (then a line on stderr). */
function printReport(report: CheckedReport, options: ValidateOptions): void {
  const color =
    options.color &&
    !options.out &&
    options.format === 'text' &&
    process.stdout.isTTY === true &&
    !process.env.NO_COLOR;
  const { unconfirmed } = report;
  const output = formatReport({ ...report, unconfirmed }, options.format, {
    color,
    root: process.cwd(),
    lang: options.lang,
  });
  if (options.out) {
    writeFileAtomic(resolve(options.out), output);
    const counts = { files: report.files.length, errors: report.errors, warnings: report.warnings };
    process.stderr.write(
      `${t(options.lang, 'validate.wrote', { out: options.out, ...counts, unconfirmed: unconfirmed.length })}\n`,
    );
  } else {
    process.stdout.write(output);
  }
}

/** Threads beyond the cores only compete for them while each holds its own heap: lowered, and said so. */
function cappedJobs(jobs: number, lang: Language): number {
  const cores = availableParallelism();
  if (jobs <= cores) return jobs;
  process.stderr.write(`envcloud: ${t(lang, 'validate.jobs-capped', { jobs, cores })}\n`);
  return cores;
}

/** The files of the folders walked that were not read, their names only looking like YAML (validation/files.ts). */
/**
 * The baseline's files left out (failing the schema, or too large): a silent gap in the transitions
 * judged, since a system whose baseline file was one could jump to any state.
 */
function sayBaselineSkipped(skipped: ReadonlySet<string>, lang: Language): void {
  if (skipped.size === 0) return;
  const files = [...skipped].sort();
  process.stderr.write(
    `envcloud: ${t(lang, 'validate.baseline-skipped', { count: files.length, files: files.join(', ') })}\n`,
  );
}

export function sayNearYaml(nearYaml: ReadonlySet<string>, lang: Language): void {
  if (nearYaml.size === 0) return;
  const files = [...nearYaml].sort();
  process.stderr.write(
    `envcloud: ${t(lang, 'validate.near-yaml', { count: files.length, files: files.join(', ') })}\n`,
  );
}
