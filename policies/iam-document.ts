// The statements of an IAM policy document (an AWS IAM or bucket policy, or an RGW bucket policy,
// which speaks the same grammar), read once for every policy that judges one. The plan may hold a
// document written by hand, so any shape is read without throwing: a policy that threw would stop the
// pack from judging the rest of the stack.

/** One statement, its fields as IAM's grammar allows them (each may be one value or a list). */
export interface IamStatement {
  Effect?: unknown;
  Principal?: unknown;
  Action?: unknown;
  Resource?: unknown;
  Condition?: unknown;
}

/**
 * The statements of a document given as JSON text or as an object. IAM lets `Statement` be one
 * statement or a list; a document that is not JSON, or of another shape (`null`, a number), has none,
 * and an entry that is no object is no statement.
 */
export function statementsOf(document: unknown): IamStatement[] {
  let parsed: unknown = document;
  if (typeof document === 'string')
    try {
      parsed = JSON.parse(document);
    } catch {
      return [];
    }
  const found =
    typeof parsed === 'object' && parsed !== null ? (parsed as { Statement?: unknown }).Statement : undefined;
  return listOf(found).filter(
    (statement): statement is IamStatement =>
      typeof statement === 'object' && statement !== null && !Array.isArray(statement),
  );
}

/** A field IAM lets be one value or a list (Action, Resource, a principal's AWS), as a list; absent is empty. */
export function listOf(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
