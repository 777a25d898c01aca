import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { fieldPath } from '../validation/findings';
import { Locator } from '../validation/locate';
import { yamlLib } from '../validation/yaml-lib';
import type { Plan } from './plan';

/** A baseline plan file that cannot be read as a plan: located, with what to do. */
export class PlanFileError extends Error {
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

/** Line and column of a JSON text position, or of a field path: parsed again only on this error path. */
function locate(text: string, at: { offset: number } | { path: (string | number)[] }): string {
  const { parseDocument, LineCounter } = yamlLib();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const locator = new Locator(document, lineCounter);
  const { line, column } = 'offset' in at ? locator.position(at.offset) : locator.locate(at.path);
  return `${line}:${column}`;
}

/** Reads a plan.json written by `envcloud preview`; anything else is a PlanFileError naming file, line and column. */
export function readPlanFile(file: string): Plan {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PlanFileError(`${file}: cannot read the baseline plan (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); ${HOW_TO_FIX}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    throw new PlanFileError(`${file}:${locate(text, { offset })}: not valid JSON (${(error as Error).message.replace(/ in JSON at position \d+.*$/, '')}); ${HOW_TO_FIX}`);
  }
  const check = new Ajv({ allErrors: false, strict: true }).compile<Plan>(PLAN_SHAPE);
  if (!check(data)) {
    const problem = check.errors![0]!;
    const path = problem.instancePath.split('/').slice(1).map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    const field = path.length > 0 ? fieldPath(path) : '(top level)';
    throw new PlanFileError(`${file}:${locate(text, { path })}: ${field} ${problem.message ?? 'is not as a plan has it'}; this is not an envcloud plan, ${HOW_TO_FIX}`);
  }
  return data;
}
