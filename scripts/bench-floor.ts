// The floors of `envcloud validate` on this machine (#16): what any run must do at the least, timed in a
// child process as the tools are (bench-measure.ts), so the targets can be read against what the machine
// allows. `stat`: Node started, the folder listed and every manifest's metadata read, nothing more: what a
// warm run must do to know a file unchanged without reading it. `parse`: every manifest read and parsed
// with js-yaml (the parser ajv-cli uses too), nothing more: what a cold run must do before checking.
// `load`: Node started and the code of `envcloud validate` loaded, nothing run: what every run pays.
// Run as `node dist/scripts/bench-floor.js <stat|parse|load> <folder>`; prints how many files it went through.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../model/paths';
import type { Tool } from './bench-measure';

export type Floor = 'stat' | 'parse' | 'load';

/** The floor as a benchmarked tool: its script run on the manifests. */
export function floorTool(floor: Floor): Tool {
  return {
    name: {
      stat: 'floor: list and stat (warm)',
      parse: 'floor: read and parse (cold)',
      load: 'envcloud validate: code loaded',
    }[floor],
    args: (manifestsDir) => [join(packageRoot(), 'dist', 'scripts', 'bench-floor.js'), floor, manifestsDir],
    completedCodes: [0],
    verdict: (stdout) => `${stdout.trim()} files`,
  };
}

async function main(floor: string | undefined, dir: string | undefined): Promise<number> {
  if ((floor !== 'stat' && floor !== 'parse' && floor !== 'load') || !dir) {
    process.stderr.write('usage: bench-floor.js <stat|parse|load> <folder>\n');
    return 2;
  }
  if (floor === 'load') {
    await import('../cli/commands/validate');
    process.stdout.write('0\n');
    return 0;
  }
  // Loaded only to parse: the `stat` floor loads no more than it needs.
  const { load } = floor === 'parse' ? await import('js-yaml') : { load: undefined };
  let files = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.yaml')) continue;
    const path = join(dir, name);
    if (floor === 'stat') statSync(path);
    else {
      try {
        load!(readFileSync(path, 'utf8'));
      } catch {
        // A file with a mistake of YAML (the realistic set has some) was parsed as far as it goes: counted.
      }
    }
    files++;
  }
  process.stdout.write(`${files}\n`);
  return 0;
}

if (require.main === module) void main(process.argv[2], process.argv[3]).then((code) => (process.exitCode = code));
