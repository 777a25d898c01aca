// Pulumi's project config type system, as the CLI applies it (pulumi/pulumi sdk/go/common/workspace/
// project.go: ValidateConfigValue, InferFullTypeName; pkg/workspace/config.go: validateStackConfigValue).
// Kept apart from the loader so the rules read as the CLI's do, one function each.

export const CONFIG_TYPES = ['string', 'integer', 'boolean', 'array', 'object'] as const;
export type ConfigType = (typeof CONFIG_TYPES)[number];

/** The `items` of an array declaration (nested for arrays of arrays). */
export interface ItemsType {
  type: ConfigType;
  items?: ItemsType;
}

/** `array<array<string>>` for nested arrays, the bare type otherwise (InferFullTypeName). */
export function fullTypeName(type: ConfigType, items: ItemsType | undefined): string {
  return items ? `array<${fullTypeName(items.type, items.items)}>` : type;
}

/** Go's strconv.Atoi: an optional sign, decimal digits, within int64. */
function parsesAsInt(text: string): boolean {
  if (!/^[+-]?[0-9]+$/.test(text)) return false;
  const value = BigInt(text);
  return value >= -(2n ** 63n) && value < 2n ** 63n;
}

/**
 * ValidateConfigValue: does `value` (a decoded default, or the content of a stack value) have the type?
 * Integers accept whole numbers and strings that parse as integers, booleans the strings "true" and
 * "false", because stack values reach the CLI as strings.
 */
export function matchesConfigType(type: ConfigType, items: ItemsType | undefined, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return (
        (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && parsesAsInt(value))
      );
    case 'boolean':
      return typeof value === 'boolean' || value === 'true' || value === 'false';
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return (
        Array.isArray(value) &&
        items !== undefined &&
        value.every((item) => matchesConfigType(items.type, items.items, item))
      );
  }
}

/** A Pulumi encrypted value as it is written in a stack file: `{ secure: v1:… }` and nothing else. */
export function isEncrypted(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1 &&
    typeof (value as { secure?: unknown }).secure === 'string'
  );
}

/** Whether a stack value holds an encrypted value anywhere (the CLI's Value.Secure()). */
export function holdsEncrypted(value: unknown): boolean {
  if (isEncrypted(value)) return true;
  if (Array.isArray(value)) return value.some(holdsEncrypted);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(holdsEncrypted);
  return false;
}

/** Stands in for a decrypted value when only its shape matters: a decrypted secret is always a string. */
const DECRYPTED = '[secret]';

/** The value with every encrypted part replaced by a stand-in string: its shape once decrypted. */
export function decryptedShape(value: unknown): unknown {
  if (isEncrypted(value)) return DECRYPTED;
  if (Array.isArray(value)) return value.map(decryptedShape);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decryptedShape(inner)]));
  return value;
}

/**
 * What the CLI type-checks for a stack value: a scalar as the string it is stored as (a YAML number or
 * boolean becomes its text), a structured value as its decoded JSON. `unknown` marks a top-level
 * encrypted value, whose plaintext only the stack's secrets provider knows; `undefined` is a real
 * result (YAML null becomes JSON null, which no type accepts but it is still checked).
 */
export function checkedContent(value: unknown): { known: true; content: unknown } | { known: false } {
  if (isEncrypted(value)) return { known: false };
  if (typeof value === 'object') return { known: true, content: decryptedShape(value) };
  if (typeof value === 'string') return { known: true, content: value };
  return { known: true, content: JSON.stringify(value) };
}

/**
 * The result for a value whose plaintext is not known offline: a decrypted top-level secret is a
 * string, so it is a string and never an object or array; whether it is a valid integer or boolean
 * depends on the plaintext, which this check cannot see.
 */
export function encryptedMatches(type: ConfigType): boolean | undefined {
  if (type === 'string') return true;
  if (type === 'object' || type === 'array') return false;
  return undefined;
}
