// Values not known during a preview. The engine hands a policy pack the inputs of resources it has not
// created yet; an ARN, an id, or a policy text built from them is unknown until `pulumi up`.
// @pulumi/policy wraps every resource's props in a proxy that throws UnknownValueError when a policy
// reads such a value, and the server then drops the rest of that validation: a whole stack policy for
// one unknown bucket, every check of a database after an unknown key. Policies judge each subject
// through a PreviewGaps instead, so an unknown leaves that one subject (or that one check) open, every
// known value is still judged, and the open ones are reported once, as @pulumi/policy reports an unknown:
// an advisory "can't run … during preview" diagnostic that never fails the preview.

/* eslint-disable @typescript-eslint/no-require-imports -- the class is internal to @pulumi/policy (its typings are stripped), and the server tests `instanceof` it */
const { UnknownValueError } = require('@pulumi/policy/proxy') as {
  UnknownValueError: new (sentinel: string, props: string[]) => UnknownValue;
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** What @pulumi/policy throws for an unknown value: `props` is the path read, from the resource's props. */
export interface UnknownValue extends Error {
  props: (string | symbol)[];
}

/** Marks every message of an open subject, so a reader (and the protocol test) can tell it from a policy that stopped. */
export const JUDGED_EVERYTHING_KNOWN = 'judged everything known; not known until the update';

export function isUnknownValue(error: unknown): error is UnknownValue {
  return error instanceof UnknownValueError;
}

/** The path an unknown was read at, `.rules.0.kmsMasterKeyId`. */
function pathOf(error: UnknownValue): string {
  return `.${error.props.map(String).join('.')}`;
}

/** The subjects of one policy run that an unknown value left open. */
export class PreviewGaps {
  private readonly open: string[] = [];
  private first: UnknownValue | undefined;

  /**
   * Runs the judgement of one subject (a resource, or one check of a resource). An unknown value
   * leaves this subject open; the caller goes on with the next one.
   */
  judge(subject: string, judgement: () => void): void {
    try {
      judgement();
    } catch (error) {
      if (!isUnknownValue(error)) throw error;
      this.first ??= error;
      // An inner judgement already settled names its own open subjects.
      const settled = error.message.startsWith(`${JUDGED_EVERYTHING_KNOWN}: `);
      this.open.push(
        settled
          ? `${subject}: ${error.message.slice(JUDGED_EVERYTHING_KNOWN.length + 2)}`
          : `${subject} (${pathOf(error)})`,
      );
    }
  }

  /**
   * Leaves a subject open because what it depends on was open (a namespace whose network policies
   * could not be read). Only after an unknown was met: otherwise there is nothing to wait for.
   */
  leaveOpen(subject: string, because: string): boolean {
    if (!this.first) return false;
    this.open.push(`${subject} (${because})`);
    return true;
  }

  /**
   * What `read` answers, or `fallback` when it reads an unknown value. The subject is noted as open,
   * so a fallback never passes silently for a judged value.
   */
  read<T>(subject: string, read: () => T, fallback: T): T {
    let value = fallback;
    this.judge(subject, () => {
      value = read();
    });
    return value;
  }

  /** Whether anything was left open so far. */
  get hasOpen(): boolean {
    return this.open.length > 0;
  }

  /**
   * Called once every subject was judged: reports the open ones the way @pulumi/policy reports an
   * unknown (it catches the error, and the engine shows it as an advisory diagnostic).
   */
  settle(): void {
    if (!this.first) return;
    this.first.message = `${JUDGED_EVERYTHING_KNOWN}: ${[...new Set(this.open)].join('; ')}`;
    throw this.first;
  }
}

/**
 * Whether a value is set, even when it is not known yet: a read replica's source identifier is unknown
 * until the source exists, but it is there, so the database is a replica.
 */
export function isSet(read: () => unknown): boolean {
  try {
    return Boolean(read());
  } catch (error) {
    if (isUnknownValue(error)) return true;
    throw error;
  }
}

/** Judges every subject of a validation and settles: the usual shape of a policy body. */
export function judgeAll(body: (gaps: PreviewGaps) => void): void {
  const gaps = new PreviewGaps();
  body(gaps);
  gaps.settle();
}
