// `envcloud validate --watch` in the benchmark (#16): one process left running over the manifests, timed
// from a change saved to the end of the new report (the line the watch writes after it), as a user
// editing a manifest waits for it. The process is started and its first run done before any timing.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../model/paths';
import {
  benchedNodeArgs,
  BenchError,
  envcloudBin,
  peakRssEnv,
  secondsSince,
  summarize,
  type Measurement,
} from './bench-measure';
import { StreamLines } from './stream-lines';
import { unseenDay, withPublicationDay, type WarmChange } from './bench-validate-cache';

/** How long one run may take before the benchmark gives up on the process (the first run is a cold one). */
const RUN_TIMEOUT_MS = 600_000;

/** The watching process, with its stderr read line by line. */
class Watching {
  private readonly child: ChildProcess;
  private readonly stderr: StreamLines;
  /** The lines taken so far. */
  private taken = 0;
  private readonly exited: Promise<number | null>;
  private readonly peakRss: string;

  constructor(manifestsDir: string, outputDir: string) {
    this.peakRss = join(outputDir, 'envcloud watch.peak-rss');
    rmSync(this.peakRss, { force: true });
    const stdout = openSync(join(outputDir, 'envcloud watch.stdout'), 'w');
    const args = [envcloudBin(), 'validate', manifestsDir, '--format', 'json', '--lang', 'en', '--watch'];
    // As measure() runs a tool; with a cache of its own.
    this.child = spawn(process.execPath, benchedNodeArgs([...args, '--cache-dir', join(outputDir, 'watch-cache')]), {
      cwd: packageRoot(),
      stdio: ['ignore', stdout, 'pipe'],
      env: peakRssEnv(this.peakRss),
    });
    closeSync(stdout);
    this.stderr = new StreamLines(this.child.stderr!);
    this.exited = new Promise((resolve) => this.child.on('close', resolve));
  }

  /** The next line the watch writes: the one that follows a run's report. */
  async nextLine(): Promise<string> {
    const timeout = setTimeout(() => this.child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    try {
      const line = await this.stderr.line(this.taken++);
      if (line === '')
        throw new BenchError(
          `envcloud watch ended (exit ${await this.exited}) before its report: ${this.stderr.text()}`,
        );
      return line;
    } finally {
      clearTimeout(timeout);
    }
  }

  /** Ctrl-C, and the peak RSS the process recorded at its end. */
  async stop(): Promise<number> {
    this.child.kill('SIGINT');
    await this.exited;
    const kib = existsSync(this.peakRss) ? Number(readFileSync(this.peakRss, 'utf8')) : NaN;
    if (!Number.isFinite(kib)) throw new BenchError('envcloud watch ended without recording its peak RSS');
    return kib;
  }
}

/** What one timed run found, from its line: "validated N files in S s: E errors, W warnings; …". */
function verdictOf(line: string): string {
  const match = /: (\d+) errors?, (\d+) warnings?;/.exec(line);
  if (!match) throw new BenchError(`envcloud watch wrote "${line}" where a run's line was expected`);
  return `${match[1]} errors, ${match[2]} warnings`;
}

/**
 * Times `runs` changes of each kind to the first manifest (a comment appended; its facts changed to a
 * new publication day and put back, the putting back untimed), each from the write to the line after
 * the new report.
 */
export async function measureWatch(
  manifestsDir: string,
  outputDir: string,
  runs: number,
): Promise<Record<WarmChange, Measurement>> {
  const first = readdirSync(manifestsDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()[0]!;
  const file = join(manifestsDir, first);
  const watching = new Watching(manifestsDir, outputDir);
  const timed: Record<WarmChange, { seconds: number; verdict: string }[]> = { comment: [], facts: [] };
  const change = async (kind: WarmChange, write: () => void): Promise<void> => {
    const started = process.hrtime.bigint();
    write();
    const line = await watching.nextLine();
    timed[kind].push({ seconds: secondsSince(started), verdict: verdictOf(line) });
  };
  const original = readFileSync(file, 'utf8');
  let peakRssKiB: number;
  try {
    await watching.nextLine();
    for (let run = 1; run <= runs; run++) {
      await change('comment', () => appendFileSync(file, `# changed for watch run ${run}\n`));
      const before = readFileSync(file, 'utf8');
      await change('facts', () => writeFileSync(file, withPublicationDay(before, unseenDay(run), file)));
      writeFileSync(file, before);
      await watching.nextLine();
    }
  } finally {
    peakRssKiB = await watching.stop();
    writeFileSync(file, original);
  }
  const measurement = (kind: WarmChange): Measurement =>
    summarize(
      timed[kind].map(({ seconds, verdict }) => ({
        seconds,
        peakRssKiB,
        exitCode: verdict.startsWith('0 errors') ? 0 : 1,
        verdict,
        stdout: '',
        stderr: '',
      })),
    );
  return { comment: measurement('comment'), facts: measurement('facts') };
}
