import Ajv from 'ajv';
import { statSync } from 'node:fs';
import { readBounded } from '../validation/files';
import { fieldPath } from '../document/findings';
import { formatBytes } from '../document/limits';
import { jsonRefusal } from '../document/json-errors';
import { firstTooDeep, lineColumn, offsetOfPath } from '../document/json-position';
import type { Plan } from './plan';
import { EnvcloudError, EXIT_USAGE } from '../model/errors';
import { ajvProblem } from '../document/ajv-text';
import { msg, render, untranslated, type Message, type MessageValue } from '../document/i18n';
import { findSecrets, mayHoldSecrets, redactSecrets } from '../document/secrets';
import { secretKindMessage } from '../document/input-checks';

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

/** A PlanFileError said in the reader's language: its English is the message, its catalog message `localized`. */
function planFileError(id: Parameters<typeof msg>[0], values: Record<string, MessageValue>): PlanFileError {
  const message: Message = msg(id, { ...values, fix: msg('inputs.plan.how-to-fix') });
  const error = new PlanFileError(render(message, 'en'));
  error.localized = message;
  return error;
}

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
    throw planFileError('inputs.plan.too-deep', { at: `${file}:${at(text, deep)}`, max: MAX_BASELINE_DEPTH });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Located and said by a scan of our own: the parser's message may quote the file, credentials and all.
    const { offset, detail } = jsonRefusal(text);
    throw planFileError('inputs.plan.not-json', { at: `${file}:${at(text, offset ?? 0)}`, detail });
  }
  const check = new Ajv({ allErrors: false, strict: true }).compile<Plan>(PLAN_SHAPE);
  if (!check(data)) {
    const problem = check.errors![0]!;
    const path = problem.instancePath
      .split('/')
      .slice(1)
      .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    const field = path.length > 0 ? fieldPath(path) : msg('inputs.plan.top-level');
    throw planFileError('inputs.plan.shape', {
      at: `${file}:${at(text, offsetOfPath(text, path))}`,
      field,
      problem: ajvProblem(problem),
    });
  }
  checkUniqueUrns(file, text, data);
  checkNoSecrets(file, text, data);
  return data;
}

/**
 * A plan preview wrote holds no credential: it writes Pulumi secrets and credential fields as
 * `[redacted]`. One found was put there by hand, and the diff would print it: refused at its field, the
 * field's path and the message redacted like every other input file's (document/input-checks.ts).
 */
function checkNoSecrets(file: string, text: string, plan: Plan): void {
  if (!mayHoldSecrets(text)) return;
  const hit = findSecrets(plan)[0];
  if (!hit) return;
  throw planFileError('inputs.plan.secret', {
    at: `${file}:${at(text, offsetOfPath(text, hit.path))}`,
    problem: msg('inputs.secret', { field: redactSecrets(fieldPath(hit.path)), kind: secretKindMessage(hit.kind) }),
  });
}

/** The text of a regular file no larger than the limit, checked before anything is read. */
function readBaselineText(file: string): string {
  const cannot = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    return planFileError('inputs.plan.unreadable', { file, reason: code ?? untranslated((error as Error).message) });
  };
  let stats;
  try {
    // stat, not open: opening a FIFO waits for a writer, and a device such as /dev/zero never ends.
    stats = statSync(file);
  } catch (error) {
    throw cannot(error);
  }
  if (!stats.isFile()) {
    throw planFileError(stats.isDirectory() ? 'inputs.plan.folder' : 'inputs.plan.not-file', { file });
  }
  if (stats.size > MAX_BASELINE_BYTES) {
    throw planFileError('inputs.plan.too-large', {
      file,
      size: formatBytes(stats.size),
      limit: formatBytes(MAX_BASELINE_BYTES),
    });
  }
  let bytes: Buffer;
  try {
    // Bounded again: the file may have grown since it was measured.
    bytes = readBounded(file, MAX_BASELINE_BYTES);
  } catch (error) {
    throw cannot(error);
  }
  if (bytes.length > MAX_BASELINE_BYTES) {
    throw planFileError('inputs.plan.grew', { file, limit: formatBytes(MAX_BASELINE_BYTES) });
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
    throw planFileError('inputs.plan.repeated-urn', {
      at: `${file}:${where}`,
      index,
      urn: resource.urn,
      first,
      line: at(text, offsetOfPath(text, ['resources', first, 'urn'])).split(':')[0]!,
    });
  });
}
