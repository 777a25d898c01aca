import Ajv from 'ajv';
import { statSync } from 'node:fs';
import { readBounded } from '../validation/files';
import { fieldPath } from '../document/findings';
import { formatBytes } from '../document/limits';
import { firstTooDeep, lineColumn, offsetOfPath } from './json-position';
import type { Plan } from './plan';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';

/** A baseline plan file that cannot be read as a plan: located, with what to do. */
export class PlanFileError extends EnvcloudError {
  readonly exitCode = EXIT_USAGE;
  override readonly name = 'PlanFileError';
}

const PLAN_SHAPE = {
  type: 'object',
  required: ['offline', 'stack', 'resources'],
  properties: {
    offline: { type: 'boolean' },
    stack: { type: 'string', minLength: 1 },
    resources: {
      type: 'array',
      items: {
        type: 'object',
        required: ['urn', 'type', 'name', 'protect', 'retainOnDelete', 'dependencies', 'inputs'],
        properties: {
          urn: { type: 'string', pattern: '^urn:pulumi:' },
          type: { type: 'string' },
          name: { type: 'string' },
          parent: { type: 'string' },
          provider: { type: 'string' },
          protect: { type: 'boolean' },
          retainOnDelete: { type: 'boolean' },
          dependencies: { type: 'array', items: { type: 'string' } },
          aliases: { type: 'array', items: { type: 'string' } },
          typeAliases: { type: 'array', items: { type: 'string' } },
          inputs: { type: 'object' },
        },
      },
    },
  },
} as const;

const HOW_TO_FIX = 'give --baseline the plan.json an earlier `envcloud preview --stack <name>` wrote';

/**
 * The largest baseline read. A plan of 5,000 systems is about 230 MB, and parsing one that size takes
 * about 1 GiB; without a limit, `--baseline /dev/zero` grew to 16.9 GB before it aborted.
 */
export const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

/**
 * The deepest nesting of arrays and objects read. A plan is about 20 deep (a Kubernetes object's
 * inputs); 10 MB of nested brackets exhausted the heap.
 */
export const MAX_BASELINE_DEPTH = 100;

function at(text: string, offset: number): string {
  const { line, column } = lineColumn(text, offset);
  return `${line}:${column}`;
}

/** Reads a plan.json written by `envcloud preview`; anything else is a PlanFileError naming file, line and column. */
export function readPlanFile(file: string): Plan {
  const text = readBaselineText(file);
  const deep = firstTooDeep(text, MAX_BASELINE_DEPTH);
  if (deep !== undefined) {
    throw new PlanFileError(
      `${file}:${at(text, deep)}: nested more than ${MAX_BASELINE_DEPTH} levels deep, which no plan is; ${HOW_TO_FIX}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    throw new PlanFileError(
      `${file}:${at(text, offset)}: not valid JSON (${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}); ${HOW_TO_FIX}`,
    );
  }
  const check = new Ajv({ allErrors: false, strict: true }).compile<Plan>(PLAN_SHAPE);
  if (!check(data)) {
    const problem = check.errors![0]!;
    const path = problem.instancePath
      .split('/')
      .slice(1)
      .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    const field = path.length > 0 ? fieldPath(path) : '(top level)';
    throw new PlanFileError(
      `${file}:${at(text, offsetOfPath(text, path))}: ${field} ${problem.message ?? 'is not as a plan has it'}; this is not an envcloud plan, ${HOW_TO_FIX}`,
    );
  }
  checkUniqueUrns(file, text, data);
  return data;
}

/** The text of a regular file no larger than the limit, checked before anything is read. */
function readBaselineText(file: string): string {
  const cannot = (error: unknown) =>
    new PlanFileError(
      `${file}: cannot read the baseline plan (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); ${HOW_TO_FIX}`,
    );
  let stats;
  try {
    // stat, not open: opening a FIFO waits for a writer, and a device such as /dev/zero never ends.
    stats = statSync(file);
  } catch (error) {
    throw cannot(error);
  }
  if (!stats.isFile()) {
    throw new PlanFileError(
      `${file}: is ${stats.isDirectory() ? 'a folder' : 'not a regular file (a device, FIFO or socket)'}, not a plan; ${HOW_TO_FIX}`,
    );
  }
  if (stats.size > MAX_BASELINE_BYTES) {
    throw new PlanFileError(
      `${file}: is ${formatBytes(stats.size)}, more than the ${formatBytes(MAX_BASELINE_BYTES)} a baseline plan may be (a plan of 5,000 systems is about 230 MB); ${HOW_TO_FIX}`,
    );
  }
  let bytes: Buffer;
  try {
    // Bounded again: the file may have grown since it was measured.
    bytes = readBounded(file, MAX_BASELINE_BYTES);
  } catch (error) {
    throw cannot(error);
  }
  if (bytes.length > MAX_BASELINE_BYTES) {
    throw new PlanFileError(
      `${file}: grew past the ${formatBytes(MAX_BASELINE_BYTES)} a baseline plan may be while it was read; ${HOW_TO_FIX}`,
    );
  }
  return bytes.toString('utf8');
}

/** Two resources with one URN are one resource in Pulumi's state: a plan holding both was not written by preview. */
function checkUniqueUrns(file: string, text: string, plan: Plan): void {
  const firstAt = new Map<string, number>();
  plan.resources.forEach((resource, index) => {
    const first = firstAt.get(resource.urn);
    if (first === undefined) {
      firstAt.set(resource.urn, index);
      return;
    }
    const where = at(text, offsetOfPath(text, ['resources', index, 'urn']));
    throw new PlanFileError(
      `${file}:${where}: resources[${index}].urn \`${resource.urn}\` is also the URN of resources[${first}] (line ${at(text, offsetOfPath(text, ['resources', first, 'urn'])).split(':')[0]}); a plan lists each resource once, so this is not a plan preview wrote; ${HOW_TO_FIX}`,
    );
  });
}
