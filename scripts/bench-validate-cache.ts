// The validate cache in the benchmarks (#16): envcloud cold (no cache), and warm with one file changed
// since the cache was filled, each against ajv-cli on the same files. Shared by bench-validate.ts and bench.ts.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError, ENVCLOUD_VALIDATE, measure, type Measurement, type Tool } from './bench-measure';

/** The targets, as fractions of ajv-cli's time on the same files. */
export const TARGET_COLD_RATIO = 0.8;
export const TARGET_WARM_RATIO = 0.2;

/** Every file checked, no cache read or written. */
export const ENVCLOUD_COLD: Tool = {
  ...ENVCLOUD_VALIDATE,
  name: 'envcloud cold',
  args: (manifestsDir) => [...ENVCLOUD_VALIDATE.args(manifestsDir), '--no-cache'],
};

/**
 * What changes in one file before each warm run: a comment (the file's facts stay the same, so the
 * findings across files kept in the cache are reused), or its facts (a data resource's publication day
 * changes: the rules across files run again over every summary).
 */
export type WarmChange = 'comment' | 'facts';

/** With the cache in `cacheDir`, outside the manifests and the package (the benchmark's own folder). */
export function envcloudWarm(cacheDir: string, change: WarmChange = 'comment'): Tool {
  return {
    ...ENVCLOUD_VALIDATE,
    name: change === 'comment' ? 'envcloud warm' : 'envcloud warm, facts',
    args: (manifestsDir) => [...ENVCLOUD_VALIDATE.args(manifestsDir), '--cache-dir', cacheDir],
  };
}

/**
 * Warm runs: the cache is filled once (not timed); before each timed run one manifest is changed (a
 * comment line appended, or its facts: `WarmChange`; its findings stay the same either way), so each
 * run checks one file and reads the others from the cache, and writes the cache again.
 */
export class WarmRuns {
  readonly tool: Tool;
  private filled = false;
  private changes = 0;

  constructor(
    private readonly manifestsDir: string,
    private readonly outputDir: string,
    private readonly change: WarmChange = 'comment',
  ) {
    this.tool = envcloudWarm(join(outputDir, change === 'comment' ? 'validate-cache' : 'validate-cache-facts'), change);
  }

  measure(): Measurement {
    if (!this.filled) {
      measure(this.tool, this.manifestsDir, this.outputDir);
      this.filled = true;
    }
    const first = readdirSync(this.manifestsDir)
      .filter((name) => name.endsWith('.yaml'))
      .sort()[0]!;
    const file = join(this.manifestsDir, first);
    this.changes++;
    if (this.change === 'comment') {
      appendFileSync(file, `# changed for warm run ${this.changes}\n`);
      return measure(this.tool, this.manifestsDir, this.outputDir);
    }
    // A day no earlier run saw, and the file put back after: the comment runs, with their own cache, see
    // their facts again.
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, withPublicationDay(original, unseenDay(this.changes), file));
    try {
      return measure(this.tool, this.manifestsDir, this.outputDir);
    } finally {
      writeFileSync(file, original);
    }
  }
}

/**
 * The publication day of the `run`th change of facts (from 1): each a day no earlier run saw, up to 28
 * runs. The cache keeps the findings across files of every set of facts its appended lines still hold,
 * and a day seen before would reuse them: the run would not be the one meant to be timed.
 */
export function unseenDay(run: number): string {
  return String(((run - 1) % 28) + 1).padStart(2, '0');
}

/** The manifest with its first publication day (a 29th to 31st) set to `day` of the same month. */
export function withPublicationDay(text: string, day: string, file: string): string {
  const pattern = /(publishedOn: '?\d{4}-\d{2}-)(29|30|31)\b/;
  if (!pattern.test(text)) throw new BenchError(`${file}: no publishedOn on a 29th to 31st to move for the warm run`);
  return text.replace(pattern, (_, month: string) => `${month}${day}`);
}

/** A warm report that differs from the cold one means the cache changed what validate finds. */
export function sameReport(cold: Measurement, warm: Measurement): boolean {
  return cold.stdout === warm.stdout;
}
