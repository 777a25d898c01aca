import { appendFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { msg, usageError } from '../document/i18n';
import { jsonRefusal } from '../document/json-errors';
import { lineColumn } from '../document/json-position';
import { readInputFile } from '../validation/files';
import type { DeployEvent, DeployPhase, StackNode } from './orchestrate';

/**
 * What `envcloud deploy` remembers between runs: per stack, its last phase and result, in
 * `.envcloud/deploy/<stack>.json` (real deploys) or `<stack>.offline.json` (offline runs, which deploy
 * nothing and so never count for a real one). `--resume` skips the stacks recorded as succeeded.
 */
export interface DeployState {
  version: 1;
  stack: string;
  offline: boolean;
  stacks: Record<string, { phase: DeployPhase; result: string; end: string; error?: string }>;
}

export const DEPLOY_STATE_DIR = join('.envcloud', 'deploy');

/** The largest deploy state read: a record per stack of a few hundred bytes, for thousands of stacks. */
export const MAX_DEPLOY_STATE_BYTES = 16 * 1024 * 1024;

export function deployStatePath(root: string, stack: string, offline: boolean): string {
  return join(root, DEPLOY_STATE_DIR, `${stack}${offline ? '.offline' : ''}.json`);
}

/** The state of earlier runs; an empty one when there is none. A file that is not a deploy state is a usage error. */
export function readDeployState(path: string, stack: string, offline: boolean): DeployState {
  // Bounded, and only a regular file: a FIFO in its place hung `envcloud deploy`, waiting for a writer.
  const read = readInputFile(path, MAX_DEPLOY_STATE_BYTES);
  if ('problem' in read) {
    if (read.problem.missing) return { version: 1, stack, offline, stacks: {} };
    throw usageError(
      msg('usage.deploy-state.unreadable', { path: `${path}:1:1`, detail: read.problem.localized.message }),
    );
  }
  const text = read.bytes.toString('utf8');
  let state: Partial<DeployState>;
  try {
    state = JSON.parse(text) as Partial<DeployState>;
  } catch {
    // Located and said by a scan of our own, in the reader's language: the parser's words are English.
    const { offset, detail } = jsonRefusal(text);
    const { line, column } = lineColumn(text, offset ?? 0);
    throw usageError(msg('usage.deploy-state.unreadable', { path: `${path}:${line}:${column}`, detail }));
  }
  if (state.version !== 1 || state.stack !== stack || state.offline !== offline || typeof state.stacks !== 'object')
    throw usageError(msg('usage.deploy-state.other-stack', { path, stack }));
  return state as DeployState;
}

/** The stacks a run need not run again: recorded as succeeded in the phase asked now (an `up` also stands for a `check`). */
export function succeededBefore(state: DeployState, nodes: readonly StackNode[]): Set<string> {
  const done = new Set<string>();
  for (const node of nodes) {
    const record = state.stacks[node.name];
    if (record?.result !== 'succeeded') continue;
    if (record.phase === node.phase || (record.phase === 'up' && node.phase === 'check')) done.add(node.name);
  }
  return done;
}

/** Records each stack's end in the state file as it happens (written aside and renamed: never half a file). */
export function recordInState(path: string, state: DeployState, event: DeployEvent): void {
  if (event.event !== 'end') return;
  state.stacks[event.stack] = {
    phase: event.phase,
    result: event.result,
    end: event.end,
    ...(event.error !== undefined ? { error: event.error } : {}),
  };
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, path);
}

/** One line of the JSON log (`--json-log`): the event, and whether the run was offline. Appended, so runs follow each other. */
export function appendJsonLog(path: string, event: DeployEvent, offline: boolean): void {
  // The error's catalog message is the terminal's; the log keeps its English, as the state does.
  const { said: _said, ...logged } = event as DeployEvent & { said?: unknown };
  appendFileSync(path, `${JSON.stringify({ ...logged, offline })}\n`);
}
