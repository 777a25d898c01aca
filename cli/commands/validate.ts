import { Command, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../../document/limits';
import { DEFAULT_CACHE_DIR, findingsForPaths } from '../../validation/validate';
import { EXIT_FINDINGS, EXIT_VALID, exitStatusHelp, NO_MANIFESTS } from '../exit-codes';
import { formatReport, REPORT_FORMATS, unconfirmedManifests, type ReportFormat } from '../format';
import { MAX_JOBS, parseDate, parseJobs, parsePositiveInteger } from '../options';
import { claimOutputFile } from '../output-dir';
import { writeFileAtomic } from '../write';
import { loadBaselineRef } from '../baseline-ref';
import { msg, t, usageError, type Language } from '../../document/i18n';

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
  lang: Language;
}

/** What `envcloud validate` checks when given no path: the manifests, and the sharing requests when the folder exists. */
export const DEFAULT_VALIDATE_PATHS = ['manifests', 'sharing'] as const;

function defaultPaths(): string[] {
  return DEFAULT_VALIDATE_PATHS.filter((path, index) => index === 0 || existsSync(resolve(path)));
}

export function validateCommand(): Command {
  return new Command('validate')
    .description(
      'Check migration manifests against the schema and the cross-manifest rules; report every problem in every file.',
    )
    .argument(
      '[paths...]',
      'manifest files or folders (folders are walked for .yaml/.yml); each file is read by its `kind`: SystemMigration or SharingRequest',
      undefined,
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('text'))
    .option('-o, --out <file>', 'write the report to a file instead of standard output')
    .option('--force', 'replace the --out file if it exists', false)
    .option(
      '--max-file-size <bytes>',
      'largest manifest accepted, in bytes',
      parsePositiveInteger,
      DEFAULT_LIMITS.maxFileBytes,
    )
    .option('--no-color', 'plain text output even on a terminal')
    .option(
      '--as-of <date>',
      'judge pending sharing requests on this day, YYYY-MM-DD (default: today in China)',
      parseDate,
    )
    .option(
      '--baseline-dir <dir>',
      "the manifests' previous version (a checkout of the last commit): each system's status change since then, matched by inventory number, must be a legal transition",
    )
    .option(
      '--baseline-ref <git-ref>',
      'like --baseline-dir, with the manifests as the git commit <git-ref> has them (HEAD: the last commit), read with git show; no copy on disk',
    )
    .option(
      '-j, --jobs <threads>',
      `threads for the per-file checks: 1 to ${MAX_JOBS}, and at most the number of cores (${availableParallelism()} here; a larger value is lowered to it, with a warning). Default 1; more may help on machines with many cores`,
      parseJobs,
    )
    .option(
      '--cache-dir <dir>',
      `where each file's result is cached, keyed by its content, the schema, the rules and envcloud's version (default: ${DEFAULT_CACHE_DIR})`,
    )
    .option('--no-cache', 'check every file again, and read or write no cache')
    .addHelpText(
      'after',
      `
${exitStatusHelp({
  0: 'valid (warnings allowed)',
  1: 'findings with errors (with --baseline-dir: also a status changed by an illegal step, such as not-started → completed)',
  2: `usage or I/O error: unknown option, a path that does not exist, ${NO_MANIFESTS}, --out exists without --force, a --baseline-dir that does not exist or holds no manifest, a --baseline-ref that names no commit (or outside a git repository), both given`,
})}

States: not-started → planned → migrating → cut-over → completed; blocked from any state but completed
and back to any but completed; cut-over back to migrating. With --baseline-dir, a system the baseline
does not have may start in any state; baseline files that do not pass the schema are left out.
--baseline-ref HEAD compares with the last commit without a checkout: each manifest under the paths
validated is read with \`git show <commit>:<path>\`, and a finding's related location reads HEAD:<path>.

Cache: each file's own findings and summary are kept in ${DEFAULT_CACHE_DIR} (or --cache-dir), keyed by
the file's name and content, the schemas, the rules, envcloud's version and --max-file-size; the rules
across files run again every time, so the report is the same with or without it. --no-cache reads and
writes none.

Examples:
  envcloud validate                      (manifests/ and sharing/)
  envcloud validate manifests/s027-jsxmxzspxtjsxmhpjyssbxt.yaml
  envcloud validate sharing/ --as-of 2018-10-12
  envcloud validate --format sarif --out envcloud.sarif
  envcloud validate --format junit --out junit.xml manifests/
  envcloud validate manifests/ --baseline-dir manifests   (a checkout of the last commit in CI: git worktree add /tmp/base HEAD)`,
    )
    .action(async (paths: string[], options: ValidateOptions) => {
      if (options.baselineDir !== undefined && options.baselineRef !== undefined)
        throw usageError(msg('validate.both-baselines'));
      if (options.out) claimOutputFile(resolve(options.out), options.out, options.force);
      const chosen = paths.length > 0 ? paths : defaultPaths();
      const limits = { ...DEFAULT_LIMITS, maxFileBytes: options.maxFileSize };
      const baseline =
        options.baselineRef === undefined
          ? undefined
          : await loadBaselineRef(options.baselineRef, chosen, process.cwd(), limits);
      const report = await findingsForPaths(chosen, {
        ...(options.asOf ? { asOf: options.asOf } : {}),
        limits,
        ...(baseline ? { baseline } : {}),
        ...(options.jobs ? { jobs: cappedJobs(options.jobs, options.lang) } : {}),
        ...(options.baselineDir !== undefined ? { baselineDir: options.baselineDir } : {}),
        ...(options.cache ? { cache: { dir: options.cacheDir ?? DEFAULT_CACHE_DIR } } : {}),
      });
      const color =
        options.color &&
        !options.out &&
        options.format === 'text' &&
        process.stdout.isTTY === true &&
        !process.env.NO_COLOR;
      const unconfirmed = unconfirmedManifests(report.manifests);
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
      process.exitCode = report.errors > 0 ? EXIT_FINDINGS : EXIT_VALID;
    });
}

/** Threads beyond the cores only compete for them while each holds its own heap: lowered, and said so. */
function cappedJobs(jobs: number, lang: Language): number {
  const cores = availableParallelism();
  if (jobs <= cores) return jobs;
  process.stderr.write(`envcloud: ${t(lang, 'validate.jobs-capped', { jobs, cores })}\n`);
  return cores;
}
