import { Command, InvalidArgumentError } from 'commander';
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { DeployEvent, StackNode, StackOutcome } from '../../waves/orchestrate';
import { EnvcloudError } from '../../model/errors';
import { escapeNonPrintable as shown } from '../../document/printable';
import { requireStack } from '../../stacks/project-stacks';
import { EXIT_FINDINGS, EXIT_VALID } from '../exit-codes';
import { afterHelp, commandLines, examplesHelp, exitStatusHelp } from '../help';
import { currentLanguage, isMessage, msg, render, t, type Language, type MessageId } from '../../document/i18n';
import { readBack } from '../../document/read-back';
import { displayWidth } from '../format/kind-center';
import { parsePositiveInteger } from '../options';
import { writingTo } from '../write';
import { claimAppendFile } from '../output-dir';

interface DeployOptions {
  stack: string;
  wave?: number;
  previewOnly: boolean;
  offline: boolean;
  jsonLog?: string;
  parallel: number;
  resume: boolean;
  list: boolean;
}

/** The most stacks `--parallel` accepts: each real one is a Pulumi engine with its own providers. */
export const MAX_PARALLEL = 16;

function parseParallel(value: string): number {
  const parallel = parsePositiveInteger(value);
  if (parallel > MAX_PARALLEL)
    throw new InvalidArgumentError(t(currentLanguage(), 'deploy.real.parallel-max', { max: MAX_PARALLEL, value }));
  return parallel;
}

export function deployCommand(): Command {
  const lang = currentLanguage();
  const h = (id: MessageId, values?: Record<string, string | number>) => t(lang, id, values);
  const runs = commandLines(
    lang,
    [
      ['deploy --stack prod', 'help.deploy.run.up'],
      ['deploy --stack prod --preview-only', 'help.deploy.run.preview'],
      ['deploy --stack prod --wave 2 --parallel 2', 'help.deploy.run.wave'],
      ['deploy --stack prod --resume', 'help.deploy.run.resume'],
      ['deploy --stack prod --offline --json-log deploy.jsonl'],
    ],
    'column',
  );
  return new Command('deploy')
    .description(h('help.deploy.description'))
    .requiredOption('-s, --stack <name>', h('help.deploy.stack'))
    .option('--wave <n>', h('help.deploy.wave'), parsePositiveInteger)
    .option('--preview-only', h('help.deploy.preview-only'), false)
    .option('--offline', h('help.deploy.offline'), false)
    .option('--json-log <file>', h('help.deploy.json-log'))
    .option('--parallel <n>', h('help.deploy.parallel', { max: MAX_PARALLEL }), parseParallel, 4)
    .option('--resume', h('help.deploy.resume'), false)
    .option('--list', h('help.deploy.list'), false)
    .addHelpText(
      'after',
      afterHelp(
        `${h('help.deploy.runs')}\n${runs}`,
        h('help.deploy.order'),
        exitStatusHelp(lang, { 0: 'help.deploy.exit.0', 1: 'help.deploy.exit.1', 2: 'help.deploy.exit.2' }),
        h('help.deploy.wave-files', { none: 'envcloud:systems: { numbers: [] }' }),
        examplesHelp(lang, [['deploy --stack prod --list']]),
      ),
    )
    .action(async (options: DeployOptions) => deploy(options));
}

async function deploy(options: DeployOptions): Promise<void> {
  const root = process.cwd();
  requireStack(root, options.stack);
  const [{ assertPulumiAvailable, automationRunner }, { offlineRunner }] = await Promise.all([
    import('../../waves/runner-automation'),
    import('../../waves/runner-offline'),
  ]);
  // Refused before any manifest is read or any stack started: a platform stack whose systems cannot go in
  // wave stacks, then a missing Pulumi CLI or backend.
  (await import('../../waves/deploy-plan')).deployablePlatform(root, options.stack);
  if (!options.offline && !options.list) assertPulumiAvailable();
  const [{ validatePaths }, { ManifestErrors }, { buildGraph }, plan, state, { orchestrate }] = await Promise.all([
    import('../../validation/validate'),
    import('../../engine/offline'),
    import('../../waves/graph'),
    import('../../waves/deploy-plan'),
    import('../../waves/deploy-state'),
    import('../../waves/orchestrate'),
  ]);
  const report = await validatePaths(['manifests'], { cwd: root });
  if (report.errors > 0) throw new ManifestErrors(report.errors);
  // The pack config and waivers `pulumi up --policy-pack` is given, checked as `audit` checks them: a config
  // that disables every policy, which audit refuses, went to every stack's `up` unread.
  (await import('../../audit/stack')).loadAuditInputs(root, {});
  const phase = options.previewOnly || options.offline ? 'preview' : 'up';
  const nodes = plan.deployNodes(buildGraph(report.manifests), { stack: options.stack, phase, wave: options.wave });
  if (options.list)
    return listNodes(nodes, () => plan.checkDeployStackFiles(root, nodes, options.stack, report.manifests));
  plan.checkDeployStackFiles(root, nodes, options.stack, report.manifests);
  const statePath = state.deployStatePath(root, options.stack, options.offline);
  const deployState = state.readDeployState(statePath, options.stack, options.offline);
  const done = options.resume ? state.succeededBefore(deployState, nodes) : new Set<string>();
  // Created (or appended to) before anything starts: a log that cannot be written stops the run here.
  if (options.jsonLog) {
    claimAppendFile(options.jsonLog);
    writingTo(options.jsonLog, () => appendFileSync(options.jsonLog!, ''), '--json-log');
  }
  const runner = options.offline ? offlineRunner(root, options.stack) : automationRunner(root);

  const err = (line: string) => process.stderr.write(`${shown(line)}\n`);
  const lang = currentLanguage();
  const command = phase === 'up' ? 'pulumi up' : 'pulumi preview';
  err(
    options.offline
      ? t(lang, 'deploy.offline-title', { stack: options.stack })
      : t(lang, 'deploy.title', { stack: options.stack, command, parallel: options.parallel }),
  );
  const stacks = nodes.map((node) =>
    t(lang, 'deploy.stack', {
      name: node.name,
      phase: phaseOf(node.phase),
      after: node.dependsOn.length > 0 ? node.dependsOn.join(', ') : 'none',
    }),
  );
  err(t(lang, 'deploy.stacks', { list: stacks.join(lang === 'zh' ? '；' : '; ') }));
  const onEvent = (event: DeployEvent) => {
    // A full disk or a lost folder mid-run is said as a sentence, not a raw ENOSPC.
    if (options.jsonLog)
      writingTo(options.jsonLog, () => state.appendJsonLog(options.jsonLog!, event, options.offline), '--json-log');
    state.recordInState(statePath, deployState, event);
    err(progressLine(event, lang));
  };
  const outcomes = await orchestrate(nodes, runner, {
    parallel: options.parallel,
    done,
    onEvent,
    onOutput: (stack, line) => err(`  [${stack}] ${saidBack(line, lang)}`),
  });
  process.stdout.write(`${shown(summaryText(outcomes, options.offline, lang))}\n`);
  const where = { path: relative(root, statePath), log: options.jsonLog ?? 'none' };
  process.stderr.write(`${t(lang, 'deploy.state', where)}\n`);
  process.exitCode = outcomes.every((o) => o.result === 'succeeded' || o.result === 'resumed')
    ? EXIT_VALID
    : EXIT_FINDINGS;
}

/** `--list`: the stacks in order, what each waits for and why, and whether the stack files are ready (exit 0 either way). */
function listNodes(nodes: readonly StackNode[], check: () => void): void {
  const lang = currentLanguage();
  const [colon, open, close] = lang === 'zh' ? ['：', '（', '）'] : [': ', ' (', ')'];
  const lines = nodes.map((node, index) => {
    const waits = node.dependsOn
      .map((d) => {
        const reason = node.said?.[d] ? render(node.said[d], lang) : node.reasons?.[d];
        return `\n      ${t(lang, 'deploy.after', { stack: d })}${reason ? `${colon}${reason}` : ''}`;
      })
      .join('');
    return `  ${index + 1}. ${node.name}${open}${t(lang, 'deploy.phase', { phase: node.phase })}${close}${waits}`;
  });
  let ready = t(lang, 'deploy.ready');
  try {
    check();
  } catch (error) {
    if (!(error instanceof EnvcloudError)) throw error;
    const text = isMessage(error.localized) ? render(error.localized, lang) : error.message;
    ready = `${t(lang, 'deploy.not-ready')}\n${text}`;
  }
  process.stdout.write(`${shown([t(lang, 'deploy.order'), ...lines, ready].join('\n'))}\n`);
  process.exitCode = EXIT_VALID;
}

/** A phase as a catalog message: `up`, `preview`, `check` in English. */
const phaseOf = (phase: string) => msg('deploy.phase', { phase });

/**
 * What a stack's outcome says in `lang`: a failure's catalog message (a preflight's findings were said in
 * English under `--lang zh`), else its English error, reason or summary read back.
 */
export function outcomeText(outcome: Omit<StackOutcome, 'stack' | 'phase' | 'result'>, lang: Language): string {
  if (outcome.said) return render(outcome.said, lang);
  return saidBack(outcome.error ?? outcome.reason ?? outcome.summary ?? '', lang);
}

/** What the deploy state and the runners keep in English (summaries, reasons), in `lang` when a catalog entry reads it. */
export function saidBack(text: string, lang: Language): string {
  if (lang === 'en') return text;
  const read = (found: string): string =>
    readBack(found, SAID_BACK, lang, (name, value) =>
      name === 'phase'
        ? t(lang, 'deploy.phase', { phase: value })
        : name === 'reason' || name === 'last'
          ? read(value)
          : name === 'changes'
            ? changesSaid(value, lang)
            : value,
    ) ?? found;
  return read(text);
}

const SAID_BACK: readonly MessageId[] = [
  'deploy.offline-platform',
  'deploy.offline-wave',
  'deploy.platform-first',
  'deploy.resumed',
  'deploy.blocked-skipped-why',
  'deploy.blocked-skipped',
  'deploy.blocked-failed-why',
  'deploy.blocked-failed',
  // The real runner's summaries and errors (waves/runner-automation.ts).
  'deploy.real.platform-deployed',
  'deploy.real.wave-deployed',
  'deploy.real.preview',
  'deploy.real.up',
  'deploy.real.platform-not-deployed',
  'deploy.real.wave-not-deployed',
  'deploy.real.last-was',
  'deploy.real.last-never',
  'deploy.real.up-failed',
];

/** The real runner's changes (`2 create, 1 update`, `no changes`) in `lang`; undefined for text that is not a list of changes. */
function changesSaid(text: string, lang: Language): string | undefined {
  if (text === t('en', 'deploy.real.no-changes')) return t(lang, 'deploy.real.no-changes');
  const parts = text.split(', ').map((part) => /^(\d+) (\S+)$/.exec(part));
  if (parts.some((part) => !part)) return undefined;
  return parts
    .map((part) => t(lang, 'deploy.real.change', { count: Number(part![1]), kind: part![2]! }))
    .join(lang === 'zh' ? '，' : ', ');
}

function progressLine(event: DeployEvent, lang: Language): string {
  const time = (iso: string) => iso.slice(11, 19);
  const at = { stack: event.stack, phase: phaseOf(event.phase) };
  switch (event.event) {
    case 'start':
      return t(lang, 'deploy.started', { time: time(event.start), ...at });
    case 'end': {
      const seconds = ((Date.parse(event.end) - Date.parse(event.start)) / 1000).toFixed(1);
      return event.result === 'succeeded'
        ? t(lang, 'deploy.succeeded', {
            time: time(event.end),
            ...at,
            seconds,
            summary: saidBack(event.summary ?? '', lang),
          })
        : t(lang, 'deploy.failed', { time: time(event.end), ...at, seconds, error: outcomeText(event, lang) });
    }
    case 'skip': {
      const result = msg('deploy.result', { result: event.result });
      return t(lang, 'deploy.skip', { ...at, result, reason: saidBack(event.reason, lang) });
    }
  }
}

function summaryText(outcomes: readonly StackOutcome[], offline: boolean, lang: Language): string {
  const width = Math.max(...outcomes.map((o) => o.stack.length));
  // Padded by the columns a cell takes, so the Chinese words line up as the English do.
  const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
  const lines = outcomes.map((o) => {
    const phase = t(lang, 'deploy.phase', { phase: o.phase });
    const result = t(lang, 'deploy.result', { result: o.result });
    const text = outcomeText(o, lang);
    return `  ${o.stack.padEnd(width)}  ${pad(phase, 7)}  ${pad(result, 9)}  ${text}`;
  });
  const failed = outcomes.filter((o) => o.result === 'failed').length;
  const skipped = outcomes.filter((o) => o.result === 'skipped').length;
  const counts = { succeeded: outcomes.length - failed - skipped, total: outcomes.length, failed, skipped };
  return [t(lang, 'deploy.summary', { offline: offline ? 'yes' : 'no', ...counts }), ...lines].join('\n');
}
