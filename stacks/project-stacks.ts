import { readdirSync } from 'node:fs';
import { UsageError } from '../model/errors';
import { didYouMean, listAllowed } from '../document/suggest';
import { msg, render, usageError } from '../document/i18n';

/** Pulumi's stack names (sdk/go/common/tokens: alphanumerics, '-', '_', '.'; 100 at most). */
export const STACK_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/** A `--stack` Pulumi would refuse; it also keeps `x/../../evil` from naming a file outside the project. */
/**
 * The stack of this project a fully qualified name (`org/project/stack`, as envcloud:platformStack holds
 * it) names, or undefined when it names another project's (`evil/otherproj/prod`: the last part alone let a
 * wave read another project's backups and kubeconfigs).
 */
export function ownStackName(qualified: string | undefined, project: string | undefined): string | undefined {
  const parts = qualified?.split('/') ?? [];
  if (parts.length >= 3 && parts.at(-2) !== project) return undefined;
  return parts.at(-1) || undefined;
}

export function stackNameError(stack: string): UsageError {
  return usageError(msg('usage.stack-name', { stack }));
}

/** The stacks of the project in `projectRoot`: one per `Pulumi.<stack>.yaml` beside its Pulumi.yaml, sorted. */
export function projectStacks(projectRoot: string): string[] {
  let names: string[];
  try {
    names = readdirSync(projectRoot);
  } catch {
    return []; // no such folder: no stacks there
  }
  return names
    .map((name) => /^Pulumi\.(.+)\.ya?ml$/.exec(name)?.[1])
    .filter((stack): stack is string => stack !== undefined)
    .sort();
}

/**
 * `--stack` names a stack the project does not have: a usage error listing those it has and the closest
 * (`Prod` → `prod`), never a location in a file that does not exist.
 */
export class UnknownStackError extends UsageError {
  constructor(
    readonly unknownStack: string,
    readonly stacks: readonly string[],
  ) {
    const stack = unknownStack;
    const closest = didYouMean(stack, stacks);
    const message = msg('stack.unknown', {
      unknown: msg('stack.unknown.first', { stack }),
      stacks:
        stacks.length > 0 ? msg('stack.unknown.stacks', { stacks: listAllowed(stacks) }) : msg('stack.unknown.none'),
      hint: closest ? msg('stack.unknown.did-you-mean', { closest }) : msg('stack.unknown.create', { stack }),
    });
    super(render(message, 'en'));
    this.localized = message;
  }
}

/** Refuses, before anything is written, a `--stack` the project in `projectRoot` does not have. */
export function requireStack(projectRoot: string, stack: string): void {
  if (!STACK_NAME.test(stack)) throw stackNameError(stack);
  const stacks = projectStacks(projectRoot);
  if (!stacks.includes(stack)) throw new UnknownStackError(stack, stacks);
}
