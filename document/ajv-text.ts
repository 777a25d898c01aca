import type { ErrorObject } from 'ajv';
import { msg, untranslated, type Message } from './i18n';

/**
 * What ajv says of a value that breaks a schema (`must have required property 'x'`, `must be integer`),
 * as a catalog message (issue #14): in English ajv's own sentence, word for word, so the texts people and
 * tests know stay as they were; in Chinese the same problem in Chinese. The path is a value of the
 * message that uses it, never part of this one. A keyword no entry describes keeps ajv's English, and
 * names its keyword in Chinese.
 */
export function ajvProblem(error: ErrorObject): Message {
  const params = error.params as Record<string, unknown>;
  const limit = params.limit as number;
  switch (error.keyword) {
    case 'required':
      return msg('ajv.required', { missing: String(params.missingProperty) });
    case 'type':
      return msg('ajv.type', { type: String(params.type) });
    case 'enum':
      return msg('ajv.enum');
    case 'const':
      return msg('ajv.const');
    case 'additionalProperties':
      return msg('ajv.additional-properties');
    case 'format':
      return msg('ajv.format', { format: String(params.format) });
    case 'pattern':
      return msg('ajv.pattern', { pattern: String(params.pattern) });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return msg('ajv.limit', { comparison: String(params.comparison), limit });
    case 'minLength':
    case 'minItems':
    case 'minProperties':
      return msg('ajv.fewer', { limit, unit: unitOf(error.keyword) });
    case 'maxLength':
    case 'maxItems':
    case 'maxProperties':
      return msg('ajv.more', { limit, unit: unitOf(error.keyword) });
    case 'multipleOf':
      return msg('ajv.multiple-of', { multiple: String(params.multipleOf) });
    case 'uniqueItems':
      return msg('ajv.unique-items', { i: Number(params.i), j: Number(params.j) });
    case 'oneOf':
      return msg('ajv.one-of');
    case 'anyOf':
      return msg('ajv.any-of');
    case 'not':
      return msg('ajv.not');
    case 'if':
      return msg('ajv.if', { failing: String(params.failingKeyword) });
    default:
      return untranslated(error.message ?? 'is invalid', msg('ajv.keyword', { keyword: error.keyword }));
  }
}

function unitOf(keyword: string): string {
  return keyword.endsWith('Items') ? 'items' : keyword.endsWith('Properties') ? 'properties' : 'characters';
}
