import { existsSync, readFileSync } from 'node:fs';
import { UsageError } from '../validation/files';
import { packConfigProblems, type PackConfig } from './pack-config';

/** JSON.parse reports a character offset; people need a line and column. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** Reads a `--policy-pack-config` file; a missing default file means the policies' own defaults. */
export function loadPackConfig(path: string, policyNames: readonly string[], required: boolean): PackConfig {
  if (!existsSync(path)) {
    if (required) throw new UsageError(`${path}: no such policy pack config file`);
    return {};
  }
  const text = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const offset = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new UsageError(`${path}:${offset ? position(text, Number(offset)) : '1:1'}: error[pack-config]: not valid JSON (${(error as Error).message})\n  hint: the file is Pulumi's policy pack config: {"policy-name": "advisory" | {"enforcementLevel": …, …}}`);
  }
  const problems = packConfigProblems(parsed, policyNames);
  if (problems.length > 0) throw new UsageError(problems.map((problem) => `${path}:1:1: error[pack-config]: ${problem}`).join('\n'));
  return parsed as PackConfig;
}
