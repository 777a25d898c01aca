import type { ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020';
import type Ajv2020 from 'ajv/dist/2020';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../model/paths';
import { manifestSchema, requestSchema } from '../model/schema';
import type { SystemMigration } from '../model/domain';
import { fieldPath, type Finding } from '../document/findings';
import type { LoadedDocument } from '../document/load';
import { didYouMean, listAllowed } from '../document/suggest';
import { valueSlipHint } from '../document/input-method';

const compiled: { reporting?: ValidateFunction; verdict?: ValidateFunction; request?: ValidateFunction } = {};

function compile(reporting: boolean): ValidateFunction {
  if (reporting) return compileReporting(manifestSchema as Record<string, unknown>);
  return newAjv({ allErrors: false, verbose: false, strict: true, allowUnionTypes: true }).compile(manifestSchema);
}

/**
 * ajv with the formats manifests use, loaded on first use: a run over conforming files needs only the
 * precompiled verdict, and loading ajv cost about 30 ms in every thread.
 */
function newAjv(options: Options): Ajv2020 {
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on first use, as said above */
  const { default: Ajv } = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
  const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
  const ajv = new Ajv(options);
  /* eslint-enable @typescript-eslint/no-require-imports */
  addFormats(ajv, ['date', 'email', 'hostname']);
  return ajv;
}

/** The manifest schema compiled to report every error with its schema node (compiled once per process). */
export function manifestValidator(): ValidateFunction {
  return (compiled.reporting ??= compile(true));
}

/** The SharingRequest schema compiled to report every error (compiled once per process, when a request is first read). */
export function requestValidator(): ValidateFunction {
  return (compiled.request ??= compileReporting(requestSchema as Record<string, unknown>));
}

/**
 * Yes or no only: stops at the first error, which makes the common case (a conforming file) cheaper.
 * A "no" is followed by the reporting validator.
 */
export function conformsToSchema(data: unknown): data is SystemMigration {
  return (compiled.verdict ??= precompiledVerdict() ?? compile(false))(data) as boolean;
}

/**
 * The verdict validator compiled ahead of time (`npm run gen:validator`): loading it costs a few
 * milliseconds where compiling costs a few hundred, in every thread. A test keeps it in step with the schema.
 */
function precompiledVerdict(): ValidateFunction | undefined {
  const file = join(packageRoot(), 'validation', 'manifest-verdict.generated.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a generated CommonJS file, found at run time
  return existsSync(file) ? (require(file) as ValidateFunction) : undefined;
}

/** Checks loaded data against the schema; answers the typed manifest when it conforms. */
export function checkSchema(document: LoadedDocument): { findings: Finding[]; manifest?: SystemMigration } {
  const findings = checkDocument(document, manifestValidator());
  return findings.length === 0 ? { findings, manifest: document.data as SystemMigration } : { findings };
}

/** Checks loaded data against any schema compiled with `compileReporting`; every error located and explained. */
export function checkDocument(document: LoadedDocument, validate: ValidateFunction): Finding[] {
  if (validate(document.data)) return [];
  return dedupe((validate.errors ?? []).map((error) => toFinding(document, error)));
}

/** Compiles a schema to report every error with the detail `checkDocument` explains them from. */
export function compileReporting(schema: Record<string, unknown>): ValidateFunction {
  const ajv = newAjv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  return ajv.compile(schema);
}

function toFinding(document: LoadedDocument, error: ErrorObject): Finding {
  const finding = toPlainFinding(document, error);
  // `“merge”`, `２７`, `2，4`: a value typed in an input method's full-width mode gets the fix for that.
  const slip = ['type', 'enum', 'const', 'format', 'pattern'].includes(error.keyword)
    ? valueSlipHint(error.data)
    : undefined;
  return slip ? { ...finding, hint: `${slip}; ${finding.hint ?? ''}`.replace(/; $/, '') } : finding;
}

function toPlainFinding(document: LoadedDocument, error: ErrorObject): Finding {
  const path = pointerToPath(error.instancePath);
  const field = fieldPath(path);
  const where = field === '' ? 'the top level' : `\`${field}\``;
  const parentSchema = (error.parentSchema ?? {}) as {
    description?: string;
    properties?: Record<string, { description?: string; $ref?: string }>;
  };
  const base = { file: document.file, severity: 'error' as const, field: field || undefined };

  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const description = describeProperty(parentSchema.properties?.[missing]);
      return {
        ...base,
        ...document.locator.locate(path, 'key'),
        ruleId: 'schema-required',
        field: fieldPath([...path, missing]),
        message: `missing required field \`${missing}\` in ${where}`,
        hint: `add \`${missing}:\`${description ? ` — ${description}` : ''}`,
      };
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(parentSchema.properties ?? {});
      const suggestion = didYouMean(extra, allowed);
      return {
        ...base,
        ...document.locator.locate([...path, extra], 'key'),
        ruleId: 'schema-unknown-field',
        field: fieldPath([...path, extra]),
        message: `unknown field \`${extra}\` in ${where}`,
        hint: suggestion
          ? `did you mean \`${suggestion}\`? allowed fields: ${listAllowed(allowed)}`
          : `allowed fields: ${listAllowed(allowed)}`,
      };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      const suggestion = typeof error.data === 'string' ? didYouMean(error.data, allowed.map(String)) : undefined;
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-enum',
        message: `${JSON.stringify(error.data)} is not an allowed value for ${where}`,
        hint: `${suggestion ? `did you mean \`${suggestion}\`? ` : ''}allowed: ${listAllowed(allowed)}`,
      };
    }
    case 'const': {
      const expected = (error.params as { allowedValue: unknown }).allowedValue;
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-enum',
        message: `${where} must be ${JSON.stringify(expected)}, found ${JSON.stringify(error.data)}`,
        hint: `write \`${path[path.length - 1] ?? ''}: ${String(expected)}\``,
      };
    }
    case 'type': {
      const expected = (error.params as { type: string }).type;
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-type',
        message: `${where} must be ${article(expected)}, found ${describe(error.data)}`,
        hint: nonFinite(error.data)
          ? `write a finite number${parentSchema.description ? ` — ${parentSchema.description}` : ''}`
          : (parentSchema.description ?? `write ${article(expected)}`),
      };
    }
    case 'format':
    case 'pattern': {
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-format',
        message: `${JSON.stringify(error.data)} is not a valid value for ${where}${
          error.keyword === 'format' ? ` (expected a ${(error.params as { format: string }).format})` : ''
        }`,
        hint: parentSchema.description ?? `must match ${(error.params as { pattern?: string }).pattern ?? ''}`,
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems': {
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-range',
        message: `${where} ${error.message ?? 'is out of range'}${typeof error.data === 'number' ? `, found ${error.data}` : ''}`,
        hint: parentSchema.description ?? 'change the value to fit the range',
      };
    }
    default:
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-invalid',
        message: `${where} ${error.message ?? 'is invalid'}`,
        ...(parentSchema.description ? { hint: parentSchema.description } : {}),
      };
  }
}

/** A property's description, following a `$ref` into `$defs` when the property has none of its own. */
function describeProperty(property: { description?: string; $ref?: string } | undefined): string | undefined {
  if (!property) return undefined;
  if (property.description) return property.description;
  const target = property.$ref?.replace('#/$defs/', '');
  const defs = manifestSchema.$defs as Record<string, { description?: string }> | undefined;
  return target ? defs?.[target]?.description : undefined;
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** YAML's `.inf`, `-.inf` and `.nan` as written (JSON.stringify shows each as `null`: "found number null"). */
function nonFinite(value: unknown): string | undefined {
  if (typeof value !== 'number' || Number.isFinite(value)) return undefined;
  return Number.isNaN(value)
    ? "`.nan` (YAML's not-a-number)"
    : `\`${value > 0 ? '' : '-'}.inf\` (YAML's ${value > 0 ? '' : 'negative '}infinity)`;
}

function describe(value: unknown): string {
  const special = nonFinite(value);
  if (special) return `${special}, which is not a finite number`;
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** `allErrors` can report one problem twice through `$ref`; keep the first of identical findings. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.line}:${finding.column}:${finding.ruleId}:${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
