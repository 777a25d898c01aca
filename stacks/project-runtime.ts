// Pulumi.yaml's `runtime` and `main`, the part the Node language host reads to start the program
// (pulumi/pulumi: sdk/nodejs/cmd/pulumi-language-nodejs, execRuntime and constructArguments; the
// project schema's `runtime` is a name or `{ name, options }`). Read with the rest of the project file
// (project-file.ts), so the offline engine, the protocol runner and the config merge read one Pulumi.yaml.
import { msg, type Message } from '../document/i18n';

/** The runtime options of a Node program as the language host takes them. */
export interface ProjectRuntime {
  /** `nodejs`. */
  name: string;
  /** `options.typescript`: the language host registers ts-node unless it is false. */
  typescript: boolean;
  /** `options.tsconfig`, relative to the program folder. */
  tsconfig?: string;
  /** `options.nodeargs` as written: node options put before the program. */
  nodeargs: string;
}

type Problem = (path: (string | number)[], message: Message, hint?: Message) => void;

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The runtime (a name, or `{ name, options }`) and `main` of a parsed Pulumi.yaml; problems at the field. */
export function readRuntime(
  raw: Record<string, unknown>,
  problem: Problem,
): { runtime?: ProjectRuntime; main?: string } {
  const main = raw.main;
  if (main !== undefined && main !== null && (typeof main !== 'string' || main === '')) {
    problem(['main'], msg('inputs.project.main'), msg('inputs.project.example', { text: 'main: stacks/' }));
  }
  const runtime = raw.runtime;
  const name = typeof runtime === 'string' ? runtime : isMap(runtime) ? runtime.name : undefined;
  if (typeof name !== 'string' || name === '') {
    problem(
      isMap(runtime) ? ['runtime', 'name'] : ['runtime'],
      msg('inputs.project.no-runtime'),
      msg('inputs.project.example', { text: 'runtime: { name: nodejs, options: { typescript: true } }' }),
    );
    return {};
  }
  const options = isMap(runtime) ? runtime.options : undefined;
  if (options !== undefined && options !== null && !isMap(options)) {
    problem(
      ['runtime', 'options'],
      msg('inputs.project.options'),
      msg('inputs.project.example', { text: 'options: { typescript: true }' }),
    );
    return {};
  }
  const given = options ?? {};
  let valid = true;
  for (const [option, type] of [
    ['typescript', 'boolean'],
    ['tsconfig', 'string'],
    ['nodeargs', 'string'],
  ] as const) {
    if (given[option] === undefined || typeof given[option] === type) continue;
    problem(['runtime', 'options', option], msg('inputs.project.option-type', { type }));
    valid = false;
  }
  if (!valid || (typeof main === 'string' && main === '')) return {};
  return {
    runtime: {
      name,
      typescript: given.typescript !== false,
      ...(typeof given.tsconfig === 'string' && given.tsconfig !== '' ? { tsconfig: given.tsconfig } : {}),
      nodeargs: typeof given.nodeargs === 'string' ? given.nodeargs : '',
    },
    ...(typeof main === 'string' ? { main } : {}),
  };
}
