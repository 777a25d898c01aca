// The validate cache in the benchmarks (#16): envcloud cold (no cache), and warm with one file changed
// since the cache was filled, each against ajv-cli on the same files. Shared by bench-validate.ts and bench.ts.
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENVCLOUD_VALIDATE, measure, type Measurement, type Tool } from './bench-measure';

/** The targets, as fractions of ajv-cli's time on the same files. */
export const TARGET_COLD_RATIO = 0.8;
export const TARGET_WARM_RATIO = 0.2;

/** Every file checked, no cache read or written. */
export const ENVCLOUD_COLD: Tool = {
  ...ENVCLOUD_VALIDATE,
  name: 'envcloud cold',
  args: (manifestsDir) => [...ENVCLOUD_VALIDATE.args(manifestsDir), '--no-cache'],
};

/** With the cache in `cacheDir`, outside the manifests and the package (the benchmark's own folder). */
export function envcloudWarm(cacheDir: string): Tool {
  return {
    ...ENVCLOUD_VALIDATE,
    name: 'envcloud warm',
    args: (manifestsDir) => [...ENVCLOUD_VALIDATE.args(manifestsDir), '--cache-dir', cacheDir],
  };
}

/**
 * Warm runs: the cache is filled once (not timed); before each timed run one manifest is changed (a
 * comment line appended, so its findings stay the same), so each run checks one file and reads the
 * others from the cache, and writes the cache again.
 */
export class WarmRuns {
  readonly tool: Tool;
  private filled = false;
  private changes = 0;

  constructor(
    private readonly manifestsDir: string,
    private readonly outputDir: string,
  ) {
    this.tool = envcloudWarm(join(outputDir, 'validate-cache'));
  }

  measure(): Measurement {
    if (!this.filled) {
      measure(this.tool, this.manifestsDir, this.outputDir);
      this.filled = true;
    }
    const first = readdirSync(this.manifestsDir)
      .filter((name) => name.endsWith('.yaml'))
      .sort()[0]!;
    appendFileSync(join(this.manifestsDir, first), `# changed for warm run ${++this.changes}\n`);
    return measure(this.tool, this.manifestsDir, this.outputDir);
  }
}

/** A warm report that differs from the cold one means the cache changed what validate finds. */
export function sameReport(cold: Measurement, warm: Measurement): boolean {
  return cold.stdout === warm.stdout;
}
