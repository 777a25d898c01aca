import type { ErrorObject, Options, ValidateFunction } from 'ajv/dist/2020';
import type Ajv2020 from 'ajv/dist/2020';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../model/paths';
import { correctionSchema, manifestSchema, requestSchema } from '../model/schema';
import type { SystemMigration } from '../model/domain';
import { fieldPath, type Finding } from '../document/findings';
import type { LoadedDocument } from '../document/load';
import { didYouMean } from '../document/suggest';
import { valueSlipHint } from '../document/input-method';
import { msg, said, untranslated, type Message, type MessageValue } from '../document/i18n';

const compiled: {
  reporting?: ValidateFunction;
  verdict?: ValidateFunction;
  request?: ValidateFunction;
  correction?: ValidateFunction;
} = {};

function compile(reporting: boolean): ValidateFunction {
  if (reporting) return compileReporting(manifestSchema as Record<string, unknown>);
  return newAjv({ allErrors: false, verbose: false, strict: true, allowUnionTypes: true }).compile(manifestSchema);
}

/** The validators compiled ahead of time (scripts/generate-validator.mjs writes them). */
export const PRECOMPILED_VALIDATORS = ['manifest-verdict', 'manifest-report'] as const;
export type PrecompiledValidator = (typeof PRECOMPILED_VALIDATORS)[number];

/** Where a precompiled validator is: beside the sources, at the package root (dist/ holds no copy). */
export function precompiledFile(name: PrecompiledValidator): string {
  return join(packageRoot(), 'validation', `${name}.generated.js`);
}

/**
 * A validator compiled ahead of time (`npm run gen:validator`) from the manifest schema: loading it costs
 * a few milliseconds where compiling costs a hundred or more, in every thread. Tests keep each in step
 * with the schema and check that the reporting one reports what compiling at run time reports.
 */
function precompiled(name: PrecompiledValidator): ValidateFunction | undefined {
  const file = precompiledFile(name);
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a generated CommonJS file, found at run time
  return existsSync(file) ? (require(file) as ValidateFunction) : undefined;
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
  return (compiled.reporting ??= precompiled('manifest-report') ?? compile(true));
}

/** The SharingRequest schema compiled to report every error (compiled once per process, when a request is first read). */
export function requestValidator(): ValidateFunction {
  return (compiled.request ??= compileReporting(requestSchema as Record<string, unknown>));
}

/** The DataCorrection schema compiled to report every error (compiled once per process, when a correction is first read). */
export function correctionValidator(): ValidateFunction {
  return (compiled.correction ??= compileReporting(correctionSchema as Record<string, unknown>));
}

/**
 * Yes or no only: stops at the first error, which makes the common case (a conforming file) cheaper.
 * A "no" is followed by the reporting validator.
 */
export function conformsToSchema(data: unknown): data is SystemMigration {
  return (compiled.verdict ??= precompiled('manifest-verdict') ?? compile(false))(data) as boolean;
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
  const { text, ...finding } = toPlainFinding(document, error);
  // `“merge”`, `２７`, `2，4`: a value typed in an input method's full-width mode gets the fix for that.
  const slip = ['type', 'enum', 'const', 'format', 'pattern'].includes(error.keyword)
    ? valueSlipHint(error.data)
    : undefined;
  const hint = slip && text.hint ? msg('text.join', { first: slip, second: text.hint }) : (slip ?? text.hint);
  return { ...finding, ...said(text.message, hint) };
}

/**
 * A schema description's two languages. The schemas under schema/ write every description Chinese first,
 * then a blank line and the English (the YAML language server shows both on hover); a description
 * without the blank line (another schema's) is English only.
 */
export function descriptionLanguages(description: string): { zh?: string; en: string } {
  const at = description.indexOf('\n\n');
  return at < 0 ? { en: description } : { zh: description.slice(0, at), en: description.slice(at + 2) };
}

/** A schema description after a hint, in the reader's language (nothing in Chinese when it has no Chinese). */
function described(hint: Message, description: string | undefined): Message {
  if (!description) return hint;
  const { zh, en } = descriptionLanguages(description);
  return msg('text.described', { text: hint, description: untranslated(en, zh ? `——${zh}` : '') });
}

/** A schema description as the whole hint, in the reader's language; in Chinese, `fallback` when it has no Chinese. */
function descriptionOr(description: string | undefined, fallback: Message): Message {
  return description ? inReadersLanguage(description, fallback) : fallback;
}

/**
 * A schema description in the reader's language; in Chinese, `fallback` when it has no Chinese. The stack
 * configuration's findings use it too (stacks/config.ts), their schema written the same way.
 */
export function inReadersLanguage(description: string, fallback: Message | string = ''): Message {
  const { zh, en } = descriptionLanguages(description);
  return untranslated(en, zh ?? fallback);
}

type SchemaFinding = Omit<Finding, 'message' | 'hint'> & { text: { message: Message; hint?: Message } };

function toPlainFinding(document: LoadedDocument, error: ErrorObject): SchemaFinding {
  const path = pointerToPath(error.instancePath);
  const field = fieldPath(path);
  const where = field === '' ? msg('where.top') : msg('where.field', { field });
  const parentSchema = (error.parentSchema ?? {}) as {
    description?: string;
    properties?: Record<string, { description?: string; $ref?: string }>;
  };
  const base = { file: document.file, severity: 'error' as const, field: field || undefined };
  // Only the cases that quote the value render it: for an unknown field, error.data is the whole object
  // around it, and 8,000 unknown keys stringified it 8,000 times (10 s for one file).
  const quoted = () => JSON.stringify(error.data) ?? String(error.data);

  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const description = describeProperty(parentSchema.properties?.[missing]);
      return {
        ...base,
        ...document.locator.locate(path, 'key'),
        ruleId: 'schema-required',
        field: fieldPath([...path, missing]),
        text: {
          message: msg('schema.required', { missing, where }),
          hint: described(msg('schema.required.hint', { missing }), description),
        },
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
        text: {
          message: msg('schema.unknown-field', { extra, where }),
          hint: suggestion
            ? msg('schema.unknown-field.hint-suggest', { suggestion, allowed: allowedList(allowed) })
            : msg('schema.unknown-field.hint', { allowed: allowedList(allowed) }),
        },
      };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      const suggestion = typeof error.data === 'string' ? didYouMean(error.data, allowed.map(String)) : undefined;
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-enum',
        text: {
          message: msg('schema.enum', { value: quoted(), where }),
          hint: suggestion
            ? msg('schema.enum.hint-suggest', { suggestion, allowed: allowedList(allowed) })
            : msg('schema.enum.hint', { allowed: allowedList(allowed) }),
        },
      };
    }
    case 'const': {
      const expected = (error.params as { allowedValue: unknown }).allowedValue;
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-enum',
        text: {
          message: msg('schema.const', { where, expected: JSON.stringify(expected), value: quoted() }),
          hint: msg('schema.const.hint', { key: String(path[path.length - 1] ?? ''), expected: String(expected) }),
        },
      };
    }
    case 'type': {
      const expected = msg('schema.type-name', { type: (error.params as { type: string }).type });
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-type',
        text: {
          message: msg('schema.type', { where, expected, found: describe(error.data) }),
          hint: nonFinite(error.data)
            ? described(msg('schema.type.finite.hint'), parentSchema.description)
            : descriptionOr(parentSchema.description, msg('schema.type.hint', { expected })),
        },
      };
    }
    case 'format':
    case 'pattern': {
      const pattern = (error.params as { pattern?: string }).pattern ?? '';
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-format',
        text: {
          message:
            error.keyword === 'format'
              ? msg('schema.format', { value: quoted(), where, format: (error.params as { format: string }).format })
              : msg('schema.pattern', { value: quoted(), where }),
          hint: descriptionOr(parentSchema.description, msg('schema.pattern.hint', { pattern })),
        },
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
      const range = rangeMessage(error, where);
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-range',
        text: {
          message: typeof error.data === 'number' ? msg('schema.found', { text: range, found: error.data }) : range,
          hint: descriptionOr(parentSchema.description, msg('schema.range.hint')),
        },
      };
    }
    default: {
      const description = parentSchema.description;
      return {
        ...base,
        ...document.locator.locate(path),
        ruleId: 'schema-invalid',
        text: {
          message: otherMessage(error, where),
          ...(description ? { hint: inReadersLanguage(description) } : {}),
        },
      };
    }
  }
}

/** ajv's sentence for a bound (`must be >= 1`, `must NOT have fewer than 1 characters`) as a catalog message. */
function rangeMessage(error: ErrorObject, where: Message): Message {
  const params = error.params as { comparison?: string; limit: number };
  if (error.keyword.startsWith('min') && error.keyword !== 'minimum')
    return msg('schema.length', { where, bound: 'min', limit: params.limit, unit: unitOf(error.keyword) });
  if (error.keyword.startsWith('max') && error.keyword !== 'maximum')
    return msg('schema.length', { where, bound: 'max', limit: params.limit, unit: unitOf(error.keyword) });
  return msg('schema.limit', { where, comparison: params.comparison ?? '', limit: params.limit });
}

function unitOf(keyword: string): string {
  return keyword.endsWith('Items') ? 'items' : 'characters';
}

/** The keywords the schemas use beyond the ones above; anything else keeps ajv's English, and names its keyword in Chinese. */
function otherMessage(error: ErrorObject, where: Message): Message {
  switch (error.keyword) {
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      return msg('schema.unique-items', { where, i, j });
    }
    case 'oneOf':
      return msg('schema.one-of', { where });
    case 'anyOf':
      return msg('schema.any-of', { where });
    case 'if':
      return msg('schema.if', { where, failing: (error.params as { failingKeyword: string }).failingKeyword });
    default:
      return msg('schema.invalid', {
        where,
        detail: untranslated(error.message ?? 'is invalid', msg('schema.keyword', { keyword: error.keyword })),
      });
  }
}

/** The allowed values listed (`listAllowed`'s list), its "… (N in all)" in the reader's language. */
function allowedList(values: readonly unknown[], max = 12): MessageValue {
  const shown = values
    .slice(0, max)
    .map((value) => `\`${String(value)}\``)
    .join(', ');
  return values.length > max ? msg('list.truncated', { shown, count: values.length }) : shown;
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

/** YAML's `.inf`, `-.inf` and `.nan` as written (JSON.stringify shows each as `null`: "found number null"). */
function nonFinite(value: unknown): Message | undefined {
  if (typeof value !== 'number' || Number.isFinite(value)) return undefined;
  if (Number.isNaN(value)) return msg('schema.found.nan');
  return msg(value > 0 ? 'schema.found.infinity' : 'schema.found.negative-infinity');
}

function describe(value: unknown): Message {
  const special = nonFinite(value);
  if (special) return msg('schema.found.not-finite', { value: special });
  if (value === null) return msg('schema.found.null');
  if (Array.isArray(value)) return msg('schema.found.list');
  if (typeof value === 'object') return msg('schema.found.mapping');
  return msg('schema.found.scalar', { type: typeof value, value: JSON.stringify(value) ?? String(value) });
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
