// `node dist/scripts/protocol/preview.js --root <project> --stack <name>`: runs the stack program
// through Pulumi's runtime protocol against the engine double (what `pulumi preview` does up to the
// providers) and prints one summary line. `npm run bench` uses it for the real-path figures. Offline:
// no Pulumi CLI, no provider, nothing deployed.
import { Command } from 'commander';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../model/paths';
import { recordedShapes } from './compare';
import { runProgramOverProtocol } from './run-program';

const program = new Command('protocol-preview')
  .description('Run the stack program through Pulumi’s runtime protocol against an engine double (offline).')
  .requiredOption('--root <dir>', 'the project folder: Pulumi.yaml, Pulumi.<stack>.yaml and manifests/')
  .requiredOption('--stack <name>', 'the stack')
  .option(
    '--program <dir>',
    'the program folder (default: Pulumi.yaml `main`; the bench points a project copy at the repository’s stacks/)',
  );

async function main(): Promise<number> {
  program.parse();
  const options = program.opts<{ root: string; stack: string; program?: string }>();
  // The program's own peak RSS, recorded by the same preload the other bench steps use.
  const probe = mkdtempSync(join(tmpdir(), 'envcloud-rss-'));
  const rssFile = join(probe, 'program.peak-rss');
  try {
    const run = await runProgramOverProtocol({
      root: resolve(options.root),
      stack: options.stack,
      ...(options.program ? { runtime: { programDirectory: resolve(options.program) } } : {}),
      extraNodeArgs: ['--require', join(packageRoot(), 'scripts', 'bench-peak-rss.js')],
      env: { BENCH_PEAK_RSS_FILE: rssFile },
    });
    const errors = run.logs.filter((log) => log.severity === 'error');
    let rss = NaN;
    try {
      rss = Number(readFileSync(rssFile, 'utf8'));
    } catch {
      // No figure: the program did not exit normally; the exit code says so below.
    }
    console.log(
      `${recordedShapes(run.resources, run.rootUrn).length} resources, program peak RSS ${rss} KiB, exit ${run.exitCode}, ${run.seconds.toFixed(2)} s (offline: runtime protocol, engine double)`,
    );
    for (const error of [...errors.map((log) => log.message), ...run.violations].slice(0, 5)) console.error(error);
    return run.exitCode === 0 && errors.length === 0 && run.violations.length === 0 ? 0 : 1;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`protocol-preview: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
